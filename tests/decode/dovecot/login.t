# Dovecot login processes: successful logins (IMAP, POP3, submission), every
# spelling of "auth failed, N attempts" across versions (ev->count is N),
# Dovecot 1.x "N authentication attempts", refused plaintext auth, proxy
# failures, and disconnects without an attempt (EV_NONE with the client).
# Program forms: "dovecot:", "dovecot[pid]:", "imap-login:" (own log file),
# "pop3-login: Info:" and a double "dovecot: dovecot:" prefix.
--- input
Mar 14 00:00:00 mail dovecot: imap-login: Login: user=<kim>, method=PLAIN, rip=218.49.112.67, lip=192.168.1.12, mpid=1234, TLS, session=<abc>
Mar 14 00:00:01 mail dovecot[99]: pop3-login: Disconnected (auth failed, 3 attempts in 15 secs): user=<kim>, method=PLAIN, rip=218.49.112.67, lip=192.168.1.12, session=<x>
Mar 14 00:00:02 mail imap-login: Login: user=<kim>, method=PLAIN, rip=1.2.3.4, lip=5.6.7.8, rport=1111, lport=993
Mar 14 00:00:03 mail dovecot: submission-login: Login: user=<kim@mail.test.com>, method=LOGIN, rip=218.49.112.67, lip=192.168.1.12, mpid=77, TLS
Jun 12 19:07:29 hostname dovecot[241]: imap-login: Login aborted: Connection closed (auth failed, 3 attempts in 16 secs) (auth_failed): user=<test>, method=PLAIN, rip=192.0.2.241, lip=203.0.113.104, TLS, session=<9ZHq02g3J8S60fan>
Jun 13 16:30:54 platypus dovecot: imap-login: Disconnected (auth failed, 2 attempts): user=<username.bob>, method=PLAIN, rip=49.176.98.87, lip=113.212.99.194, TLS
Jun 14 00:48:21 platypus dovecot: imap-login: Disconnected (auth failed, 1 attempts): method=PLAIN, rip=59.167.242.100, lip=113.212.99.194, TLS: Disconnected
Jun 23 00:52:43 vhost1-ua dovecot: pop3-login: Disconnected: Inactivity (auth failed, 1 attempts): user=<info>, method=PLAIN, rip=193.95.245.163, lip=176.214.13.210
Aug 28 06:38:52 s1 dovecot: imap-login: Disconnected: Connection closed: read(size=1003) failed: Connection reset by peer (auth failed, 1 attempts in 0 secs): user=<test@example.com>, rip=192.0.2.4, lip=127.0.0.19, session=<Lsz0Oo7WXti3b7xe>
Jan 29 09:33:58 pop3-login: Info: Aborted login (auth failed, 1 attempts in 2 secs): user=<grace>, method=PLAIN, rip=212.9.180.3
May 31 09:43:57 h dovecot: pop3-login: Aborted login (1 authentication attempts): user=<username>, method=PLAIN, rip=::ffff:1.2.3.4, lip=::ffff:1.2.3.5, secured
Dec 12 11:19:11 dunnart dovecot: pop3-login: Aborted login (tried to use disabled plaintext auth): rip=190.210.136.21, lip=113.212.99.193
Jul 17 09:21:22 mailproxy dovecot: imap-login: Disconnected (proxy dest auth failed): user=<rtomes@acenet.com.au>, method=PLAIN, rip=192.0.2.4, lip=192.168.1.2, session=<NTI4FiZxcQCSud4G>
Jun 13 20:48:11 platypus dovecot: pop3-login: Disconnected (no auth attempts): rip=121.44.24.254, lip=113.212.99.194, TLS: Disconnected
Aug 31 16:15:10 s1 dovecot: imap-login: Disconnected (client didn't finish SASL auth, waited 2 secs): user=<>, method=PLAIN, rip=192.0.2.6, lip=192.168.1.2, TLS
Jul  4 17:30:51 hostname dovecot[2992]: pop3-login: Disconnected: rip=1.2.3.4, lip=1.2.3.5
Aug 29 15:33:53 server dovecot: managesieve-login: Disconnected: Too many invalid commands. (auth failed, 1 attempts in 2 secs): user=<myself>, method=PLAIN, rip=192.0.2.100, lip=0.0.0.0, TLS
Mar 14 00:00:04 mail dovecot: imap-login: Login: user=<a>, rip=6.6.6.6>, method=PLAIN, rip=1.2.3.4, lip=5.6.7.8
--- events
1 kind=authentication outcome=success svc=imap ts=2024-03-14T00:00:00+00:00 host=mail prog=dovecot src_ip=218.49.112.67 dst_ip=192.168.1.12 user=kim mech=PLAIN
2 kind=authentication outcome=failure svc=pop3 ts=2024-03-14T00:00:01+00:00 host=mail prog=dovecot pid=99 src_ip=218.49.112.67 dst_ip=192.168.1.12 user=kim mech=PLAIN count=3 reason="auth failed"
3 kind=authentication outcome=success svc=imap ts=2024-03-14T00:00:02+00:00 host=mail prog=imap-login src_ip=1.2.3.4 src_port=1111 dst_ip=5.6.7.8 dst_port=993 user=kim mech=PLAIN
4 kind=authentication outcome=success svc=smtp ts=2024-03-14T00:00:03+00:00 host=mail prog=dovecot src_ip=218.49.112.67 dst_ip=192.168.1.12 user=kim@mail.test.com mech=LOGIN
5 kind=authentication outcome=failure svc=imap ts=2024-06-12T19:07:29+00:00 host=hostname prog=dovecot pid=241 src_ip=192.0.2.241 dst_ip=203.0.113.104 user=test mech=PLAIN count=3 reason="auth failed"
6 kind=authentication outcome=failure svc=imap ts=2024-06-13T16:30:54+00:00 host=platypus prog=dovecot src_ip=49.176.98.87 dst_ip=113.212.99.194 user=username.bob mech=PLAIN count=2 reason="auth failed"
7 kind=authentication outcome=failure svc=imap ts=2024-06-14T00:48:21+00:00 host=platypus prog=dovecot src_ip=59.167.242.100 dst_ip=113.212.99.194 mech=PLAIN reason="auth failed"
8 kind=authentication outcome=failure svc=pop3 ts=2024-06-23T00:52:43+00:00 host=vhost1-ua prog=dovecot src_ip=193.95.245.163 dst_ip=176.214.13.210 user=info mech=PLAIN reason="auth failed"
9 kind=authentication outcome=failure svc=imap ts=2024-08-28T06:38:52+00:00 host=s1 prog=dovecot src_ip=192.0.2.4 dst_ip=127.0.0.19 user=test@example.com reason="auth failed"
10 kind=authentication outcome=failure svc=pop3 ts=2025-01-29T09:33:58+00:00 prog=pop3-login src_ip=212.9.180.3 user=grace mech=PLAIN reason="auth failed"
11 kind=authentication outcome=failure svc=pop3 ts=2025-05-31T09:43:57+00:00 host=h prog=dovecot src_ip=1.2.3.4 dst_ip=1.2.3.5 user=username mech=PLAIN reason="auth failed"
12 kind=authentication outcome=failure svc=pop3 ts=2024-12-12T11:19:11+00:00 host=dunnart prog=dovecot src_ip=190.210.136.21 dst_ip=113.212.99.193 reason="disallowed auth"
13 kind=authentication outcome=failure svc=imap ts=2024-07-17T09:21:22+00:00 host=mailproxy prog=dovecot src_ip=192.0.2.4 dst_ip=192.168.1.2 user=rtomes@acenet.com.au mech=PLAIN reason="proxy auth failed"
14 kind=none svc=pop3 ts=2024-06-13T20:48:11+00:00 host=platypus prog=dovecot src_ip=121.44.24.254 dst_ip=113.212.99.194 reason="Disconnected (no auth attempts)"
15 kind=none svc=imap ts=2024-08-31T16:15:10+00:00 host=s1 prog=dovecot src_ip=192.0.2.6 dst_ip=192.168.1.2 mech=PLAIN reason="Disconnected (client didn't finish SASL auth, waited 2 secs)"
16 kind=none svc=pop3 ts=2024-07-04T17:30:51+00:00 host=hostname prog=dovecot pid=2992 src_ip=1.2.3.4 dst_ip=1.2.3.5 reason=Disconnected
17 kind=authentication outcome=failure svc=other ts=2024-08-29T15:33:53+00:00 host=server prog=dovecot src_ip=192.0.2.100 dst_ip=0.0.0.0 user=myself mech=PLAIN reason="auth failed"
18 kind=authentication outcome=success svc=imap ts=2024-03-14T00:00:04+00:00 host=mail prog=dovecot src_ip=1.2.3.4 dst_ip=5.6.7.8 user="a>, rip=6.6.6.6" mech=PLAIN
