/*
 * exim.h - Exim's main log, read without syslog framing.
 *
 * Exim usually writes its own log files (mainlog, rejectlog) rather than
 * syslog: one line per record, "2024-03-14 00:00:09 1rkXyz-000123-AB <= ...",
 * with an optional ".mmm" fraction, a " +hhmm" zone (log_timezone) and a
 * "[pid]" (log_selector +pid) after the date. The same messages sent through
 * syslog (programs exim, exim4) are decoded by decoder_exim in exim.c; these
 * two calls serve a line-oriented evidence kind for the raw files.
 */
#ifndef RETRACE_DECODE_EXIM_H
#define RETRACE_DECODE_EXIM_H

#include "base/diag.h"
#include "base/str.h"
#include "event/event.h"

/*
 * Decode one mainlog line into ev (cleared first): ts from the line's own
 * date, in its zone when it has one, else in default_offset_min (minutes
 * east of UTC); tz_offset_min the zone used; program "exim"; pid when
 * logged; host empty (the file does not name it: a caller that knows it may
 * set ev->host before feeding txn). The message fields are those of the
 * syslog decoder (see exim.c). The caller sets provenance. 0, or -1 with a
 * diagnostic when the line has no "YYYY-MM-DD hh:mm:ss" date or a record is
 * malformed (a "<=" without sender, a non-numeric S=, ...). Lines over
 * LINE_MAX_BYTES are refused.
 */
int exim_mainlog_line(struct str line, int default_offset_min, struct event *ev, struct diag *d);

/*
 * Confidence 0-100 that head (the first bytes of a file) is an exim main or
 * reject log: the share of its first lines that carry an exim date followed
 * by a message id and a delivery marker or a known exim phrase. 0 when none.
 */
int exim_mainlog_sniff(struct str head);

#endif
