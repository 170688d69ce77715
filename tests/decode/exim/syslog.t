# Exim records sent through syslog (programs exim and exim4): with the date
# exim adds by default (syslog_timestamp), without it, with a [pid] and with
# the "[N\M]" marker of a record split over lines (only the first part is a
# record).
--- input
Mar 14 00:00:00 mail exim[1234]: 2024-03-14 00:00:00 dovecot_login authenticator failed for (kimpc) [218.49.112.67]:35686: 535 Incorrect authentication data (set_id=KIM)
Mar 14 00:00:09 mail exim[1235]: 2024-03-14 00:00:09 1rkXyz-000123-AB <= KIM@mail.test.com H=(kimpc) [218.49.112.67] P=esmtpa A=dovecot_plain:KIM S=176 id=m1@mail.test.com
Mar 14 00:00:33 mail exim4[1236]: 1rkXyz-000123-AB => ct@xx1.com R=dnslookup T=remote_smtp H=xx1.com [123.123.123.123] C="250 OK"
Mar 14 00:00:34 mail exim4[1236]: [1\2] 1rkXyz-000123-AB ** info@xx2.com R=dnslookup T=remote_smtp H=mx.xx2.com [234.234.234.234]: SMTP error from remote mail server after end of data: 553 5.7.1 blocked
Mar 14 00:00:34 mail exim4[1236]: [2\2]  Using Master Spam Pattern
Mar 14 00:00:35 mail exim[1237]: 2024-03-14 00:00:35 [1237] 1rkXyz-000123-AB Completed
Mar 14 00:00:36 mail exim[1238]: 2024-03-14 00:00:36 H=(x) [192.0.2.1] F=<a@b.example> rejected RCPT <c@mail.test.com>: relay not permitted
--- events
1 kind=authentication outcome=failure svc=smtp ts=2024-03-14T00:00:00+00:00 host=mail prog=exim pid=1234 src_ip=218.49.112.67 src_port=35686 user=KIM mech=dovecot_login relay="(kimpc) [218.49.112.67]:35686" reason="535 Incorrect authentication data"
2 kind=mail.accepted svc=smtp ts=2024-03-14T00:00:09+00:00 host=mail prog=exim pid=1235 qid=1rkXyz-000123-AB src_ip=218.49.112.67 user=KIM mech=dovecot_plain from=KIM@mail.test.com msgid=m1@mail.test.com size=176 proto=esmtpa relay="(kimpc) [218.49.112.67]"
3 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T00:00:33+00:00 host=mail prog=exim4 pid=1236 qid=1rkXyz-000123-AB dst_ip=123.123.123.123 dst_host=xx1.com rcpt=ct@xx1.com mailer=smtp relay="xx1.com [123.123.123.123]" stat="250 OK"
4 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T00:00:34+00:00 host=mail prog=exim4 pid=1236 qid=1rkXyz-000123-AB dst_ip=234.234.234.234 dst_host=mx.xx2.com rcpt=info@xx2.com mailer=smtp dsn=5.7.1 relay="mx.xx2.com [234.234.234.234]" stat="SMTP error from remote mail server after end of data: 553 5.7.1 blocked"
5 kind=none svc=smtp ts=2024-03-14T00:00:34+00:00 host=mail prog=exim4 pid=1236 reason=continuation
6 kind=none svc=smtp ts=2024-03-14T00:00:35+00:00 host=mail prog=exim pid=1237 qid=1rkXyz-000123-AB stat=Completed
7 kind=mail.rejected outcome=failure svc=smtp ts=2024-03-14T00:00:36+00:00 host=mail prog=exim pid=1238 src_ip=192.0.2.1 from=a@b.example rcpt=<c@mail.test.com> relay="(x) [192.0.2.1]" rule=RCPT reason="relay not permitted"
--- txns
txn end=complete qid=1rkXyz-000123-AB host=mail client_ip=218.49.112.67 auth_user=KIM auth_mech=dovecot_plain from=KIM@mail.test.com msgid=m1@mail.test.com proto=esmtpa size=176 nrcpts=0 first=2024-03-14T00:00:09+00:00 last=2024-03-14T00:00:35+00:00 first_line=2 auth_line=2 from_line=2
  rcpt status=sent addr=ct@xx1.com relay=xx1.com dst_ip=123.123.123.123 mailer=smtp stat="250 OK" attempts=1 ts=2024-03-14T00:00:33+00:00 line=3
  rcpt status=failed addr=info@xx2.com relay=mx.xx2.com dst_ip=234.234.234.234 dsn=5.7.1 mailer=smtp stat="SMTP error from remote mail server after end of data: 553 5.7.1 blocked" attempts=1 ts=2024-03-14T00:00:34+00:00 line=4
