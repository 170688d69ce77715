/*
 * read_ids.c - readers for the alert logs IDS/IPS engines write: Snort and
 * Suricata alert_fast (fast.log) and Suricata EVE JSON (eve.json). Each alert
 * becomes an EV_IPS_ALERT event for the IPS summary, like the vendor CSV.
 */
#include <stdio.h>

#include "decode/snort_fast.h"
#include "decode/suricata_eve.h"
#include "evidence/source.h"
#include "ingest/kinds.h"
#include "ingest/run.h"

/* Month of the first parsable fast line (Snort 2 writes no year), 0 if none. */
static int fast_first_month(const char *path)
{
	char head[SOURCE_PEEK_BYTES];
	size_t n;
	bool comp;
	struct diag quiet = {0};
	if (source_peek(path, head, &n, &comp, &quiet) == -1)
		return 0;
	struct str s = {head, n};
	for (int i = 0; i < 16 && s.n; i++) {
		struct event ev;
		struct str line = str_cut(&s, '\n');
		if (snort_fast_line(line, 2000, 0, &ev, &quiet) == 0 && ev.ts != TIME_UNKNOWN) {
			struct civil c;
			epoch_to_civil(ev.ts, 0, &c);
			return c.month;
		}
	}
	return 0;
}

static void skip_malformed(struct evidence_file *f, uint64_t line, const char *msg)
{
	char reason[96];
	snprintf(reason, sizeof(reason), "malformed: %.80s", msg);
	evfile_skip(f, line, reason);
}

static int fast_init(struct log_stream *s, struct diag *d)
{
	(void)d;
	int month = fast_first_month(s->f->path);
	syslog_clock_init(&s->clk, run_year_for(s->r, s->f, month ? month : 12),
			  s->r->opt.tz_offset_min);
	return 0;
}

static int fast_line(const struct log_stream *s, struct line_state *st, struct str line,
		     struct event *ev, struct diag *ld, char *skip, size_t skip_size)
{
	(void)s;
	(void)skip;
	(void)skip_size;
	return snort_fast_line_clock(line, &st->clk, ev, ld) == -1 ? -1 : 0;
}

const struct stream_ops snort_fast_stream_ops = {fast_init, fast_line};

int read_eve(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d)
{
	struct lines lr;
	if (lines_open(&lr, f->path, d) == -1)
		return -1;
	struct eve_reader *rd = NEW(r->a, struct eve_reader, 1);
	eve_reader_init(rd, r->opt.tz_offset_min);
	struct event ev;
	struct str line;
	int rc;
	while ((rc = lines_next(&lr, &line, d)) == 1) {
		f->records++;
		if (str_trim(line).n == 0) {
			evfile_skip(f, lr.line, "empty line");
			continue;
		}
		struct diag ld = {.file = f->path, .line = (long)lr.line};
		if (eve_line(rd, line, &ev, &ld) == -1) {
			d->line = (long)lr.line;
			diag_errorf(d, "%s", ld.msg);
			skip_malformed(f, lr.line, ld.msg);
			continue;
		}
		f->decoded++;
		if (ev.kind != EV_IPS_ALERT)
			continue;
		ev.evidence = id;
		ev.line = lr.line;
		ev.offset = lr.offset;
		f->events++;
		run_note_time(r, f, ev.ts);
		run_note_dated(r, ev.ts);
		ips_feed(&r->ips, &ev);
	}
	lines_close(&lr);
	return rc < 0 ? -1 : 0;
}
