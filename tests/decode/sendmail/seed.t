# The seed case's sendmail log: the same three-line pattern (AUTH as KIM from
# 218.49.112.67, from=<KIM@mail.test.com>, to=<ct@xx1.com> relayed to xx1.com
# [123.123.123.123] and Sent) repeats with different times and queue ids.
--- options
year=2014 tz=540
--- input
Mar 14 00:00:00 mail sendmail[12345]: s2DF00a0012345: AUTH=server, relay=[218.49.112.67], authid=KIM, mech=PLAIN, bits=0
Mar 14 00:00:09 mail sendmail[12345]: s2DF00a0012345: from=<KIM@mail.test.com>, size=176, class=0, nrcpts=1, msgid=<201403140000.s2DF00a0012345@mail.test.com>, proto=ESMTPA, daemon=MTA, relay=[218.49.112.67]
Mar 14 00:00:33 mail sendmail[12347]: s2DF00a0012345: to=<ct@xx1.com>, delay=00:00:32, xdelay=00:00:25, mailer=esmtp, pri=120176, relay=xx1.com. [123.123.123.123], dsn=2.0.0, stat=Sent (Ok: queued as 3F1A2B)
Mar 14 00:10:00 mail sendmail[12401]: s2DFA0b1012401: AUTH=server, relay=[218.49.112.67], authid=KIM, mech=PLAIN, bits=0
Mar 14 00:10:09 mail sendmail[12401]: s2DFA0b1012401: from=<KIM@mail.test.com>, size=176, class=0, nrcpts=1, msgid=<201403140010.s2DFA0b1012401@mail.test.com>, proto=ESMTPA, daemon=MTA, relay=[218.49.112.67]
Mar 14 00:10:33 mail sendmail[12403]: s2DFA0b1012401: to=<ct@xx1.com>, delay=00:00:32, xdelay=00:00:25, mailer=esmtp, pri=120176, relay=xx1.com. [123.123.123.123], dsn=2.0.0, stat=Sent (Ok: queued as 3F1A9C)
--- events
1 kind=authentication outcome=success svc=smtp ts=2014-03-14T00:00:00+09:00 host=mail prog=sendmail pid=12345 qid=s2DF00a0012345 src_ip=218.49.112.67 user=KIM mech=PLAIN relay=[218.49.112.67]
2 kind=mail.accepted svc=smtp ts=2014-03-14T00:00:09+09:00 host=mail prog=sendmail pid=12345 qid=s2DF00a0012345 src_ip=218.49.112.67 from=KIM@mail.test.com msgid=201403140000.s2DF00a0012345@mail.test.com size=176 nrcpts=1 class=0 proto=ESMTPA relay=[218.49.112.67]
3 kind=mail.delivery outcome=success svc=smtp ts=2014-03-14T00:00:33+09:00 host=mail prog=sendmail pid=12347 qid=s2DF00a0012345 dst_ip=123.123.123.123 dst_host=xx1.com rcpt=<ct@xx1.com> pri=120176 delay=00:00:32 xdelay=00:00:25 mailer=esmtp dsn=2.0.0 relay="xx1.com. [123.123.123.123]" stat="Sent (Ok: queued as 3F1A2B)"
4 kind=authentication outcome=success svc=smtp ts=2014-03-14T00:10:00+09:00 host=mail prog=sendmail pid=12401 qid=s2DFA0b1012401 src_ip=218.49.112.67 user=KIM mech=PLAIN relay=[218.49.112.67]
5 kind=mail.accepted svc=smtp ts=2014-03-14T00:10:09+09:00 host=mail prog=sendmail pid=12401 qid=s2DFA0b1012401 src_ip=218.49.112.67 from=KIM@mail.test.com msgid=201403140010.s2DFA0b1012401@mail.test.com size=176 nrcpts=1 class=0 proto=ESMTPA relay=[218.49.112.67]
6 kind=mail.delivery outcome=success svc=smtp ts=2014-03-14T00:10:33+09:00 host=mail prog=sendmail pid=12403 qid=s2DFA0b1012401 dst_ip=123.123.123.123 dst_host=xx1.com rcpt=<ct@xx1.com> pri=120176 delay=00:00:32 xdelay=00:00:25 mailer=esmtp dsn=2.0.0 relay="xx1.com. [123.123.123.123]" stat="Sent (Ok: queued as 3F1A9C)"
--- txns
txn end=complete qid=s2DF00a0012345 host=mail client_ip=218.49.112.67 auth_user=KIM auth_mech=PLAIN from=KIM@mail.test.com msgid=201403140000.s2DF00a0012345@mail.test.com proto=ESMTPA size=176 nrcpts=1 first=2014-03-13T15:00:00+00:00 last=2014-03-13T15:00:33+00:00 first_line=1 auth_line=1 from_line=2
  rcpt status=sent addr=ct@xx1.com relay=xx1.com dst_ip=123.123.123.123 dsn=2.0.0 mailer=esmtp stat="Sent (Ok: queued as 3F1A2B)" attempts=1 ts=2014-03-13T15:00:33+00:00 line=3
txn end=complete qid=s2DFA0b1012401 host=mail client_ip=218.49.112.67 auth_user=KIM auth_mech=PLAIN from=KIM@mail.test.com msgid=201403140010.s2DFA0b1012401@mail.test.com proto=ESMTPA size=176 nrcpts=1 first=2014-03-13T15:10:00+00:00 last=2014-03-13T15:10:33+00:00 first_line=4 auth_line=4 from_line=5
  rcpt status=sent addr=ct@xx1.com relay=xx1.com dst_ip=123.123.123.123 dsn=2.0.0 mailer=esmtp stat="Sent (Ok: queued as 3F1A9C)" attempts=1 ts=2014-03-13T15:10:33+00:00 line=6
