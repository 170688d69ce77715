# Postfix after SASL authentication.
--- header
from [192.168.0.5] (dsl-198-51-100-7.example.net [198.51.100.7])
	(Authenticated sender: kim)
	by mail.example.com (Postfix) with ESMTPSA id 4B2C81F2
	for <ct@example.org>; Wed, 13 Mar 2024 15:00:33 +0000 (UTC)
--- expect
from_name: [192.168.0.5]
from_rdns: dsl-198-51-100-7.example.net
from_ip: 198.51.100.7
by: mail.example.com
with: ESMTPSA
id: 4B2C81F2
for: ct@example.org
date: 2024-03-13T15:00:33+00:00
authenticated: yes
