/*
 * suricata_eve.h - Suricata EVE JSON lines (eve.json) as events.
 *
 * One JSON object per line. Records with "event_type":"alert" become
 * EV_IPS_ALERT events; every other record type (flow, dns, http, stats, ...)
 * is understood but carries nothing here (EV_NONE). The parser is json-c,
 * bounded by EVE_LINE_MAX bytes per line and EVE_DEPTH_MAX nesting levels.
 * json-c owns the strings it parses, so the event's strings are copied into
 * the reader's scratch buffer: they stay valid until the next eve_line() on
 * the same reader.
 */
#ifndef RETRACE_DECODE_SURICATA_EVE_H
#define RETRACE_DECODE_SURICATA_EVE_H

#include <stddef.h>

#include "base/diag.h"
#include "base/str.h"
#include "event/event.h"

enum {
	EVE_LINE_MAX = 1 << 20, /* payload, packet and http bodies make long alert lines */
	EVE_DEPTH_MAX = 16,     /* EVE nests four levels; a deeper document is refused */
	EVE_SCRATCH = 4096,     /* holds every string one event keeps (capped per field) */
};

struct eve_reader {
	int offset_min; /* UTC offset for timestamps written without one (default 0) */
	size_t used;    /* bytes of scratch taken by the current event */
	char scratch[EVE_SCRATCH];
};

/* A reader for times without offset in offset_min (minutes east of UTC). */
void eve_reader_init(struct eve_reader *r, int offset_min);
/*
 * Decode one EVE line into ev (cleared first). Returns 0 for an alert
 * (EV_IPS_ALERT) and for any other well-formed EVE record (EV_NONE, with
 * ev->reason naming its event_type); -1 with a diagnostic for a line that is
 * not one JSON object, too long or too deep, or an alert with a missing or
 * ill-typed field (bad address, port out of range, unknown action).
 */
int eve_line(struct eve_reader *r, struct str line, struct event *ev, struct diag *d);
/*
 * Confidence 0-100 that head (a file's first bytes) is EVE JSON: the share
 * of its first complete non-empty lines that are JSON objects with a string
 * "event_type" and "timestamp" at the top level.
 */
int eve_sniff(struct str head);

#endif
