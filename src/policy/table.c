/*
 * table.c - header-driven CSV tables for the policy loaders: header discovery
 * (tolerating a title row or two above it, as spreadsheet exports have), row
 * iteration that reports and counts malformed records, and list cells.
 */
#include "policy/table.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* True if s is well-formed UTF-8 (used only to explain a header that does not match). */
static bool utf8_valid(struct str s)
{
	size_t i = 0;
	while (i < s.n) {
		unsigned char c = (unsigned char)s.p[i];
		size_t len = c < 0x80             ? 1
			     : (c & 0xe0) == 0xc0 ? 2
			     : (c & 0xf0) == 0xe0 ? 3
			     : (c & 0xf8) == 0xf0 ? 4
						  : 0;
		if (len == 0 || i + len > s.n)
			return false;
		for (size_t k = 1; k < len; k++)
			if (((unsigned char)s.p[i + k] & 0xc0) != 0x80)
				return false;
		i += len;
	}
	return true;
}

/* Every required column and at least one column at all are named by record c. */
static bool table_header_ok(const struct csv *c, const struct csv_col *cols, int ncols)
{
	int idx[TABLE_COLS_MAX], named = 0;
	struct diag quiet = {0};
	if (csv_map_header(c, cols, ncols, idx, &quiet) == -1)
		return false;
	for (int i = 0; i < ncols; i++)
		named += idx[i] >= 0;
	return named > 0;
}

int table_open(struct table *t, struct arena *a, struct str buf, const struct csv_col *cols,
	       int ncols, const char *file, struct diag *d)
{
	memset(t, 0, sizeof(*t));
	t->csv = NEW(a, struct csv, 1);
	t->file = file;
	t->cols = cols;
	t->ncols = ncols < TABLE_COLS_MAX ? ncols : TABLE_COLS_MAX;
	d->file = file;
	/* The header may follow title rows, and its separator may differ from theirs: try
	 * each of the first physical lines as the start, detecting the separator there. */
	bool found = false;
	struct str rest = buf;
	for (int k = 0; k < TABLE_HEADER_SCAN && rest.n && !found; k++) {
		struct diag quiet = {0};
		csv_init(t->csv, rest, 0);
		t->csv->line = k + 1;
		if (csv_next(t->csv, &quiet) == 1 && table_header_ok(t->csv, cols, t->ncols))
			found = true;
		str_cut(&rest, '\n');
	}
	if (!found) {
		/* Explain against the first record, the usual place of a header. */
		csv_init(t->csv, buf, 0);
		struct diag quiet = {0};
		int rc = csv_next(t->csv, &quiet);
		d->line = 1;
		if (rc == 0) {
			diag_errorf(d, "empty file: expected a header line naming the columns");
			return -1;
		}
		if (rc == -1) {
			diag_errorf(d, "expected a header line naming the columns: %s", quiet.msg);
			return -1;
		}
		d->line = t->csv->rec_line;
		int nerr = d->nerr;
		csv_map_header(t->csv, cols, t->ncols, t->idx, d);
		if (d->nerr == nerr) {
			char keys[256];
			size_t n = 0;
			for (int i = 0; i < t->ncols && n < sizeof(keys); i++) {
				int w = snprintf(keys + n, sizeof(keys) - n, "%s%s", i ? ", " : "",
						 cols[i].key);
				if (w > 0)
					n += (size_t)w;
			}
			diag_errorf(d, "expected a header line naming some of: %s", keys);
		}
		if (!utf8_valid(str_sub(buf, 0, 4096)))
			diag_notef(d, "the file is not UTF-8; if it is a Korean spreadsheet export "
				      "(CP949/EUC-KR), convert it first: iconv -f cp949 -t utf-8");
		return -1;
	}
	d->line = t->csv->rec_line;
	csv_map_header(t->csv, cols, t->ncols, t->idx, d);
	t->nhead = t->csv->nfields;
	t->head = NEW(a, struct str, t->nhead);
	for (int i = 0; i < t->nhead; i++)
		t->head[i] = arena_strdup(a, str_trim(t->csv->field[i]));
	return 0;
}

static bool table_row_empty(const struct table *t)
{
	for (int i = 0; i < t->ncols; i++)
		if (table_get(t, i).n)
			return false;
	return true;
}

int table_next(struct table *t, struct diag *d)
{
	d->file = t->file;
	for (;;) {
		if (t->rows >= TABLE_ROWS_MAX) {
			struct diag quiet = {0};
			if (csv_next(t->csv, &quiet) != 0) {
				d->line = t->csv->rec_line;
				diag_errorf(d,
					    "more than %d rows: this row and the rest are ignored",
					    TABLE_ROWS_MAX);
			}
			return 0;
		}
		int rc = csv_next(t->csv, d);
		if (rc == 0)
			return 0;
		t->rows++;
		if (rc == -1) {
			t->skipped++;
			continue;
		}
		if (table_row_empty(t)) {
			t->rows--;
			continue;
		}
		d->line = t->csv->rec_line;
		return 1;
	}
}

struct str table_get(const struct table *t, int col)
{
	if (col < 0 || col >= t->ncols)
		return STR("");
	return csv_get(t->csv, t->idx[col]);
}

struct str table_notes(const struct table *t, struct arena *a)
{
	char buf[1024];
	size_t n = 0;
	for (int f = 0; f < t->csv->nfields && f < t->nhead; f++) {
		bool claimed = false;
		for (int i = 0; i < t->ncols; i++)
			claimed |= t->idx[i] == f;
		struct str v = csv_get(t->csv, f);
		if (claimed || v.n == 0 || n >= sizeof(buf))
			continue;
		int w = snprintf(buf + n, sizeof(buf) - n, "%s%.*s=%.*s", n ? "; " : "",
				 STR_FMT(t->head[f]), STR_FMT(v));
		if (w < 0)
			break;
		n += (size_t)w;
	}
	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	return arena_strdup(a, (struct str){buf, n});
}

void table_reject(struct table *t, struct diag *d, const char *fmt, ...)
{
	char msg[sizeof(d->msg)];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	d->file = t->file;
	d->line = t->csv->rec_line;
	diag_errorf(d, "%s", msg);
	t->skipped++;
}

int table_sniff(struct str head, const struct csv_col *cols, int ncols)
{
	int best = 0;
	if (ncols > TABLE_COLS_MAX)
		ncols = TABLE_COLS_MAX;
	for (int k = 0; k < 4 && head.n; k++) {
		struct str line = str_cut(&head, '\n');
		int score = csv_header_score(line, cols, ncols);
		for (int i = 0; i < ncols && score; i++)
			if (cols[i].required && csv_header_score(line, &cols[i], 1) == 0)
				score = 0;
		if (score > best)
			best = score;
	}
	return best;
}

bool table_item(struct str *rest, struct str *item)
{
	for (;;) {
		while (rest->n &&
		       (rest->p[0] == ',' || rest->p[0] == ';' || ascii_space(rest->p[0])))
			*rest = str_skip(*rest, 1);
		if (rest->n == 0)
			return false;
		size_t i = 0;
		while (i < rest->n && rest->p[i] != ',' && rest->p[i] != ';' &&
		       rest->p[i] != '\n' && rest->p[i] != '\r')
			i++;
		*item = str_trim(str_sub(*rest, 0, i));
		*rest = str_skip(*rest, i);
		if (item->n)
			return true;
	}
}

bool table_is_any(struct str s)
{
	s = str_trim(s);
	return s.n == 0 || str_ieq(s, STR("any")) || str_eq(s, STR("*")) || str_eq(s, STR("-")) ||
	       str_ieq(s, STR("all")) || str_eq(s, STR("전체")) || str_eq(s, STR("모두"));
}
