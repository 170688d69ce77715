# Delivery lines of every delivering daemon and status, and the mailer names
# mailflow.c understands: smtp and relay are outbound; local, lmtp, virtual
# (as "local") and pipe (as "prog") deliver here; error/retry/discard deliver
# nothing (no mailer). Address verification probes are no deliveries.
--- input
Mar 14 03:00:00 mail postfix/smtp[700]: 1A2B3C4D5E: to=<ct@xx1.com>, relay=xx1.com[123.123.123.123]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok)
Mar 14 03:00:01 mail postfix-out/smtp[701]: 1A2B3C4D5F: to=<a@example.org>, orig_to=<alias@mail.test.com>, relay=mx.example.org[2001:db8::25]:25, conn_use=2, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)
Mar 14 03:00:02 mail postfix/relay/smtp[702]: 1A2B3C4D60: to=<b@example.org>, relay=smarthost.example.net[192.0.2.200]:587, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)
Mar 14 03:00:03 mail postfix/lmtp[703]: 1A2B3C4D61: to=<kim@mail.test.com>, relay=mail.test.com[private/dovecot-lmtp], delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (250 2.0.0 <kim@mail.test.com> Saved)
Mar 14 03:00:04 mail postfix/pipe[704]: 1A2B3C4D62: to=<kim@mail.test.com>, relay=dovecot, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (delivered via dovecot service)
Mar 14 03:00:05 mail postfix/virtual[705]: 1A2B3C4D63: to=<box@virtual.test.com>, relay=virtual, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (delivered to maildir)
Mar 14 03:00:06 mail postfix/error[706]: 1A2B3C4D64: to=<nobody@mail.test.com>, relay=none, delay=0.1, delays=0/0/0/0.1, dsn=5.0.0, status=bounced (User unknown in virtual alias table)
Mar 14 03:00:07 mail postfix/smtp[707]: 1A2B3C4D65: to=<slow@example.com>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.com[203.0.113.80]:25: Connection timed out)
Mar 14 03:00:08 mail postfix/smtp[708]: 1A2B3C4D66: to=<gone@example.com>, relay=mx.example.com[203.0.113.80]:25, delay=432000, delays=431990/0/5/5, dsn=4.4.1, status=expired (connect to mx.example.com[203.0.113.80]:25: Connection timed out)
Mar 14 03:00:09 mail postfix/smtp[709]: 1A2B3C4D67: to=<probe@example.com>, relay=mx.example.com[203.0.113.80]:25, delay=1, delays=0/0/0/1, dsn=2.1.5, status=deliverable (250 2.1.5 Ok)
Mar 14 03:00:10 mail postfix/local[710]: 1A2B3C4D68: to=<root@mail.test.com>, orig_to=<root>, relay=local, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (delivered to command: procmail -a "$EXTENSION")
Mar 14 03:00:11 mail postfix/discard[711]: 1A2B3C4D69: to=<x@example.com>, relay=none, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (example.com)
Mar 14 03:00:12 mail postfix/smtp[712]: 1A2B3C4D6A: to=<"odd, status=sent"@example.com>, relay=mx.example.com[203.0.113.80]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host said: 550 5.1.1 no)
--- events
1 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T03:00:00+00:00 host=mail prog=postfix/smtp pid=700 qid=1A2B3C4D5E dst_ip=123.123.123.123 dst_port=25 dst_host=xx1.com rcpt=<ct@xx1.com> delay=1.2 mailer=smtp dsn=2.0.0 relay=xx1.com[123.123.123.123]:25 stat="sent (250 2.0.0 Ok)"
2 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T03:00:01+00:00 host=mail prog=postfix-out/smtp pid=701 qid=1A2B3C4D5F dst_ip=2001:db8::25 dst_port=25 dst_host=mx.example.org rcpt=<a@example.org> delay=1 mailer=smtp dsn=2.0.0 relay=mx.example.org[2001:db8::25]:25 stat="sent (250 ok)"
3 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T03:00:02+00:00 host=mail prog=postfix/relay/smtp pid=702 qid=1A2B3C4D60 dst_ip=192.0.2.200 dst_port=587 dst_host=smarthost.example.net rcpt=<b@example.org> delay=1 mailer=smtp dsn=2.0.0 relay=smarthost.example.net[192.0.2.200]:587 stat="sent (250 ok)"
4 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T03:00:03+00:00 host=mail prog=postfix/lmtp pid=703 qid=1A2B3C4D61 dst_host=mail.test.com rcpt=<kim@mail.test.com> delay=0.1 mailer=lmtp dsn=2.0.0 relay=mail.test.com[private/dovecot-lmtp] stat="sent (250 2.0.0 <kim@mail.test.com> Saved)"
5 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T03:00:04+00:00 host=mail prog=postfix/pipe pid=704 qid=1A2B3C4D62 dst_host=dovecot rcpt=<kim@mail.test.com> delay=0.1 mailer=prog dsn=2.0.0 relay=dovecot stat="sent (delivered via dovecot service)"
6 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T03:00:05+00:00 host=mail prog=postfix/virtual pid=705 qid=1A2B3C4D63 dst_host=virtual rcpt=<box@virtual.test.com> delay=0.1 mailer=local dsn=2.0.0 relay=virtual stat="sent (delivered to maildir)"
7 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T03:00:06+00:00 host=mail prog=postfix/error pid=706 qid=1A2B3C4D64 rcpt=<nobody@mail.test.com> delay=0.1 dsn=5.0.0 relay=none stat="bounced (User unknown in virtual alias table)"
8 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T03:00:07+00:00 host=mail prog=postfix/smtp pid=707 qid=1A2B3C4D65 rcpt=<slow@example.com> delay=30 mailer=smtp dsn=4.4.1 relay=none stat="deferred (connect to mx.example.com[203.0.113.80]:25: Connection timed out)"
9 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T03:00:08+00:00 host=mail prog=postfix/smtp pid=708 qid=1A2B3C4D66 dst_ip=203.0.113.80 dst_port=25 dst_host=mx.example.com rcpt=<gone@example.com> delay=432000 mailer=smtp dsn=4.4.1 relay=mx.example.com[203.0.113.80]:25 stat="expired (connect to mx.example.com[203.0.113.80]:25: Connection timed out)"
10 kind=none svc=smtp ts=2024-03-14T03:00:09+00:00 host=mail prog=postfix/smtp pid=709 qid=1A2B3C4D67 rcpt=<probe@example.com> delay=1 dsn=2.1.5 relay=mx.example.com[203.0.113.80]:25 stat="deliverable (250 2.1.5 Ok)" reason="address verification"
11 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T03:00:10+00:00 host=mail prog=postfix/local pid=710 qid=1A2B3C4D68 dst_host=local rcpt=<root@mail.test.com> delay=0.1 mailer=local dsn=2.0.0 relay=local stat="sent (delivered to command: procmail -a \"$EXTENSION\")"
12 kind=mail.delivery outcome=success svc=smtp ts=2024-03-14T03:00:11+00:00 host=mail prog=postfix/discard pid=711 qid=1A2B3C4D69 rcpt=<x@example.com> delay=0.1 dsn=2.0.0 relay=none stat="sent (example.com)"
13 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T03:00:12+00:00 host=mail prog=postfix/smtp pid=712 qid=1A2B3C4D6A dst_ip=203.0.113.80 dst_port=25 dst_host=mx.example.com rcpt="<\"odd, status=sent\"@example.com>" delay=1 mailer=smtp dsn=5.1.1 relay=mx.example.com[203.0.113.80]:25 stat="bounced (host said: 550 5.1.1 no)"
--- txns
txn end=flushed qid=1A2B3C4D5E host=mail first=2024-03-14T03:00:00+00:00 last=2024-03-14T03:00:00+00:00 first_line=1
  rcpt status=sent addr=ct@xx1.com relay=xx1.com dst_ip=123.123.123.123 dsn=2.0.0 mailer=smtp stat="sent (250 2.0.0 Ok)" attempts=1 ts=2024-03-14T03:00:00+00:00 line=1
txn end=flushed qid=1A2B3C4D5F host=mail first=2024-03-14T03:00:01+00:00 last=2024-03-14T03:00:01+00:00 first_line=2
  rcpt status=sent addr=a@example.org relay=mx.example.org dst_ip=2001:db8::25 dsn=2.0.0 mailer=smtp stat="sent (250 ok)" attempts=1 ts=2024-03-14T03:00:01+00:00 line=2
txn end=flushed qid=1A2B3C4D60 host=mail first=2024-03-14T03:00:02+00:00 last=2024-03-14T03:00:02+00:00 first_line=3
  rcpt status=sent addr=b@example.org relay=smarthost.example.net dst_ip=192.0.2.200 dsn=2.0.0 mailer=smtp stat="sent (250 ok)" attempts=1 ts=2024-03-14T03:00:02+00:00 line=3
txn end=flushed qid=1A2B3C4D61 host=mail first=2024-03-14T03:00:03+00:00 last=2024-03-14T03:00:03+00:00 first_line=4
  rcpt status=sent addr=kim@mail.test.com relay=mail.test.com dsn=2.0.0 mailer=lmtp stat="sent (250 2.0.0 <kim@mail.test.com> Saved)" attempts=1 ts=2024-03-14T03:00:03+00:00 line=4
txn end=flushed qid=1A2B3C4D62 host=mail first=2024-03-14T03:00:04+00:00 last=2024-03-14T03:00:04+00:00 first_line=5
  rcpt status=sent addr=kim@mail.test.com relay=dovecot dsn=2.0.0 mailer=prog stat="sent (delivered via dovecot service)" attempts=1 ts=2024-03-14T03:00:04+00:00 line=5
txn end=flushed qid=1A2B3C4D63 host=mail first=2024-03-14T03:00:05+00:00 last=2024-03-14T03:00:05+00:00 first_line=6
  rcpt status=sent addr=box@virtual.test.com relay=virtual dsn=2.0.0 mailer=local stat="sent (delivered to maildir)" attempts=1 ts=2024-03-14T03:00:05+00:00 line=6
txn end=flushed qid=1A2B3C4D64 host=mail first=2024-03-14T03:00:06+00:00 last=2024-03-14T03:00:06+00:00 first_line=7
  rcpt status=failed addr=nobody@mail.test.com dsn=5.0.0 stat="bounced (User unknown in virtual alias table)" attempts=1 ts=2024-03-14T03:00:06+00:00 line=7
txn end=flushed qid=1A2B3C4D65 host=mail first=2024-03-14T03:00:07+00:00 last=2024-03-14T03:00:07+00:00 first_line=8
  rcpt status=deferred addr=slow@example.com dsn=4.4.1 mailer=smtp stat="deferred (connect to mx.example.com[203.0.113.80]:25: Connection timed out)" attempts=1 ts=2024-03-14T03:00:07+00:00 line=8
txn end=flushed qid=1A2B3C4D66 host=mail first=2024-03-14T03:00:08+00:00 last=2024-03-14T03:00:08+00:00 first_line=9
  rcpt status=deferred addr=gone@example.com relay=mx.example.com dst_ip=203.0.113.80 dsn=4.4.1 mailer=smtp stat="expired (connect to mx.example.com[203.0.113.80]:25: Connection timed out)" attempts=1 ts=2024-03-14T03:00:08+00:00 line=9
txn end=flushed qid=1A2B3C4D68 host=mail first=2024-03-14T03:00:10+00:00 last=2024-03-14T03:00:10+00:00 first_line=11
  rcpt status=sent addr=root@mail.test.com relay=local dsn=2.0.0 mailer=local stat="sent (delivered to command: procmail -a \"$EXTENSION\")" attempts=1 ts=2024-03-14T03:00:10+00:00 line=11
txn end=flushed qid=1A2B3C4D69 host=mail first=2024-03-14T03:00:11+00:00 last=2024-03-14T03:00:11+00:00 first_line=12
  rcpt status=sent addr=x@example.com dsn=2.0.0 stat="sent (example.com)" attempts=1 ts=2024-03-14T03:00:11+00:00 line=12
txn end=flushed qid=1A2B3C4D6A host=mail first=2024-03-14T03:00:12+00:00 last=2024-03-14T03:00:12+00:00 first_line=13
  rcpt status=failed addr="\"odd, status=sent\"@example.com" relay=mx.example.com dst_ip=203.0.113.80 dsn=5.1.1 mailer=smtp stat="bounced (host said: 550 5.1.1 no)" attempts=1 ts=2024-03-14T03:00:12+00:00 line=13
