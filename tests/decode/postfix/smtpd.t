# smtpd connection and authentication lines: SASL failures (any mechanism
# spelling, with the user name postfix appends, server-side trouble that is
# no credential tried), connects and disconnects (auth=0/1 is a failed login
# session), lost connections, timeouts, protocol violations, rate limits and
# DNS notes, under several program names (submission, multi-instance).
--- input
Mar 14 01:00:00 mail postfix/smtpd[500]: connect from unknown[218.49.112.67]
Mar 14 01:00:01 mail postfix/smtpd[500]: warning: unknown[218.49.112.67]: SASL LOGIN authentication failed: UGFzc3dvcmQ6
Mar 14 01:00:02 mail postfix/smtpd[500]: warning: unknown[218.49.112.67]: SASL PLAIN authentication failed: 
Mar 14 01:00:03 mail postfix/submission/smtpd[501]: warning: unknown[82.221.106.233]: SASL login authentication failed: UGFzc3dvcmQ6
Mar 14 01:00:04 mail postfix/smtpd[502]: warning: 114-44-142-233.dynamic.hinet.net[114.44.142.233]: SASL CRAM-MD5 authentication failed: PDc3OTEwNTkyNTEyMzA2NDIuMTIyODI1MzA2MUBoZWw+
Mar 14 01:00:05 mail postfix/smtpd[503]: warning: unknown[192.0.2.152]: SASL LOGIN authentication failed: (reason unavailable), sasl_username=admin
Mar 14 01:00:06 mail postfix/smtpd[504]: warning: unknown[192.0.2.237]:55729: SASL LOGIN authentication failed: authentication failure
Mar 14 01:00:07 mail postfix/smtpd[505]: warning: unknown[1.1.1.1]: SASL LOGIN authentication failed: Connection lost to authentication server
Mar 14 01:00:08 mail postfix/smtpd[505]: warning: host[192.0.2.5]: SASL CRAM-MD5 authentication failed: Invalid authentication mechanism
Mar 14 01:00:09 mail postfix-incoming/smtpd[506]: warning: unknown[2001:db8::7]: SASL PLAIN authentication failed: authentication failure
Mar 14 01:00:10 mail postfix/smtpd[500]: disconnect from unknown[218.49.112.67] ehlo=1 auth=0/1 quit=1 commands=2/3
Mar 14 01:00:11 mail postfix/smtpd[507]: disconnect from mail.example.org[192.0.2.9] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5
Mar 14 01:00:12 mail postfix/smtpd[508]: lost connection after CONNECT from unknown[192.0.2.25]
Mar 14 01:00:13 mail postfix/smtpd[508]: NOQUEUE: lost connection after CONNECT from unknown[192.0.2.25]
Mar 14 01:00:14 mail postfix/smtpd[509]: timeout after DATA (3 bytes) from unknown[192.0.2.26]
Mar 14 01:00:15 mail postfix/smtpd[510]: too many errors after RCPT from example.com[192.0.2.11]
Mar 14 01:00:16 mail postfix/smtpd[511]: improper command pipelining after NOOP from unknown[216.245.198.245]
Mar 14 01:00:17 mail postfix/smtpd[512]: SSL_accept error from unknown[203.0.113.10]: lost connection
Mar 14 01:00:18 mail postfix/submission/smtpd[513]: warning: non-SMTP command from unknown[192.168.1.1]: GET / HTTP/1.1
Mar 14 01:00:19 mail postfix/smtpd[514]: warning: hostname bad.example.com does not resolve to address 192.0.2.44: Name or service not known
Mar 14 01:00:20 mail postfix/smtpd[515]: warning: Connection rate limit exceeded: 31 from spamhost.domain.org[192.0.2.123] for service smtpd
Mar 14 01:00:21 mail postfix/smtpd[516]: Anonymous TLS connection established from unknown[192.0.2.30]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
Mar 14 01:00:22 mail postfix/smtpd[517]: connect from mail.example.org[2001:db8::25]
Mar 14 01:00:23 mail postfix/smtpd[518]: warning: unknown[192.0.2.31]: SASL LOGIN authentication failed: x, sasl_username=fake, sasl_username=real
--- events
1 kind=mail.connection outcome=success svc=smtp ts=2024-03-14T01:00:00+00:00 host=mail prog=postfix/smtpd pid=500 src_ip=218.49.112.67
2 kind=authentication outcome=failure svc=smtp ts=2024-03-14T01:00:01+00:00 host=mail prog=postfix/smtpd pid=500 src_ip=218.49.112.67 mech=LOGIN reason=UGFzc3dvcmQ6
3 kind=authentication outcome=failure svc=smtp ts=2024-03-14T01:00:02+00:00 host=mail prog=postfix/smtpd pid=500 src_ip=218.49.112.67 mech=PLAIN
4 kind=authentication outcome=failure svc=smtp ts=2024-03-14T01:00:03+00:00 host=mail prog=postfix/submission/smtpd pid=501 src_ip=82.221.106.233 mech=login reason=UGFzc3dvcmQ6
5 kind=authentication outcome=failure svc=smtp ts=2024-03-14T01:00:04+00:00 host=mail prog=postfix/smtpd pid=502 src_ip=114.44.142.233 src_host=114-44-142-233.dynamic.hinet.net mech=CRAM-MD5 reason=PDc3OTEwNTkyNTEyMzA2NDIuMTIyODI1MzA2MUBoZWw+
6 kind=authentication outcome=failure svc=smtp ts=2024-03-14T01:00:05+00:00 host=mail prog=postfix/smtpd pid=503 src_ip=192.0.2.152 user=admin mech=LOGIN reason="(reason unavailable)"
7 kind=authentication outcome=failure svc=smtp ts=2024-03-14T01:00:06+00:00 host=mail prog=postfix/smtpd pid=504 src_ip=192.0.2.237 src_port=55729 mech=LOGIN reason="authentication failure"
8 kind=none svc=smtp ts=2024-03-14T01:00:07+00:00 host=mail prog=postfix/smtpd pid=505 src_ip=1.1.1.1 mech=LOGIN reason="Connection lost to authentication server"
9 kind=none svc=smtp ts=2024-03-14T01:00:08+00:00 host=mail prog=postfix/smtpd pid=505 src_ip=192.0.2.5 src_host=host mech=CRAM-MD5 reason="Invalid authentication mechanism"
10 kind=authentication outcome=failure svc=smtp ts=2024-03-14T01:00:09+00:00 host=mail prog=postfix-incoming/smtpd pid=506 src_ip=2001:db8::7 mech=PLAIN reason="authentication failure"
11 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T01:00:10+00:00 host=mail prog=postfix/smtpd pid=500 src_ip=218.49.112.67 reason="auth failed"
12 kind=mail.connection svc=smtp ts=2024-03-14T01:00:11+00:00 host=mail prog=postfix/smtpd pid=507 src_ip=192.0.2.9 src_host=mail.example.org reason=disconnect
13 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T01:00:12+00:00 host=mail prog=postfix/smtpd pid=508 src_ip=192.0.2.25 reason="lost connection after CONNECT from unknown[192.0.2.25]"
14 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T01:00:13+00:00 host=mail prog=postfix/smtpd pid=508 src_ip=192.0.2.25 reason="lost connection after CONNECT from unknown[192.0.2.25]"
15 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T01:00:14+00:00 host=mail prog=postfix/smtpd pid=509 src_ip=192.0.2.26 reason="timeout after DATA (3 bytes) from unknown[192.0.2.26]"
16 kind=mail.rejected outcome=failure svc=smtp ts=2024-03-14T01:00:15+00:00 host=mail prog=postfix/smtpd pid=510 src_ip=192.0.2.11 src_host=example.com reason="too many errors after RCPT from example.com[192.0.2.11]"
17 kind=mail.rejected outcome=failure svc=smtp ts=2024-03-14T01:00:16+00:00 host=mail prog=postfix/smtpd pid=511 src_ip=216.245.198.245 reason="improper command pipelining after NOOP from unknown[216.245.198.245]"
18 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T01:00:17+00:00 host=mail prog=postfix/smtpd pid=512 src_ip=203.0.113.10 reason="SSL_accept error from unknown[203.0.113.10]: lost connection"
19 kind=mail.rejected outcome=failure svc=smtp ts=2024-03-14T01:00:18+00:00 host=mail prog=postfix/submission/smtpd pid=513 src_ip=192.168.1.1 reason="non-SMTP command from unknown[192.168.1.1]: GET / HTTP/1.1"
20 kind=none svc=smtp ts=2024-03-14T01:00:19+00:00 host=mail prog=postfix/smtpd pid=514 src_ip=192.0.2.44 src_host=bad.example.com reason="bad dns"
21 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T01:00:20+00:00 host=mail prog=postfix/smtpd pid=515 src_ip=192.0.2.123 src_host=spamhost.domain.org reason="Connection rate limit exceeded: 31 from spamhost.domain.org[192.0.2.123] for service smtpd"
22 kind=none svc=smtp ts=2024-03-14T01:00:21+00:00 host=mail prog=postfix/smtpd pid=516 src_ip=192.0.2.30 reason=tls
23 kind=mail.connection outcome=success svc=smtp ts=2024-03-14T01:00:22+00:00 host=mail prog=postfix/smtpd pid=517 src_ip=2001:db8::25 src_host=mail.example.org
24 kind=authentication outcome=failure svc=smtp ts=2024-03-14T01:00:23+00:00 host=mail prog=postfix/smtpd pid=518 src_ip=192.0.2.31 user=real mech=LOGIN reason="x, sasl_username=fake"
