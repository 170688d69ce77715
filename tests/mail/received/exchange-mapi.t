# Exchange MAPI submission with a link-local IPv6 and its zone index.
--- header
from AM5PR0402MB2836.eurprd04.prod.outlook.com ([fe80::19bd:c588:dd17:5226]) by
 AM5PR0402MB2836.eurprd04.prod.outlook.com ([fe80::19bd:c588:dd17:5226%6]) with
 mapi id 15.20.1943.023; Wed, 5 Jun 2019 10:17:08 +0000
--- expect
from_name: AM5PR0402MB2836.eurprd04.prod.outlook.com
from_ip: fe80::19bd:c588:dd17:5226
by: AM5PR0402MB2836.eurprd04.prod.outlook.com
with: mapi
id: 15.20.1943.023
date: 2019-06-05T10:17:08+00:00
