# Postfix tells one message over several programs that share a queue id; the
# transaction table joins them. A submission with a SASL login (smtpd client=),
# cleanup's message-id, qmgr's from/size/nrcpt, two recipients (one sent, one
# bounced by the remote server), the bounce notice and "removed"; the bounce
# itself (from=<>) delivered locally; a message deferred then sent; a local
# submission (pickup) delivered by virtual; "removed" for a message never seen
# opens nothing; a message still deferred at the end is flushed.
--- input
Mar 14 00:00:00 mail postfix/submission/smtpd[100]: 3F1A2B4C5D: client=unknown[218.49.112.67], sasl_method=PLAIN, sasl_username=KIM
Mar 14 00:00:00 mail postfix/cleanup[101]: 3F1A2B4C5D: message-id=<20240314000000.3F1A2B4C5D@mail.test.com>
Mar 14 00:00:01 mail postfix/qmgr[102]: 3F1A2B4C5D: from=<KIM@mail.test.com>, size=176, nrcpt=2 (queue active)
Mar 14 00:00:05 mail postfix/smtp[103]: 3F1A2B4C5D: to=<ct@xx1.com>, relay=xx1.com[123.123.123.123]:25, delay=4.2, delays=0.1/0.01/2/2.1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9AB12)
Mar 14 00:00:06 mail postfix/smtp[104]: 3F1A2B4C5D: to=<info@xx2.com>, relay=mx.xx2.com[234.234.234.234]:25, delay=5, delays=0.1/0.01/2/3, dsn=5.7.1, status=bounced (host mx.xx2.com[234.234.234.234] said: 553 5.7.1 blocked Using Master Spam Pattern (in reply to end of DATA command))
Mar 14 00:00:06 mail postfix/cleanup[101]: 4B2C3D4E5F: message-id=<20240314000006.4B2C3D4E5F@mail.test.com>
Mar 14 00:00:06 mail postfix/bounce[105]: 3F1A2B4C5D: sender non-delivery notification: 4B2C3D4E5F
Mar 14 00:00:06 mail postfix/qmgr[102]: 4B2C3D4E5F: from=<>, size=2456, nrcpt=1 (queue active)
Mar 14 00:00:06 mail postfix/qmgr[102]: 3F1A2B4C5D: removed
Mar 14 00:00:07 mail postfix/local[106]: 4B2C3D4E5F: to=<kim@mail.test.com>, orig_to=<KIM@mail.test.com>, relay=local, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (delivered to mailbox)
Mar 14 00:00:07 mail postfix/qmgr[102]: 4B2C3D4E5F: removed
Mar 14 00:10:00 mail postfix/smtpd[200]: 5C6D7E8F90: client=client.example.net[198.51.100.50]:40000
Mar 14 00:10:00 mail postfix/cleanup[101]: 5C6D7E8F90: message-id=<p1@example.net>
Mar 14 00:10:01 mail postfix/qmgr[102]: 5C6D7E8F90: from=<park@example.net>, size=500, nrcpt=1 (queue active)
Mar 14 00:10:04 mail postfix/smtp[201]: 5C6D7E8F90: to=<slow@example.com>, relay=none, delay=3, delays=0/0/3/0, dsn=4.4.1, status=deferred (connect to mx.example.com[203.0.113.80]:25: Connection timed out)
Mar 14 00:40:04 mail postfix/qmgr[102]: 5C6D7E8F90: from=<park@example.net>, size=500, nrcpt=1 (queue active)
Mar 14 00:40:05 mail postfix/smtp[202]: 5C6D7E8F90: to=<slow@example.com>, relay=mx.example.com[203.0.113.80]:25, delay=1805, delays=1800/0/3/2, dsn=2.0.0, status=sent (250 ok)
Mar 14 00:40:05 mail postfix/qmgr[102]: 5C6D7E8F90: removed
Mar 14 00:50:00 mail postfix/pickup[300]: 6D7E8F9A0B: uid=1000 from=<lee>
Mar 14 00:50:00 mail postfix/cleanup[101]: 6D7E8F9A0B: message-id=<l1@mail.test.com>
Mar 14 00:50:00 mail postfix/qmgr[102]: 6D7E8F9A0B: from=<lee@mail.test.com>, size=300, nrcpt=1 (queue active)
Mar 14 00:50:00 mail postfix/virtual[301]: 6D7E8F9A0B: to=<box@virtual.test.com>, relay=virtual, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (delivered to maildir)
Mar 14 00:50:01 mail postfix/qmgr[102]: 7E8F9A0B1C: removed
Mar 14 00:55:00 mail postfix/smtpd[400]: 4ZPKqk3bJHz9sK4: client=unknown[172.16.1.10]
Mar 14 00:55:00 mail postfix/qmgr[102]: 4ZPKqk3bJHz9sK4: from=<kim@mail.test.com>, size=90, nrcpt=1 (queue active)
Mar 14 00:55:01 mail postfix/smtp[401]: 4ZPKqk3bJHz9sK4: to=<nobody@example.net>, relay=mx.example.net[203.0.113.5]:25, delay=1, delays=0/0/0.5/0.5, dsn=4.7.1, status=deferred (host mx.example.net[203.0.113.5] said: 450 4.7.1 greylisted (in reply to RCPT TO command))
--- events
1 kind=authentication outcome=success svc=smtp ts=2024-03-14T00:00:00+00:00 host=mail prog=postfix/submission/smtpd pid=100 qid=3F1A2B4C5D src_ip=218.49.112.67 user=KIM mech=PLAIN
2 kind=none svc=smtp ts=2024-03-14T00:00:00+00:00 host=mail prog=postfix/cleanup pid=101 qid=3F1A2B4C5D msgid=20240314000000.3F1A2B4C5D@mail.test.com
3 kind=mail.accepted svc=smtp ts=2024-03-14T00:00:01+00:00 host=mail prog=postfix/qmgr pid=102 qid=3F1A2B4C5D from=KIM@mail.test.com size=176 nrcpts=2
4 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T00:00:05+00:00 host=mail prog=postfix/smtp pid=103 qid=3F1A2B4C5D dst_ip=123.123.123.123 dst_port=25 dst_host=xx1.com rcpt=<ct@xx1.com> delay=4.2 mailer=smtp dsn=2.0.0 relay=xx1.com[123.123.123.123]:25 stat="sent (250 2.0.0 Ok: queued as 9AB12)"
5 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T00:00:06+00:00 host=mail prog=postfix/smtp pid=104 qid=3F1A2B4C5D dst_ip=234.234.234.234 dst_port=25 dst_host=mx.xx2.com rcpt=<info@xx2.com> delay=5 mailer=smtp dsn=5.7.1 relay=mx.xx2.com[234.234.234.234]:25 stat="bounced (host mx.xx2.com[234.234.234.234] said: 553 5.7.1 blocked Using Master Spam Pattern (in reply to end of DATA command))"
6 kind=none svc=smtp ts=2024-03-14T00:00:06+00:00 host=mail prog=postfix/cleanup pid=101 qid=4B2C3D4E5F msgid=20240314000006.4B2C3D4E5F@mail.test.com
7 kind=none svc=smtp ts=2024-03-14T00:00:06+00:00 host=mail prog=postfix/bounce pid=105 qid=3F1A2B4C5D reason="sender non-delivery notification: 4B2C3D4E5F"
8 kind=mail.accepted svc=smtp ts=2024-03-14T00:00:06+00:00 host=mail prog=postfix/qmgr pid=102 qid=4B2C3D4E5F from=<> size=2456 nrcpts=1
9 kind=none svc=smtp ts=2024-03-14T00:00:06+00:00 host=mail prog=postfix/qmgr pid=102 qid=3F1A2B4C5D stat=removed
10 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T00:00:07+00:00 host=mail prog=postfix/local pid=106 qid=4B2C3D4E5F dst_host=local rcpt=<kim@mail.test.com> delay=0.1 mailer=local dsn=2.0.0 relay=local stat="sent (delivered to mailbox)"
11 kind=none svc=smtp ts=2024-03-14T00:00:07+00:00 host=mail prog=postfix/qmgr pid=102 qid=4B2C3D4E5F stat=removed
12 kind=none svc=smtp ts=2024-03-14T00:10:00+00:00 host=mail prog=postfix/smtpd pid=200 qid=5C6D7E8F90 src_ip=198.51.100.50 src_port=40000 src_host=client.example.net reason=client
13 kind=none svc=smtp ts=2024-03-14T00:10:00+00:00 host=mail prog=postfix/cleanup pid=101 qid=5C6D7E8F90 msgid=p1@example.net
14 kind=mail.accepted svc=smtp ts=2024-03-14T00:10:01+00:00 host=mail prog=postfix/qmgr pid=102 qid=5C6D7E8F90 from=park@example.net size=500 nrcpts=1
15 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T00:10:04+00:00 host=mail prog=postfix/smtp pid=201 qid=5C6D7E8F90 rcpt=<slow@example.com> delay=3 mailer=smtp dsn=4.4.1 relay=none stat="deferred (connect to mx.example.com[203.0.113.80]:25: Connection timed out)"
16 kind=mail.accepted svc=smtp ts=2024-03-14T00:40:04+00:00 host=mail prog=postfix/qmgr pid=102 qid=5C6D7E8F90 from=park@example.net size=500 nrcpts=1
17 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T00:40:05+00:00 host=mail prog=postfix/smtp pid=202 qid=5C6D7E8F90 dst_ip=203.0.113.80 dst_port=25 dst_host=mx.example.com rcpt=<slow@example.com> delay=1805 mailer=smtp dsn=2.0.0 relay=mx.example.com[203.0.113.80]:25 stat="sent (250 ok)"
18 kind=none svc=smtp ts=2024-03-14T00:40:05+00:00 host=mail prog=postfix/qmgr pid=102 qid=5C6D7E8F90 stat=removed
19 kind=none svc=smtp ts=2024-03-14T00:50:00+00:00 host=mail prog=postfix/pickup pid=300 qid=6D7E8F9A0B reason=pickup
20 kind=none svc=smtp ts=2024-03-14T00:50:00+00:00 host=mail prog=postfix/cleanup pid=101 qid=6D7E8F9A0B msgid=l1@mail.test.com
21 kind=mail.accepted svc=smtp ts=2024-03-14T00:50:00+00:00 host=mail prog=postfix/qmgr pid=102 qid=6D7E8F9A0B from=lee@mail.test.com size=300 nrcpts=1
22 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T00:50:00+00:00 host=mail prog=postfix/virtual pid=301 qid=6D7E8F9A0B dst_host=virtual rcpt=<box@virtual.test.com> delay=0.1 mailer=local dsn=2.0.0 relay=virtual stat="sent (delivered to maildir)"
23 kind=none svc=smtp ts=2024-03-14T00:50:01+00:00 host=mail prog=postfix/qmgr pid=102 qid=7E8F9A0B1C stat=removed
24 kind=none svc=smtp ts=2024-03-14T00:55:00+00:00 host=mail prog=postfix/smtpd pid=400 qid=4ZPKqk3bJHz9sK4 src_ip=172.16.1.10 reason=client
25 kind=mail.accepted svc=smtp ts=2024-03-14T00:55:00+00:00 host=mail prog=postfix/qmgr pid=102 qid=4ZPKqk3bJHz9sK4 from=kim@mail.test.com size=90 nrcpts=1
26 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T00:55:01+00:00 host=mail prog=postfix/smtp pid=401 qid=4ZPKqk3bJHz9sK4 dst_ip=203.0.113.5 dst_port=25 dst_host=mx.example.net rcpt=<nobody@example.net> delay=1 mailer=smtp dsn=4.7.1 relay=mx.example.net[203.0.113.5]:25 stat="deferred (host mx.example.net[203.0.113.5] said: 450 4.7.1 greylisted (in reply to RCPT TO command))"
--- txns
txn end=complete qid=3F1A2B4C5D host=mail client_ip=218.49.112.67 auth_user=KIM auth_mech=PLAIN from=KIM@mail.test.com msgid=20240314000000.3F1A2B4C5D@mail.test.com size=176 nrcpts=2 first=2024-03-14T00:00:00+00:00 last=2024-03-14T00:00:06+00:00 first_line=1 auth_line=1 from_line=3
  rcpt status=sent addr=ct@xx1.com relay=xx1.com dst_ip=123.123.123.123 dsn=2.0.0 mailer=smtp stat="sent (250 2.0.0 Ok: queued as 9AB12)" attempts=1 ts=2024-03-14T00:00:05+00:00 line=4
  rcpt status=failed addr=info@xx2.com relay=mx.xx2.com dst_ip=234.234.234.234 dsn=5.7.1 mailer=smtp stat="bounced (host mx.xx2.com[234.234.234.234] said: 553 5.7.1 blocked Using Master Spam Pattern (in reply to end of DATA command))" attempts=1 ts=2024-03-14T00:00:06+00:00 line=5
txn end=complete qid=4B2C3D4E5F host=mail from=<> msgid=20240314000006.4B2C3D4E5F@mail.test.com size=2456 nrcpts=1 first=2024-03-14T00:00:06+00:00 last=2024-03-14T00:00:07+00:00 first_line=6 from_line=8
  rcpt status=sent addr=kim@mail.test.com relay=local dsn=2.0.0 mailer=local stat="sent (delivered to mailbox)" attempts=1 ts=2024-03-14T00:00:07+00:00 line=10
txn end=complete qid=5C6D7E8F90 host=mail client_ip=198.51.100.50 client_host=client.example.net from=park@example.net msgid=p1@example.net size=500 nrcpts=1 first=2024-03-14T00:10:00+00:00 last=2024-03-14T00:40:05+00:00 first_line=12 from_line=16
  rcpt status=sent addr=slow@example.com relay=mx.example.com dst_ip=203.0.113.80 dsn=2.0.0 mailer=smtp stat="sent (250 ok)" attempts=2 ts=2024-03-14T00:40:05+00:00 line=17
txn end=complete qid=6D7E8F9A0B host=mail from=lee@mail.test.com msgid=l1@mail.test.com size=300 nrcpts=1 first=2024-03-14T00:50:00+00:00 last=2024-03-14T00:50:00+00:00 first_line=20 from_line=21
  rcpt status=sent addr=box@virtual.test.com relay=virtual dsn=2.0.0 mailer=local stat="sent (delivered to maildir)" attempts=1 ts=2024-03-14T00:50:00+00:00 line=22
txn end=flushed qid=4ZPKqk3bJHz9sK4 host=mail client_ip=172.16.1.10 from=kim@mail.test.com size=90 nrcpts=1 first=2024-03-14T00:55:00+00:00 last=2024-03-14T00:55:01+00:00 first_line=24 from_line=25
  rcpt status=deferred addr=nobody@example.net relay=mx.example.net dst_ip=203.0.113.5 dsn=4.7.1 mailer=smtp stat="deferred (host mx.example.net[203.0.113.5] said: 450 4.7.1 greylisted (in reply to RCPT TO command))" attempts=1 ts=2024-03-14T00:55:01+00:00 line=26
