# su and sudo: local privilege changes. Failed su and sudo passwords are
# EV_AUTH failures (service other, no address); successful ones and sudo's
# command log are EV_NONE with the user; also passwd, cron and logind notes.
--- input
Mar 14 01:00:00 mail su: FAILED su for root by kim
Mar 14 01:00:01 mail su[50]: FAILED SU (to root) kim on pts/0
Mar 14 01:00:02 mail su[51]: Successful su for root by kim
Mar 14 01:00:03 mail su[52]: (to root) kim on pts/0
Mar 14 01:00:04 mail su[53]: pam_unix(su:auth): authentication failure; logname=kim uid=1000 euid=0 tty=/dev/pts/0 ruser=kim rhost=  user=root
Mar 14 01:00:05 mail su[54]: pam_unix(su-l:session): session opened for user root by kim(uid=1000)
Mar 14 01:00:06 mail sudo:      kim : TTY=pts/0 ; PWD=/home/kim ; USER=root ; COMMAND=/bin/sh
Mar 14 01:00:07 mail sudo: kim : 3 incorrect password attempts ; TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/bin/sh
Mar 14 01:00:08 mail sudo: kim : 1 incorrect password attempt ; TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/usr/bin/id
Mar 14 01:00:09 mail sudo: bob : user NOT in sudoers ; TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/bin/sh
Mar 14 01:00:10 mail sudo: bob : command not allowed ; TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/bin/rm
Mar 14 01:00:11 mail sudo: pam_unix(sudo:auth): authentication failure; logname=kim uid=1000 euid=0 tty=/dev/pts/0 ruser=kim rhost=  user=kim
Mar 14 01:00:12 mail sudo: pam_unix(sudo:session): session opened for user root(uid=0) by kim(uid=1000)
Mar 14 01:00:13 mail passwd[60]: pam_unix(passwd:chauthtok): password changed for kim
Mar 14 01:00:14 mail CRON[61]: pam_unix(cron:session): session opened for user root by (uid=0)
Mar 14 01:00:15 mail CRON[61]: (root) CMD (run-parts /etc/cron.hourly)
Mar 14 01:00:16 mail cron[62]: (CRON) INFO (pidfile fd = 3)
Mar 14 01:00:17 mail systemd-logind[1]: New session 3 of user kim.
Mar 14 01:00:18 mail systemd-logind[1]: Removed session 3.
--- events
1 kind=authentication outcome=failure svc=other ts=2024-03-14T01:00:00+00:00 host=mail prog=su user=root reason=su
2 kind=authentication outcome=failure svc=other ts=2024-03-14T01:00:01+00:00 host=mail prog=su pid=50 user=root reason=su
3 kind=none svc=other ts=2024-03-14T01:00:02+00:00 host=mail prog=su pid=51 user=root reason=su
4 kind=none svc=other ts=2024-03-14T01:00:03+00:00 host=mail prog=su pid=52 user=root reason=su
5 kind=authentication outcome=failure svc=other ts=2024-03-14T01:00:04+00:00 host=mail prog=su pid=53 user=root reason=pam_unix
6 kind=none svc=other ts=2024-03-14T01:00:05+00:00 host=mail prog=su pid=54 user=root reason=session
7 kind=none svc=other ts=2024-03-14T01:00:06+00:00 host=mail prog=sudo user=kim reason="TTY=pts/0 ; PWD=/home/kim ; USER=root ; COMMAND=/bin/sh"
8 kind=authentication outcome=failure svc=other ts=2024-03-14T01:00:07+00:00 host=mail prog=sudo user=kim count=3 reason="incorrect password"
9 kind=authentication outcome=failure svc=other ts=2024-03-14T01:00:08+00:00 host=mail prog=sudo user=kim reason="incorrect password"
10 kind=authentication outcome=failure svc=other ts=2024-03-14T01:00:09+00:00 host=mail prog=sudo user=bob reason="not allowed"
11 kind=authentication outcome=failure svc=other ts=2024-03-14T01:00:10+00:00 host=mail prog=sudo user=bob reason="not allowed"
12 kind=authentication outcome=failure svc=other ts=2024-03-14T01:00:11+00:00 host=mail prog=sudo user=kim reason=pam_unix
13 kind=none svc=other ts=2024-03-14T01:00:12+00:00 host=mail prog=sudo user=root reason=session
14 kind=none svc=other ts=2024-03-14T01:00:13+00:00 host=mail prog=passwd pid=60 user=kim reason="password changed"
15 kind=none svc=other ts=2024-03-14T01:00:14+00:00 host=mail prog=CRON pid=61 user=root reason=session
16 kind=none svc=other ts=2024-03-14T01:00:15+00:00 host=mail prog=CRON pid=61 reason="(root) CMD (run-parts /etc/cron.hourly)"
17 kind=none svc=other ts=2024-03-14T01:00:16+00:00 host=mail prog=cron pid=62 reason="(CRON) INFO (pidfile fd = 3)"
18 kind=none svc=other ts=2024-03-14T01:00:17+00:00 host=mail prog=systemd-logind pid=1 user=kim reason=session
19 kind=none svc=other ts=2024-03-14T01:00:18+00:00 host=mail prog=systemd-logind pid=1 reason="Removed session 3."
