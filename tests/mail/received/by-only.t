# Only a by clause (a local pickup).
--- header
by oak.example.cz (Postfix, from userid 1002) id DABBD1BED3; Thu, 13 Feb 2003 14:02:21 +0100 (CET)
--- expect
by: oak.example.cz
id: DABBD1BED3
date: 2003-02-13T14:02:21+01:00
local: yes
