# Transactions assembled by queue id: two recipients (one line), deferred
# then sent, a permanent failure, interleaved queue ids, a session refused
# after AUTH failures, and one still open at the end (flushed).
--- input
Mar 14 06:00:00 mail sm-mta[100]: s2E6000a000100: AUTH=server, relay=client.example.net [198.51.100.50], authid=lee, mech=LOGIN, bits=0
Mar 14 06:00:01 mail sm-mta[200]: s2E6000b000200: from=<park@mail.test.com>, size=500, class=0, nrcpts=1, msgid=<p1@mail.test.com>, proto=ESMTP, daemon=MTA, relay=[172.16.1.20]
Mar 14 06:00:02 mail sm-mta[100]: s2E6000a000100: from=<lee@mail.test.com>, size=1200, class=0, nrcpts=2, msgid=<l1@mail.test.com>, proto=ESMTPA, daemon=MTA, relay=client.example.net [198.51.100.50]
Mar 14 06:00:03 mail sm-mta[101]: s2E6000a000100: to=<x@example.org>,<y@example.org>, delay=00:00:03, xdelay=00:00:01, mailer=esmtp, pri=150000, relay=mx.example.org. [192.0.2.25], dsn=2.0.0, stat=Sent (ok)
Mar 14 06:00:04 mail sm-mta[201]: s2E6000b000200: to=<slow@example.com>, delay=00:00:03, xdelay=00:00:03, mailer=esmtp, pri=120500, relay=mx.example.com., dsn=4.4.1, stat=Deferred: Connection timed out with mx.example.com.
Mar 14 06:30:04 mail sm-mta[300]: s2E6000b000200: to=<slow@example.com>, delay=00:30:03, xdelay=00:00:02, mailer=esmtp, pri=210500, relay=mx.example.com. [203.0.113.80], dsn=2.0.0, stat=Sent (queued)
Mar 14 06:31:00 mail sm-mta[400]: s2E6000c000400: from=<kim@mail.test.com>, size=90, class=0, nrcpts=1, msgid=<k1@mail.test.com>, proto=ESMTP, daemon=MTA, relay=[172.16.1.10]
Mar 14 06:31:01 mail sm-mta[401]: s2E6000c000400: to=<nobody@example.net>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120090, relay=mx.example.net. [203.0.113.5], dsn=5.1.1, stat=User unknown
Mar 14 06:32:00 mail sm-mta[500]: s2E6000d000500: AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication failure: checkpass failed, user=admin, relay=[218.49.112.67]
Mar 14 06:32:01 mail sm-mta[500]: s2E6000d000500: ruleset=check_rcpt, arg1=<v@example.com>, relay=[218.49.112.67], reject=550 5.7.1 <v@example.com>... Relaying denied. Proper authentication required.
Mar 14 06:32:02 mail sm-mta[500]: s2E6000d000500: from=<spam@example.biz>, size=0, class=0, nrcpts=0, proto=ESMTP, daemon=MTA, relay=[218.49.112.67]
Mar 14 06:33:00 mail sm-mta[600]: s2E6000e000600: from=<q@mail.test.com>, size=10, class=0, nrcpts=1, msgid=<q1@mail.test.com>, proto=ESMTP, daemon=MTA, relay=[172.16.1.30]
Mar 14 06:33:01 mail sm-mta[601]: s2E6000e000600: to=<q@example.com>, delay=00:00:01, mailer=esmtp, pri=120010, stat=queued
--- events
1 kind=authentication outcome=success svc=smtp ts=2024-03-14T06:00:00+00:00 host=mail prog=sm-mta pid=100 qid=s2E6000a000100 src_ip=198.51.100.50 src_host=client.example.net user=lee mech=LOGIN relay="client.example.net [198.51.100.50]"
2 kind=mail.accepted svc=smtp ts=2024-03-14T06:00:01+00:00 host=mail prog=sm-mta pid=200 qid=s2E6000b000200 src_ip=172.16.1.20 from=park@mail.test.com msgid=p1@mail.test.com size=500 nrcpts=1 class=0 proto=ESMTP relay=[172.16.1.20]
3 kind=mail.accepted svc=smtp ts=2024-03-14T06:00:02+00:00 host=mail prog=sm-mta pid=100 qid=s2E6000a000100 src_ip=198.51.100.50 src_host=client.example.net from=lee@mail.test.com msgid=l1@mail.test.com size=1200 nrcpts=2 class=0 proto=ESMTPA relay="client.example.net [198.51.100.50]"
4 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T06:00:03+00:00 host=mail prog=sm-mta pid=101 qid=s2E6000a000100 dst_ip=192.0.2.25 dst_host=mx.example.org rcpt=<x@example.org>,<y@example.org> pri=150000 delay=00:00:03 xdelay=00:00:01 mailer=esmtp dsn=2.0.0 relay="mx.example.org. [192.0.2.25]" stat="Sent (ok)"
5 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T06:00:04+00:00 host=mail prog=sm-mta pid=201 qid=s2E6000b000200 dst_host=mx.example.com rcpt=<slow@example.com> pri=120500 delay=00:00:03 xdelay=00:00:03 mailer=esmtp dsn=4.4.1 relay=mx.example.com. stat="Deferred: Connection timed out with mx.example.com."
6 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T06:30:04+00:00 host=mail prog=sm-mta pid=300 qid=s2E6000b000200 dst_ip=203.0.113.80 dst_host=mx.example.com rcpt=<slow@example.com> pri=210500 delay=00:30:03 xdelay=00:00:02 mailer=esmtp dsn=2.0.0 relay="mx.example.com. [203.0.113.80]" stat="Sent (queued)"
7 kind=mail.accepted svc=smtp ts=2024-03-14T06:31:00+00:00 host=mail prog=sm-mta pid=400 qid=s2E6000c000400 src_ip=172.16.1.10 from=kim@mail.test.com msgid=k1@mail.test.com size=90 nrcpts=1 class=0 proto=ESMTP relay=[172.16.1.10]
8 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T06:31:01+00:00 host=mail prog=sm-mta pid=401 qid=s2E6000c000400 dst_ip=203.0.113.5 dst_host=mx.example.net rcpt=<nobody@example.net> pri=120090 delay=00:00:01 xdelay=00:00:01 mailer=esmtp dsn=5.1.1 relay="mx.example.net. [203.0.113.5]" stat="User unknown"
9 kind=authentication outcome=failure svc=smtp ts=2024-03-14T06:32:00+00:00 host=mail prog=sm-mta pid=500 qid=s2E6000d000500 src_ip=218.49.112.67 user=admin mech=LOGIN relay=[218.49.112.67] reason="authentication failure (-13) SASL(-13): authentication failure: checkpass failed"
10 kind=mail.rejected outcome=failure svc=smtp ts=2024-03-14T06:32:01+00:00 host=mail prog=sm-mta pid=500 qid=s2E6000d000500 src_ip=218.49.112.67 rcpt=<v@example.com> dsn=5.7.1 relay=[218.49.112.67] rule=check_rcpt reason="550 5.7.1 <v@example.com>... Relaying denied. Proper authentication required."
11 kind=mail.accepted svc=smtp ts=2024-03-14T06:32:02+00:00 host=mail prog=sm-mta pid=500 qid=s2E6000d000500 src_ip=218.49.112.67 from=spam@example.biz class=0 proto=ESMTP relay=[218.49.112.67]
12 kind=mail.accepted svc=smtp ts=2024-03-14T06:33:00+00:00 host=mail prog=sm-mta pid=600 qid=s2E6000e000600 src_ip=172.16.1.30 from=q@mail.test.com msgid=q1@mail.test.com size=10 nrcpts=1 class=0 proto=ESMTP relay=[172.16.1.30]
13 kind=mail.delivery svc=smtp ts=2024-03-14T06:33:01+00:00 host=mail prog=sm-mta pid=601 qid=s2E6000e000600 rcpt=<q@example.com> pri=120010 delay=00:00:01 mailer=esmtp stat=queued
--- txns
txn end=complete qid=s2E6000a000100 host=mail client_ip=198.51.100.50 client_host=client.example.net auth_user=lee auth_mech=LOGIN from=lee@mail.test.com msgid=l1@mail.test.com proto=ESMTPA size=1200 nrcpts=2 first=2024-03-14T06:00:00+00:00 last=2024-03-14T06:00:03+00:00 first_line=1 auth_line=1 from_line=3
  rcpt status=sent addr=x@example.org relay=mx.example.org dst_ip=192.0.2.25 dsn=2.0.0 mailer=esmtp stat="Sent (ok)" attempts=1 ts=2024-03-14T06:00:03+00:00 line=4
  rcpt status=sent addr=y@example.org relay=mx.example.org dst_ip=192.0.2.25 dsn=2.0.0 mailer=esmtp stat="Sent (ok)" attempts=1 ts=2024-03-14T06:00:03+00:00 line=4
txn end=complete qid=s2E6000b000200 host=mail client_ip=172.16.1.20 from=park@mail.test.com msgid=p1@mail.test.com proto=ESMTP size=500 nrcpts=1 first=2024-03-14T06:00:01+00:00 last=2024-03-14T06:30:04+00:00 first_line=2 from_line=2
  rcpt status=sent addr=slow@example.com relay=mx.example.com dst_ip=203.0.113.80 dsn=2.0.0 mailer=esmtp stat="Sent (queued)" attempts=2 ts=2024-03-14T06:30:04+00:00 line=6
txn end=complete qid=s2E6000c000400 host=mail client_ip=172.16.1.10 from=kim@mail.test.com msgid=k1@mail.test.com proto=ESMTP size=90 nrcpts=1 first=2024-03-14T06:31:00+00:00 last=2024-03-14T06:31:01+00:00 first_line=7 from_line=7
  rcpt status=failed addr=nobody@example.net relay=mx.example.net dst_ip=203.0.113.5 dsn=5.1.1 mailer=esmtp stat="User unknown" attempts=1 ts=2024-03-14T06:31:01+00:00 line=8
txn end=complete qid=s2E6000d000500 host=mail client_ip=218.49.112.67 auth_failures=1 from=spam@example.biz proto=ESMTP nrcpts=0 rejects=1 first=2024-03-14T06:32:00+00:00 last=2024-03-14T06:32:02+00:00 first_line=9 from_line=11
txn end=flushed qid=s2E6000e000600 host=mail client_ip=172.16.1.30 from=q@mail.test.com msgid=q1@mail.test.com proto=ESMTP size=10 nrcpts=1 first=2024-03-14T06:33:00+00:00 last=2024-03-14T06:33:01+00:00 first_line=12 from_line=12
  rcpt status=queued addr=q@example.com mailer=esmtp stat=queued attempts=1 ts=2024-03-14T06:33:01+00:00 line=13
