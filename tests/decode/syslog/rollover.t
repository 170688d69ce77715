# Yearless stamps: the clock starts in 2023 and follows Dec -> Jan into 2024;
# an RFC 3339 line keeps its own year and zone; the clock's zone is +09:00.
--- options
year=2023 tz=540
--- input
Dec 30 23:59:58 mail myprog[1]: before the new year
Dec 31 23:59:59 mail myprog[1]: last second of 2023
Jan  1 00:00:01 mail myprog[1]: first second of 2024
2024-01-01T00:00:02+00:00 mail myprog[1]: explicit UTC
Jan  2 10:00:00 mail myprog[1]: still 2024
Feb 29 10:00:00 mail myprog[1]: leap day of 2024
--- events
1 kind=none ts=2023-12-30T23:59:58+09:00 host=mail prog=myprog pid=1
2 kind=none ts=2023-12-31T23:59:59+09:00 host=mail prog=myprog pid=1
3 kind=none ts=2024-01-01T00:00:01+09:00 host=mail prog=myprog pid=1
4 kind=none ts=2024-01-01T00:00:02+00:00 host=mail prog=myprog pid=1
5 kind=none ts=2024-01-02T10:00:00+09:00 host=mail prog=myprog pid=1
6 kind=none ts=2024-02-29T10:00:00+09:00 host=mail prog=myprog pid=1
