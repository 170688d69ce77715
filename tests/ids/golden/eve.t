# Suricata EVE JSON: alerts with every field the decoder reads, IPv6,
# blocked actions, ICMP without ports, timestamps with and without an
# offset (tz=540 applies to those without), key order and whitespace that
# differ from Suricata's, JSON escapes kept as bytes (json-c turns a lone
# surrogate into U+FFFD), and non-alert records (kind none, reason = type).
--- options
format=eve tz=540
--- input
{"timestamp":"2022-01-11T18:57:14.198005+0000","flow_id":1154611008869142,"in_iface":"eth0","event_type":"alert","src_ip":"10.0.2.15","src_port":59010,"dest_ip":"31.3.245.133","dest_port":80,"proto":"TCP","tx_id":0,"alert":{"action":"allowed","gid":1,"signature_id":2013028,"rev":6,"signature":"ET POLICY curl User-Agent Outbound","category":"Attempted Information Leak","severity":2,"metadata":{"created_at":["2011_06_14"],"updated_at":["2021_12_01"]}},"http":{"hostname":"testmyids.com","url":"/","http_user_agent":"curl/7.61.1","status":301,"length":169},"app_proto":"http"}
{"timestamp":"2024-03-14T00:00:09.000001+0900","event_type":"alert","src_ip":"203.0.113.9","src_port":41000,"dest_ip":"192.0.2.10","dest_port":22,"proto":"TCP","host":"sensor-1","alert":{"action":"blocked","gid":1,"signature_id":2001219,"rev":20,"signature":"ET SCAN Potential SSH Scan","category":"Attempted Information Leak","severity":2}}
{"timestamp":"2024-03-14T00:00:10.5","event_type":"alert","src_ip":"2001:db8::9","src_port":51000,"dest_ip":"2001:db8::10","dest_port":2323,"proto":"TCP","alert":{"action":"allowed","signature_id":2500001,"rev":1,"signature":"GPL TELNET Bad Login","category":"Potentially Bad Traffic","severity":2}}
{"timestamp":"2024-03-14T00:00:11+09:00","event_type":"alert","src_ip":"198.51.100.7","dest_ip":"192.0.2.10","proto":"ICMP","icmp_type":8,"icmp_code":0,"alert":{"action":"allowed","gid":1,"signature_id":2100384,"rev":8,"signature":"GPL ICMP_INFO PING","category":"Misc activity","severity":3}}
 { "alert" : { "severity" : 1 , "signature" : "ET EXPLOIT SMTP \"quoted\" \u00e9 name" , "signature_id" : 7 } , "event_type" : "alert" , "timestamp" : "2024-03-14T00:00:12Z" , "dest_port" : 25 , "dest_ip" : "192.0.2.25" } 
{"timestamp":"2024-03-14T00:00:13.000000+0900","event_type":"alert","alert":{"signature":"SURICATA decoder event without addresses","gid":1,"signature_id":2200003,"rev":2}}
{"timestamp":"2024-03-14T00:00:14.000000+0900","event_type":"alert","src_ip":"203.0.113.9","dest_ip":"192.0.2.10","src_port":1,"dest_port":21,"proto":"TCP","alert":{"action":"allowed","signature":"x","category":null,"severity":null}}
{"timestamp":"2024-03-14T00:00:14.5+0900","event_type":"alert","src_ip":"203.0.113.9","dest_ip":"192.0.2.10","alert":{"signature":"escapes: tab\t nul\u0000 lone surrogate \ud800 end","signature_id":9}}
{"timestamp":"2024-03-14T00:00:15.000000+0900","flow_id":1,"event_type":"flow","src_ip":"203.0.113.9","src_port":41000,"dest_ip":"192.0.2.10","dest_port":22,"proto":"TCP","flow":{"pkts_toserver":4,"state":"closed"}}
{"timestamp":"2024-03-14T00:00:16.000000+0900","event_type":"dns","src_ip":"192.0.2.53","dest_ip":"192.0.2.10","dns":{"type":"query","rrname":"example.com"}}
{"timestamp":"2024-03-14T00:00:17.000000+0900","event_type":"stats","stats":{"uptime":10,"capture":{"kernel_packets":100}}}
{"timestamp":"2024-03-14T00:00:18.000000+0900","event_type":"anomaly","anomaly":{"type":"decode","event":"ipv4.trunc_pkt"}}
--- events
1 kind=ips.alert svc=other ts=2022-01-11T18:57:14+00:00 prog=suricata src_ip=10.0.2.15 src_port=59010 dst_ip=31.3.245.133 dst_port=80 proto=TCP rule="ET POLICY curl User-Agent Outbound" rule_id=1:2013028:6 pri=2 reason="Attempted Information Leak"
2 kind=ips.alert svc=ssh ts=2024-03-14T00:00:09+09:00 host=sensor-1 prog=suricata src_ip=203.0.113.9 src_port=41000 dst_ip=192.0.2.10 dst_port=22 proto=TCP rule="ET SCAN Potential SSH Scan" rule_id=1:2001219:20 blocked pri=2 reason="Attempted Information Leak"
3 kind=ips.alert svc=telnet ts=2024-03-14T00:00:10+09:00 prog=suricata src_ip=2001:db8::9 src_port=51000 dst_ip=2001:db8::10 dst_port=2323 proto=TCP rule="GPL TELNET Bad Login" rule_id=1:2500001:1 pri=2 reason="Potentially Bad Traffic"
4 kind=ips.alert ts=2024-03-14T00:00:11+09:00 prog=suricata src_ip=198.51.100.7 dst_ip=192.0.2.10 proto=ICMP rule="GPL ICMP_INFO PING" rule_id=1:2100384:8 pri=3 reason="Misc activity"
5 kind=ips.alert svc=smtp ts=2024-03-14T00:00:12+00:00 prog=suricata dst_ip=192.0.2.25 dst_port=25 rule="ET EXPLOIT SMTP \"quoted\" \xc3\xa9 name" rule_id=1:7:0 pri=1
6 kind=ips.alert ts=2024-03-14T00:00:13+09:00 prog=suricata rule="SURICATA decoder event without addresses" rule_id=1:2200003:2
7 kind=ips.alert svc=ftp ts=2024-03-14T00:00:14+09:00 prog=suricata src_ip=203.0.113.9 src_port=1 dst_ip=192.0.2.10 dst_port=21 proto=TCP rule=x
8 kind=ips.alert ts=2024-03-14T00:00:14+09:00 prog=suricata src_ip=203.0.113.9 dst_ip=192.0.2.10 rule="escapes: tab\x09 nul\x00 lone surrogate \xef\xbf\xbd end" rule_id=1:9:0
9 kind=none ts=2024-03-14T00:00:15+09:00 reason=flow
10 kind=none ts=2024-03-14T00:00:16+09:00 reason=dns
11 kind=none ts=2024-03-14T00:00:17+09:00 reason=stats
12 kind=none ts=2024-03-14T00:00:18+09:00 reason=anomaly
