# SMTP AUTH: successes (with and without a queue id), outbound AUTH=client,
# the AUTH failure forms sendmail 8.14-8.17 write, and "possible SMTP attack".
--- input
Mar 14 00:00:00 mail sendmail[12345]: s2DF00a0012345: AUTH=server, relay=[218.49.112.67], authid=KIM, mech=PLAIN, bits=0
Mar 14 00:00:00 mail sendmail[12345]: AUTH=server, relay=client.example.net [198.51.100.20], authid=kim@mail.test.com, mech=LOGIN, bits=0
Mar 14 00:00:01 mail sendmail[12346]: s2DF00b1012346: AUTH=client, relay=smarthost.example.net, mech=CRAM-MD5, bits=0
Feb 25 04:02:27 relay1 sendmail[16664]: 06I02CNi016764: AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication failure: checkpass failed, user=user@example.com, relay=example.com [192.0.2.3] (may be forged)
Feb 25 04:02:28 relay1 sendmail[16665]: 06I02CNi016765: AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication failure: checkpass failed, user=criminal, relay=[192.0.2.100], relay=[192.0.2.4] (may be forged)
May 24 01:58:40 server sm-mta[65696]: 14NNwaRl065696: AUTH failure (DIGEST-MD5): user not found (-20) SASL(-13): user not found: unable to canonify user and get auxprops, user=scanner, relay=[192.0.2.5]
May 29 23:14:05 server sendmail[25411]: 26H8MRrS025411: AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication failure: checkpass failed, relay=[192.0.2.9]
Mar 14 00:00:02 mail sendmail[12347]: AUTH failure (PLAIN): authentication failure (-13) SASL(-13): authentication failure: Password verification failed, relay=[218.49.112.67]
Feb 16 23:33:20 smtp1 sm-mta[5133]: s1GNXHYB005133: [190.5.230.178]: possible SMTP attack: command=AUTH, count=5
Feb 24 13:00:17 kismet sm-acceptingconnections[1499]: s1OHxxSn001499: 192.241.70.95.dsl.static.turk.net [95.70.241.192] (may be forged): possible SMTP attack: command=AUTH, count=6
Feb 24 13:00:18 kismet sm-mta[1500]: s1OHxxSn001500: host.example.net [198.51.100.9]: possible SMTP attack: command=RCPT, count=120
--- events
1 kind=authentication outcome=success svc=smtp ts=2024-03-14T00:00:00+00:00 host=mail prog=sendmail pid=12345 qid=s2DF00a0012345 src_ip=218.49.112.67 user=KIM mech=PLAIN relay=[218.49.112.67]
2 kind=authentication outcome=success svc=smtp ts=2024-03-14T00:00:00+00:00 host=mail prog=sendmail pid=12345 src_ip=198.51.100.20 src_host=client.example.net user=kim@mail.test.com mech=LOGIN relay="client.example.net [198.51.100.20]"
3 kind=none svc=smtp ts=2024-03-14T00:00:01+00:00 host=mail prog=sendmail pid=12346 qid=s2DF00b1012346 dst_host=smarthost.example.net mech=CRAM-MD5 relay=smarthost.example.net reason="AUTH=client, relay=smarthost.example.net, mech=CRAM-MD5, bits=0"
4 kind=authentication outcome=failure svc=smtp ts=2024-02-25T04:02:27+00:00 host=relay1 prog=sendmail pid=16664 qid=06I02CNi016764 src_ip=192.0.2.3 src_host=example.com user=user@example.com mech=LOGIN relay="example.com [192.0.2.3] (may be forged)" reason="authentication failure (-13) SASL(-13): authentication failure: checkpass failed"
5 kind=authentication outcome=failure svc=smtp ts=2024-02-25T04:02:28+00:00 host=relay1 prog=sendmail pid=16665 qid=06I02CNi016765 src_ip=192.0.2.4 user="criminal, relay=[192.0.2.100]" mech=LOGIN relay="[192.0.2.4] (may be forged)" reason="authentication failure (-13) SASL(-13): authentication failure: checkpass failed"
6 kind=authentication outcome=failure svc=smtp ts=2024-05-24T01:58:40+00:00 host=server prog=sm-mta pid=65696 qid=14NNwaRl065696 src_ip=192.0.2.5 user=scanner mech=DIGEST-MD5 relay=[192.0.2.5] reason="user not found (-20) SASL(-13): user not found: unable to canonify user and get auxprops"
7 kind=authentication outcome=failure svc=smtp ts=2024-05-29T23:14:05+00:00 host=server prog=sendmail pid=25411 qid=26H8MRrS025411 src_ip=192.0.2.9 mech=LOGIN relay=[192.0.2.9] reason="authentication failure (-13) SASL(-13): authentication failure: checkpass failed"
8 kind=authentication outcome=failure svc=smtp ts=2024-03-14T00:00:02+00:00 host=mail prog=sendmail pid=12347 src_ip=218.49.112.67 mech=PLAIN relay=[218.49.112.67] reason="authentication failure (-13) SASL(-13): authentication failure: Password verification failed"
9 kind=authentication outcome=failure svc=smtp ts=2024-02-16T23:33:20+00:00 host=smtp1 prog=sm-mta pid=5133 qid=s1GNXHYB005133 src_ip=190.5.230.178 count=5 reason="possible SMTP attack: command=AUTH, count=5"
10 kind=authentication outcome=failure svc=smtp ts=2024-02-24T13:00:17+00:00 host=kismet prog=sm-acceptingconnections pid=1499 qid=s1OHxxSn001499 src_ip=95.70.241.192 src_host=192.241.70.95.dsl.static.turk.net count=6 reason="possible SMTP attack: command=AUTH, count=6"
11 kind=mail.rejected outcome=failure svc=smtp ts=2024-02-24T13:00:18+00:00 host=kismet prog=sm-mta pid=1500 qid=s1OHxxSn001500 src_ip=198.51.100.9 src_host=host.example.net count=120 reason="possible SMTP attack: command=RCPT, count=120"
