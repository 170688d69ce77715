# One SMTP session, one login: sendmail logs AUTH once (here without a queue
# id), and both messages the session sends (same pid, same client) inherit
# it. A message from another client on a reused pid does not, nor does one
# sent more than an hour later.
--- input
Mar 14 07:00:00 mail sendmail[700]: AUTH=server, relay=[218.49.112.67], authid=KIM, mech=PLAIN, bits=0
Mar 14 07:00:05 mail sendmail[700]: s2E7000a000700: from=<KIM@mail.test.com>, size=176, class=0, nrcpts=1, msgid=<m1@mail.test.com>, proto=ESMTPA, daemon=MTA, relay=[218.49.112.67]
Mar 14 07:00:06 mail sendmail[701]: s2E7000a000700: to=<ct@xx1.com>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120176, relay=xx1.com. [123.123.123.123], dsn=2.0.0, stat=Sent (ok)
Mar 14 07:00:07 mail sendmail[700]: s2E7000b000700: from=<KIM@mail.test.com>, size=176, class=0, nrcpts=1, msgid=<m2@mail.test.com>, proto=ESMTPA, daemon=MTA, relay=[218.49.112.67]
Mar 14 07:00:08 mail sendmail[702]: s2E7000b000700: to=<ct@xx1.com>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120176, relay=xx1.com. [123.123.123.123], dsn=2.0.0, stat=Sent (ok)
Mar 14 07:00:09 mail sendmail[700]: s2E7000c000700: from=<other@mail.test.com>, size=10, class=0, nrcpts=1, msgid=<m3@mail.test.com>, proto=ESMTP, daemon=MTA, relay=[172.16.1.40]
Mar 14 07:00:10 mail sendmail[703]: s2E7000c000700: to=<a@example.org>, mailer=esmtp, dsn=2.0.0, stat=Sent
Mar 14 08:30:00 mail sendmail[700]: s2E8300d000700: from=<KIM@mail.test.com>, size=176, class=0, nrcpts=1, msgid=<m4@mail.test.com>, proto=ESMTPA, daemon=MTA, relay=[218.49.112.67]
Mar 14 08:30:01 mail sendmail[704]: s2E8300d000700: to=<ct@xx1.com>, mailer=esmtp, dsn=2.0.0, stat=Sent
--- events
1 kind=authentication outcome=success svc=smtp ts=2024-03-14T07:00:00+00:00 host=mail prog=sendmail pid=700 src_ip=218.49.112.67 user=KIM mech=PLAIN relay=[218.49.112.67]
2 kind=mail.accepted svc=smtp ts=2024-03-14T07:00:05+00:00 host=mail prog=sendmail pid=700 qid=s2E7000a000700 src_ip=218.49.112.67 from=KIM@mail.test.com msgid=m1@mail.test.com size=176 nrcpts=1 class=0 proto=ESMTPA relay=[218.49.112.67]
3 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T07:00:06+00:00 host=mail prog=sendmail pid=701 qid=s2E7000a000700 dst_ip=123.123.123.123 dst_host=xx1.com rcpt=<ct@xx1.com> pri=120176 delay=00:00:01 xdelay=00:00:01 mailer=esmtp dsn=2.0.0 relay="xx1.com. [123.123.123.123]" stat="Sent (ok)"
4 kind=mail.accepted svc=smtp ts=2024-03-14T07:00:07+00:00 host=mail prog=sendmail pid=700 qid=s2E7000b000700 src_ip=218.49.112.67 from=KIM@mail.test.com msgid=m2@mail.test.com size=176 nrcpts=1 class=0 proto=ESMTPA relay=[218.49.112.67]
5 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T07:00:08+00:00 host=mail prog=sendmail pid=702 qid=s2E7000b000700 dst_ip=123.123.123.123 dst_host=xx1.com rcpt=<ct@xx1.com> pri=120176 delay=00:00:01 xdelay=00:00:01 mailer=esmtp dsn=2.0.0 relay="xx1.com. [123.123.123.123]" stat="Sent (ok)"
6 kind=mail.accepted svc=smtp ts=2024-03-14T07:00:09+00:00 host=mail prog=sendmail pid=700 qid=s2E7000c000700 src_ip=172.16.1.40 from=other@mail.test.com msgid=m3@mail.test.com size=10 nrcpts=1 class=0 proto=ESMTP relay=[172.16.1.40]
7 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T07:00:10+00:00 host=mail prog=sendmail pid=703 qid=s2E7000c000700 rcpt=<a@example.org> mailer=esmtp dsn=2.0.0 stat=Sent
8 kind=mail.accepted svc=smtp ts=2024-03-14T08:30:00+00:00 host=mail prog=sendmail pid=700 qid=s2E8300d000700 src_ip=218.49.112.67 from=KIM@mail.test.com msgid=m4@mail.test.com size=176 nrcpts=1 class=0 proto=ESMTPA relay=[218.49.112.67]
9 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T08:30:01+00:00 host=mail prog=sendmail pid=704 qid=s2E8300d000700 rcpt=<ct@xx1.com> mailer=esmtp dsn=2.0.0 stat=Sent
--- txns
txn end=complete qid=s2E7000a000700 host=mail client_ip=218.49.112.67 auth_user=KIM auth_mech=PLAIN from=KIM@mail.test.com msgid=m1@mail.test.com proto=ESMTPA size=176 nrcpts=1 first=2024-03-14T07:00:05+00:00 last=2024-03-14T07:00:06+00:00 first_line=2 auth_line=1 auth_from_session from_line=2
  rcpt status=sent addr=ct@xx1.com relay=xx1.com dst_ip=123.123.123.123 dsn=2.0.0 mailer=esmtp stat="Sent (ok)" attempts=1 ts=2024-03-14T07:00:06+00:00 line=3
txn end=complete qid=s2E7000b000700 host=mail client_ip=218.49.112.67 auth_user=KIM auth_mech=PLAIN from=KIM@mail.test.com msgid=m2@mail.test.com proto=ESMTPA size=176 nrcpts=1 first=2024-03-14T07:00:07+00:00 last=2024-03-14T07:00:08+00:00 first_line=4 auth_line=1 auth_from_session from_line=4
  rcpt status=sent addr=ct@xx1.com relay=xx1.com dst_ip=123.123.123.123 dsn=2.0.0 mailer=esmtp stat="Sent (ok)" attempts=1 ts=2024-03-14T07:00:08+00:00 line=5
txn end=complete qid=s2E7000c000700 host=mail client_ip=172.16.1.40 from=other@mail.test.com msgid=m3@mail.test.com proto=ESMTP size=10 nrcpts=1 first=2024-03-14T07:00:09+00:00 last=2024-03-14T07:00:10+00:00 first_line=6 from_line=6
  rcpt status=sent addr=a@example.org dsn=2.0.0 mailer=esmtp stat=Sent attempts=1 ts=2024-03-14T07:00:10+00:00 line=7
txn end=complete qid=s2E8300d000700 host=mail client_ip=218.49.112.67 from=KIM@mail.test.com msgid=m4@mail.test.com proto=ESMTPA size=176 nrcpts=1 first=2024-03-14T08:30:00+00:00 last=2024-03-14T08:30:01+00:00 first_line=8 from_line=8
  rcpt status=sent addr=ct@xx1.com dsn=2.0.0 mailer=esmtp stat=Sent attempts=1 ts=2024-03-14T08:30:01+00:00 line=9
