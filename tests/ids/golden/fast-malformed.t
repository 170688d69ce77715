# alert_fast lines that are not alerts, each reported with the column and
# what was expected; a good line between them still decodes.
--- options
format=fast year=2024
--- input
hello world
13/20-20:43:32.334621  [**] [1:1:0] month 13 [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
02/30-20:43:32.334621  [**] [1:1:0] February 30 [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
02/29/2023-20:43:32  [**] [1:1:0] no leap day in 2023 [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-24:43:32.334621  [**] [1:1:0] hour 24 [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.  [**] [1:1:0] empty fraction [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20/202-20:43:32  [**] [1:1:0] three-digit year [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621[**] [1:1:0] no space after the time [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [1:1:0] no stars [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:x:0] bad sid [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:2] two numbers [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:4294967296:0] sid too big [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:1:0] no closing stars [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:1:0]  [**] [Priority: 0] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:1:0] bad priority [**] [Priority: high] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:1:0] unclosed tag [**] [Priority: 1 {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:1:0] no protocol [**] [Priority: 1] 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:1:0] unclosed protocol [**] [Priority: 1] {TCP 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:1:0] no arrow [**] [Priority: 1] {TCP} 10.1.4.2:1 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:1:0] bad source [**] [Priority: 1] {TCP} 999.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:1:0] port too big [**] [Priority: 1] {TCP} 10.1.4.2:1 -> 10.1.7.2:70000
10/20-20:43:32.334621  [**] [1:1:0] host name, not an address [**] [Priority: 1] {TCP} 10.1.4.2:1 -> example.com:80
10/20-20:43:32.334621  [**] [1:1:0] empty destination [**] [Priority: 1] {TCP} 10.1.4.2:1 -> 
10/20-20:43:32.334621  [**] [1:1:0] bracket not closed [**] [Priority: 1] {TCP} [2001:db8::1:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:1:0] a good line among bad ones [**] [Priority: 1] {TCP} 10.1.4.2:1 -> 10.1.7.2:80
10/20-20:43:32.334621  [**] [1:1:0] cut short
10/20-20:43:32.334621
--- events
1 error: input:1:1: expected a time 'MM/DD[/YYYY]-hh:mm:ss.uuuuuu' at the start, got 'hello world'
2 error: input:2:1: expected a time 'MM/DD[/YYYY]-hh:mm:ss.uuuuuu' at the start, got '13/20-20:43:32.334621  [**] [1:1:0] mont...'
3 error: input:3:1: expected a time 'MM/DD[/YYYY]-hh:mm:ss.uuuuuu' at the start, got '02/30-20:43:32.334621  [**] [1:1:0] Febr...'
4 error: input:4:1: expected a time 'MM/DD[/YYYY]-hh:mm:ss.uuuuuu' at the start, got '02/29/2023-20:43:32  [**] [1:1:0] no lea...'
5 error: input:5:1: expected a time 'MM/DD[/YYYY]-hh:mm:ss.uuuuuu' at the start, got '10/20-24:43:32.334621  [**] [1:1:0] hour...'
6 error: input:6:1: expected a time 'MM/DD[/YYYY]-hh:mm:ss.uuuuuu' at the start, got '10/20-20:43:32.  [**] [1:1:0] empty frac...'
7 error: input:7:1: expected a time 'MM/DD[/YYYY]-hh:mm:ss.uuuuuu' at the start, got '10/20/202-20:43:32  [**] [1:1:0] three-d...'
8 error: input:8:22: expected a space after the time, got '[**] [1:1:0] no space after the time [**...'
9 error: input:9:24: expected '[**]' after the time, got '[1:1:0] no stars [**] [Priority: 0] {TCP...'
10 error: input:10:29: expected '[GID:SID:REV]' with three numbers, got '[1:x:0] bad sid [**] [Priority: 0] {TCP}...'
11 error: input:11:29: expected '[GID:SID:REV]' with three numbers, got '[1:2] two numbers [**] [Priority: 0] {TC...'
12 error: input:12:29: expected '[GID:SID:REV]' with three numbers, got '[1:4294967296:0] sid too big [**] [Prior...'
13 error: input:13:36: expected the signature then ' [**]', got 'no closing stars [Priority: 0] {TCP} 10....'
14 error: input:14:36: expected a signature after [GID:SID:REV], got the end of the line
15 error: input:15:55: expected a number in [Priority: N], got '[Priority: high] {TCP} 10.1.4.2:1 -> 10....'
16 error: input:16:55: expected ']' closing the tag, got '[Priority: 1 {TCP} 10.1.4.2:1 -> 10.1.7....'
17 error: input:17:68: expected '{PROTO}' before the addresses, got '10.1.4.2:1 -> 10.1.7.2:80'
18 error: input:18:74: expected '{PROTO}' such as {TCP}, got '{TCP 10.1.4.2:1 -> 10.1.7.2:80'
19 error: input:19:71: expected 'SOURCE -> DESTINATION' after {PROTO}, got '10.1.4.2:1 10.1.7.2:80'
20 error: input:20:73: expected a source address ('10.0.0.1:80', '[2001:db8::1]:80'), got '999.1.4.2:1'
21 error: input:21:89: expected a destination address ('10.0.0.1:80', '[2001:db8::1]:80'), got '10.1.7.2:70000'
22 error: input:22:102: expected a destination address ('10.0.0.1:80', '[2001:db8::1]:80'), got 'example.com:80'
23 error: input:23:94: expected a destination address ('10.0.0.1:80', '[2001:db8::1]:80'), got the end of the line
24 error: input:24:81: expected a source address ('10.0.0.1:80', '[2001:db8::1]:80'), got '[2001:db8::1:1'
25 kind=ips.alert svc=other ts=2024-10-20T20:43:32+00:00 src_ip=10.1.4.2 src_port=1 dst_ip=10.1.7.2 dst_port=80 proto=TCP rule="a good line among bad ones" rule_id=1:1:0 pri=1
26 error: input:26:36: expected the signature then ' [**]', got 'cut short'
27 error: input:27:22: expected a space after the time, got the end of the line
