# Disconnects: before authentication ([preauth]) they are failures, after a
# session they are not; user names may hold spaces.
--- input
Mar 14 02:00:00 mail sshd[3000]: Connection closed by authenticating user root 192.0.2.10 port 46038 [preauth]
Mar 14 02:00:01 mail sshd[3001]: Connection closed by authenticating user test 127.0.0.1 port 12345 192.0.2.11 port 46039 [preauth]
Mar 14 02:00:02 mail sshd[3002]: Connection closed by invalid user  192.0.2.68 port 34916 [preauth]
Mar 14 02:00:03 mail sshd[3003]: Connection reset by authenticating user root 80.94.92.63 port 49115 [preauth]
Mar 14 02:00:04 mail sshd[3004]: Disconnected from authenticating user root 179.43.183.98 port 59402 [preauth]
Mar 14 02:00:05 mail sshd[3005]: Disconnected from invalid user ftp 92.255.85.135 port 26138 [preauth]
Mar 14 02:00:06 mail sshd[3006]: Connection closed by 192.0.2.212 [preauth]
Mar 14 02:00:07 mail sshd[3007]: Connection closed by 118.27.24.104 port 33594 [preauth]
Mar 14 02:00:08 mail sshd[3008]: Disconnected from 192.0.2.4 port 36985 [preauth]
Mar 14 02:00:09 mail sshd[3009]: Received disconnect from 173.234.31.186: 11: Bye Bye [preauth]
Mar 14 02:00:10 mail sshd[3010]: error: Received disconnect from 10.0.0.1 port 7736:3: com.jcraft.jsch.JSchException: Auth fail [preauth]
Mar 14 02:00:11 mail sshd[3011]: Connection closed by 192.0.2.1
Mar 14 02:00:12 mail sshd[3012]: Received disconnect from 183.62.140.253: 11: disconnected by user
Mar 14 02:00:13 mail sshd[3013]: Disconnected from user kim 172.16.1.10 port 51000
Mar 14 02:00:14 mail sshd[3014]: Connection reset by 192.0.2.39 port 14282 [preauth]
--- events
1 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:00+00:00 host=mail prog=sshd pid=3000 src_ip=192.0.2.10 src_port=46038 user=root reason="preauth disconnect"
2 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:01+00:00 host=mail prog=sshd pid=3001 src_ip=192.0.2.11 src_port=46039 user="test 127.0.0.1 port 12345" reason="preauth disconnect"
3 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:02+00:00 host=mail prog=sshd pid=3002 src_ip=192.0.2.68 src_port=34916 reason="preauth disconnect"
4 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:03+00:00 host=mail prog=sshd pid=3003 src_ip=80.94.92.63 src_port=49115 user=root reason="preauth disconnect"
5 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:04+00:00 host=mail prog=sshd pid=3004 src_ip=179.43.183.98 src_port=59402 user=root reason="preauth disconnect"
6 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:05+00:00 host=mail prog=sshd pid=3005 src_ip=92.255.85.135 src_port=26138 user=ftp reason="preauth disconnect"
7 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:06+00:00 host=mail prog=sshd pid=3006 src_ip=192.0.2.212 reason="preauth disconnect"
8 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:07+00:00 host=mail prog=sshd pid=3007 src_ip=118.27.24.104 src_port=33594 reason="preauth disconnect"
9 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:08+00:00 host=mail prog=sshd pid=3008 src_ip=192.0.2.4 src_port=36985 reason="preauth disconnect"
10 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:09+00:00 host=mail prog=sshd pid=3009 src_ip=173.234.31.186 reason="preauth disconnect"
11 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:10+00:00 host=mail prog=sshd pid=3010 src_ip=10.0.0.1 src_port=7736 reason="preauth disconnect"
12 kind=none svc=ssh ts=2024-03-14T02:00:11+00:00 host=mail prog=sshd pid=3011 src_ip=192.0.2.1 reason=disconnect
13 kind=none svc=ssh ts=2024-03-14T02:00:12+00:00 host=mail prog=sshd pid=3012 src_ip=183.62.140.253 reason=disconnect
14 kind=none svc=ssh ts=2024-03-14T02:00:13+00:00 host=mail prog=sshd pid=3013 src_ip=172.16.1.10 src_port=51000 user=kim reason=disconnect
15 kind=authentication outcome=failure svc=ssh ts=2024-03-14T02:00:14+00:00 host=mail prog=sshd pid=3014 src_ip=192.0.2.39 src_port=14282 reason="preauth disconnect"
