# vsftpd's own log lines and its PAM lines (the login name is in ruser=), and
# the old Red Hat "PROGRAM(pam_unix)[pid]:" form, whose sshd(pam_unix) lines
# belong to PAM (sshd's own messages stay with the sshd decoder).
--- input
Mar 14 02:00:00 mail vsftpd[5]: [pid 6] [kim] FAIL LOGIN: Client "::ffff:218.49.112.67"
Mar 14 02:00:01 mail vsftpd[5]: [pid 6] [kim] OK LOGIN: Client "172.16.1.10"
Mar 14 02:00:02 mail vsftpd[5]: [pid 6] CONNECT: Client "218.49.112.67"
Mar 14 02:00:03 mail vsftpd[5]: [ftp] OK LOGIN: Client "198.51.100.7", anon password "x@y"
Mar 14 02:00:04 mail vsftpd[5]: pam_unix(vsftpd:auth): authentication failure; logname= uid=0 euid=0 tty=ftp ruser=kim rhost=218.49.112.67
Mar 14 02:00:05 mail vsftpd(pam_unix)[25073]: check pass; user unknown
Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=218.188.2.4 
Jun 14 15:16:02 combo sshd(pam_unix)[19937]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=220-135-151-1.hinet-ip.hinet.net  user=root
Jun 14 15:16:03 combo sshd(pam_unix)[19940]: session opened for user test by (uid=509)
Jun 15 04:06:18 combo su(pam_unix)[21416]: session opened for user cyrus by (uid=0)
Jun 15 04:06:19 combo su(pam_unix)[23164]: authentication failure; logname= uid=1342 euid=0 tty= ruser=dcid rhost=  user=osaudit
Jun 15 04:06:20 combo sshd(pam_unix)[15794]: 2 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.0.3.1  user=root
Jun 15 04:06:21 combo login(pam_unix)[2000]: session opened for user root by LOGIN(uid=0)
--- events
1 kind=authentication outcome=failure svc=ftp ts=2024-03-14T02:00:00+00:00 host=mail prog=vsftpd pid=5 src_ip=218.49.112.67 user=kim reason=vsftpd
2 kind=authentication outcome=success svc=ftp ts=2024-03-14T02:00:01+00:00 host=mail prog=vsftpd pid=5 src_ip=172.16.1.10 user=kim
3 kind=none svc=ftp ts=2024-03-14T02:00:02+00:00 host=mail prog=vsftpd pid=5 src_ip=218.49.112.67 reason=connect
4 kind=authentication outcome=success svc=ftp ts=2024-03-14T02:00:03+00:00 host=mail prog=vsftpd pid=5 src_ip=198.51.100.7 user=ftp
5 kind=authentication outcome=failure svc=ftp ts=2024-03-14T02:00:04+00:00 host=mail prog=vsftpd pid=5 src_ip=218.49.112.67 user=kim reason=pam_unix
6 kind=none svc=ftp ts=2024-03-14T02:00:05+00:00 host=mail prog=vsftpd(pam_unix) pid=25073 reason="user unknown"
7 kind=authentication outcome=failure svc=ssh ts=2024-06-14T15:16:01+00:00 host=combo prog=sshd(pam_unix) pid=19939 src_ip=218.188.2.4 reason=pam_unix
8 kind=authentication outcome=failure svc=ssh ts=2024-06-14T15:16:02+00:00 host=combo prog=sshd(pam_unix) pid=19937 src_host=220-135-151-1.hinet-ip.hinet.net user=root reason=pam_unix
9 kind=none svc=ssh ts=2024-06-14T15:16:03+00:00 host=combo prog=sshd(pam_unix) pid=19940 user=test reason=session
10 kind=none svc=other ts=2024-06-15T04:06:18+00:00 host=combo prog=su(pam_unix) pid=21416 user=cyrus reason=session
11 kind=authentication outcome=failure svc=other ts=2024-06-15T04:06:19+00:00 host=combo prog=su(pam_unix) pid=23164 user=osaudit reason=pam_unix
12 kind=none svc=ssh ts=2024-06-15T04:06:20+00:00 host=combo prog=sshd(pam_unix) pid=15794 src_ip=10.0.3.1 user=root reason="pam summary"
13 kind=none svc=other ts=2024-06-15T04:06:21+00:00 host=combo prog=login(pam_unix) pid=2000 user=root reason=session
