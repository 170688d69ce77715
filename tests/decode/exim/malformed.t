# Malformed exim main-log lines are reported (no date, a marker without an
# address, a size that is not a number, an empty message); text a client or
# a remote server wrote cannot set fields: a subject holding "H=" and "A=", a
# recipient list holding "A=", a remote reply holding "H=", a set_id holding
# "(set_id=".
--- options
exim=1
--- input
garbage line
2024-13-14 00:00:00 1rkXyz-000123-AB Completed
2024-03-14 00:00:00
2024-03-14 00:00:01 1rkXyz-000123-AB <=
2024-03-14 00:00:02 1rkXyz-000123-AB <= a@b.example S=many
2024-03-14 00:00:03 1rkXyz-000123-AB =>
2024-03-14 00:00:04 1rkXyz-000123-AB <= a@b.example H=[192.0.2.1] P=esmtp S=10 T="x H=[6.6.6.6] A=evil:root" for A=evil:root@x.example b@x.example
2024-03-14 00:00:05 1rkXyz-000123-AB ** c@x.example R=r T=remote_smtp H=mx [192.0.2.2]: 550 H=[6.6.6.6] C="250 forged"
2024-03-14 00:00:06 plain authenticator failed for (h) [192.0.2.3]: 535 Incorrect authentication data (set_id=x (set_id=admin))
2024-03-14 00:00:07.1234567890 1rkXyz-000123-AB Completed
2024-03-14 00:00:08 1rkXyz-000123-AB <= a@b.example H=(unclosed [192.0.2.4
2024-03-14 00:00:09 [notapid] 1rkXyz-000123-AB Completed
2024-03-14 00:00:10 1rkXyz-000123-AB
--- events
1 error: input:1: expected an exim date 'YYYY-MM-DD hh:mm:ss' at the start of the line
2 error: input:2: expected an exim date 'YYYY-MM-DD hh:mm:ss' at the start of the line
3 error: input:3: empty exim message (expected 'MSGID <= ...' or text)
4 error: input:4: '<=' with no sender (expected '<= address H=... P=... S=...')
5 error: input:5: S=: expected a size in bytes, got 'many'
6 error: input:6: delivery record with no address (expected '=> address R=... T=...')
7 kind=mail.accepted svc=smtp ts=2024-03-14T00:00:04+00:00 prog=exim qid=1rkXyz-000123-AB src_ip=192.0.2.1 from=a@b.example size=10 nrcpts=2 proto=esmtp relay=[192.0.2.1]
8 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T00:00:05+00:00 prog=exim qid=1rkXyz-000123-AB dst_ip=192.0.2.2 dst_host=mx rcpt=c@x.example mailer=smtp relay="mx [192.0.2.2]" stat="550 H=[6.6.6.6] C=\"250 forged\""
9 kind=authentication outcome=failure svc=smtp ts=2024-03-14T00:00:06+00:00 prog=exim src_ip=192.0.2.3 user="x (set_id=admin)" mech=plain relay="(h) [192.0.2.3]" reason="535 Incorrect authentication data"
10 error: input:10: expected an exim date 'YYYY-MM-DD hh:mm:ss' at the start of the line
11 kind=mail.accepted svc=smtp ts=2024-03-14T00:00:08+00:00 prog=exim qid=1rkXyz-000123-AB from=a@b.example relay="(unclosed [192.0.2.4"
12 kind=none svc=smtp ts=2024-03-14T00:00:09+00:00 prog=exim reason="[notapid] 1rkXyz-000123-AB Completed"
13 kind=none svc=smtp ts=2024-03-14T00:00:10+00:00 prog=exim qid=1rkXyz-000123-AB
