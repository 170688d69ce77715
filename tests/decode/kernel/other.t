# Kernel lines that are no packets are EV_NONE (boot messages, a line naming
# IN= without addresses, crowdsec's "XX=" variant); malformed packet lines are
# reported (an address or port that does not parse, an empty message).
--- input
Jun  9 06:06:20 combo kernel: Linux version 2.6.5-1.358 (bhcompile@bugs.build.redhat.com)
Jun  9 06:06:21 combo kernel: [    0.000000] BIOS-provided physical RAM map:
Jun  9 06:06:22 combo kernel: audit: IN=eth0 something else
Jun  8 14:34:33 sd-126005 kernel: [50028442.088484] XX=enp1s0 OUT= MAC=00:08 SRC=195.54.160.107 DST=51.15.166.67 LEN=40 PROTO=TCP SPT=8080 DPT=8123
Jun  9 06:06:23 combo kernel: x IN=eth0 SRC=1.2.3 DST=1.2.3.4
Jun  9 06:06:24 combo kernel: x IN=eth0 SRC=1.2.3.4 DST=1.2.3.4 DPT=99999
Jun  9 06:06:25 combo kernel: x IN=eth0 SRC=1.2.3.4 DST= PROTO=TCP
Jun  9 06:06:26 combo kernel: [12345.6]
Jun  9 06:06:27 combo kernel: [12345.6
Jun  9 06:06:28 combo kernel: DROP IN=eth0 SRC=1.2.3.4 DST=5.6.7.8 SPT= DPT=
--- events
1 kind=none ts=2024-06-09T06:06:20+00:00 host=combo prog=kernel reason="Linux version 2.6.5-1.358 (bhcompile@bugs.build.redhat.com)"
2 kind=none ts=2024-06-09T06:06:21+00:00 host=combo prog=kernel reason="BIOS-provided physical RAM map:"
3 kind=none ts=2024-06-09T06:06:22+00:00 host=combo prog=kernel reason="audit: IN=eth0 something else"
4 kind=none ts=2024-06-08T14:34:33+00:00 host=sd-126005 prog=kernel reason="XX=enp1s0 OUT= MAC=00:08 SRC=195.54.160.107 DST=51.15.166.67 LEN=40 PROTO=TCP SPT=8080 DPT=8123"
5 error: input:5: SRC=: expected an IP address, got '1.2.3'
6 error: input:6: DPT=: expected a port number 0-65535, got '99999'
7 error: input:7: DST=: expected an IP address, got ''
8 error: input:8: empty kernel message
9 kind=none ts=2024-06-09T06:06:27+00:00 host=combo prog=kernel reason=[12345.6
10 error: input:10: SPT=: expected a port number 0-65535, got ''
