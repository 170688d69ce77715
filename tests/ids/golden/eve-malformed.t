# EVE lines that are not usable records, each reported with what was
# expected: broken or cut JSON, text after the object, not an object,
# records without event_type or timestamp, alerts with missing or ill-typed
# fields, an address masked as in the Suricata guide, deep nesting, single
# quotes (strict JSON). A good alert in the middle still decodes.
--- options
format=eve
--- input
not json at all
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert"
{"timestamp":"2024-03-14T00:00:00Z","event_type":"flow"} trailing
{"timestamp":"2024-03-14T00:00:00Z","event_type":"flow",}
[{"timestamp":"2024-03-14T00:00:00Z","event_type":"flow"}]
"just a string"
{"timestamp":"2024-03-14T00:00:00Z"}
{"timestamp":"2024-03-14T00:00:00Z","event_type":7}
{"event_type":"flow"}
{"timestamp":"yesterday","event_type":"flow"}
{"timestamp":1710374400,"event_type":"flow"}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert"}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","alert":"ET SCAN"}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","alert":{"signature":""}}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","alert":{"signature":42}}
{"timestamp":"2009-11-24T21:27:09.534255","event_type":"alert","src_ip":"192.168.2.7","src_port":1041,"dest_ip":"x.x.250.50","dest_port":80,"proto":"TCP","alert":{"action":"allowed","gid":1,"signature_id":2001999,"rev":9,"signature":"ET MALWARE BTGrab.com Spyware Downloading Ads","category":"A Network Trojan was detected","severity":1}}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","src_ip":"[10.0.0.1]","alert":{"signature":"s"}}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","src_ip":"10.0.0.1","src_port":70000,"alert":{"signature":"s"}}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","dest_port":"80","alert":{"signature":"s"}}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","dest_port":-1,"alert":{"signature":"s"}}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","alert":{"signature":"s","signature_id":4294967296}}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","alert":{"signature":"s","severity":"high"}}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","alert":{"signature":"s","action":"maybe"}}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","alert":{"signature":"s","severity":1.5}}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"alert","src_ip":"10.0.0.1","dest_ip":"10.0.0.2","dest_port":443,"proto":"TCP","alert":{"signature":"a good alert among bad ones","signature_id":1}}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"flow","deep":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}
{"timestamp":"2024-03-14T00:00:00Z","event_type":"flow","bad":'single'}
--- events
1 error: input:1:2: malformed JSON: null expected
2 error: input:2: JSON cut short: the line ends inside the object
3 error: input:3:58: malformed JSON: unexpected character
4 error: input:4:57: malformed JSON: unexpected character
5 error: input:5: expected a JSON object ({...}) per line
6 error: input:6: expected a JSON object ({...}) per line
7 error: input:7: expected an EVE record: no string "event_type"
8 error: input:8: expected a string in "event_type"
9 error: input:9: expected a "timestamp" in the record
10 error: input:10: expected "timestamp" like "2022-01-11T18:57:14.198005+0000", got 'yesterday'
11 error: input:11: expected a string in "timestamp"
12 error: input:12: expected an "alert" object in an alert record
13 error: input:13: expected an "alert" object in an alert record
14 error: input:14: expected a non-empty string in "alert.signature"
15 error: input:15: expected a string in "alert.signature"
16 error: input:16: expected an IP address in "dest_ip", got 'x.x.250.50'
17 error: input:17: expected an IP address in "src_ip", got '[10.0.0.1]'
18 error: input:18: expected an integer 0-65535 in "src_port"
19 error: input:19: expected an integer 0-65535 in "dest_port"
20 error: input:20: expected an integer 0-65535 in "dest_port"
21 error: input:21: expected an integer 0-4294967295 in "alert.signature_id"
22 error: input:22: expected an integer 0-255 in "alert.severity"
23 error: input:23: expected "allowed" or "blocked" in "alert.action", got 'maybe'
24 error: input:24: expected an integer 0-255 in "alert.severity"
25 kind=ips.alert svc=other ts=2024-03-14T00:00:00+00:00 prog=suricata src_ip=10.0.0.1 dst_ip=10.0.0.2 dst_port=443 proto=TCP rule="a good alert among bad ones" rule_id=1:1:0
26 error: input:26:79: JSON nested deeper than 16 levels
27 error: input:27:63: malformed JSON: unexpected character
