# sendmail with an ident user and (may be forged) nested in the comment.
--- header
from mail1.example.com (ident@host66.example.com [65.217.159.66] (may be forged))
	by dogma.example.org (8.11.6/8.11.6) with ESMTP id h2F0c2x31856
	for <jm@example.org>; Sat, 15 Mar 2003 00:38:03 GMT
--- expect
from_name: mail1.example.com
from_rdns: host66.example.com
from_ip: 65.217.159.66
ident: ident
by: dogma.example.org
with: ESMTP
id: h2F0c2x31856
for: jm@example.org
date: 2003-03-15T00:38:03+00:00
