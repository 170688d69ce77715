# qmail-smtpd: "from rdns (HELO name) (ident@ip)".
--- header
from postfix3-2.example.fr (HELO machine.example.com) (foobar@213.228.0.169)
  by totor.example.net with SMTP; 14 Nov 2003 08:05:50 -0000
--- expect
from_name: postfix3-2.example.fr
from_rdns: postfix3-2.example.fr
helo: machine.example.com
from_ip: 213.228.0.169
ident: foobar
by: totor.example.net
with: SMTP
date: 2003-11-14T08:05:50+00:00
