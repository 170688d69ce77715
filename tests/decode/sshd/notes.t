# Lines that name the client but are no authentication: EV_NONE with the
# client and a reason tag; other sshd chatter is EV_NONE; malformed lines.
--- input
Mar 14 03:00:00 mail sshd[4000]: Did not receive identification string from 69.61.56.114
Mar 14 03:00:01 mail sshd[4001]: Bad protocol version identification 'dummy string' from 192.0.2.1' from 69.61.56.115 port 31778
Mar 14 03:00:02 mail sshd[4002]: fatal: Unable to negotiate with 202.191.177.33 port 3579: no matching cipher found. Their offer: 3des-cbc,aes128-cbc [preauth]
Mar 14 03:00:03 mail sshd[4003]: fatal: Unable to negotiate with 108.229.36.174: no matching key exchange method found. Their offer: diffie-hellman-group1-sha1 [preauth]
Mar 14 03:00:04 mail sshd[4004]: fatal: Timeout before authentication for 192.0.2.14 port 55555
Mar 14 03:00:05 mail sshd[4005]: Timeout before authentication for connection from 192.0.2.17 to 127.0.0.1, pid = 29098
Mar 14 03:00:06 mail sshd[4006]: ssh_dispatch_run_fatal: Connection from 192.0.2.13 port 33738: message authentication code incorrect [preauth]
Mar 14 03:00:07 mail sshd[4007]: banner exchange: Connection from 192.0.2.12 port 44105: invalid format
Mar 14 03:00:08 mail sshd[4008]: Connection from 192.0.2.10 port 62004 on 192.0.2.10 port 22 rdomain ""
Mar 14 03:00:09 mail sshd[4009]: refused connect from _U2FsdGVkX19P3BCJmFBHhjLza8BcMH06WCUVwttMHpE=_@::ffff:218.249.210.161 (::ffff:218.249.210.161)
Mar 14 03:00:10 mail sshd[4010]: Address 192.168.18.54 maps to nmap.18.168.192.in-addr.arpa, but this does not map back to the address - POSSIBLE BREAK-IN ATTEMPT!
Mar 14 03:00:11 mail sshd[4011]: reverse mapping checking getaddrinfo for ns.marryaldkfaczcz.com [173.234.31.186] failed - POSSIBLE BREAK-IN ATTEMPT!
Mar 14 03:00:12 mail sshd[4012]: Read error from remote host 192.168.1.1: Connection reset by peer
Mar 14 03:00:13 mail sshd[4013]: Magic value check failed (4289475479) on obfuscated handshake from 94.232.46.213 port 62730
Mar 14 03:00:14 mail sshd[4014]: PAM 5 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=112.95.230.3  user=root
Mar 14 03:00:15 mail sshd[4015]: pam_unix(sshd:session): session opened for user kim by (uid=0)
Mar 14 03:00:16 mail sshd[4016]: Postponed keyboard-interactive for invalid user warez from 192.241.237.101 port 54197 ssh2 [preauth]
Mar 14 03:00:17 mail sshd[4017]: input_userauth_request: invalid user webmaster [preauth]
Mar 14 03:00:18 mail sshd[4018]: pam_unix(sshd:auth): check pass; user unknown
Mar 14 03:00:19 mail sshd[4019]: Server listening on 0.0.0.0 port 22.
Mar 14 03:00:20 mail sshd[4020]: Failed password
Mar 14 03:00:21 mail sshd[4021]: Accepted password for kim
Mar 14 03:00:22 mail sshd[4022]: Failed password for root from 192.0.2.1 port 99999 ssh2
Mar 14 03:00:23 mail sshd[4023]: Invalid user bob from 192.0.2.1 port x
--- events
1 kind=none svc=ssh ts=2024-03-14T03:00:00+00:00 host=mail prog=sshd pid=4000 src_ip=69.61.56.114 reason="no banner"
2 kind=none svc=ssh ts=2024-03-14T03:00:01+00:00 host=mail prog=sshd pid=4001 src_ip=69.61.56.115 src_port=31778 reason="bad banner"
3 kind=none svc=ssh ts=2024-03-14T03:00:02+00:00 host=mail prog=sshd pid=4002 src_ip=202.191.177.33 src_port=3579 reason="kex failed"
4 kind=none svc=ssh ts=2024-03-14T03:00:03+00:00 host=mail prog=sshd pid=4003 src_ip=108.229.36.174 reason="kex failed"
5 kind=none svc=ssh ts=2024-03-14T03:00:04+00:00 host=mail prog=sshd pid=4004 src_ip=192.0.2.14 src_port=55555 reason="login timeout"
6 kind=none svc=ssh ts=2024-03-14T03:00:05+00:00 host=mail prog=sshd pid=4005 src_ip=192.0.2.17 reason="login timeout"
7 kind=none svc=ssh ts=2024-03-14T03:00:06+00:00 host=mail prog=sshd pid=4006 src_ip=192.0.2.13 src_port=33738 reason="protocol error"
8 kind=none svc=ssh ts=2024-03-14T03:00:07+00:00 host=mail prog=sshd pid=4007 src_ip=192.0.2.12 src_port=44105 reason="bad banner"
9 kind=none svc=ssh ts=2024-03-14T03:00:08+00:00 host=mail prog=sshd pid=4008 src_ip=192.0.2.10 src_port=62004 reason=connect
10 kind=none svc=ssh ts=2024-03-14T03:00:09+00:00 host=mail prog=sshd pid=4009 src_ip=218.249.210.161 reason="tcp wrappers"
11 kind=none svc=ssh ts=2024-03-14T03:00:10+00:00 host=mail prog=sshd pid=4010 src_ip=192.168.18.54 reason="bad dns"
12 kind=none svc=ssh ts=2024-03-14T03:00:11+00:00 host=mail prog=sshd pid=4011 src_ip=173.234.31.186 reason="bad dns"
13 kind=none svc=ssh ts=2024-03-14T03:00:12+00:00 host=mail prog=sshd pid=4012 src_ip=192.168.1.1 reason="read error"
14 kind=none svc=ssh ts=2024-03-14T03:00:13+00:00 host=mail prog=sshd pid=4013 src_ip=94.232.46.213 src_port=62730 reason="bad banner"
15 kind=none svc=ssh ts=2024-03-14T03:00:14+00:00 host=mail prog=sshd pid=4014 src_ip=112.95.230.3 user=root reason="pam summary"
16 kind=none svc=ssh ts=2024-03-14T03:00:15+00:00 host=mail prog=sshd pid=4015 user=kim reason=session
17 kind=none svc=ssh ts=2024-03-14T03:00:16+00:00 host=mail prog=sshd pid=4016 src_ip=192.241.237.101 src_port=54197 user=warez mech=keyboard-interactive reason=postponed
18 kind=none svc=ssh ts=2024-03-14T03:00:17+00:00 host=mail prog=sshd pid=4017
19 kind=none svc=ssh ts=2024-03-14T03:00:18+00:00 host=mail prog=sshd pid=4018
20 kind=none svc=ssh ts=2024-03-14T03:00:19+00:00 host=mail prog=sshd pid=4019
21 error: input:21: expected 'METHOD for USER from HOST'
22 error: input:22: expected 'for USER from HOST'
23 error: input:23: port: expected a number 0-65535
24 error: input:24: port: expected a number 0-65535
