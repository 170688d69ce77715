# How a login line's fields are read (one pass over its '=' signs): the
# address is the last "rip=" and lip=/rport=/lport= count only after it and
# as whole fields (at the start or after ' ' or ','); the user is the first
# "user=<", the mech the last ", method=" between it and that rip=; levels
# before and after the process name.
--- input
Mar 14 00:00:00 mail dovecot: imap-login: Login: user=<a lip=9.9.9.9>, method=PLAIN, rip=1.2.3.4, lip=5.6.7.8
Mar 14 00:00:01 mail dovecot: imap-login: Login: user=<b>, method=PLAIN, rip=1.2.3.4,xrport=5, rport=6, xlport=7,lport=8, lport=9
Mar 14 00:00:02 mail dovecot: pop3-login: Disconnected: user=<c>, rip=1.1.1.1, lip=2.2.2.2, rport=3, later rip=4.4.4.4, lport=995
Mar 14 00:00:03 mail dovecot: imap-login: Disconnected: rip=1.1.1.1, user=<d>, method=LOGIN, lip=2.2.2.2, method=PLAIN
Mar 14 00:00:04 mail dovecot: imap-login: Login: user=<e, method=X>, method=CRAM-MD5, rip=1.2.3.4
Mar 14 00:00:05 mail dovecot: imap-login: Login: method=PLAIN, rip=1.2.3.4
Mar 14 00:00:07 mail dovecot: Warning: imap-login: Panic: Disconnected (auth failed, 2 attempts): user=<g>, method=PLAIN, rip=1.2.3.4
Mar 14 00:00:08 mail dovecot: Infox: imap-login: Login: user=<h>, rip=1.2.3.4
Mar 14 00:00:09 mail dovecot: Debug: lmtp(123): Connect from local
Mar 14 00:00:10 mail dovecot: managesieve-login: Login: user=<i>, method=PLAIN, rip=::ffff:1.2.3.4, lip=host.example, rport=x, lport=70000
Mar 14 00:00:11 mail dovecot: auth: Info: passwd-file(j,1.2.3.4): unknown user service=POP3
Mar 14 00:00:12 mail dovecot: submission-login: Login: user=<k>, method=PLAIN, rip=1.2.3.4, rip=5.6.7.8, lip=9.9.9.9
--- events
1 kind=authentication outcome=success svc=imap ts=2024-03-14T00:00:00+00:00 host=mail prog=dovecot src_ip=1.2.3.4 dst_ip=5.6.7.8 user="a lip=9.9.9.9" mech=PLAIN
2 kind=authentication outcome=success svc=imap ts=2024-03-14T00:00:01+00:00 host=mail prog=dovecot src_ip=1.2.3.4 src_port=6 dst_port=8 user=b mech=PLAIN
3 kind=none svc=pop3 ts=2024-03-14T00:00:02+00:00 host=mail prog=dovecot src_ip=4.4.4.4 dst_port=995 user=c reason=Disconnected
4 kind=none svc=imap ts=2024-03-14T00:00:03+00:00 host=mail prog=dovecot src_ip=1.1.1.1 dst_ip=2.2.2.2 mech=PLAIN reason=Disconnected
5 kind=authentication outcome=success svc=imap ts=2024-03-14T00:00:04+00:00 host=mail prog=dovecot src_ip=1.2.3.4 user="e, method=X" mech=CRAM-MD5
6 error: input:6: Login: without user=<...> (expected 'Login: user=<U>, ...')
7 kind=authentication outcome=failure svc=imap ts=2024-03-14T00:00:07+00:00 host=mail prog=dovecot src_ip=1.2.3.4 user=g mech=PLAIN count=2 reason="auth failed"
8 kind=none ts=2024-03-14T00:00:08+00:00 host=mail prog=dovecot reason="Infox: imap-login: Login: user=<h>, rip=1.2.3.4"
9 kind=none svc=smtp ts=2024-03-14T00:00:09+00:00 host=mail prog=dovecot reason="Connect from local"
10 kind=authentication outcome=success svc=other ts=2024-03-14T00:00:10+00:00 host=mail prog=dovecot src_ip=1.2.3.4 user=i mech=PLAIN
11 kind=authentication outcome=failure svc=pop3 ts=2024-03-14T00:00:11+00:00 host=mail prog=dovecot src_ip=1.2.3.4 user=j reason="unknown user"
12 kind=authentication outcome=success svc=smtp ts=2024-03-14T00:00:12+00:00 host=mail prog=dovecot src_ip=5.6.7.8 dst_ip=9.9.9.9 user=k mech=PLAIN
