# Lines that carry nothing the analyzers use: decoded as EV_NONE with the
# text in reason. A bounce being generated (DSN:, return to sender, sender
# notify) names the original queue id; the bounce itself follows as from=<>.
--- input
Mar 14 04:00:00 mail sendmail[8000]: s2E4000a008000: s2E4000b008000: DSN: User unknown
Mar 14 04:00:01 mail sendmail[8000]: s2E4000a008000: s2E4000b008000: return to sender: Cannot send message for 5 days
Mar 14 04:00:02 mail sendmail[8000]: s2E4000a008000: sender notify: Warning: could not send message for past 4 hours
Mar 14 04:00:03 mail sendmail[8001]: STARTTLS=server, relay=client.example.net [198.51.100.40], version=TLSv1.2, verify=NO, cipher=ECDHE-RSA-AES256-GCM-SHA384, bits=256/256
Mar 14 04:00:04 mail sendmail[8002]: s2E4000c008002: STARTTLS=client, relay=mx.example.org., version=TLSv1.3, verify=FAIL, cipher=TLS_AES_256_GCM_SHA384, bits=256/256
Mar 14 04:00:05 mail sendmail[8003]: s2E4000d008003: SYSERR(root): collect: I/O error on connection from client.example.net, from=<a@example.net>
Mar 14 04:00:06 mail sendmail[8004]: s2E4000e008004: clone s2E4000f008004, owner=list-owner
Mar 14 04:00:07 mail sendmail[8005]: s2E4000g008005: Milter add: header: X-Spam-Status: No, score=0.1
Mar 14 04:00:08 mail sendmail[8006]: s2E4000h008006: collect: premature EOM: unexpected close
Mar 14 04:00:09 mail sendmail[8007]: starting daemon (8.15.2): SMTP+queueing@00:15:00
Mar 14 04:00:10 mail sendmail[8008]: s2E4000i008008: Authentication-Warning: mail.test.com: www set sender to kim@mail.test.com using -f
--- events
1 kind=none svc=smtp ts=2024-03-14T04:00:00+00:00 host=mail prog=sendmail pid=8000 qid=s2E4000a008000 reason="DSN: User unknown"
2 kind=none svc=smtp ts=2024-03-14T04:00:01+00:00 host=mail prog=sendmail pid=8000 qid=s2E4000a008000 reason="return to sender: Cannot send message for 5 days"
3 kind=none svc=smtp ts=2024-03-14T04:00:02+00:00 host=mail prog=sendmail pid=8000 qid=s2E4000a008000 reason="sender notify: Warning: could not send message for past 4 hours"
4 kind=none svc=smtp ts=2024-03-14T04:00:03+00:00 host=mail prog=sendmail pid=8001 relay="client.example.net [198.51.100.40]" reason="STARTTLS=server, relay=client.example.net [198.51.100.40], version=TLSv1.2, verify=NO, cipher=ECDHE-RSA-AES256-GCM-SHA384, bits=256/256"
5 kind=none svc=smtp ts=2024-03-14T04:00:04+00:00 host=mail prog=sendmail pid=8002 qid=s2E4000c008002 relay=mx.example.org. reason="STARTTLS=client, relay=mx.example.org., version=TLSv1.3, verify=FAIL, cipher=TLS_AES_256_GCM_SHA384, bits=256/256"
6 kind=none svc=smtp ts=2024-03-14T04:00:05+00:00 host=mail prog=sendmail pid=8003 qid=s2E4000d008003 reason="SYSERR(root): collect: I/O error on connection from client.example.net, from=<a@example.net>"
7 kind=none svc=smtp ts=2024-03-14T04:00:06+00:00 host=mail prog=sendmail pid=8004 qid=s2E4000e008004 reason="clone s2E4000f008004, owner=list-owner"
8 kind=none svc=smtp ts=2024-03-14T04:00:07+00:00 host=mail prog=sendmail pid=8005 qid=s2E4000g008005 reason="Milter add: header: X-Spam-Status: No, score=0.1"
9 kind=none svc=smtp ts=2024-03-14T04:00:08+00:00 host=mail prog=sendmail pid=8006 qid=s2E4000h008006 reason="collect: premature EOM: unexpected close"
10 kind=none svc=smtp ts=2024-03-14T04:00:09+00:00 host=mail prog=sendmail pid=8007 reason="starting daemon (8.15.2): SMTP+queueing@00:15:00"
11 kind=none svc=smtp ts=2024-03-14T04:00:10+00:00 host=mail prog=sendmail pid=8008 qid=s2E4000i008008 reason="Authentication-Warning: mail.test.com: www set sender to kim@mail.test.com using -f"
