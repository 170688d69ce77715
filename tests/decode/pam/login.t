# login and telnet: pam_unix failures (PAM service "remote" or "login", with
# and without a remote host), login's own FAILED LOGIN in the shadow and
# util-linux spellings, TOO MANY LOGIN TRIES, successful remote and console
# logins, session lines (no host: EV_NONE), and in.telnetd's connect note.
--- input
Mar 14 00:00:00 mail login: pam_unix(remote:auth): authentication failure; logname= uid=0 euid=0 tty=pts/1 ruser= rhost=218.49.112.67  user=root
Mar 14 00:00:01 mail login: FAILED LOGIN 1 FROM 218.49.112.67 FOR root, Authentication failure
Mar 14 00:00:02 mail login[44]: FAILED LOGIN (1) on '/dev/pts/1' FROM '218.49.112.67' FOR 'root', Authentication failure
Mar 14 00:00:03 mail login[44]: FAILED LOGIN (2) on '/dev/tty1' FOR 'UNKNOWN', User not known to the underlying authentication module
Mar 14 00:00:04 mail login[45]: pam_unix(login:auth): authentication failure; logname=LOGIN uid=0 euid=0 tty=tty1 ruser= rhost=  user=kim
Mar 14 00:00:05 mail login[46]: TOO MANY LOGIN TRIES (5) on '/dev/pts/1' FROM '218.49.112.67' FOR 'root', Authentication failure
Mar 14 00:00:06 mail login[47]: FAILED LOGIN SESSION FROM attacker.example.net FOR admin, Authentication failure
Mar 14 00:00:07 mail login: pam_unix(login:session): session opened for user kim by LOGIN(uid=0)
Mar 14 00:00:08 mail login: pam_unix(login:session): session closed for user kim
Mar 14 00:00:09 mail login: ROOT LOGIN ON tty2
Mar 14 00:00:10 mail login: ROOT LOGIN ON pts/3 FROM 218.49.112.67
Mar 14 00:00:11 mail login[48]: ROOT LOGIN  on '/dev/pts/0' from '218.49.112.67'
Mar 14 00:00:12 mail login: LOGIN ON pts/1 BY kim FROM 172.16.1.10
Mar 14 00:00:13 mail login: LOGIN ON tty3 BY kim
Mar 14 00:00:14 mail in.telnetd[7]: connect from 218.49.112.67 (218.49.112.67)
Mar 14 00:00:15 mail telnetd[8]: ttloop: peer died: EOF
Mar 14 00:00:16 mail login: pam_unix(login:auth): check pass; user unknown
Mar 14 00:00:17 mail login: FAILED LOGIN (1) on '/dev/pts/2' FROM '218.49.112.67' FOR 'a', FOR 'root', b', Authentication failure
--- events
1 kind=authentication outcome=failure svc=telnet ts=2024-03-14T00:00:00+00:00 host=mail prog=login src_ip=218.49.112.67 user=root reason=pam_unix
2 kind=authentication outcome=failure svc=telnet ts=2024-03-14T00:00:01+00:00 host=mail prog=login src_ip=218.49.112.67 user=root reason="Authentication failure"
3 kind=authentication outcome=failure svc=telnet ts=2024-03-14T00:00:02+00:00 host=mail prog=login pid=44 src_ip=218.49.112.67 user=root reason="Authentication failure"
4 kind=authentication outcome=failure svc=other ts=2024-03-14T00:00:03+00:00 host=mail prog=login pid=44 user=UNKNOWN reason="User not known to the underlying authentication module"
5 kind=authentication outcome=failure svc=other ts=2024-03-14T00:00:04+00:00 host=mail prog=login pid=45 user=kim reason=pam_unix
6 kind=authentication outcome=failure svc=telnet ts=2024-03-14T00:00:05+00:00 host=mail prog=login pid=46 src_ip=218.49.112.67 user=root reason="max attempts"
7 kind=authentication outcome=failure svc=telnet ts=2024-03-14T00:00:06+00:00 host=mail prog=login pid=47 src_host=attacker.example.net user=admin reason="Authentication failure"
8 kind=none svc=other ts=2024-03-14T00:00:07+00:00 host=mail prog=login user=kim reason=session
9 kind=none svc=other ts=2024-03-14T00:00:08+00:00 host=mail prog=login user=kim reason=session
10 kind=none svc=other ts=2024-03-14T00:00:09+00:00 host=mail prog=login user=root reason="console login"
11 kind=authentication outcome=success svc=telnet ts=2024-03-14T00:00:10+00:00 host=mail prog=login src_ip=218.49.112.67 user=root
12 kind=authentication outcome=success svc=telnet ts=2024-03-14T00:00:11+00:00 host=mail prog=login pid=48 src_ip=218.49.112.67 user=root
13 kind=authentication outcome=success svc=telnet ts=2024-03-14T00:00:12+00:00 host=mail prog=login src_ip=172.16.1.10 user=kim
14 kind=none svc=other ts=2024-03-14T00:00:13+00:00 host=mail prog=login user=kim reason="console login"
15 kind=none svc=other ts=2024-03-14T00:00:14+00:00 host=mail prog=in.telnetd pid=7 src_ip=218.49.112.67 reason=connect
16 kind=none svc=other ts=2024-03-14T00:00:15+00:00 host=mail prog=telnetd pid=8 reason="ttloop: peer died: EOF"
17 kind=none svc=other ts=2024-03-14T00:00:16+00:00 host=mail prog=login reason="user unknown"
18 kind=authentication outcome=failure svc=telnet ts=2024-03-14T00:00:17+00:00 host=mail prog=login src_ip=218.49.112.67 user="a', FOR 'root', b" reason="Authentication failure"
