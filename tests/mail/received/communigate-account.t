# CommuniGate Pro with an account and a HELO literal.
--- header
from [128.114.2.223] (account user@example.edu HELO [10.10.10.10]) by silver.example.edu
 (CommuniGate Pro SMTP 4.3.7) with ESMTPSA id 88402416 for user@example.edu;
 Mon, 04 Dec 2006 13:15:07 -0800
--- expect
from_name: [128.114.2.223]
helo: [10.10.10.10]
from_ip: 128.114.2.223 (literal)
by: silver.example.edu
with: ESMTPSA
id: 88402416
for: user@example.edu
date: 2006-12-04T13:15:07-08:00
authenticated: yes
