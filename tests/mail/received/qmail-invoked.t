# qmail local injection: not a relay.
--- header
(qmail 10681 invoked by uid 404); 14 Nov 2003 08:05:52 -0000
--- expect
date: 2003-11-14T08:05:52+00:00
local: yes
