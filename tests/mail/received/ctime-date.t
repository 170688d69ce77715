# smap with a ctime date and a claimed HELO.
--- header
from pl027.example.ne.jp(61.197.82.27), claiming to be "foo.example.net"
 via SMTP by st.example.at, id smtpd1PBsZT; Sun Nov 13 15:38:52 2005
--- expect
from_name: pl027.example.ne.jp
from_rdns: pl027.example.ne.jp
helo: foo.example.net
from_ip: 61.197.82.27
by: st.example.at
via: SMTP
id: smtpd1PBsZT
date: 2005-11-13T15:38:52+00:00 (no zone)
