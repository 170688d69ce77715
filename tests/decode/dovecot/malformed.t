# Malformed dovecot lines are reported (a Login: without user=<...>, an
# attempt count that is not a number); hostile user names stay user names:
# a passdb user holding ",ADDR): " stays part of the user (the last "): "
# whose ",IP" parses closes the arguments), a login user holding "rip=" loses
# to the real (last) rip=.
--- input
Mar 14 00:00:09 mail dovecot: imap-login: Login: method=PLAIN, rip=1.2.3.4
Mar 14 00:00:10 mail dovecot: imap-login: Disconnected (auth failed, x attempts): rip=1.2.3.4
Mar 14 00:00:11 mail dovecot: auth: pam(x,6.6.6.6): unknown user (given password: y),1.2.3.4): Password mismatch
Mar 14 00:00:12 mail dovecot: auth: pam(no address here): unknown user
Mar 14 00:00:13 mail dovecot: imap-login: Login: user=<kim, rip=6.6.6.6
Mar 14 00:00:14 mail dovecot: auth: pam(
Mar 14 00:00:15 mail dovecot: imap-login: Disconnected (auth failed, 99999999999 attempts): rip=1.2.3.4
Mar 14 00:00:16 mail dovecot: x(
--- events
1 error: input:1: Login: without user=<...> (expected 'Login: user=<U>, ...')
2 error: input:2: expected a number of attempts in '(auth failed, N attempts'
3 kind=authentication outcome=failure ts=2024-03-14T00:00:11+00:00 host=mail prog=dovecot src_ip=1.2.3.4 user="x,6.6.6.6): unknown user (given password: y)" reason="password mismatch"
4 kind=none ts=2024-03-14T00:00:12+00:00 host=mail prog=dovecot reason="pam(no address here): unknown user"
5 kind=authentication outcome=success svc=imap ts=2024-03-14T00:00:13+00:00 host=mail prog=dovecot src_ip=6.6.6.6 user="kim, "
6 kind=none ts=2024-03-14T00:00:14+00:00 host=mail prog=dovecot reason=pam(
7 error: input:7: expected a number of attempts in '(auth failed, N attempts'
8 kind=none ts=2024-03-14T00:00:16+00:00 host=mail prog=dovecot reason=x(
