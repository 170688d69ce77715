# Snort 2 alert_fast (MM/DD, no year: the year comes from the options and
# rolls over from December to January), Snort -y (MM/DD/YY), no
# classification, ICMP and IPv6 without ports, bracketed IPv6, Snort 3
# quoted signatures and extra tags, old Suricata numeric protocols, alerts
# on packets without an IP header.
--- options
format=fast year=2023 tz=0
--- input
10/20-20:43:32.334621  [**] [1:10000001:0] /etc/passwd test detected [**] [Priority: 0] {TCP} 10.1.4.2:59240 -> 10.1.7.2:80
10/20-20:43:39.741995  [Drop] [**] [1:10000002:0] cmd.exe test detected [**] [Priority: 0] {TCP} 10.1.4.2:59244 -> 10.1.7.2:80
12/31-23:59:59.000000  [**] [1:469:3] ICMP PING NMAP [**] [Classification: Attempted Information Leak] [Priority: 2] {ICMP} 192.168.1.5 -> 192.168.1.1
01/01-00:00:01.000000  [**] [1:2000:1] IPv6 ICMP echo [**] [Priority: 3] {IPV6-ICMP} fe80::1 -> ff02::1
01/01-00:00:02.000000  [**] [1:2001:1] IPv6 TCP to ssh [**] [Priority: 2] {TCP} 2001:db8::1:1234 -> 2001:db8::2:22
01/01-00:00:03.000000  [**] [1:2002:1] bracketed IPv6 [**] [Priority: 2] {UDP} [2001:db8::1]:5353 -> [2001:db8::2]:53
01/01/24-00:00:04.000000  [**] [1:2003:1] Snort -y two-digit year [**] [Priority: 2] {TCP} 10.0.0.1:1024 -> 10.0.0.2:23
01/01-00:00:05.000000 [**] [1:384:8] "PROTOCOL-ICMP PING" [**] [Classification: Misc activity] [Priority: 3] [AppID: ICMP] {ICMP} 10.0.0.1 -> 10.0.0.2
01/01-00:00:06.000000 [**] [129:12:1] "(stream_tcp) TCP 4-way handshake detected" [**] [Classification: Potentially Bad Traffic] [Priority: 2] {TCP} 10.0.0.1:4000 -> 10.0.0.2:110
01/11/10-08:00:00.000000  [**] [1:2008:1] Fastlog numeric protocol [**] [Classification: fixme] [Priority: 1] {6} 10.0.0.1:1025 -> 10.0.0.2:143
01/01-00:00:07.000000  [**] [116:150:1] (snort decoder) non-IP packet: no protocol and no addresses [**] [Priority: 3]
01/01-00:00:07.500000  [**] [116:151:1] a protocol without addresses [**] [Priority: 3] {ARP}
01/01-00:00:08.000000  [**] [1:2009:1] Xref follows the endpoints [**] [Priority: 2] {TCP} 10.0.0.1:1026 -> 10.0.0.2:25 [Xref => http://cve.mitre.org/cgi-bin/cvename.cgi?name=2000-0001]
--- events
1 kind=ips.alert svc=other ts=2023-10-20T20:43:32+00:00 src_ip=10.1.4.2 src_port=59240 dst_ip=10.1.7.2 dst_port=80 proto=TCP rule="/etc/passwd test detected" rule_id=1:10000001:0 pri=0
2 kind=ips.alert svc=other ts=2023-10-20T20:43:39+00:00 src_ip=10.1.4.2 src_port=59244 dst_ip=10.1.7.2 dst_port=80 proto=TCP rule="cmd.exe test detected" rule_id=1:10000002:0 blocked pri=0
3 kind=ips.alert ts=2023-12-31T23:59:59+00:00 src_ip=192.168.1.5 dst_ip=192.168.1.1 proto=ICMP rule="ICMP PING NMAP" rule_id=1:469:3 pri=2 reason="Attempted Information Leak"
4 kind=ips.alert ts=2024-01-01T00:00:01+00:00 src_ip=fe80::1 dst_ip=ff02::1 proto=IPV6-ICMP rule="IPv6 ICMP echo" rule_id=1:2000:1 pri=3
5 kind=ips.alert svc=ssh ts=2024-01-01T00:00:02+00:00 src_ip=2001:db8::1 src_port=1234 dst_ip=2001:db8::2 dst_port=22 proto=TCP rule="IPv6 TCP to ssh" rule_id=1:2001:1 pri=2
6 kind=ips.alert svc=other ts=2024-01-01T00:00:03+00:00 src_ip=2001:db8::1 src_port=5353 dst_ip=2001:db8::2 dst_port=53 proto=UDP rule="bracketed IPv6" rule_id=1:2002:1 pri=2
7 kind=ips.alert svc=telnet ts=2024-01-01T00:00:04+00:00 src_ip=10.0.0.1 src_port=1024 dst_ip=10.0.0.2 dst_port=23 proto=TCP rule="Snort -y two-digit year" rule_id=1:2003:1 pri=2
8 kind=ips.alert ts=2024-01-01T00:00:05+00:00 src_ip=10.0.0.1 dst_ip=10.0.0.2 proto=ICMP rule="PROTOCOL-ICMP PING" rule_id=1:384:8 pri=3 reason="Misc activity"
9 kind=ips.alert svc=pop3 ts=2024-01-01T00:00:06+00:00 src_ip=10.0.0.1 src_port=4000 dst_ip=10.0.0.2 dst_port=110 proto=TCP rule="(stream_tcp) TCP 4-way handshake detected" rule_id=129:12:1 pri=2 reason="Potentially Bad Traffic"
10 kind=ips.alert svc=imap ts=2010-01-11T08:00:00+00:00 src_ip=10.0.0.1 src_port=1025 dst_ip=10.0.0.2 dst_port=143 proto=TCP rule="Fastlog numeric protocol" rule_id=1:2008:1 pri=1
11 kind=ips.alert ts=2024-01-01T00:00:07+00:00 rule="(snort decoder) non-IP packet: no protocol and no addresses" rule_id=116:150:1 pri=3
12 error: input:12:94: expected 'SOURCE -> DESTINATION' after {PROTO}, got the end of the line
13 kind=ips.alert svc=smtp ts=2024-01-01T00:00:08+00:00 src_ip=10.0.0.1 src_port=1026 dst_ip=10.0.0.2 dst_port=25 proto=TCP rule="Xref follows the endpoints" rule_id=1:2009:1 pri=2
