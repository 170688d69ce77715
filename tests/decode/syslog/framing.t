# Syslog framing: every header shape syslog_parse accepts, and the errors.
# Lines use a program no decoder owns (ev kind none) unless noted.
--- options
year=2024 tz=540 msg=1
--- input
Mar 14 00:00:09 mail myprog[12345]: hello
Mar  4 00:00:09 mail myprog[1]: single-digit day padded with a space
Feb 7 16:01:07 linux-m899 myprog[5106]: single-digit day without padding
Jul 05 18:22:44 mercury myprog[4669]: zero-padded day
<13>Mar 14 00:00:09 mail myprog[2]: with a priority
Mar 14 00:00:09 mail myprog: no pid
Mar 14 00:00:09 myprog[8148]: no host
Mar 14 00:00:09 [myprog]: bracketed program without host
Mar 14 00:00:09 [myprog] bracketed program without colon
Jun 17 14:37:39 <mail.notice> robin myprog[2794]: facility token before the host
Mar 14 00:00:09 mail last message repeated 3 times
Mar 14 00:00:09 mail --- last message repeated 2 times ---
Mar 14 00:00:09 mail sshd[77]: message repeated 4 times: [ Failed password for root from 192.0.2.1 port 22 ssh2]
Mar 14 00:00:09 mail myprog[3]: [ID 801593 mail.notice] Solaris message id stripped
2024-03-14T00:00:09.123456+09:00 mail myprog[4]: RFC 3339 (rsyslog)
2015-04-16T18:02:50Z host myprog[5]: RFC 3339 in UTC
2020-03-24 08:38:42.344447-0700  localhost myprog[6]: macOS with a space for T
<38>1 2019-07-08T17:40:16.954167-04:00 hostname.example.com myprog 57915 - - RFC 5424 no structured data
<38>1 2019-07-08T17:40:17.954167-04:00 hostname.example.com myprog 55555 - [timeQuality tzKnown="1" isSynced="0"][xxx@123 test="[brackets\]"] RFC 5424 with structured data
Mar 14 00:00:09 mail postfix/smtpd[9]: a program with a slash
Mar 14 00:00:09 mail sendmail[10]: s2E0009a000010: to=<a@b.c>, stat=queued
March 14 00:00:09 mail myprog[1]: bad month
Mar 14 25:00:09 mail myprog[1]: bad hour
Mar 14 00:00:09 mail myprog[12x]: bad pid
Mar 14 00:00:09 mail myprog[99999999999]: pid too big
Mar 14 00:00:09 mail no colon anywhere in this line
Mar 14 00:00:09
hello world
<38>1 2019-07-08T17:40:17Z host myprog 1 - [unclosed structured data
--- events
1 kind=none ts=2024-03-14T00:00:09+09:00 host=mail prog=myprog pid=12345 | msg="hello"
2 kind=none ts=2024-03-04T00:00:09+09:00 host=mail prog=myprog pid=1 | msg="single-digit day padded with a space"
3 kind=none ts=2024-02-07T16:01:07+09:00 host=linux-m899 prog=myprog pid=5106 | msg="single-digit day without padding"
4 kind=none ts=2024-07-05T18:22:44+09:00 host=mercury prog=myprog pid=4669 | msg="zero-padded day"
5 kind=none ts=2024-03-14T00:00:09+09:00 host=mail prog=myprog pid=2 | msg="with a priority"
6 kind=none ts=2024-03-14T00:00:09+09:00 host=mail prog=myprog | msg="no pid"
7 kind=none ts=2024-03-14T00:00:09+09:00 prog=myprog pid=8148 | msg="no host"
8 kind=none ts=2024-03-14T00:00:09+09:00 prog=myprog | msg="bracketed program without host"
9 kind=none ts=2024-03-14T00:00:09+09:00 prog=myprog | msg="bracketed program without colon"
10 kind=none ts=2024-06-17T14:37:39+09:00 host=robin prog=myprog pid=2794 | msg="facility token before the host"
11 kind=none ts=2024-03-14T00:00:09+09:00 host=mail count=3 | msg="last message repeated 3 times"
12 kind=none ts=2024-03-14T00:00:09+09:00 host=mail count=2 | msg="--- last message repeated 2 times ---"
13 kind=authentication outcome=failure svc=ssh ts=2024-03-14T00:00:09+09:00 host=mail prog=sshd pid=77 src_ip=192.0.2.1 src_port=22 user=root mech=password count=4 | msg="Failed password for root from 192.0.2.1 port 22 ssh2"
14 kind=none ts=2024-03-14T00:00:09+09:00 host=mail prog=myprog pid=3 | msg="Solaris message id stripped"
15 kind=none ts=2024-03-14T00:00:09+09:00 host=mail prog=myprog pid=4 | msg="RFC 3339 (rsyslog)"
16 kind=none ts=2015-04-16T18:02:50+00:00 host=host prog=myprog pid=5 | msg="RFC 3339 in UTC"
17 kind=none ts=2020-03-24T08:38:42-07:00 host=localhost prog=myprog pid=6 | msg="macOS with a space for T"
18 kind=none ts=2019-07-08T17:40:16-04:00 host=hostname.example.com prog=myprog pid=57915 | msg="RFC 5424 no structured data"
19 kind=none ts=2019-07-08T17:40:17-04:00 host=hostname.example.com prog=myprog pid=55555 | msg="RFC 5424 with structured data"
20 kind=none svc=smtp ts=2024-03-14T00:00:09+09:00 host=mail prog=postfix/smtpd pid=9 reason="a program with a slash" | msg="a program with a slash"
21 kind=mail.delivery svc=smtp ts=2024-03-14T00:00:09+09:00 host=mail prog=sendmail pid=10 qid=s2E0009a000010 rcpt=<a@b.c> stat=queued | msg="s2E0009a000010: to=<a@b.c>, stat=queued"
22 error: input:22: expected 'Mmm dd hh:mm:ss' timestamp
23 error: input:23: expected 'Mmm dd hh:mm:ss' timestamp
24 error: input:24: expected digits in 'myprog[pid]'
25 error: input:25: expected digits in 'myprog[pid]'
26 error: input:26: expected program name before ':'
27 error: input:27: expected a space after the timestamp
28 error: input:28: expected 'Mmm dd hh:mm:ss' timestamp
29 error: input:29: expected ']' closing RFC 5424 structured data
