# Dovecot auth processes: a passdb's verdict "DRIVER(user,ip[,<session>]): text"
# (unknown user, password mismatch, pam failures, LDAP invalid credentials),
# with "conn ...: auth-worker<N>:" prefixes, levels before or after the
# process, pam_unix lines under "auth" and "dovecot-auth", a service= field,
# Dovecot 2.4's "auth(user,ip,service)<session>: DRIVER: text" (also as the
# program of its own log file, cut by the syslog framing at the ':' of
# "sasl:login"), and lines that are no verdict (userdb, Fatal, startup).
--- input
Aug 30 00:10:57 auth(info@example.com,192.0.2.110,sasl:login)<CvN+E95Uf4e7eEnj>: Info: sql: Password mismatch (given password: XxxxXXxx123)
Aug 30 00:10:58 mail dovecot: auth(kim,1.2.3.4,imap)<s>: Info: sql: unknown user
Aug 30 00:10:59 mail dovecot: auth(kim,1.2.3.4,imap)<s>: Debug: sql: query
Mar 14 00:00:02 mail dovecot: auth: passwd-file(kim,218.49.112.67): unknown user
Mar 14 00:00:03 mail dovecot: auth-worker(555): pam(kim,218.49.112.67): pam_authenticate() failed: Authentication failure (password mismatch?)
Jan 11 03:45:09 hostname dovecot: auth-worker(default): sql(username,1.2.3.4): unknown user
Jan 11 03:42:09 hostname dovecot: auth(default): pam(user@example.com,1.2.3.4): pam_authenticate() failed: User not known to the underlying authentication module
Jan 11 03:42:10 hostname dovecot: auth-worker(default): sql(user@example.com,1.2.3.4): Password mismatch
Jun 15 11:28:21 hostname dovecot: auth-worker(5787): conn unix:auth-worker (pid=27359,uid=97): auth-worker<55>: pam(webapps,192.0.2.7): unknown user
Jun 11 13:57:17 main dovecot: auth: ldap(user@server.org,192.168.178.25,<LZmGp6mZaMrAqLIZ>): Password mismatch (for LDAP bind) (SHA1 of given password: f638ff)
Mar 23 06:10:52 auth: Info: ldap(dog,52.37.139.121,): invalid credentials
Jan 29 13:54:06 auth-worker(22401): Info: sql(admin@example.de,192.0.2.5,<n4JLdHNVngZGpV2j>): unknown user
Jan 29 14:38:51 example.com dovecot[24941]: auth-worker(30165): pam(user@example.com,192.0.2.6,<PNHQq8pZhqIKAQGd>): pam_authenticate() failed: Permission denied
Jul 02 13:49:32 hostname dovecot[442]: dovecot: auth(default): pam(account@MYSERVERNAME.com,200.76.17.206): pam_authenticate() failed: User not known to the underlying authentication module: 2 Time(s)
Apr 19 05:22:20 vm5 auth: pam_unix(dovecot:auth): authentication failure; logname= uid=0 euid=0 tty=dovecot ruser=informix rhost=80.255.3.104
Apr 19 05:22:21 vm5 dovecot-auth: pam_unix(dovecot:auth): authentication failure; logname= uid=0 euid=0 tty=dovecot ruser=rhost=1.2.3.4 rhost=192.0.43.10
Apr 19 05:22:22 vm5 dovecot-auth: pam_unix(dovecot:auth): authentication failure; logname= uid=0 euid=0 tty=dovecot ruser=root rhost=176.61.140.225  user=root
Apr 19 05:22:23 vm5 dovecot: auth: Debug: sql(kim,1.2.3.4,<s>): lookup service=imap
Jan 07 14:46:28 h dovecot: auth(default): userdb(username,::ffff:127.0.0.1): user not found from userdb
Jun 17 10:15:24 hostname dovecot: Fatal: auth(default): Support not compiled in for passdb driver 'ldap'
Jun 17 10:15:25 hostname dovecot: Dovecot v1.2.rc3 starting up (core dumps disabled)
Jun 23 15:04:06 hostname dovecot: imap(username): Disconnected: Logged out bytes=59/566
--- events
1 kind=authentication outcome=failure ts=2024-08-30T00:10:57+00:00 prog=auth(info@example.com,192.0.2.110,sasl src_ip=192.0.2.110 user=info@example.com reason="password mismatch"
2 kind=authentication outcome=failure svc=imap ts=2024-08-30T00:10:58+00:00 host=mail prog=dovecot src_ip=1.2.3.4 user=kim reason="unknown user"
3 kind=none svc=imap ts=2024-08-30T00:10:59+00:00 host=mail prog=dovecot src_ip=1.2.3.4 user=kim reason=query
4 kind=authentication outcome=failure ts=2024-03-14T00:00:02+00:00 host=mail prog=dovecot src_ip=218.49.112.67 user=kim reason="unknown user"
5 kind=authentication outcome=failure ts=2024-03-14T00:00:03+00:00 host=mail prog=dovecot src_ip=218.49.112.67 user=kim reason="password mismatch"
6 kind=authentication outcome=failure ts=2024-01-11T03:45:09+00:00 host=hostname prog=dovecot src_ip=1.2.3.4 user=username reason="unknown user"
7 kind=authentication outcome=failure ts=2024-01-11T03:42:09+00:00 host=hostname prog=dovecot src_ip=1.2.3.4 user=user@example.com reason="unknown user"
8 kind=authentication outcome=failure ts=2024-01-11T03:42:10+00:00 host=hostname prog=dovecot src_ip=1.2.3.4 user=user@example.com reason="password mismatch"
9 kind=authentication outcome=failure ts=2024-06-15T11:28:21+00:00 host=hostname prog=dovecot src_ip=192.0.2.7 user=webapps reason="unknown user"
10 kind=authentication outcome=failure ts=2024-06-11T13:57:17+00:00 host=main prog=dovecot src_ip=192.168.178.25 user=user@server.org reason="password mismatch"
11 kind=authentication outcome=failure ts=2024-03-23T06:10:52+00:00 prog=auth src_ip=52.37.139.121 user=dog reason="password mismatch"
12 kind=authentication outcome=failure ts=2024-01-29T13:54:06+00:00 prog=auth-worker(22401) src_ip=192.0.2.5 user=admin@example.de reason="unknown user"
13 kind=authentication outcome=failure ts=2024-01-29T14:38:51+00:00 host=example.com prog=dovecot pid=24941 src_ip=192.0.2.6 user=user@example.com reason=pam
14 kind=authentication outcome=failure ts=2024-07-02T13:49:32+00:00 host=hostname prog=dovecot pid=442 src_ip=200.76.17.206 user=account@MYSERVERNAME.com reason="unknown user"
15 kind=authentication outcome=failure ts=2024-04-19T05:22:20+00:00 host=vm5 prog=auth src_ip=80.255.3.104 user=informix reason=pam_unix
16 kind=authentication outcome=failure ts=2024-04-19T05:22:21+00:00 host=vm5 prog=dovecot-auth src_ip=192.0.43.10 user=rhost=1.2.3.4 reason=pam_unix
17 kind=authentication outcome=failure ts=2024-04-19T05:22:22+00:00 host=vm5 prog=dovecot-auth src_ip=176.61.140.225 user=root reason=pam_unix
18 kind=none svc=imap ts=2024-04-19T05:22:23+00:00 host=vm5 prog=dovecot src_ip=1.2.3.4 user=kim reason="lookup service=imap"
19 kind=none ts=2024-01-07T14:46:28+00:00 host=h prog=dovecot reason="userdb(username,::ffff:127.0.0.1): user not found from userdb"
20 kind=none ts=2024-06-17T10:15:24+00:00 host=hostname prog=dovecot reason="Support not compiled in for passdb driver 'ldap'"
21 kind=none ts=2024-06-17T10:15:25+00:00 host=hostname prog=dovecot reason="Dovecot v1.2.rc3 starting up (core dumps disabled)"
22 kind=none svc=imap ts=2024-06-23T15:04:06+00:00 host=hostname prog=dovecot reason="Disconnected: Logged out bytes=59/566"
