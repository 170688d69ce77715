# Connections that ended without a transaction, and tcp wrappers refusals.
--- input
Mar  6 16:55:28 s192-168-0-1 sm-mta[20949]: v26LtRA0020949: some-host-24.example.org [192.0.2.194] did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA
Mar  7 15:04:37 s192-168-0-1 sm-mta[18624]: v27K4Vj8018624: some-host-24.example.org [192.0.2.195] (may be forged) did not issue MAIL/EXPN/VRFY/ETRN during connection to MSP-v4
Mar 29 22:51:43 server sendmail[3529565]: xA32R2PQ3529565: [192.0.2.2] did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA
Mar 29 22:51:46 server sm-mta[50438]: 06QDQnNf050438: example.com [IPv6:2001:DB8::1] did not issue MAIL/EXPN/VRFY/ETRN during connection to IPv6
Jul 31 13:03:43 <mail.notice> alarmpi sm-mta[24291]: 56VFYCxS024291: lost input channel from mail.aqicn.org [139.162.120.196] to MTA-v4 after rcpt
Mar 14 03:00:00 mail sendmail[7000]: s2E3000a007000: timeout waiting for input from client.example.net [198.51.100.30] during server cmd read
Mar 14 03:00:01 mail sendmail[7001]: NOQUEUE: tcpwrappers (bad.example.net, 198.51.100.31) rejection
Mar 14 03:00:02 mail sendmail[7002]: NOQUEUE: connect from client.example.net [198.51.100.32]
--- events
1 kind=mail.connection outcome=failure svc=smtp ts=2024-03-06T16:55:28+00:00 host=s192-168-0-1 prog=sm-mta pid=20949 qid=v26LtRA0020949 src_ip=192.0.2.194 src_host=some-host-24.example.org reason="did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA"
2 kind=mail.connection outcome=failure svc=smtp ts=2024-03-07T15:04:37+00:00 host=s192-168-0-1 prog=sm-mta pid=18624 qid=v27K4Vj8018624 src_ip=192.0.2.195 src_host=some-host-24.example.org reason="did not issue MAIL/EXPN/VRFY/ETRN during connection to MSP-v4"
3 kind=mail.connection outcome=failure svc=smtp ts=2024-03-29T22:51:43+00:00 host=server prog=sendmail pid=3529565 qid=xA32R2PQ3529565 src_ip=192.0.2.2 reason="did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA"
4 kind=mail.connection outcome=failure svc=smtp ts=2024-03-29T22:51:46+00:00 host=server prog=sm-mta pid=50438 qid=06QDQnNf050438 src_ip=2001:db8::1 src_host=example.com reason="did not issue MAIL/EXPN/VRFY/ETRN during connection to IPv6"
5 kind=mail.connection outcome=failure svc=smtp ts=2024-07-31T13:03:43+00:00 host=alarmpi prog=sm-mta pid=24291 qid=56VFYCxS024291 src_ip=139.162.120.196 src_host=mail.aqicn.org reason="lost input channel from mail.aqicn.org [139.162.120.196] to MTA-v4 after rcpt"
6 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T03:00:00+00:00 host=mail prog=sendmail pid=7000 qid=s2E3000a007000 src_ip=198.51.100.30 src_host=client.example.net reason="timeout waiting for input from client.example.net [198.51.100.30] during server cmd read"
7 kind=mail.connection outcome=failure svc=smtp ts=2024-03-14T03:00:01+00:00 host=mail prog=sendmail pid=7001 src_ip=198.51.100.31 src_host=bad.example.net reason="tcpwrappers (bad.example.net, 198.51.100.31) rejection"
8 kind=mail.connection outcome=success svc=smtp ts=2024-03-14T03:00:02+00:00 host=mail prog=sendmail pid=7002 src_ip=198.51.100.32 src_host=client.example.net
