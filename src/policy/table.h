/*
 * table.h - what the four context loaders (assets, firewall policy, spam-filter
 * patterns; the IPS reader in decode/ has its own copy of the header logic)
 * share: finding the header row of a header-driven CSV, reading data rows with
 * every malformed record reported as file:line and counted, scoring a header
 * for kind identification, and splitting list cells ("139, 445", "a;b").
 *
 * Internal to src/policy/. Strings handed out are slices of the input or of
 * the CSV reader's scratch buffer: loaders copy what they keep into their arena.
 */
#ifndef RETRACE_POLICY_TABLE_H
#define RETRACE_POLICY_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/csv.h"
#include "base/diag.h"
#include "base/str.h"

enum {
	TABLE_COLS_MAX = 16,   /* columns a loader looks for */
	TABLE_HEADER_SCAN = 8, /* title rows tolerated above the header */
	TABLE_ROWS_MAX = 65536 /* data rows kept per file; the rest are reported and skipped */
};

struct table {
	struct csv *csv; /* in the loader's arena (it carries a 64 KiB scratch buffer) */
	const char *file;
	const struct csv_col *cols;
	int ncols;
	int idx[TABLE_COLS_MAX]; /* header field of each column, or -1 */
	struct str *head;        /* header fields, copied into the arena */
	int nhead;
	size_t rows;    /* data rows seen */
	size_t skipped; /* data rows reported and skipped */
};

/*
 * Find the header among the first TABLE_HEADER_SCAN records (title rows above
 * it are tolerated) and map cols onto it. Returns 0, or -1 with every missing
 * required column reported (and a hint when the file is not UTF-8).
 */
int table_open(struct table *t, struct arena *a, struct str buf, const struct csv_col *cols,
	       int ncols, const char *file, struct diag *d);
/*
 * Next data row: 1, or 0 at the end. Malformed CSV records are reported by the
 * reader, counted as skipped, and passed over. A row whose mapped cells are
 * all empty is passed over silently. d->line is the row's line.
 */
int table_next(struct table *t, struct diag *d);
/* Cell of column col (index into cols) in the current row, trimmed; empty if absent. */
struct str table_get(const struct table *t, int col);
/* "Header=value; ..." of every header field no column claimed (empty cells left out). */
struct str table_notes(const struct table *t, struct arena *a);
/* Report the current row as bad (file:line: msg) and count it as skipped. */
void table_reject(struct table *t, struct diag *d, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/*
 * How well the first lines of head look like this table's header: the number
 * of matched columns on the best of the first few lines, 0 when a required
 * column is missing there.
 */
int table_sniff(struct str head, const struct csv_col *cols, int ncols);
/*
 * Next item of a list cell: items are separated by ',', ';' and line breaks;
 * surrounding white space is trimmed. Returns false when no item is left.
 */
bool table_item(struct str *rest, struct str *item);
/* "any" in the spellings policies use: any, *, -, all, 전체, 모두, or an empty cell. */
bool table_is_any(struct str s);

#endif
