# Malformed sendmail lines: -1 with a diagnostic naming the input line.
--- input
Mar 14 05:00:00 mail sendmail[9000]: s2E5000a009000: from=<a@example.org>, size=big, class=0, nrcpts=1, relay=[192.0.2.1]
Mar 14 05:00:01 mail sendmail[9001]: s2E5000b009001: from=<a@example.org>, size=10, nrcpts=-1, relay=[192.0.2.1]
Mar 14 05:00:02 mail sendmail[9002]: s2E5000c009002: from=, size=10, nrcpts=1
Mar 14 05:00:03 mail sendmail[9003]: s2E5000d009003: to=, stat=Sent
Mar 14 05:00:04 mail sendmail[9004]: s2E5000e009004:
Mar 14 05:00:05 mail sendmail[9005]: s2E5000f009005: [192.0.2.9]: possible SMTP attack: command=AUTH, count=many
Mar 14 05:00:06 mail sendmail[9006]: s2E5000g009006: AUTH failure PLAIN
Mar 14 05:00:07 mail sendmail[9007]: s2E5000h009007: from=<a@example.org>, size=99999999999999999999999, nrcpts=1
--- events
1 error: input:1: size=: expected a number, got 'big'
2 error: input:2: nrcpts=: expected a number, got '-1'
3 error: input:3: from= with no sender (expected from=<address>)
4 error: input:4: to= with no recipient (expected to=<address>)
5 error: input:5: empty sendmail message (expected 'QID: key=value, ...' or text)
6 error: input:6: count=: expected a number, got 'many'
7 error: input:7: expected 'AUTH failure (MECH): ...'
8 error: input:8: size=: expected a number, got '99999999999999999999999'
