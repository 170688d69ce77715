# Exim refusals, connections and authentication failures in the main log:
# authenticator failures (with and without H=, with I=, a set_id holding
# parentheses), RCPT/MAIL/DATA/EHLO rejections, protocol errors, dropped
# calls, lost connections and timeouts.
--- options
exim=1
--- input
2017-01-23 03:44:14 dovecot_login authenticator failed for (hydra) [10.101.1.18]:35686: 535 Incorrect authentication data (set_id=user)
2017-01-24 05:22:29 dovecot_plain authenticator failed for (test) [::1]:39454: 535 Incorrect authentication data (set_id=test)
2019-10-20 09:56:43 login authenticator failed for H=(x) [1.2.3.5]:1 I=[192.168.1.12]:587: 535 Incorrect authentication data (set_id=a (b) c)
2019-10-20 09:56:44 plain authenticator failed for mail.example.com (helo) [1.2.3.6]: 435 Unable to authenticate at present
2017-01-24 03:09:46 SMTP connection from [10.101.1.10]:55010 (TCP/IP connection count = 1)
2017-01-24 02:53:13 SMTP connection from (hydra) [10.101.1.10]:53682 lost
2017-01-24 02:53:14 SMTP connection from (hydra) [10.101.1.10]:53683 closed by QUIT
2017-01-24 05:36:23 SMTP call from (000000) [::1]:39480 dropped: too many syntax or protocol errors (last command was "123")
2019-10-20 11:14:38 SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection from H=[134.234.45.34] input="GET / HTTP/1.1\r\nHost: 24.255.212.213:98\r\n"
2019-10-20 09:56:39 H=123-123-12-123.example.example.net [123.123.12.123] F=<example@example.com> rejected RCPT <example@exampley.com>: Unrouteable address
2019-10-20 09:56:40 H=(helo) [1.2.3.4]:5555 I=[192.168.1.12]:25 F=<a@b.example> temporarily rejected RCPT <x@y.example>: greylisted
2019-10-20 09:56:41 1rkXz0-000125-EF H=(helo) [1.2.3.4]:5555 F=<a@b.example> rejected after DATA: spam detected
2019-10-20 09:56:42 H=(helo) [1.2.3.7] rejected MAIL <spammer@example.biz>: sender blocked
2019-10-20 09:56:43 H=([1.2.3.8]) [1.2.3.9] rejected EHLO or HELO [1.2.3.8]: no thanks
2019-10-20 09:56:44 rejected EHLO from [1.2.3.10]: syntactically invalid argument(s): bad_helo
2019-10-20 09:56:45 H=(helo) [1.2.3.11] rejected connection in "connect" ACL
2019-10-20 09:56:46 H=(helo) [1.2.3.12] sender verify fail for <x@y.example>: No such user
2019-10-20 09:56:47 SMTP command timeout on connection from (helo) [1.2.3.13]:4000
2019-10-20 09:56:48 unexpected disconnection while reading SMTP command from (helo) [1.2.3.14]:4001 D=1s
2019-10-20 09:56:49 TLS error on connection from (helo) [1.2.3.15]:4002 (SSL_accept): error:0A000416:SSL routines::sslv3 alert certificate unknown
2019-10-20 09:56:50 Connection from [1.2.3.16] refused: too many connections
2019-10-20 09:56:51 no host name found for IP address 1.2.3.17
2019-10-20 09:56:52 Start queue run: pid=123
2019-10-20 09:56:53 1rkXz0-000125-EF Frozen (delivery error message)
--- events
1 kind=authentication outcome=failure svc=smtp ts=2017-01-23T03:44:14+00:00 prog=exim src_ip=10.101.1.18 src_port=35686 user=user mech=dovecot_login relay="(hydra) [10.101.1.18]:35686" reason="535 Incorrect authentication data"
2 kind=authentication outcome=failure svc=smtp ts=2017-01-24T05:22:29+00:00 prog=exim src_ip=::1 src_port=39454 user=test mech=dovecot_plain relay="(test) [::1]:39454" reason="535 Incorrect authentication data"
3 kind=authentication outcome=failure svc=smtp ts=2019-10-20T09:56:43+00:00 prog=exim src_ip=1.2.3.5 src_port=1 user="a (b) c" mech=login relay="(x) [1.2.3.5]:1" reason="535 Incorrect authentication data"
4 kind=authentication outcome=failure svc=smtp ts=2019-10-20T09:56:44+00:00 prog=exim src_ip=1.2.3.6 src_host=mail.example.com mech=plain relay="mail.example.com (helo) [1.2.3.6]" reason="435 Unable to authenticate at present"
5 kind=mail.connection outcome=success svc=smtp ts=2017-01-24T03:09:46+00:00 prog=exim src_ip=10.101.1.10 src_port=55010
6 kind=mail.connection outcome=failure svc=smtp ts=2017-01-24T02:53:13+00:00 prog=exim src_ip=10.101.1.10 src_port=53682 reason="SMTP connection from (hydra) [10.101.1.10]:53682 lost"
7 kind=mail.connection svc=smtp ts=2017-01-24T02:53:14+00:00 prog=exim src_ip=10.101.1.10 src_port=53683 reason=disconnect
8 kind=mail.rejected outcome=failure svc=smtp ts=2017-01-24T05:36:23+00:00 prog=exim src_ip=::1 src_port=39480 reason="dropped: too many syntax or protocol errors (last command was \"123\")"
9 kind=mail.rejected outcome=failure svc=smtp ts=2019-10-20T11:14:38+00:00 prog=exim src_ip=134.234.45.34 reason="synchronization error"
10 kind=mail.rejected outcome=failure svc=smtp ts=2019-10-20T09:56:39+00:00 prog=exim src_ip=123.123.12.123 src_host=123-123-12-123.example.example.net from=example@example.com rcpt=<example@exampley.com> relay="123-123-12-123.example.example.net [123.123.12.123]" rule=RCPT reason="Unrouteable address"
11 kind=mail.rejected outcome=failure svc=smtp ts=2019-10-20T09:56:40+00:00 prog=exim src_ip=1.2.3.4 src_port=5555 from=a@b.example rcpt=<x@y.example> relay="(helo) [1.2.3.4]:5555" rule=RCPT reason=greylisted
12 kind=mail.rejected outcome=failure svc=smtp ts=2019-10-20T09:56:41+00:00 prog=exim qid=1rkXz0-000125-EF src_ip=1.2.3.4 src_port=5555 from=a@b.example relay="(helo) [1.2.3.4]:5555" rule=DATA reason="spam detected"
13 kind=mail.rejected outcome=failure svc=smtp ts=2019-10-20T09:56:42+00:00 prog=exim src_ip=1.2.3.7 from=spammer@example.biz relay="(helo) [1.2.3.7]" rule=MAIL reason="sender blocked"
14 kind=mail.rejected outcome=failure svc=smtp ts=2019-10-20T09:56:43+00:00 prog=exim src_ip=1.2.3.9 relay="([1.2.3.8]) [1.2.3.9]" rule=EHLO reason="no thanks"
15 kind=mail.rejected outcome=failure svc=smtp ts=2019-10-20T09:56:44+00:00 prog=exim src_ip=1.2.3.10 rule=EHLO reason="syntactically invalid argument(s): bad_helo"
16 kind=mail.rejected outcome=failure svc=smtp ts=2019-10-20T09:56:45+00:00 prog=exim src_ip=1.2.3.11 relay="(helo) [1.2.3.11]" rule=connection reason="in \"connect\" ACL"
17 kind=none svc=smtp ts=2019-10-20T09:56:46+00:00 prog=exim src_ip=1.2.3.12 relay="(helo) [1.2.3.12]" reason="sender verify fail for <x@y.example>: No such user"
18 kind=mail.connection outcome=failure svc=smtp ts=2019-10-20T09:56:47+00:00 prog=exim src_ip=1.2.3.13 src_port=4000 reason="SMTP command timeout on connection from (helo) [1.2.3.13]:4000"
19 kind=mail.connection outcome=failure svc=smtp ts=2019-10-20T09:56:48+00:00 prog=exim src_ip=1.2.3.14 src_port=4001 reason="unexpected disconnection while reading SMTP command from (helo) [1.2.3.14]:4001 D=1s"
20 kind=mail.connection outcome=failure svc=smtp ts=2019-10-20T09:56:49+00:00 prog=exim src_ip=1.2.3.15 src_port=4002 reason="TLS error on connection from (helo) [1.2.3.15]:4002 (SSL_accept): error:0A000416:SSL routines::sslv3 alert certificate unknown"
21 kind=mail.connection outcome=failure svc=smtp ts=2019-10-20T09:56:50+00:00 prog=exim src_ip=1.2.3.16 reason="Connection from [1.2.3.16] refused: too many connections"
22 kind=none svc=smtp ts=2019-10-20T09:56:51+00:00 prog=exim src_ip=1.2.3.17 reason="bad dns"
23 kind=none svc=smtp ts=2019-10-20T09:56:52+00:00 prog=exim reason="Start queue run: pid=123"
24 kind=none svc=smtp ts=2019-10-20T09:56:53+00:00 prog=exim qid=1rkXz0-000125-EF reason="Frozen (delivery error message)"
