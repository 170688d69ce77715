# sshd authentication records: failures and successes with each method,
# invalid users, refusals, PAM, and user names that try to forge an address.
--- input
Mar 14 01:00:00 mail sshd[2000]: Failed password for root from 218.49.112.67 port 50273 ssh2
Mar 14 01:00:01 mail sshd[2000]: Failed password for invalid user oracle from 218.49.112.67 port 50274 ssh2
Mar 14 01:00:02 mail sshd[2001]: Accepted password for kim from 172.16.1.10 port 51000 ssh2
Mar 14 01:00:03 mail sshd[2002]: Accepted publickey for git from 192.0.2.1 port 57904 ssh2: RSA SHA256:kzfjfps/WFgXAdNgzvHBLuI072Y+f+91rpinXJAAvkM
Mar 14 01:00:04 mail sshd[2003]: Invalid user webmaster from 173.234.31.186
Mar 14 01:00:05 mail sshd[2004]: Invalid user  from 192.0.2.68 port 34916
Mar 14 01:00:06 mail sshd-session[1571]: Failed password for root from 192.0.2.1 port 56502 ssh2
Mar 14 01:00:07 mail sshd[2005]: Failed keyboard-interactive/pam for invalid user jamedds from 205.186.180.77 port 33723 ssh2
Mar 14 01:00:08 mail sshd[2006]: [ID 800047 auth.info] Failed keyboard-interactive for <invalid username> from 205.186.180.35 port 42742 ssh2
Mar 14 01:00:09 mail sshd[2007]: Failed none for invalid user admin from 103.99.0.122 port 58848 ssh2
Mar 14 01:00:10 mail sshd[2008]: Failed publickey for invalid user graysky from aaaa:bbbb:cccc:1234::1:1 port 37955 ssh2: RSA SHA256:v3dpapGleDaUKf$4V1vKyR9ZyUgjaJAmoCTcb2PLljI
Mar 14 01:00:11 mail sshd[2009]: Failed hostbased for dan from 127.0.0.1 port 45785 ssh2: RSA 8c:e3:aa:0f:64:51:02:f7:14:79:89:3f:65:84:7c:30, client user "dan", client host "localhost.localdomain"
Mar 14 01:00:12 mail sshd[2010]: Failed password for invalid user test from 10.10.1.2 port 55555 ssh2 from 127.0.0.1 port 58946 ssh2
Mar 14 01:00:13 mail sshd[2010]: Failed password for invalid user test from 127.0.0.1 port 58946 ssh2: from 10.10.1.2 port 55555 ssh2
Mar 14 01:00:14 mail sshd[2011]: Failed password for user from 127.0.0.1 port 20000 ssh1: ruser XXXX from 1.2.3.4
Mar 14 01:00:15 mail sshd[2012]: Failed password for root from example.com port 22 ssh2
Mar 14 01:00:16 mail sshd[2013]: User root from 211.188.220.49 not allowed because not listed in AllowUsers
Mar 14 01:00:17 mail sshd[2014]: User root not allowed because account is locked
Mar 14 01:00:18 mail sshd[2015]: ROOT LOGIN REFUSED FROM ::ffff:1.2.3.4 port 12345
Mar 14 01:00:19 mail sshd[2016]: error: PAM: Authentication failure for myhlj1374 from 192.030.0.6
Mar 14 01:00:20 mail sshd[2017]: error: PAM: authentication error for james from example.com via 192.168.1.201
Mar 14 01:00:21 mail sshd[2018]: error: PAM: User not known to the underlying authentication module for illegal user kernelitshell from 10.215.4.227
Mar 14 01:00:22 mail sshd[2019]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=173.234.31.186 
Mar 14 01:00:23 mail sshd[2020]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=5.33.63.160  user=workshop
Mar 14 01:00:24 mail sshd[2021]: message repeated 5 times: [ Failed password for root from 112.95.230.3 port 46224 ssh2]
Mar 14 01:00:25 mail sshd[2022]: error: maximum authentication attempts exceeded for invalid user xxx from 192.0.2.7 port 49941 ssh2 [preauth]
Mar 14 01:00:26 mail sshd[2023]: Disconnecting: Too many authentication failures for root [preauth]
Mar 14 01:00:27 mail sshd[2024]: Disconnecting invalid user admin 192.0.2.117 port 44004: Change of username or service not allowed: (admin,ssh-connection) -> (user,ssh-connection) [preauth]
Mar 14 01:00:28 mail sshd[2025]: Disconnecting authenticating user root 192.0.2.118 port 44005: Too many authentication failures [preauth]
--- events
1 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:00+00:00 host=mail prog=sshd pid=2000 src_ip=218.49.112.67 src_port=50273 user=root mech=password
2 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:01+00:00 host=mail prog=sshd pid=2000 src_ip=218.49.112.67 src_port=50274 user=oracle mech=password reason="invalid user"
3 kind=authentication outcome=success svc=ssh ts=2024-03-14T01:00:02+00:00 host=mail prog=sshd pid=2001 src_ip=172.16.1.10 src_port=51000 user=kim mech=password
4 kind=authentication outcome=success svc=ssh ts=2024-03-14T01:00:03+00:00 host=mail prog=sshd pid=2002 src_ip=192.0.2.1 src_port=57904 user=git mech=publickey
5 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:04+00:00 host=mail prog=sshd pid=2003 src_ip=173.234.31.186 user=webmaster reason="invalid user"
6 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:05+00:00 host=mail prog=sshd pid=2004 src_ip=192.0.2.68 src_port=34916 reason="invalid user"
7 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:06+00:00 host=mail prog=sshd-session pid=1571 src_ip=192.0.2.1 src_port=56502 user=root mech=password
8 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:07+00:00 host=mail prog=sshd pid=2005 src_ip=205.186.180.77 src_port=33723 user=jamedds mech=keyboard-interactive/pam reason="invalid user"
9 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:08+00:00 host=mail prog=sshd pid=2006 src_ip=205.186.180.35 src_port=42742 mech=keyboard-interactive reason="invalid user"
10 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:09+00:00 host=mail prog=sshd pid=2007 src_ip=103.99.0.122 src_port=58848 user=admin mech=none reason="invalid user"
11 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:10+00:00 host=mail prog=sshd pid=2008 src_ip=aaaa:bbbb:cccc:1234::1:1 src_port=37955 user=graysky mech=publickey reason="invalid user"
12 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:11+00:00 host=mail prog=sshd pid=2009 src_ip=127.0.0.1 src_port=45785 user=dan mech=hostbased
13 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:12+00:00 host=mail prog=sshd pid=2010 src_ip=127.0.0.1 src_port=58946 user="test from 10.10.1.2 port 55555 ssh2" mech=password reason="invalid user"
14 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:13+00:00 host=mail prog=sshd pid=2010 src_ip=127.0.0.1 src_port=58946 user=test mech=password reason="invalid user"
15 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:14+00:00 host=mail prog=sshd pid=2011 src_ip=127.0.0.1 src_port=20000 user=user mech=password
16 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:15+00:00 host=mail prog=sshd pid=2012 src_port=22 src_host=example.com user=root mech=password
17 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:16+00:00 host=mail prog=sshd pid=2013 src_ip=211.188.220.49 user=root reason="not allowed"
18 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:17+00:00 host=mail prog=sshd pid=2014 user=root reason="not allowed"
19 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:18+00:00 host=mail prog=sshd pid=2015 src_ip=1.2.3.4 src_port=12345 user=root reason="not allowed"
20 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:19+00:00 host=mail prog=sshd pid=2016 src_host=192.030.0.6 user=myhlj1374 reason=pam
21 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:20+00:00 host=mail prog=sshd pid=2017 src_host=example.com user=james reason=pam
22 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:21+00:00 host=mail prog=sshd pid=2018 src_ip=10.215.4.227 user=kernelitshell reason="invalid user"
23 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:22+00:00 host=mail prog=sshd pid=2019 src_ip=173.234.31.186 reason=pam_unix
24 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:23+00:00 host=mail prog=sshd pid=2020 src_ip=5.33.63.160 user=workshop reason=pam_unix
25 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:24+00:00 host=mail prog=sshd pid=2021 src_ip=112.95.230.3 src_port=46224 user=root mech=password count=5
26 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:25+00:00 host=mail prog=sshd pid=2022 src_ip=192.0.2.7 src_port=49941 user=xxx reason="max attempts"
27 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:26+00:00 host=mail prog=sshd pid=2023 user=root reason="max attempts"
28 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:27+00:00 host=mail prog=sshd pid=2024 src_ip=192.0.2.117 src_port=44004 user=admin reason="invalid user"
29 kind=authentication outcome=failure svc=ssh ts=2024-03-14T01:00:28+00:00 host=mail prog=sshd pid=2025 src_ip=192.0.2.118 src_port=44005 user=root reason="max attempts"
