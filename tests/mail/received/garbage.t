# Nothing a Received header holds.
--- header
this is not a received header at all
--- expect
error: Received header without from/by/with/id clauses or a date
