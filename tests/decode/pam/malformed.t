# Malformed lines are reported (a FAILED LOGIN without "FOR user", a sudo
# attempt count that is not a number); programs this decoder does not own
# (gdm(pam_unix), auth) are not decoded by it.
--- input
Mar 14 03:00:00 mail login: FAILED LOGIN 1 FROM 218.49.112.67
Mar 14 03:00:01 mail sudo: kim : x incorrect password attempts ; TTY=pts/0
Mar 14 03:00:02 mail sudo: kim : 99999999999 incorrect password attempts ; TTY=pts/0
Mar 14 03:00:03 mail login: pam_unix(
Mar 14 03:00:04 mail login: pam_x(a): authentication failure; rhost=
Mar 14 03:00:05 mail su: FAILED SU (to 
Mar 14 03:00:06 mail vsftpd: [kim FAIL LOGIN: Client "1.2.3.4
Mar 14 03:00:07 combo gdm(pam_unix)[2803]: authentication failure; logname= uid=0 euid=0 tty=:0 ruser= rhost=
Mar 14 03:00:08 mail sudo: : TTY=pts/0
--- events
1 error: input:1: FAILED LOGIN without 'FOR user'
2 error: input:2: sudo: expected 'N incorrect password attempts'
3 error: input:3: sudo: expected 'N incorrect password attempts'
4 kind=none svc=other ts=2024-03-14T03:00:03+00:00 host=mail prog=login reason=pam_unix(
5 kind=authentication outcome=failure svc=other ts=2024-03-14T03:00:04+00:00 host=mail prog=login reason=pam_x
6 kind=none svc=other ts=2024-03-14T03:00:05+00:00 host=mail prog=su reason="FAILED SU (to"
7 kind=none svc=ftp ts=2024-03-14T03:00:06+00:00 host=mail prog=vsftpd src_ip=1.2.3.4 reason="[kim FAIL LOGIN: Client \"1.2.3.4"
8 kind=none ts=2024-03-14T03:00:07+00:00 host=combo prog=gdm(pam_unix) pid=2803
9 kind=none svc=other ts=2024-03-14T03:00:08+00:00 host=mail prog=sudo reason=": TTY=pts/0"
