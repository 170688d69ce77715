# Seed case: the stolen account submitting from outside (sendmail, SMTP AUTH).
--- header
from kim-pc (unknown [218.49.112.67])
	(authenticated bits=0)
	by mail.test.com (8.14.4/8.14.4) with ESMTPA id 2AE0000901;
	Thu, 14 Mar 2024 00:00:09 +0900
--- expect
from_name: kim-pc
from_ip: 218.49.112.67
by: mail.test.com
with: ESMTPA
id: 2AE0000901
date: 2024-03-14T00:00:09+09:00
authenticated: yes
