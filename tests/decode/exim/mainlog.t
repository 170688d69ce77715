# Exim's own main log (no syslog framing; exim=1): the seed case told by exim.
# A login failure, then an accepted message whose "<=" line carries the login
# (A=dovecot_plain:KIM), one recipient delivered and one bounced by the remote
# filter, "Completed"; exim's bounce (<> with R=) delivered locally; a message
# with a deferral then a delivery and a new-style (4.97) message id, with +pid
# and a zone on the date; a second message id that only ever completes.
--- options
tz=540 exim=1
--- input
2024-03-14 00:00:00 dovecot_login authenticator failed for (kimpc) [218.49.112.67]:35686: 535 Incorrect authentication data (set_id=KIM)
2024-03-14 00:00:09 1rkXyz-000123-AB <= KIM@mail.test.com H=(kimpc) [218.49.112.67]:4444 P=esmtpa A=dovecot_plain:KIM S=176 id=20240314000009.1rkXyz@mail.test.com
2024-03-14 00:00:33 1rkXyz-000123-AB => ct@xx1.com R=dnslookup T=remote_smtp H=xx1.com [123.123.123.123] X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=no C="250 2.0.0 OK id=1rkY00-0001"
2024-03-14 00:00:34 1rkXyz-000123-AB ** info@xx2.com R=dnslookup T=remote_smtp H=mx.xx2.com [234.234.234.234]: SMTP error from remote mail server after end of data: 553 5.7.1 blocked Using Master Spam Pattern
2024-03-14 00:00:34 1rkXz0-000124-CD <= <> R=1rkXyz-000123-AB U=Debian-exim P=local S=2345
2024-03-14 00:00:35 1rkXyz-000123-AB Completed
2024-03-14 00:00:35 1rkXz0-000124-CD => kim <KIM@mail.test.com> R=local_user T=mail_spool
2024-03-14 00:00:35 1rkXz0-000124-CD Completed
2024-03-14 00:10:00.250 +0000 [4321] 1rkYab-0000000123-ABCD <= park@example.net H=client.example.net [198.51.100.50]:40000 I=[192.168.1.12]:25 P=esmtps X=TLS1.3:x:256 CV=no S=500 id=<p1@example.net> T="hello H=[6.6.6.6] A=evil:root" for slow@example.com
2024-03-14 00:10:04 [4322] 1rkYab-0000000123-ABCD == slow@example.com R=dnslookup T=remote_smtp defer (-44) H=mx.example.com [203.0.113.80]: SMTP error from remote mail server after RCPT TO:<slow@example.com>: 451 4.7.1 Greylisted, try later
2024-03-14 00:40:05 [4400] 1rkYab-0000000123-ABCD => slow@example.com R=dnslookup T=remote_smtp H=mx.example.com [203.0.113.80] C="250 ok"
2024-03-14 00:40:05 [4400] 1rkYab-0000000123-ABCD Completed
2024-03-14 00:50:00 1rkZzz-000999-ZZ Completed
2024-03-14 00:55:00 1rkZzy-000998-YY <= lee@mail.test.com U=lee P=local S=300 id=l1@mail.test.com
2024-03-14 00:55:01 1rkZzy-000998-YY => box@mail.test.com <box@mail.test.com> R=dovecot T=dovecot_lmtp H=localhost [127.0.0.1] C="250 2.0.0 <box@mail.test.com> Saved"
2024-03-14 00:55:01 1rkZzy-000998-YY -> lee@mail.test.com R=localuser T=local_delivery
2024-03-14 00:55:02 1rkZzy-000998-YY => |/usr/bin/procmail <pipe@mail.test.com> R=pipe_router T=address_pipe
2024-03-14 00:55:03 1rkZzy-000998-YY *> dropped@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25]
2024-03-14 00:55:04 1rkZzy-000998-YY ** nobody@mail.test.com: Unrouteable address
--- events
1 kind=authentication outcome=failure svc=smtp ts=2024-03-14T00:00:00+09:00 prog=exim src_ip=218.49.112.67 src_port=35686 user=KIM mech=dovecot_login relay="(kimpc) [218.49.112.67]:35686" reason="535 Incorrect authentication data"
2 kind=mail.accepted svc=smtp ts=2024-03-14T00:00:09+09:00 prog=exim qid=1rkXyz-000123-AB src_ip=218.49.112.67 src_port=4444 user=KIM mech=dovecot_plain from=KIM@mail.test.com msgid=20240314000009.1rkXyz@mail.test.com size=176 proto=esmtpa relay="(kimpc) [218.49.112.67]:4444"
3 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T00:00:33+09:00 prog=exim qid=1rkXyz-000123-AB dst_ip=123.123.123.123 dst_host=xx1.com rcpt=ct@xx1.com mailer=smtp dsn=2.0.0 relay="xx1.com [123.123.123.123]" stat="250 2.0.0 OK id=1rkY00-0001"
4 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T00:00:34+09:00 prog=exim qid=1rkXyz-000123-AB dst_ip=234.234.234.234 dst_host=mx.xx2.com rcpt=info@xx2.com mailer=smtp dsn=5.7.1 relay="mx.xx2.com [234.234.234.234]" stat="SMTP error from remote mail server after end of data: 553 5.7.1 blocked Using Master Spam Pattern"
5 kind=mail.accepted svc=smtp ts=2024-03-14T00:00:34+09:00 prog=exim qid=1rkXz0-000124-CD user=Debian-exim from=<> size=2345 proto=local
6 kind=none svc=smtp ts=2024-03-14T00:00:35+09:00 prog=exim qid=1rkXyz-000123-AB stat=Completed
7 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T00:00:35+09:00 prog=exim qid=1rkXz0-000124-CD rcpt=KIM@mail.test.com mailer=local stat=delivered
8 kind=none svc=smtp ts=2024-03-14T00:00:35+09:00 prog=exim qid=1rkXz0-000124-CD stat=Completed
9 kind=mail.accepted svc=smtp ts=2024-03-14T00:10:00+00:00 prog=exim pid=4321 qid=1rkYab-0000000123-ABCD src_ip=198.51.100.50 src_port=40000 src_host=client.example.net from=park@example.net msgid=p1@example.net size=500 nrcpts=1 proto=esmtps relay="client.example.net [198.51.100.50]:40000"
10 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T00:10:04+09:00 prog=exim pid=4322 qid=1rkYab-0000000123-ABCD dst_ip=203.0.113.80 dst_host=mx.example.com rcpt=slow@example.com mailer=smtp dsn=4.7.1 relay="mx.example.com [203.0.113.80]" stat=Deferred reason="SMTP error from remote mail server after RCPT TO:<slow@example.com>: 451 4.7.1 Greylisted, try later"
11 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T00:40:05+09:00 prog=exim pid=4400 qid=1rkYab-0000000123-ABCD dst_ip=203.0.113.80 dst_host=mx.example.com rcpt=slow@example.com mailer=smtp relay="mx.example.com [203.0.113.80]" stat="250 ok"
12 kind=none svc=smtp ts=2024-03-14T00:40:05+09:00 prog=exim pid=4400 qid=1rkYab-0000000123-ABCD stat=Completed
13 kind=none svc=smtp ts=2024-03-14T00:50:00+09:00 prog=exim qid=1rkZzz-000999-ZZ stat=Completed
14 kind=mail.accepted svc=smtp ts=2024-03-14T00:55:00+09:00 prog=exim qid=1rkZzy-000998-YY user=lee from=lee@mail.test.com msgid=l1@mail.test.com size=300 proto=local
15 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T00:55:01+09:00 prog=exim qid=1rkZzy-000998-YY dst_ip=127.0.0.1 dst_host=localhost rcpt=box@mail.test.com mailer=lmtp dsn=2.0.0 relay="localhost [127.0.0.1]" stat="250 2.0.0 <box@mail.test.com> Saved"
16 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T00:55:01+09:00 prog=exim qid=1rkZzy-000998-YY rcpt=lee@mail.test.com mailer=local stat=delivered
17 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T00:55:02+09:00 prog=exim qid=1rkZzy-000998-YY rcpt=pipe@mail.test.com mailer=prog stat=delivered
18 kind=none svc=smtp ts=2024-03-14T00:55:03+09:00 prog=exim qid=1rkZzy-000998-YY dst_ip=192.0.2.25 dst_host=mx.example.org rcpt=dropped@example.org relay="mx.example.org [192.0.2.25]" reason="delivery suppressed"
19 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T00:55:04+09:00 prog=exim qid=1rkZzy-000998-YY rcpt=nobody@mail.test.com stat="Unrouteable address"
--- txns
txn end=complete qid=1rkXyz-000123-AB client_ip=218.49.112.67 auth_user=KIM auth_mech=dovecot_plain from=KIM@mail.test.com msgid=20240314000009.1rkXyz@mail.test.com proto=esmtpa size=176 nrcpts=0 first=2024-03-13T15:00:09+00:00 last=2024-03-13T15:00:35+00:00 first_line=2 auth_line=2 from_line=2
  rcpt status=sent addr=ct@xx1.com relay=xx1.com dst_ip=123.123.123.123 dsn=2.0.0 mailer=smtp stat="250 2.0.0 OK id=1rkY00-0001" attempts=1 ts=2024-03-13T15:00:33+00:00 line=3
  rcpt status=failed addr=info@xx2.com relay=mx.xx2.com dst_ip=234.234.234.234 dsn=5.7.1 mailer=smtp stat="SMTP error from remote mail server after end of data: 553 5.7.1 blocked Using Master Spam Pattern" attempts=1 ts=2024-03-13T15:00:34+00:00 line=4
txn end=complete qid=1rkXz0-000124-CD from=<> proto=local size=2345 nrcpts=0 first=2024-03-13T15:00:34+00:00 last=2024-03-13T15:00:35+00:00 first_line=5 from_line=5
  rcpt status=sent addr=KIM@mail.test.com mailer=local stat=delivered attempts=1 ts=2024-03-13T15:00:35+00:00 line=7
txn end=complete qid=1rkYab-0000000123-ABCD client_ip=198.51.100.50 client_host=client.example.net from=park@example.net msgid=p1@example.net proto=esmtps size=500 nrcpts=1 first=2024-03-13T15:10:04+00:00 last=2024-03-14T00:10:00+00:00 first_line=9 from_line=9
  rcpt status=sent addr=slow@example.com relay=mx.example.com dst_ip=203.0.113.80 mailer=smtp stat="250 ok" attempts=2 ts=2024-03-13T15:40:05+00:00 line=11
txn end=flushed qid=1rkZzy-000998-YY from=lee@mail.test.com msgid=l1@mail.test.com proto=local size=300 nrcpts=0 first=2024-03-13T15:55:00+00:00 last=2024-03-13T15:55:04+00:00 first_line=14 from_line=14
  rcpt status=sent addr=box@mail.test.com relay=localhost dst_ip=127.0.0.1 dsn=2.0.0 mailer=lmtp stat="250 2.0.0 <box@mail.test.com> Saved" attempts=1 ts=2024-03-13T15:55:01+00:00 line=15
  rcpt status=sent addr=lee@mail.test.com mailer=local stat=delivered attempts=1 ts=2024-03-13T15:55:01+00:00 line=16
  rcpt status=sent addr=pipe@mail.test.com mailer=prog stat=delivered attempts=1 ts=2024-03-13T15:55:02+00:00 line=17
  rcpt status=failed addr=nobody@mail.test.com stat="Unrouteable address" attempts=1 ts=2024-03-13T15:55:04+00:00 line=19
