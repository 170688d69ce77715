# Seed case, top hop: our server mail.test.com received from relay xx1.com (sendmail 8.14).
--- header
from xx1.com (xx1.com [123.123.123.123]) by mail.test.com (8.14.4/8.14.4) with ESMTP id 2AE00040A7B1;
	Thu, 14 Mar 2024 00:00:40 +0900
--- expect
from_name: xx1.com
from_rdns: xx1.com
from_ip: 123.123.123.123
by: mail.test.com
with: ESMTP
id: 2AE00040A7B1
date: 2024-03-14T00:00:40+09:00
