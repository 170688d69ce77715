# Snort and Suricata alerts sent to syslog (the registry row for programs
# snort, snort3 and suricata): Snort 2's "[Priority: N]: {PROTO}", an
# interface name, Suricata's action prefix and ICMP type/code, engine
# messages that are not alerts (kind none), and malformed alerts.
--- options
format=syslog year=2024 tz=540
--- input
Mar 14 00:00:01 ids snort[1234]: [1:2003:8] MS-SQL Worm propagation attempt [Classification: Misc Attack] [Priority: 2]: {UDP} 203.0.113.9:1234 -> 192.0.2.10:1434
Mar 14 00:00:02 ids snort[1234]: [1:469:3] ICMP PING NMAP [Classification: Attempted Information Leak] [Priority: 2]: <eth0> {ICMP} 203.0.113.9 -> 192.0.2.10
Mar 14 00:00:03 ids snort[1234]: [1:1000001:1] local rule without classification [Priority: 0]: {TCP} 203.0.113.9:4000 -> 192.0.2.10:22
Mar 14 00:00:04 ids snort: [1:1000002:1] no tags at all: {TCP} 203.0.113.9:4001 -> 192.0.2.10:23
Mar 14 00:00:05 ids suricata[99]: [Drop] [1:2001219:20] ET SCAN Potential SSH Scan [Classification: Attempted Information Leak] [Priority: 2] {TCP} 203.0.113.9:41000 -> 192.0.2.10:22
Mar 14 00:00:06 ids suricata[99]: [1:2200000:1] TEST ICMPv6 [Classification: Misc activity] [Priority: 3] {IPV6-ICMP} fe80::1:135 -> ff02::1:0
Mar 14 00:00:07 ids snort3[7]: [**] [1:384:8] "PROTOCOL-ICMP PING" [**] [Classification: Misc activity] [Priority: 3] {ICMP} 10.0.0.1 -> 10.0.0.2
Mar 14 00:00:08 ids snort[1234]: Snort initialization completed successfully (pid=1234)
Mar 14 00:00:09 ids suricata[99]: [100] <Notice> -- all 2 packet processing threads, 4 management threads initialized, engine started.
Mar 14 00:00:10 ids snort[1234]: [1:1:1] cut short
Mar 14 00:00:11 ids snort[1234]: [1:1:1] bad address [Priority: 1]: {TCP} 203.0.113.999:1 -> 192.0.2.10:22
Mar 14 00:00:12 ids suricata[99]: {"timestamp":"2024-03-14T00:00:12+0900","event_type":"alert"}
--- events
1 kind=ips.alert svc=other ts=2024-03-14T00:00:01+09:00 host=ids prog=snort pid=1234 src_ip=203.0.113.9 src_port=1234 dst_ip=192.0.2.10 dst_port=1434 proto=UDP rule="MS-SQL Worm propagation attempt" rule_id=1:2003:8 pri=2 reason="Misc Attack"
2 kind=ips.alert ts=2024-03-14T00:00:02+09:00 host=ids prog=snort pid=1234 src_ip=203.0.113.9 dst_ip=192.0.2.10 proto=ICMP rule="ICMP PING NMAP" rule_id=1:469:3 pri=2 reason="Attempted Information Leak"
3 kind=ips.alert svc=ssh ts=2024-03-14T00:00:03+09:00 host=ids prog=snort pid=1234 src_ip=203.0.113.9 src_port=4000 dst_ip=192.0.2.10 dst_port=22 proto=TCP rule="local rule without classification" rule_id=1:1000001:1 pri=0
4 kind=ips.alert svc=telnet ts=2024-03-14T00:00:04+09:00 host=ids prog=snort src_ip=203.0.113.9 src_port=4001 dst_ip=192.0.2.10 dst_port=23 proto=TCP rule="no tags at all" rule_id=1:1000002:1
5 kind=ips.alert svc=ssh ts=2024-03-14T00:00:05+09:00 host=ids prog=suricata pid=99 src_ip=203.0.113.9 src_port=41000 dst_ip=192.0.2.10 dst_port=22 proto=TCP rule="ET SCAN Potential SSH Scan" rule_id=1:2001219:20 blocked pri=2 reason="Attempted Information Leak"
6 kind=ips.alert ts=2024-03-14T00:00:06+09:00 host=ids prog=suricata pid=99 src_ip=fe80::1 dst_ip=ff02::1 proto=IPV6-ICMP rule="TEST ICMPv6" rule_id=1:2200000:1 pri=3 reason="Misc activity"
7 kind=ips.alert ts=2024-03-14T00:00:07+09:00 host=ids prog=snort3 pid=7 src_ip=10.0.0.1 dst_ip=10.0.0.2 proto=ICMP rule="PROTOCOL-ICMP PING" rule_id=1:384:8 pri=3 reason="Misc activity"
8 kind=none ts=2024-03-14T00:00:08+09:00 host=ids prog=snort pid=1234
9 kind=none ts=2024-03-14T00:00:09+09:00 host=ids prog=suricata pid=99
10 error: input:10: expected the signature then '{PROTO}' and the addresses, got 'cut short'
11 error: input:11: expected a source address ('10.0.0.1:80', '[2001:db8::1]:80'), got '203.0.113.999:1'
12 error: input:12: EVE JSON sent through syslog is not decoded on the syslog path: read the eve.json file (kind suricata-eve)
