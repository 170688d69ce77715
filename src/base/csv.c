/*
 * csv.c - a small RFC 4180 reader. Bounded: at most CSV_FIELDS_MAX fields and
 * CSV_RECORD_MAX bytes of unescaped quoted text per record; longer records are
 * errors, never truncated silently.
 */
#include "base/csv.h"

#include <string.h>

static char csv_detect_sep(struct str buf)
{
	struct str line = str_cut(&buf, '\n');
	int counts[3] = {0, 0, 0};
	const char seps[3] = {',', ';', '\t'};
	bool q = false;
	for (size_t i = 0; i < line.n; i++) {
		if (line.p[i] == '"')
			q = !q;
		for (int k = 0; k < 3 && !q; k++)
			if (line.p[i] == seps[k])
				counts[k]++;
	}
	int best = 0;
	for (int k = 1; k < 3; k++)
		if (counts[k] > counts[best])
			best = k;
	return seps[best];
}

void csv_init(struct csv *c, struct str buf, char sep)
{
	if (str_starts(buf, STR("\xEF\xBB\xBF")))
		buf = str_skip(buf, 3);
	c->rest = buf;
	c->line = 1;
	c->rec_line = 0;
	c->sep = sep ? sep : csv_detect_sep(buf);
	c->nfields = 0;
	c->used = 0;
}

static void csv_skip_line(struct csv *c)
{
	str_cut(&c->rest, '\n');
	c->line++;
}

static bool csv_blank_line(struct str s)
{
	ptrdiff_t nl = str_chr(s, '\n');
	struct str line = nl >= 0 ? str_sub(s, 0, (size_t)nl) : s;
	return str_trim(line).n == 0;
}

int csv_next(struct csv *c, struct diag *d)
{
	while (c->rest.n && csv_blank_line(c->rest))
		csv_skip_line(c);
	if (c->rest.n == 0)
		return 0;
	c->nfields = 0;
	c->used = 0;
	c->rec_line = c->line;
	d->line = c->line;
	const char *p = c->rest.p, *end = c->rest.p + c->rest.n;
	for (;;) {
		if (c->nfields == CSV_FIELDS_MAX) {
			diag_errorf(d, "more than %d fields in one record", CSV_FIELDS_MAX);
			goto bad;
		}
		struct str *f = &c->field[c->nfields++];
		while (p < end && (*p == ' ' || *p == '\t') && *p != c->sep)
			p++;
		if (p < end && *p == '"') {
			p++;
			char *out = c->scratch + c->used;
			size_t n = 0;
			for (;;) {
				if (p == end) {
					diag_errorf(
						d, "unterminated quoted field (opened on line %ld)",
						c->rec_line);
					goto bad;
				}
				if (*p == '"') {
					if (p + 1 < end && p[1] == '"') {
						p++;
					} else {
						p++;
						break;
					}
				}
				if (*p == '\n')
					c->line++;
				if (c->used + n >= CSV_RECORD_MAX) {
					diag_errorf(d, "quoted text longer than %d bytes",
						    CSV_RECORD_MAX);
					goto bad;
				}
				out[n++] = *p++;
			}
			*f = (struct str){out, n};
			c->used += n;
			while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
				p++;
			if (p < end && *p != c->sep && *p != '\n') {
				diag_errorf(d, "unexpected text after a closing quote in field %d",
					    c->nfields);
				goto bad;
			}
		} else {
			const char *s = p;
			while (p < end && *p != c->sep && *p != '\n')
				p++;
			*f = (struct str){s, (size_t)(p - s)};
			if (f->n && f->p[f->n - 1] == '\r')
				f->n--;
		}
		if (p < end && *p == c->sep) {
			p++;
			continue;
		}
		if (p < end && *p == '\n') {
			p++;
			c->line++;
		}
		break;
	}
	if ((size_t)(p - c->rest.p) > CSV_RECORD_MAX * 4) {
		diag_errorf(d, "record longer than %d bytes", CSV_RECORD_MAX * 4);
		c->rest = str_skip(c->rest, (size_t)(p - c->rest.p));
		return -1;
	}
	c->rest = str_skip(c->rest, (size_t)(p - c->rest.p));
	return 1;
bad:
	/* resynchronise at the line after the one where the record began */
	c->line = c->rec_line;
	csv_skip_line(c);
	c->nfields = 0;
	return -1;
}

static bool csv_col_matches(const struct csv_col *col, struct str name)
{
	name = str_trim(name);
	name = str_unquote(name, '"', '"');
	name = str_trim(name);
	if (str_ieq(name, str_from_c(col->key)))
		return true;
	for (const char *const *a = col->aliases; a && *a; a++)
		if (str_ieq(name, str_from_c(*a)))
			return true;
	return false;
}

int csv_map_header(const struct csv *c, const struct csv_col *cols, int ncols, int *idx,
		   struct diag *d)
{
	int rc = 0;
	for (int i = 0; i < ncols; i++) {
		idx[i] = -1;
		for (int f = 0; f < c->nfields; f++)
			if (csv_col_matches(&cols[i], c->field[f])) {
				idx[i] = f;
				break;
			}
		if (idx[i] == -1 && cols[i].required) {
			diag_errorf(d, "missing column '%s' in the header", cols[i].key);
			rc = -1;
		}
	}
	return rc;
}

struct str csv_get(const struct csv *c, int i)
{
	if (i < 0 || i >= c->nfields)
		return STR("");
	return str_trim(c->field[i]);
}

int csv_header_score(struct str header_line, const struct csv_col *cols, int ncols)
{
	char sep = csv_detect_sep(header_line);
	int score = 0;
	struct str line = str_cut(&header_line, '\n');
	if (str_starts(line, STR("\xEF\xBB\xBF")))
		line = str_skip(line, 3);
	while (line.n) {
		struct str name = str_cut(&line, sep);
		for (int i = 0; i < ncols; i++)
			if (csv_col_matches(&cols[i], name)) {
				score++;
				break;
			}
	}
	return score;
}
