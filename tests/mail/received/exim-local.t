# Exim local submission: no network client.
--- header
from www-data by web.example.de with local (Exim 4.50) id 1GFbZc-0006QV-L8
	for <user@example.org>; Tue, 22 Aug 2006 21:06:04 +0200
--- expect
from_name: www-data
by: web.example.de
with: local
id: 1GFbZc-0006QV-L8
for: user@example.org
date: 2006-08-22T21:06:04+02:00
local: yes
