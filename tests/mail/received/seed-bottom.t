# Seed case, bottom hop: the host that handed the bounce to xx1.com gave only an IP literal.
--- header
from [123.123.123.123] by xx1.com
--- expect
from_name: [123.123.123.123]
from_ip: 123.123.123.123 (literal)
by: xx1.com
