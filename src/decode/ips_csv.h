/*
 * ips_csv.h - IPS alert exports in CSV (one alert per row) as events.
 *
 * Header-driven: columns are found by name in any order (time, source,
 * destination, port, count, attack, blocked, and optional protocol, source
 * port and rule id; Korean and vendor spellings, docs/formats.md). Each row
 * becomes one EV_IPS_ALERT event whose string fields are slices of the input
 * or of the reader's scratch buffer, valid until the next ips_csv_next().
 */
#ifndef RETRACE_DECODE_IPS_CSV_H
#define RETRACE_DECODE_IPS_CSV_H

#include <stddef.h>

#include "base/csv.h"
#include "base/diag.h"
#include "base/str.h"
#include "event/event.h"

enum { IPS_CSV_COLS = 10 };

struct ips_csv {
	struct csv csv;
	const char *file;
	struct str buf;
	int idx[IPS_CSV_COLS]; /* header field of each column, or -1 */
	int offset_min;        /* UTC offset for times written without one (default 0) */
	size_t rows, skipped;  /* data rows seen, rows reported and skipped */
};

/*
 * Start reading buf (the header may follow a few title rows). Returns 0, or
 * -1 with every missing required column (source, destination, attack)
 * reported. r is large (it embeds the CSV reader): keep it off small stacks.
 */
int ips_csv_open(struct ips_csv *r, struct str buf, const char *file, struct diag *d);
/*
 * Next alert: 1 with ev filled, 0 at the end, -1 for a bad row (reported as
 * file:line with what was expected, and skipped: call again).
 */
int ips_csv_next(struct ips_csv *r, struct event *ev, struct diag *d);
/* Header score of the first line(s), 0 if it cannot be an IPS alert export. */
int ips_csv_sniff(struct str head);

#endif
