# How the netfilter fields are read (one pass over the tokens after IN=): any
# order, the first of a repeated key, keys only as whole "KEY=" tokens, the
# scan stopping at a quoted "[...]" packet; errors name the first bad field
# (SRC, DST, SPT, DPT in that order); blocked words in any case.
--- input
Mar 14 00:00:00 fw kernel: deny IN=eth0 PROTO=UDP DPT=53 SPT=1000 DST=10.0.0.2 SRC=10.0.0.1
Mar 14 00:00:01 fw kernel: x IN=eth0 SRC=1.1.1.1 SRC=2.2.2.2 DST=3.3.3.3 PROTO=TCP SPT=1 DPT=22 SPT=2 DPT=23 PROTO=UDP DST=4.4.4.4
Mar 14 00:00:02 fw kernel: x IN=eth0 XSRC=9.9.9.9 SRCX=8.8.8.8 SRC=1.1.1.1 DSTX=7.7.7.7 DST=3.3.3.3 PROTOX=ICMP DPTX=5
Mar 14 00:00:03 fw kernel: x IN=eth0 SRC=1.1.1.1 [DST=3.3.3.3 PROTO=TCP SPT=1 DPT=22 ]
Mar 14 00:00:04 fw kernel: x IN=eth0 SRC=1.1.1.1 PROTO=TCP
Mar 14 00:00:05 fw kernel: x IN=eth0 SRC= DST=3.3.3.3
Mar 14 00:00:06 fw kernel: x IN=eth0 SRC=bad DST=bad DPT=x
Mar 14 00:00:07 fw kernel: x IN=eth0 SRC=1.1.1.1 DST=3.3.3.3 SPT=1 DPT=99999
Mar 14 00:00:08 fw kernel: x IN=eth0 SRC=1.1.1.1 DST=3.3.3.3 SPT= DPT=22
Mar 14 00:00:09 fw kernel: Rejected-in IN=eth0  SRC=1.1.1.1   DST=3.3.3.3 PROTO=tcp DPT=25
Mar 14 00:00:10 fw kernel: [x-BlOcK] IN=eth0 SRC=1.1.1.1 DST=3.3.3.3 PROTO=
Mar 14 00:00:11 fw kernel: allow-dro IN=eth0 SRC=1.1.1.1 DST=3.3.3.3
Mar 14 00:00:12 fw kernel: IN=eth0 SRC=1.1.1.1 DST=3.3.3.3 PROTO=UDP SPT=1 DPT=53 SRC=x DPT=x
--- events
1 kind=firewall.packet svc=other ts=2024-03-14T00:00:00+00:00 host=fw prog=kernel src_ip=10.0.0.1 src_port=1000 dst_ip=10.0.0.2 dst_port=53 proto=UDP rule=deny blocked
2 kind=firewall.packet svc=ssh ts=2024-03-14T00:00:01+00:00 host=fw prog=kernel src_ip=1.1.1.1 src_port=1 dst_ip=3.3.3.3 dst_port=22 proto=TCP rule=x
3 kind=firewall.packet ts=2024-03-14T00:00:02+00:00 host=fw prog=kernel src_ip=1.1.1.1 dst_ip=3.3.3.3 rule=x
4 kind=none ts=2024-03-14T00:00:03+00:00 host=fw prog=kernel reason="x IN=eth0 SRC=1.1.1.1 [DST=3.3.3.3 PROTO=TCP SPT=1 DPT=22 ]"
5 kind=none ts=2024-03-14T00:00:04+00:00 host=fw prog=kernel reason="x IN=eth0 SRC=1.1.1.1 PROTO=TCP"
6 error: input:6: SRC=: expected an IP address, got ''
7 error: input:7: SRC=: expected an IP address, got 'bad'
8 error: input:8: DPT=: expected a port number 0-65535, got '99999'
9 error: input:9: SPT=: expected a port number 0-65535, got ''
10 kind=firewall.packet svc=smtp ts=2024-03-14T00:00:09+00:00 host=fw prog=kernel src_ip=1.1.1.1 dst_ip=3.3.3.3 dst_port=25 proto=tcp rule=Rejected-in blocked
11 kind=firewall.packet ts=2024-03-14T00:00:10+00:00 host=fw prog=kernel src_ip=1.1.1.1 dst_ip=3.3.3.3 rule=x-BlOcK blocked
12 kind=firewall.packet ts=2024-03-14T00:00:11+00:00 host=fw prog=kernel src_ip=1.1.1.1 dst_ip=3.3.3.3 rule=allow-dro
13 kind=firewall.packet svc=other ts=2024-03-14T00:00:12+00:00 host=fw prog=kernel src_ip=1.1.1.1 src_port=1 dst_ip=3.3.3.3 dst_port=53 proto=UDP
