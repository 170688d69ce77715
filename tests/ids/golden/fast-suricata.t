# Suricata fast.log (MM/DD/YYYY times): every action prefix, IPv4 and
# unbracketed IPv6 endpoints, ICMP type/code in the port places (dropped),
# unnamed protocols, decoder events without addresses, and the service from
# the port or from the signature's words. Times are in the sensor's zone
# (tz=540 here).
--- options
format=fast year=2024 tz=540
--- input
01/11/2022-18:57:14.198005  [**] [1:2013028:6] ET POLICY curl User-Agent Outbound [**] [Classification: Attempted Information Leak] [Priority: 2] {TCP} 10.0.2.15:59010 -> 31.3.245.133:80
03/14/2024-00:00:09.000001  [Drop] [**] [1:2001219:20] ET SCAN Potential SSH Scan [**] [Classification: Attempted Information Leak] [Priority: 2] {TCP} 203.0.113.9:41000 -> 192.0.2.10:22
03/14/2024-00:00:10.5  [wDrop] [**] [1:2002383:12] ET SCAN Potential FTP Brute-Force attempt response [**] [Classification: Unsuccessful User Privilege Gain] [Priority: 1] {TCP} 192.0.2.10:21 -> 203.0.113.9:41001
03/14/2024-00:00:11.000000  [**] [1:2010935:3] ET SCAN Suspicious inbound to MSSQL port 1433 [**] [Classification: Potentially Bad Traffic] [Priority: 2] {TCP} 2001:db8::9:51000 -> 2001:db8::10:1433
03/14/2024-00:00:12.000000  [**] [1:2001000:1] TEST SSH on an unusual port [**] [Classification: (null)] [Priority: 3] {TCP} 2001:db8::9:51000 -> 2001:db8:::2222
03/14/2024-00:00:13.000000  [**] [1:2100384:8] GPL ICMP_INFO PING [**] [Classification: Misc activity] [Priority: 3] {ICMP} 198.51.100.7:8 -> 192.0.2.10:0
03/14/2024-00:00:14.000000  [**] [1:2200000:1] TEST ICMPv6 neighbour solicitation [**] [Classification: Misc activity] [Priority: 3] {IPV6-ICMP} fe80::1:135 -> ff02::1:ff00:1:0
03/14/2024-00:00:15.000000  [**] [1:2027000:1] TEST GRE tunnel [**] [Classification: Misc activity] [Priority: 3] {PROTO:047} 198.51.100.7:0 -> 192.0.2.10:0
03/14/2024-00:00:16.000000  [**] [1:2200003:2] SURICATA IPv4 truncated packet [**] [Classification: Generic Protocol Command Decode] [Priority: 3] [**] [Raw pkt: 45 00 00 3C 00 00 40 00 40 06 ]
03/14/2024-00:00:17.000000  [**] [1:2002910:5] ET SCAN Potential VNC Scan 5800-5820 [**] [Classification: Attempted Information Leak] [Priority: 2] {TCP} 203.0.113.9:41002 -> 192.0.2.10:5810
03/14/2024-00:00:18.000000  [**] [1:2500001:1] GPL TELNET Bad Login [**] [Classification: Potentially Bad Traffic] [Priority: 2] {TCP} 192.0.2.10:2323 -> 203.0.113.9:41003
03/14/2024-00:00:19.000000  [**] [1:2500002:1] ET POLICY SFTP session on port 8022 [**] [Classification: Misc activity] [Priority: 3] {TCP} 203.0.113.9:41004 -> 192.0.2.10:8022
03/14/2024-00:00:20.000000  [**] [1:2500003:1] ET SCAN RDP connection attempt [**] [Classification: Misc activity] [Priority: 3] {TCP} 203.0.113.9:41005 -> 192.0.2.10:3389
03/14/2024-00:00:21.000000  [**] [1:2500004:1] ET EXPLOIT SMTP exploit on the submission port [**] [Priority: 1] {TCP} 203.0.113.9:41006 -> 192.0.2.25:587
02/29/2024-23:59:59.999999  [**] [1:1:1] leap day [**] [Priority: 3] {UDP} 10.0.0.1:53 -> 10.0.0.2:53
--- events
1 kind=ips.alert svc=other ts=2022-01-11T18:57:14+09:00 src_ip=10.0.2.15 src_port=59010 dst_ip=31.3.245.133 dst_port=80 proto=TCP rule="ET POLICY curl User-Agent Outbound" rule_id=1:2013028:6 pri=2 reason="Attempted Information Leak"
2 kind=ips.alert svc=ssh ts=2024-03-14T00:00:09+09:00 src_ip=203.0.113.9 src_port=41000 dst_ip=192.0.2.10 dst_port=22 proto=TCP rule="ET SCAN Potential SSH Scan" rule_id=1:2001219:20 blocked pri=2 reason="Attempted Information Leak"
3 kind=ips.alert svc=ftp ts=2024-03-14T00:00:10+09:00 src_ip=192.0.2.10 src_port=21 dst_ip=203.0.113.9 dst_port=41001 proto=TCP rule="ET SCAN Potential FTP Brute-Force attempt response" rule_id=1:2002383:12 pri=1 reason="Unsuccessful User Privilege Gain"
4 kind=ips.alert svc=other ts=2024-03-14T00:00:11+09:00 src_ip=2001:db8::9 src_port=51000 dst_ip=2001:db8::10 dst_port=1433 proto=TCP rule="ET SCAN Suspicious inbound to MSSQL port 1433" rule_id=1:2010935:3 pri=2 reason="Potentially Bad Traffic"
5 kind=ips.alert svc=ssh ts=2024-03-14T00:00:12+09:00 src_ip=2001:db8::9 src_port=51000 dst_ip=2001:db8:: dst_port=2222 proto=TCP rule="TEST SSH on an unusual port" rule_id=1:2001000:1 pri=3
6 kind=ips.alert ts=2024-03-14T00:00:13+09:00 src_ip=198.51.100.7 dst_ip=192.0.2.10 proto=ICMP rule="GPL ICMP_INFO PING" rule_id=1:2100384:8 pri=3 reason="Misc activity"
7 kind=ips.alert ts=2024-03-14T00:00:14+09:00 src_ip=fe80::1 dst_ip=ff02::1:ff00:1 proto=IPV6-ICMP rule="TEST ICMPv6 neighbour solicitation" rule_id=1:2200000:1 pri=3 reason="Misc activity"
8 kind=ips.alert ts=2024-03-14T00:00:15+09:00 src_ip=198.51.100.7 dst_ip=192.0.2.10 proto=PROTO:047 rule="TEST GRE tunnel" rule_id=1:2027000:1 pri=3 reason="Misc activity"
9 kind=ips.alert ts=2024-03-14T00:00:16+09:00 rule="SURICATA IPv4 truncated packet" rule_id=1:2200003:2 pri=3 reason="Generic Protocol Command Decode"
10 kind=ips.alert svc=other ts=2024-03-14T00:00:17+09:00 src_ip=203.0.113.9 src_port=41002 dst_ip=192.0.2.10 dst_port=5810 proto=TCP rule="ET SCAN Potential VNC Scan 5800-5820" rule_id=1:2002910:5 pri=2 reason="Attempted Information Leak"
11 kind=ips.alert svc=telnet ts=2024-03-14T00:00:18+09:00 src_ip=192.0.2.10 src_port=2323 dst_ip=203.0.113.9 dst_port=41003 proto=TCP rule="GPL TELNET Bad Login" rule_id=1:2500001:1 pri=2 reason="Potentially Bad Traffic"
12 kind=ips.alert svc=other ts=2024-03-14T00:00:19+09:00 src_ip=203.0.113.9 src_port=41004 dst_ip=192.0.2.10 dst_port=8022 proto=TCP rule="ET POLICY SFTP session on port 8022" rule_id=1:2500002:1 pri=3 reason="Misc activity"
13 kind=ips.alert svc=other ts=2024-03-14T00:00:20+09:00 src_ip=203.0.113.9 src_port=41005 dst_ip=192.0.2.10 dst_port=3389 proto=TCP rule="ET SCAN RDP connection attempt" rule_id=1:2500003:1 pri=3 reason="Misc activity"
14 kind=ips.alert svc=smtp ts=2024-03-14T00:00:21+09:00 src_ip=203.0.113.9 src_port=41006 dst_ip=192.0.2.25 dst_port=587 proto=TCP rule="ET EXPLOIT SMTP exploit on the submission port" rule_id=1:2500004:1 pri=1
15 kind=ips.alert svc=other ts=2024-02-29T23:59:59+09:00 src_ip=10.0.0.1 src_port=53 dst_ip=10.0.0.2 dst_port=53 proto=UDP rule="leap day" rule_id=1:1:1 pri=3
