# postscreen's verdicts, qmgr expiry, anvil statistics, bounce notices,
# TLS and smtp-client notes: EV_NONE with what they name, or connection and
# reject events where postscreen refuses a client.
--- input
Mar 14 04:00:00 mail postfix/postscreen[800]: CONNECT from [218.49.112.67]:5555 to [192.168.1.12]:25
Mar 14 04:00:01 mail postfix/postscreen[800]: PREGREET 14 after 0.08 from [192.0.2.2]:59415: EHLO ylmf-pc\r\n
Mar 14 04:00:02 mail postfix/postscreen[800]: HANGUP after 16 from [192.0.2.3]:48119 in tests after SMTP handshake
Mar 14 04:00:03 mail postfix/postscreen[800]: COMMAND TIME LIMIT from [192.0.2.77]:3608 after CONNECT
Mar 14 04:00:04 mail postfix/postscreen[800]: COMMAND COUNT LIMIT from [192.0.2.26]:15592 after RCPT
Mar 14 04:00:05 mail postfix/postscreen[800]: DNSBL rank 3 for [192.0.2.27]:40000
Mar 14 04:00:06 mail postfix/postscreen[800]: PASS NEW [192.0.2.28]:40001
Mar 14 04:00:07 mail postfix/postscreen[800]: DISCONNECT [192.0.2.28]:40001
Mar 14 04:00:08 mail postfix/postscreen[800]: BLACKLISTED [192.0.2.29]:40002
Mar 14 04:00:09 mail postfix/postscreen[800]: NON-SMTP COMMAND from [192.0.2.30]:40003 after CONNECT: GET / HTTP/1.1
Mar 14 04:00:10 mail postfix/postscreen[800]: BARE NEWLINE from [192.0.2.31]:40004 after RCPT
Mar 14 04:00:11 mail postfix/qmgr[801]: 1D5A81C: from=<>, status=expired, returned to sender
Mar 14 04:00:12 mail postfix/anvil[802]: statistics: max connection rate 1/60s for (smtp:218.49.112.67) at Mar 14 04:00:00
Mar 14 04:00:13 mail postfix/bounce[803]: 1D5A81C: sender delivery status notification: 2E6B92D
Mar 14 04:00:14 mail postfix/smtp[804]: 2E6B92D: host mx.example.com[203.0.113.80] said: 450 4.7.1 try later (in reply to RCPT TO command)
Mar 14 04:00:15 mail postfix/smtp[804]: Trusted TLS connection established to mx.example.com[203.0.113.80]:25: TLSv1.3
Mar 14 04:00:16 mail postfix/master[1]: daemon started -- version 3.7.5, configuration /etc/postfix
Mar 14 04:00:17 mail postfix/smtpd[805]: fatal: no SASL authentication mechanisms
Mar 14 04:00:18 mail postfix/cleanup[806]: 3F1A2B4C5D: message-id=3F1A2B4C5D.1@mail.test.com
Mar 14 04:00:19 mail postfix/cleanup[806]: 3F1A2B4C5D: resent-message-id=<r@mail.test.com>
--- events
1 kind=mail.connection outcome=success svc=smtp ts=2024-03-14T04:00:00+00:00 host=mail prog=postfix/postscreen pid=800 src_ip=218.49.112.67 src_port=5555 dst_ip=192.168.1.12 dst_port=25
2 kind=mail.rejected outcome=failure svc=smtp ts=2024-03-14T04:00:01+00:00 host=mail prog=postfix/postscreen pid=800 src_ip=192.0.2.2 src_port=59415 reason="PREGREET 14 after 0.08 from [192.0.2.2]:59415: EHLO ylmf-pc\\r\\n"
3 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T04:00:02+00:00 host=mail prog=postfix/postscreen pid=800 src_ip=192.0.2.3 src_port=48119 reason="HANGUP after 16 from [192.0.2.3]:48119 in tests after SMTP handshake"
4 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T04:00:03+00:00 host=mail prog=postfix/postscreen pid=800 src_ip=192.0.2.77 src_port=3608 reason="COMMAND TIME LIMIT from [192.0.2.77]:3608 after CONNECT"
5 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T04:00:04+00:00 host=mail prog=postfix/postscreen pid=800 src_ip=192.0.2.26 src_port=15592 reason="COMMAND COUNT LIMIT from [192.0.2.26]:15592 after RCPT"
6 kind=none svc=smtp ts=2024-03-14T04:00:05+00:00 host=mail prog=postfix/postscreen pid=800 src_ip=192.0.2.27 src_port=40000 reason=dnsbl
7 kind=none svc=smtp ts=2024-03-14T04:00:06+00:00 host=mail prog=postfix/postscreen pid=800 src_ip=192.0.2.28 src_port=40001 reason=pass
8 kind=none svc=smtp ts=2024-03-14T04:00:07+00:00 host=mail prog=postfix/postscreen pid=800 src_ip=192.0.2.28 src_port=40001 reason=disconnect
9 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T04:00:08+00:00 host=mail prog=postfix/postscreen pid=800 src_ip=192.0.2.29 src_port=40002 reason=denylisted
10 kind=mail.rejected outcome=failure svc=smtp ts=2024-03-14T04:00:09+00:00 host=mail prog=postfix/postscreen pid=800 src_ip=192.0.2.30 src_port=40003 reason="NON-SMTP COMMAND from [192.0.2.30]:40003 after CONNECT: GET / HTTP/1.1"
11 kind=mail.rejected outcome=failure svc=smtp ts=2024-03-14T04:00:10+00:00 host=mail prog=postfix/postscreen pid=800 src_ip=192.0.2.31 src_port=40004 reason="BARE NEWLINE from [192.0.2.31]:40004 after RCPT"
12 kind=none svc=smtp ts=2024-03-14T04:00:11+00:00 host=mail prog=postfix/qmgr pid=801 qid=1D5A81C from=<> reason="from=<>, status=expired, returned to sender"
13 kind=none svc=smtp ts=2024-03-14T04:00:12+00:00 host=mail prog=postfix/anvil pid=802 reason="statistics: max connection rate 1/60s for (smtp:218.49.112.67) at Mar 14 04:00:00"
14 kind=none svc=smtp ts=2024-03-14T04:00:13+00:00 host=mail prog=postfix/bounce pid=803 qid=1D5A81C reason="sender delivery status notification: 2E6B92D"
15 kind=none svc=smtp ts=2024-03-14T04:00:14+00:00 host=mail prog=postfix/smtp pid=804 qid=2E6B92D reason="host mx.example.com[203.0.113.80] said: 450 4.7.1 try later (in reply to RCPT TO command)"
16 kind=none svc=smtp ts=2024-03-14T04:00:15+00:00 host=mail prog=postfix/smtp pid=804 reason="Trusted TLS connection established to mx.example.com[203.0.113.80]:25: TLSv1.3"
17 kind=none svc=smtp ts=2024-03-14T04:00:16+00:00 host=mail prog=postfix/master pid=1 reason="daemon started -- version 3.7.5, configuration /etc/postfix"
18 kind=none svc=smtp ts=2024-03-14T04:00:17+00:00 host=mail prog=postfix/smtpd pid=805 reason="fatal: no SASL authentication mechanisms"
19 kind=none svc=smtp ts=2024-03-14T04:00:18+00:00 host=mail prog=postfix/cleanup pid=806 qid=3F1A2B4C5D msgid=3F1A2B4C5D.1@mail.test.com
20 kind=none svc=smtp ts=2024-03-14T04:00:19+00:00 host=mail prog=postfix/cleanup pid=806 qid=3F1A2B4C5D reason=resent-message-id=<r@mail.test.com>
