# netfilter LOG lines: iptables with a --log-prefix (FW-DROP:, DROP, ACCEPT,
# SuSEfirewall's SFW2-...), OpenWrt's prefix running into IN=, ufw's
# [UFW BLOCK] with a padded uptime, no prefix at all, ICMP (no ports), IPv6,
# outbound packets; blocked follows the prefix's DROP/REJECT/DENY/BLOCK.
--- input
Mar 14 00:00:00 mail kernel: [12345.678901] FW-DROP: IN=eth0 OUT= MAC=00:11:22:33:44:55:66:77:88:99:aa:bb:08:00 SRC=218.49.112.67 DST=192.168.1.12 LEN=60 TOS=0x00 PREC=0x00 TTL=50 ID=1 DF PROTO=TCP SPT=51515 DPT=23 WINDOW=29200 RES=0x00 SYN URGP=0
Mar 14 00:00:01 mail kernel: FW-REJECT IN=eth0 OUT= SRC=218.49.112.67 DST=192.168.1.12 LEN=60 PROTO=TCP SPT=51516 DPT=22 SYN
Nov 18 13:39:49 OpenWRT kernel: [10051.313745] DROP(src wan)IN=eth0 OUT= MAC=c2:56:27:73:33:cf:c4:f0:81:b0:93:24:08:00 SRC=205.205.205.205 DST=192.168.8.100 LEN=44 TOS=0x00 PREC=0x00 TTL=31 ID=8549 PROTO=TCP SPT=40952 DPT=23 WINDOW=64144 RES=0x00 SYN URGP=0 MARK=0xff00
Feb  4 23:33:37 hostname kernel: [ 3529.289825] [UFW BLOCK] IN=eth0 OUT= MAC=00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd SRC=254.253.252.251 DST=191.192.193.194 LEN=103 TOS=0x00 PREC=0x00 TTL=52 ID=0 DF PROTO=UDP SPT=53 DPT=36427 LEN=83
Aug 17 10:03:37 myhostname kernel: SFW2-INext-DROP-DEFLT IN=eth0 OUT= MAC=00:08:02:da:c8:51:00:0f:f7:74:31:8a:08:00 SRC=1.2.3.36 DST=1.2.3.194 LEN=28 TOS=0x00 PREC=0x00 TTL=44 ID=60200 PROTO=ICMP TYPE=8 CODE=0 ID=10466 SEQ=21229
Aug 17 10:03:38 myhostname kernel: [4475569.016000] IN= OUT=lo SRC=192.168.2.11 DST=192.168.2.11 LEN=52 TOS=0x10 PREC=0x00 TTL=64 ID=49546 DF PROTO=TCP SPT=43068 DPT=22 WINDOW=8192 RES=0x00 ACK URGP=0
Feb  4 23:33:38 hostname kernel: FIREWALL_OUT IN= OUT=eth0 SRC=192.168.6.57 DST=216.161.248.225 LEN=40 TOS=0x00 PREC=0x00 TTL=64 ID=18547 DF PROTO=TCP SPT=46388 DPT=37628 WINDOW=6930 RES=0x00 ACK RST URGn=0
Mar 14 00:00:02 mail kernel: ACCEPT IN=eth0 OUT= SRC=2001:db8::1 DST=2001:db8::2 LEN=80 TC=0 HOPLIMIT=64 FLOWLBL=0 PROTO=TCP SPT=40000 DPT=25 WINDOW=64800 RES=0x00 SYN URGP=0
Mar 14 00:00:03 mail kernel: nft-deny: IN=eth0 OUT= SRC=218.49.112.67 DST=192.168.1.12 PROTO=UDP SPT=5353 DPT=161 LEN=40
Mar 14 00:00:04 mail kernel: [ 1.1] icmp-err IN=eth0 OUT= SRC=10.0.0.1 DST=10.0.0.2 PROTO=ICMP TYPE=3 CODE=3 [SRC=10.0.0.2 DST=8.8.8.8 PROTO=UDP SPT=5000 DPT=53 ]
--- events
1 kind=firewall.packet svc=telnet ts=2024-03-14T00:00:00+00:00 host=mail prog=kernel src_ip=218.49.112.67 src_port=51515 dst_ip=192.168.1.12 dst_port=23 proto=TCP rule=FW-DROP blocked
2 kind=firewall.packet svc=ssh ts=2024-03-14T00:00:01+00:00 host=mail prog=kernel src_ip=218.49.112.67 src_port=51516 dst_ip=192.168.1.12 dst_port=22 proto=TCP rule=FW-REJECT blocked
3 kind=firewall.packet svc=telnet ts=2023-11-18T13:39:49+00:00 host=OpenWRT prog=kernel src_ip=205.205.205.205 src_port=40952 dst_ip=192.168.8.100 dst_port=23 proto=TCP rule="DROP(src wan)" blocked
4 kind=firewall.packet svc=other ts=2024-02-04T23:33:37+00:00 host=hostname prog=kernel src_ip=254.253.252.251 src_port=53 dst_ip=191.192.193.194 dst_port=36427 proto=UDP rule="UFW BLOCK" blocked
5 kind=firewall.packet ts=2024-08-17T10:03:37+00:00 host=myhostname prog=kernel src_ip=1.2.3.36 dst_ip=1.2.3.194 proto=ICMP rule=SFW2-INext-DROP-DEFLT blocked
6 kind=firewall.packet svc=ssh ts=2024-08-17T10:03:38+00:00 host=myhostname prog=kernel src_ip=192.168.2.11 src_port=43068 dst_ip=192.168.2.11 dst_port=22 proto=TCP
7 kind=firewall.packet svc=other ts=2024-02-04T23:33:38+00:00 host=hostname prog=kernel src_ip=192.168.6.57 src_port=46388 dst_ip=216.161.248.225 dst_port=37628 proto=TCP rule=FIREWALL_OUT
8 kind=firewall.packet svc=smtp ts=2024-03-14T00:00:02+00:00 host=mail prog=kernel src_ip=2001:db8::1 src_port=40000 dst_ip=2001:db8::2 dst_port=25 proto=TCP rule=ACCEPT
9 kind=firewall.packet svc=other ts=2024-03-14T00:00:03+00:00 host=mail prog=kernel src_ip=218.49.112.67 src_port=5353 dst_ip=192.168.1.12 dst_port=161 proto=UDP rule=nft-deny blocked
10 kind=firewall.packet ts=2024-03-14T00:00:04+00:00 host=mail prog=kernel src_ip=10.0.0.1 dst_ip=10.0.0.2 proto=ICMP rule=icmp-err
