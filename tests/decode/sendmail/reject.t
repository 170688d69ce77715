# Refusals: rulesets, pre-greeting traffic, EXPN/VRFY, unknown users, milters.
--- input
Jan  1 00:00:00 mailhost sendmail[15806618]: k1SN9pkK15806618: ruleset=check_mail, arg1=<rtreter@qffff.com>, relay=dsl.static81215198185.ttnet.net.tr [81.215.198.185] (may be forged), reject=553 5.1.8 <rtreter@qffff.com>... Domain of sender address rtreter@qffff.com does not exist
Jan  1 00:00:00 mailhost sendmail[7735]: [ID 801593 mail.notice] k856Hah0007735: ruleset=check_rcpt, arg1=<sc@sd.com>, relay=[216.22.33.7], reject=553 5.3.0 <sc@sd.com>... Spammer 216.22.33.7 usergl@displaytoward.net rejected by RBL:http://www.spamhaus.org/
Jan  1 00:00:00 mailhost sm-mta[22625]: ruleset=check_relay, arg1=[201.29.120.119], arg2=127.0.0.4, relay=120119.user.veloxzone.com.br [201.29.120.119] (may be forged), reject=550 5.7.1 Rejected: 201.29.120.119 listed at sbl-xbl.spamhaus.org
Feb 24 01:46:44 petermurray sm-mta[24422]: ruleset=check_relay, arg1=leased-line-54-82.telecom.by, arg2=217.21.54.82, relay=leased-line-54-82.telecom.by [217.21.54.82], reject=421 4.3.2 Connection rate limit exceeded.
Jan  1 00:00:00 mailhost sm-mta[23868]: k9BEQK0c023868: rejecting commands from [200.121.73.169] [200.121.73.169] due to pre-greeting traffic
Feb 27 10:53:07 strange sm-mta[18001]: u9A0GtpL018001: rejecting commands from example.com [1.2.3.4] due to pre-greeting traffic after 6 seconds
Feb 23 21:18:47 batman sm-mta[93301]: s1NKIkZa093301: [76.72.174.70]: EXPN root [rejected]
Feb 22 14:02:44 batman sm-mta[4030]: s1MD2hsd004030: rrcs-24-73-201-194.se.biz.rr.com [24.73.201.194]: VRFY root [rejected]
Jun 17 14:37:39 <mail.notice> robin sm-mta[2794]: 55HIbcGI002794: <baduser@yourhost.com>... User unknown
Nov  3 11:35:30 Microsoft sendmail[26254]: rA37ZTSC026250: <arhipov@domain.com>... No such user here
Mar 14 02:00:00 mail sm-mta[6000]: s2E2000a006000: Milter: data, reject=554 5.7.1 Rejected by content filter
Mar 14 02:00:01 mail sm-mta[6001]: s2E2000b006001: milter=spamass, action=data, reject=550 5.7.1 Blocked by SpamAssassin
Mar 14 02:00:02 mail sm-mta[6002]: s2E2000c006002: ruleset=check_mail, arg1=<spam@example.biz>, relay=[203.0.113.66], discard
Jun 18 08:05:17 <mail.notice> myhost sm-mta[17002]: 55IC59VD017002: ruleset=check_rcpt, arg1=<spameri@tiscali.it>, relay=[45.125.66.67], reject=450 4.4.0 <spameri@tiscali.it>... Relaying temporarily denied. Cannot resolve PTR record for 45.125.66.67
--- events
1 kind=mail.rejected outcome=failure svc=smtp ts=2024-01-01T00:00:00+00:00 host=mailhost prog=sendmail pid=15806618 qid=k1SN9pkK15806618 src_ip=81.215.198.185 src_host=dsl.static81215198185.ttnet.net.tr from=rtreter@qffff.com dsn=5.1.8 relay="dsl.static81215198185.ttnet.net.tr [81.215.198.185] (may be forged)" rule=check_mail reason="553 5.1.8 <rtreter@qffff.com>... Domain of sender address rtreter@qffff.com does not exist"
2 kind=mail.rejected outcome=failure svc=smtp ts=2024-01-01T00:00:00+00:00 host=mailhost prog=sendmail pid=7735 qid=k856Hah0007735 src_ip=216.22.33.7 rcpt=<sc@sd.com> dsn=5.3.0 relay=[216.22.33.7] rule=check_rcpt reason="553 5.3.0 <sc@sd.com>... Spammer 216.22.33.7 usergl@displaytoward.net rejected by RBL:http://www.spamhaus.org/"
3 kind=mail.rejected outcome=failure svc=smtp ts=2024-01-01T00:00:00+00:00 host=mailhost prog=sm-mta pid=22625 src_ip=201.29.120.119 src_host=120119.user.veloxzone.com.br dsn=5.7.1 relay="120119.user.veloxzone.com.br [201.29.120.119] (may be forged)" rule=check_relay reason="550 5.7.1 Rejected: 201.29.120.119 listed at sbl-xbl.spamhaus.org"
4 kind=mail.rejected outcome=failure svc=smtp ts=2024-02-24T01:46:44+00:00 host=petermurray prog=sm-mta pid=24422 src_ip=217.21.54.82 src_host=leased-line-54-82.telecom.by dsn=4.3.2 relay="leased-line-54-82.telecom.by [217.21.54.82]" rule=check_relay reason="421 4.3.2 Connection rate limit exceeded."
5 kind=mail.rejected outcome=failure svc=smtp ts=2024-01-01T00:00:00+00:00 host=mailhost prog=sm-mta pid=23868 qid=k9BEQK0c023868 src_ip=200.121.73.169 reason="due to pre-greeting traffic"
6 kind=mail.rejected outcome=failure svc=smtp ts=2024-02-27T10:53:07+00:00 host=strange prog=sm-mta pid=18001 qid=u9A0GtpL018001 src_ip=1.2.3.4 src_host=example.com reason="due to pre-greeting traffic after 6 seconds"
7 kind=mail.rejected outcome=failure svc=smtp ts=2024-02-23T21:18:47+00:00 host=batman prog=sm-mta pid=93301 qid=s1NKIkZa093301 src_ip=76.72.174.70 reason="EXPN root [rejected]"
8 kind=mail.rejected outcome=failure svc=smtp ts=2024-02-22T14:02:44+00:00 host=batman prog=sm-mta pid=4030 qid=s1MD2hsd004030 src_ip=24.73.201.194 src_host=rrcs-24-73-201-194.se.biz.rr.com reason="VRFY root [rejected]"
9 kind=mail.rejected outcome=failure svc=smtp ts=2024-06-17T14:37:39+00:00 host=robin prog=sm-mta pid=2794 qid=55HIbcGI002794 rcpt=baduser@yourhost.com reason="User unknown"
10 kind=mail.rejected outcome=failure svc=smtp ts=2024-11-03T11:35:30+00:00 host=Microsoft prog=sendmail pid=26254 qid=rA37ZTSC026250 rcpt=arhipov@domain.com reason="No such user here"
11 kind=mail.rejected outcome=failure svc=smtp ts=2025-03-14T02:00:00+00:00 host=mail prog=sm-mta pid=6000 qid=s2E2000a006000 dsn=5.7.1 rule=milter reason="554 5.7.1 Rejected by content filter"
12 kind=mail.rejected outcome=failure svc=smtp ts=2025-03-14T02:00:01+00:00 host=mail prog=sm-mta pid=6001 qid=s2E2000b006001 dsn=5.7.1 rule=milter reason="550 5.7.1 Blocked by SpamAssassin"
13 kind=mail.rejected outcome=failure svc=smtp ts=2025-03-14T02:00:02+00:00 host=mail prog=sm-mta pid=6002 qid=s2E2000c006002 src_ip=203.0.113.66 from=spam@example.biz relay=[203.0.113.66] rule=check_mail reason=discard
14 kind=mail.rejected outcome=failure svc=smtp ts=2025-06-18T08:05:17+00:00 host=myhost prog=sm-mta pid=17002 qid=55IC59VD017002 src_ip=45.125.66.67 rcpt=<spameri@tiscali.it> dsn=4.4.0 relay=[45.125.66.67] rule=check_rcpt reason="450 4.4.0 <spameri@tiscali.it>... Relaying temporarily denied. Cannot resolve PTR record for 45.125.66.67"
