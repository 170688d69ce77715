# Exim: [ip]:port and helo= inside the comment.
--- header
from smtp.example.org ([2a02:898:31:0:48:4558:736d:7470]:38689
 helo=mx.example.org)
 by hummus.example.ac.uk with esmtpsa (TLSv1.3:TLS_AES_256_GCM_SHA384:256)
 (Exim 4.91) (envelope-from <xxx@example.org>)
 id 1fZ55k-0006CO-9M
 for exim-dev@example.org; Sat, 30 Jun 2018 02:54:24 +0100
--- expect
from_name: smtp.example.org
from_rdns: smtp.example.org
helo: mx.example.org
from_ip: 2a02:898:31:0:48:4558:736d:7470
by: hummus.example.ac.uk
with: esmtpsa
id: 1fZ55k-0006CO-9M
for: exim-dev@example.org
envelope_from: xxx@example.org
date: 2018-06-30T02:54:24+01:00
authenticated: yes
