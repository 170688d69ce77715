/*
 * run.c - the intake: expand paths, identify kinds, read in phases.
 */
#include "ingest/run.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "evidence/source.h"
#include "evidence/walk.h"
#include "ingest/kinds.h"
#include "ingest/stream.h"

void run_init(struct run *r, struct arena *a, const struct run_options *opt)
{
	memset(r, 0, sizeof(*r));
	r->a = a;
	r->opt = *opt;
	r->latest_dated = TIME_UNKNOWN;
	auth_init(&r->auth, a);
	ips_init(&r->ips, a);
	mailflow_init(&r->flow, a);
}

int run_add_path(struct run *r, const char *path, struct diag *d)
{
	struct file_list list = {0};
	int rc = walk_path(path, r->a, &list, d);
	for (size_t i = 0; i < list.n; i++) {
		if (r->nfiles == r->capfiles) {
			size_t nc = r->capfiles ? r->capfiles * 2 : 16;
			r->files = arena_grow(r->a, r->files, sizeof(*r->files),
					      _Alignof(struct evidence_file),
					      (ptrdiff_t)r->capfiles, (ptrdiff_t)nc);
			r->capfiles = nc;
		}
		struct evidence_file *f = &r->files[r->nfiles++];
		memset(f, 0, sizeof(*f));
		f->path = list.path[i];
		f->first_ts = f->last_ts = TIME_UNKNOWN;
	}
	return rc;
}

/* The reference time for the year of yearless stamps in file f. */
static void run_pick_year(struct run *r, const struct evidence_file *f, int *year, int *ref_month)
{
	struct civil c;
	struct stat st;
	*ref_month = 12;
	if (r->opt.year) {
		*year = r->opt.year;
		r->year_source = "--year";
		return;
	}
	if (r->latest_dated != TIME_UNKNOWN) {
		epoch_to_civil(r->latest_dated, r->opt.tz_offset_min, &c);
		r->year_source = "dated evidence";
	} else if (strcmp(f->path, "-") && stat(f->path, &st) == 0) {
		epoch_to_civil((int64_t)st.st_mtime, r->opt.tz_offset_min, &c);
		r->year_source = "file modification time";
	} else {
		epoch_to_civil((int64_t)time(NULL), r->opt.tz_offset_min, &c);
		r->year_source = "current date";
	}
	*year = c.year;
	*ref_month = c.month;
}

int run_year_for(struct run *r, const struct evidence_file *f, int first_month)
{
	int year, ref_month;
	run_pick_year(r, f, &year, &ref_month);
	if (r->opt.year)
		return year;
	return syslog_guess_year(year, ref_month, first_month);
}

static void run_identify(struct run *r, struct evidence_file *f, const struct kind **k,
			 struct diag *d)
{
	char head[SOURCE_PEEK_BYTES];
	size_t n = 0;
	bool compressed = false;
	*k = NULL;
	d->file = f->path;
	d->line = 0;
	if (source_peek(f->path, head, &n, &compressed, d) == -1) {
		f->why = "unreadable";
		r->errors++;
		return;
	}
	f->compressed = compressed;
	if (r->opt.force_kind) {
		*k = kind_by_name(r->opt.force_kind);
		f->forced = true;
		f->why = "forced by --as";
	} else {
		*k = kind_sniff((struct str){head, n}, &f->why);
	}
	if (*k)
		f->kind = (*k)->name;
}

/* Tell the mail flow which sent messages the bounces ask about (see mailflow.h). */
static void run_want_bounced(struct run *r)
{
	for (size_t i = 0; i < r->nmsgs; i++) {
		const struct msgrec *b = &r->msgs[i];
		if (!b->is_bounce)
			continue;
		mailflow_want_msgid(&r->flow, b->orig_msgid);
		mailflow_want_envelope(&r->flow, b->orig_from.n ? b->orig_from : b->to,
				       b->orig_rcpt);
	}
}

/*
 * Without --tz, yearless and zoneless logs of our servers are read in the
 * zone our own mail server stamps its Received headers with: the most common
 * offset of the messages' newest hop (which our server added).
 */
static void run_infer_zone(struct run *r)
{
	int best = 0, best_n = 0;
	for (size_t i = 0; i < r->nmsgs; i++) {
		if (!r->msgs[i].hop_dated)
			continue;
		int n = 0;
		for (size_t k = 0; k < r->nmsgs; k++)
			n += r->msgs[k].hop_dated &&
			     r->msgs[k].tz_offset_min == r->msgs[i].tz_offset_min;
		if (n > best_n) {
			best_n = n;
			best = r->msgs[i].tz_offset_min;
		}
		if (best_n * 2 > (int)r->nmsgs)
			break;
	}
	if (best_n) {
		r->opt.tz_offset_min = best;
		r->tz_source = "zone of our server's Received stamps";
	}
}

/*
 * The yearless logs, merged in time order. At most STREAMS_OPEN_MAX files are
 * open at once: beyond that they are merged in groups of that many, in the
 * order given (rotated logs, named in order, are disjoint in time anyway).
 */
enum { STREAMS_OPEN_MAX = 256 };

static size_t run_streams(struct run *r, const struct kind **k, struct diag *d)
{
	struct log_stream *s = NEW(r->a, struct log_stream, STREAMS_OPEN_MAX);
	size_t n = 0, used = 0;
	for (size_t i = 0; i <= r->nfiles; i++) {
		if (n == STREAMS_OPEN_MAX || (i == r->nfiles && n)) {
			used += stream_merge(r, s, n, r->opt.threads, d);
			memset(s, 0, sizeof(*s) * n);
			n = 0;
		}
		if (i == r->nfiles)
			break;
		if (!k[i] || k[i]->phase != PHASE_LOGS || !k[i]->stream)
			continue;
		s[n++] = (struct log_stream){
			.r = r, .f = &r->files[i], .id = (uint32_t)i, .ops = k[i]->stream};
	}
	return used;
}

int run_ingest(struct run *r, struct diag *d)
{
	const struct kind **k = NEW(r->a, const struct kind *, r->nfiles ? r->nfiles : 1);
	for (size_t i = 0; i < r->nfiles; i++)
		run_identify(r, &r->files[i], &k[i], d);
	size_t used = 0;
	if (r->opt.have_tz)
		r->tz_source = "--tz";
	for (int phase = PHASE_CONTEXT; phase <= PHASE_LOGS; phase++) {
		if (phase == PHASE_DATED && !r->opt.have_tz)
			run_infer_zone(r);
		if (phase == PHASE_LOGS) {
			run_want_bounced(r);
			used += run_streams(r, k, d);
			continue;
		}
		for (size_t i = 0; i < r->nfiles; i++) {
			if (!k[i] || (int)k[i]->phase != phase || !k[i]->read)
				continue;
			struct evidence_file *f = &r->files[i];
			d->file = f->path;
			d->line = 0;
			int nerr = d->nerr;
			if (r->opt.progress)
				fprintf(stderr, "retrace: reading %s as %s\n", f->path, f->kind);
			if (k[i]->read(r, f, (uint32_t)i, d) == 0)
				used++;
			f->errors = d->nerr - nerr;
		}
	}
	mailflow_finish(&r->flow);
	d->file = NULL;
	d->line = 0;
	return used ? 0 : -1;
}

void run_note_time(struct run *r, struct evidence_file *f, int64_t ts)
{
	if (ts == TIME_UNKNOWN)
		return;
	if (f->first_ts == TIME_UNKNOWN || ts < f->first_ts)
		f->first_ts = ts;
	if (f->last_ts == TIME_UNKNOWN || ts > f->last_ts)
		f->last_ts = ts;
	(void)r;
}

void run_note_dated(struct run *r, int64_t ts)
{
	if (ts != TIME_UNKNOWN && (r->latest_dated == TIME_UNKNOWN || ts > r->latest_dated))
		r->latest_dated = ts;
}
