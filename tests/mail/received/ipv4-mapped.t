# IPv4-mapped IPv6 literal: compares equal to the IPv4 address.
--- header
from bushinternet.example (softdnserr [::ffff:61.99.99.67]) by mail.cs.example.fi with esmtp;
 Fri, 22 Aug 2003 12:25:41 +0300
--- expect
from_name: bushinternet.example
from_ip: 61.99.99.67
by: mail.cs.example.fi
with: esmtp
date: 2003-08-22T12:25:41+03:00
