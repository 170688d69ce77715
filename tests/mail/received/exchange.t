# Exchange between two internal servers.
--- header
from EXC-DAG-02.global.example (10.45.252.152) by EXC-DAG-02.global.example (10.45.252.152)
 with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
 id 15.1.1261.35; Mon, 29 Oct 2018 11:17:19 +0100
--- expect
from_name: EXC-DAG-02.global.example
from_ip: 10.45.252.152
by: EXC-DAG-02.global.example
with: Microsoft SMTP Server
id: 15.1.1261.35
date: 2018-10-29T11:17:19+01:00
