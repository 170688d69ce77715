# Gmail submission: from literal, rDNS with its trailing dot.
--- header
from [192.0.2.202] (c213502.kyoto.example.ne.jp. [192.0.2.135])
        by mx.google.com with ESMTPSA id nw13sm19667002pab.37.2014.07.18.00.31.00
        for <multiple recipients>
        (version=TLSv1 cipher=ECDHE-RSA-RC4-SHA bits=128/128);
        Fri, 18 Jul 2014 00:31:01 -0700 (PDT)
--- expect
from_name: [192.0.2.202]
from_rdns: c213502.kyoto.example.ne.jp.
from_ip: 192.0.2.135
by: mx.google.com
with: ESMTPSA
id: nw13sm19667002pab.37.2014.07.18.00.31.00
date: 2014-07-18T00:31:01-07:00
authenticated: yes
