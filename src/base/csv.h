/*
 * csv.h - RFC 4180 records from memory, header-driven column lookup.
 *
 * The reader walks a buffer record by record. Quoted fields may span lines and
 * contain doubled quotes; unquoted fields are returned as slices of the input,
 * quoted ones with "" are unescaped into the reader's own bounded scratch
 * buffer, valid until the next csv_next(). Comma, semicolon and tab separators
 * are recognised from the header line.
 */
#ifndef RETRACE_BASE_CSV_H
#define RETRACE_BASE_CSV_H

#include "base/diag.h"
#include "base/str.h"

enum { CSV_FIELDS_MAX = 256, CSV_RECORD_MAX = 64 * 1024 };

struct csv {
	struct str rest; /* input not yet read */
	long line;       /* line where the next record starts (1-based) */
	long rec_line;   /* line where the last returned record started */
	char sep;
	int nfields;
	struct str field[CSV_FIELDS_MAX];
	char scratch[CSV_RECORD_MAX];
	size_t used;
};

/* Start reading buf; a UTF-8 byte-order mark is skipped. sep 0: detect from the first line. */
void csv_init(struct csv *c, struct str buf, char sep);
/*
 * Read the next non-empty record into c->field[0..nfields). Returns 1 for a
 * record, 0 at the end, -1 on a malformed record (diag says why, d->line is
 * set; the reader has skipped to the next line and may be called again).
 */
int csv_next(struct csv *c, struct diag *d);

/* A column the caller looks for, under any of its names (NULL-terminated). */
struct csv_col {
	const char *key;            /* the canonical name, for messages */
	const char *const *aliases; /* matched case-insensitively, spaces trimmed */
	int required;
};

/*
 * Map header fields to columns: idx[i] = field number of cols[i] or -1.
 * Reports each missing required column; returns -1 if any is missing.
 */
int csv_map_header(const struct csv *c, const struct csv_col *cols, int ncols, int *idx,
		   struct diag *d);
/* Field i of the current record, trimmed; empty when i < 0 or out of range. */
struct str csv_get(const struct csv *c, int i);
/* How many of the given aliases lists match header fields (for sniffing). */
int csv_header_score(struct str header_line, const struct csv_col *cols, int ncols);

#endif
