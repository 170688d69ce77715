# Malformed postfix lines are reported (an empty message, from=/to= without a
# value, a size= or nrcpt= that is not a number); odd but well-formed ones
# decode without reading past the line: unclosed brackets, a peer without a
# closing ']', words that look like queue ids, a port out of range.
--- input
Mar 14 05:00:00 mail postfix/qmgr[900]: 3F1A2B4C5D:
Mar 14 05:00:01 mail postfix/qmgr[900]: 3F1A2B4C5D: from=, size=10, nrcpt=1 (queue active)
Mar 14 05:00:02 mail postfix/qmgr[900]: 3F1A2B4C5D: from=<a@b.example>, size=ten, nrcpt=1 (queue active)
Mar 14 05:00:03 mail postfix/qmgr[900]: 3F1A2B4C5D: from=<a@b.example>, size=10, nrcpt=x (queue active)
Mar 14 05:00:04 mail postfix/smtp[901]: 3F1A2B4C5D: to=, relay=none, status=bounced (x)
Mar 14 05:00:05 mail postfix/smtp[901]: 3F1A2B4C5D: to=<a@b.example, relay=x[1.2.3.4]:25, dsn=5.0.0, status=bounced (x)
Mar 14 05:00:06 mail postfix/smtpd[902]: connect from unknown[1.2.3.4
Mar 14 05:00:07 mail postfix/smtpd[902]: connect from unknown[1.2.3.4]:99999
Mar 14 05:00:08 mail postfix/smtpd[902]: warning: unknown[]: SASL LOGIN authentication failed: x
Mar 14 05:00:09 mail postfix/smtpd[902]: NOQUEUE: reject: RCPT from
Mar 14 05:00:10 mail postfix/smtpd[902]: ABCDE: client=
Mar 14 05:00:11 mail postfix/smtpd[902]: warning: SASL authentication failure: Password verification failed
Mar 14 05:00:12 mail postfix/smtpd[902]: statistics: x
Mar 14 05:00:13 mail postfix/qmgr[900]: 3F1A2B4C5D: from=<a@b.example>, size=99999999999999999999, nrcpt=1 (queue active)
--- events
1 error: input:1: empty postfix message (expected 'QID: key=value, ...' or text)
2 error: input:2: from= with no sender (expected from=<address>)
3 error: input:3: size=: expected a number, got 'ten'
4 error: input:4: nrcpt=: expected a number, got 'x'
5 error: input:5: to= with no recipient (expected to=<address>)
6 kind=mail.delivery outcome=failure svc=smtp ts=2024-03-14T05:00:05+00:00 host=mail prog=postfix/smtp pid=901 qid=3F1A2B4C5D dst_ip=1.2.3.4 dst_port=25 dst_host=x rcpt=<a@b.example mailer=smtp dsn=5.0.0 relay=x[1.2.3.4]:25 stat="bounced (x)"
7 kind=mail.connection outcome=success svc=smtp ts=2024-03-14T05:00:06+00:00 host=mail prog=postfix/smtpd pid=902 src_ip=1.2.3.4
8 kind=mail.connection outcome=success svc=smtp ts=2024-03-14T05:00:07+00:00 host=mail prog=postfix/smtpd pid=902 src_ip=1.2.3.4
9 kind=authentication outcome=failure svc=smtp ts=2024-03-14T05:00:08+00:00 host=mail prog=postfix/smtpd pid=902 mech=LOGIN reason=x
10 kind=mail.rejected outcome=failure svc=smtp ts=2024-03-14T05:00:09+00:00 host=mail prog=postfix/smtpd pid=902 reason="RCPT from"
11 kind=none svc=smtp ts=2024-03-14T05:00:10+00:00 host=mail prog=postfix/smtpd pid=902 qid=ABCDE reason=client
12 kind=none svc=smtp ts=2024-03-14T05:00:11+00:00 host=mail prog=postfix/smtpd pid=902 reason="SASL authentication failure: Password verification failed"
13 kind=none svc=smtp ts=2024-03-14T05:00:12+00:00 host=mail prog=postfix/smtpd pid=902 reason="statistics: x"
14 error: input:14: size=: expected a number, got '99999999999999999999'
