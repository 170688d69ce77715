# Postfix with TLS remarks between the from and by clauses; envelope-from after the date.
--- header
from server.example.nl (unknown [IPv6:2a01:7c8:aab6:26d:5054:ff:fed1:1da2])
	(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
	(Client did not present a certificate)
	by mx1.example.org (Postfix) with ESMTPS id CF0171862
	for <test@example.com>; Mon,  6 Jul 2015 09:01:20 +0000 (UTC)
	(envelope-from sender@example.net)
--- expect
from_name: server.example.nl
from_ip: 2a01:7c8:aab6:26d:5054:ff:fed1:1da2
by: mx1.example.org
with: ESMTPS
id: CF0171862
for: test@example.com
envelope_from: sender@example.net
tls: using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)
date: 2015-07-06T09:01:20+00:00
