/*
 * read_logs.c - readers for line-oriented evidence (syslog) and for the
 * header-driven CSV kinds (IPS alerts, assets, firewall policy, spam-filter
 * patterns). Every record is decoded or counted as skipped with its reason.
 */
#include <stdio.h>
#include <string.h>

#include "decode/decode.h"
#include "decode/exim.h"
#include "decode/ips_csv.h"
#include "evidence/source.h"
#include "ingest/kinds.h"
#include "ingest/run.h"

enum { CONTEXT_FILE_MAX = 64 << 20 };

void run_feed(struct run *r, const struct event *ev)
{
	switch (ev->kind) {
	case EV_AUTH:
		auth_feed(&r->auth, ev);
		mailflow_feed(&r->flow, ev);
		break;
	case EV_MAIL_FROM:
	case EV_MAIL_TO:
	case EV_MAIL_REJECT:
	case EV_MAIL_CONNECT:
		mailflow_feed(&r->flow, ev);
		break;
	case EV_IPS_ALERT:
		ips_feed(&r->ips, ev);
		break;
	default:
		/* postfix client=/message-id=/removed and exim Completed carry a queue id */
		if (ev->qid.n)
			mailflow_feed(&r->flow, ev);
		break;
	}
}

/* Month of the first syslog line of the file, 0 if none parses in the first few. */
static int first_month(const char *path, struct diag *d)
{
	char head[SOURCE_PEEK_BYTES];
	size_t n;
	bool comp;
	struct diag quiet = {0};
	(void)d;
	if (source_peek(path, head, &n, &comp, &quiet) == -1)
		return 0;
	struct str s = {head, n};
	for (int i = 0; i < 16 && s.n; i++) {
		struct syslog_line sl;
		struct str line = str_cut(&s, '\n');
		if (syslog_parse(line, &sl, &quiet) == 0)
			return sl.time.month;
	}
	return 0;
}

static int syslog_init(struct log_stream *s, struct diag *d)
{
	int month = first_month(s->f->path, d);
	int year = run_year_for(s->r, s->f, month ? month : 12);
	if (!s->r->year_used)
		s->r->year_used = year;
	syslog_clock_init(&s->clk, year, s->r->opt.tz_offset_min);
	return 0;
}

static int syslog_line(const struct log_stream *s, struct line_state *st, struct str line,
		       struct event *ev, struct diag *ld, char *skip, size_t skip_size)
{
	(void)s;
	bool known;
	if (decode_syslog_known(line, &st->clk, &st->cache, ev, ld, &known) == -1)
		return -1;
	if (ev->kind == EV_NONE && ev->program.n && !known) {
		snprintf(skip, skip_size, "no decoder for program '%.*s'",
			 ev->program.n > 40 ? 40 : (int)ev->program.n, ev->program.p);
		return -2;
	}
	return 0;
}

const struct stream_ops syslog_stream_ops = {syslog_init, syslog_line};

/* Exim's own main log: every line carries its full date (zone: its own, else --tz). */
static int exim_line(const struct log_stream *s, struct line_state *st, struct str line,
		     struct event *ev, struct diag *ld, char *skip, size_t skip_size)
{
	(void)st;
	(void)skip;
	(void)skip_size;
	return exim_mainlog_line(line, s->r->opt.tz_offset_min, ev, ld) == -1 ? -1 : 0;
}

const struct stream_ops exim_stream_ops = {NULL, exim_line};

int read_ips_csv(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d)
{
	struct str buf;
	if (source_slurp(f->path, CONTEXT_FILE_MAX, r->a, &buf, d) == -1)
		return -1;
	struct ips_csv *rd = NEW(r->a, struct ips_csv, 1);
	if (ips_csv_open(rd, buf, f->path, d) == -1)
		return -1;
	rd->offset_min = r->opt.tz_offset_min;
	struct event ev;
	int rc;
	for (;;) {
		int nerr = d->nerr;
		rc = ips_csv_next(rd, &ev, d);
		if (rc == 0)
			break;
		f->records++;
		if (rc < 0) {
			evfile_skip(f, (uint64_t)(d->line > 0 ? d->line : 0),
				    d->nerr > nerr ? "malformed alert row" : "unreadable row");
			continue;
		}
		f->decoded++;
		f->events++;
		ev.evidence = id;
		run_note_time(r, f, ev.ts);
		run_note_dated(r, ev.ts);
		ips_feed(&r->ips, &ev);
	}
	return 0;
}

/* Rows of a context table: count what the loader reports. */
static void context_counts(struct evidence_file *f, size_t rows, size_t skipped)
{
	f->records = rows;
	f->decoded = rows >= skipped ? rows - skipped : 0;
	if (skipped)
		for (size_t i = 0; i < skipped; i++)
			evfile_skip(f, 0, "malformed row (see the diagnostics above)");
}

int read_assets(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d)
{
	struct str buf;
	if (r->have_assets) {
		diag_warnf(d, "a second asset inventory; only the first one read is used");
		f->why = "second asset inventory, not used";
		return -1;
	}
	if (source_slurp(f->path, CONTEXT_FILE_MAX, r->a, &buf, d) == -1)
		return -1;
	if (assets_load_csv(&r->assets, r->a, buf, f->path, d) == -1)
		return -1;
	r->have_assets = true;
	r->assets_evidence = id;
	context_counts(f, r->assets.rows, r->assets.skipped);
	return 0;
}

int read_firewall(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d)
{
	struct str buf;
	if (r->have_fw) {
		diag_warnf(d, "a second firewall policy; only the first one read is used");
		f->why = "second firewall policy, not used";
		return -1;
	}
	if (source_slurp(f->path, CONTEXT_FILE_MAX, r->a, &buf, d) == -1)
		return -1;
	if (fw_load_csv(&r->fw, r->a, buf, f->path, d) == -1)
		return -1;
	r->have_fw = true;
	r->fw_evidence = id;
	context_counts(f, r->fw.rows, r->fw.skipped);
	return 0;
}

int read_spam(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d)
{
	struct str buf;
	if (r->have_spam) {
		diag_warnf(d, "a second spam-pattern list; only the first one read is used");
		f->why = "second spam-pattern list, not used";
		return -1;
	}
	if (source_slurp(f->path, CONTEXT_FILE_MAX, r->a, &buf, d) == -1)
		return -1;
	if (spamfilter_load_csv(&r->spam, r->a, buf, f->path, d) == -1)
		return -1;
	r->have_spam = true;
	r->spam_evidence = id;
	context_counts(f, r->spam.rows, r->spam.skipped);
	return 0;
}
