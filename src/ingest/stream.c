/*
 * stream.c - chunked, optionally threaded decoding of log streams and their
 * time-ordered merge (see stream.h for the model and its guarantees).
 *
 * Chunk life: UNSTARTED -> PRODUCING (by a worker, or by the merger when it
 * needs the chunk first) -> FINISHED. A worker pushes batches into the chunk's
 * queue and waits while it is full; the merger pops them in order. Only
 * unstarted chunks are ever produced by the merger, so a worker is blocked
 * only on a chunk whose queue is full, which the merger will drain when it
 * gets there: no deadlock. Workers start a new chunk only while fewer than
 * `ahead` chunks are decoded but not yet merged, which bounds memory.
 */
#include "ingest/stream.h"

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/run.h"

/*
 * What the lines of a batch that did not become events tell the merger about
 * time. Yearless stamps carry a year relative to their chunk's first yearless
 * line (the chunk's own clock starts at year 0); the merger learns the
 * chunk's real first year from the file's clock when the chunk comes up.
 */
struct batch_times {
	int first_month;          /* month of the batch's first yearless line, 0: none */
	int last_month, last_off; /* month and relative year of its last yearless line */
	bool has_rel;
	struct civil rel_min, rel_max;     /* earliest and latest summarised yearless stamps */
	uint64_t rel_min_key, rel_max_key; /* their rel_key() */
	int64_t abs_min, abs_max;          /* the same for stamps with a year; TIME_UNKNOWN: none */
};

struct batch {
	size_t n, used;
	struct batch_times t;
	struct batch *next; /* free list */
	struct event ev[STREAM_BATCH_EVENTS];
	char pool[STREAM_BATCH_POOL];
};

struct chunk_diag {
	enum diag_level level;
	uint64_t line; /* chunk-local */
	char msg[256];
};

enum chunk_state { CH_UNSTARTED, CH_WORKER, CH_FINISHED };

struct chunk {
	struct log_stream *s;
	uint64_t start, end; /* byte range; end 0: to the end of the file */
	enum chunk_state state;
	bool whole; /* read with lines_open (compressed or small) */
	/* queue, guarded by the pool's mutex */
	struct batch *q[STREAM_QUEUE];
	size_t qhead, qn;
	bool produced; /* the producer has pushed its last batch */
	bool busy;     /* a worker is producing a batch of it now */
	bool merging;  /* the merger is reading it now */
	/* producer-private (lr stays open after eof when mapped, until the merge ends) */
	struct lines lr;
	bool opened, eof;
	bool mapped; /* lines stay valid until lines_close: events keep slices of them */
	struct line_state st;
	struct evidence_file counts; /* records, decoded, skipped, reasons (chunk-local lines) */
	uint64_t nlines;
	struct chunk_diag diags[STREAM_CHUNK_DIAGS];
	int ndiags;
	uint64_t diags_dropped;
	int errors;
};

struct pool {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct chunk **jobs;       /* every chunk, in the order workers take them */
	size_t njobs, next, first; /* jobs[first..next) may still be in a worker's hands */
	size_t inflight, ahead;    /* chunks taken by workers and not yet merged; their cap */
	struct batch *free;
	bool stop;
	int workers; /* worker threads running */
	struct run *r;
};

static struct batch *batch_get(struct pool *p, bool locked)
{
	struct batch *b = NULL;
	if (!locked)
		pthread_mutex_lock(&p->mu);
	if (p->free) {
		b = p->free;
		p->free = b->next;
	}
	if (!locked)
		pthread_mutex_unlock(&p->mu);
	if (!b && !(b = malloc(sizeof(*b))))
		arena_oom();
	b->n = b->used = 0;
	b->t = (struct batch_times){.abs_min = TIME_UNKNOWN, .abs_max = TIME_UNKNOWN};
	b->next = NULL;
	return b;
}

static void batch_put(struct pool *p, struct batch *b)
{
	b->next = p->free;
	p->free = b;
}

/* Copy a slice into the batch's pool; false when the pool is full. */
static bool pool_copy(struct batch *b, struct str *s)
{
	if (!s->n) {
		*s = STR("");
		return true;
	}
	if (s->n > STREAM_BATCH_POOL - b->used)
		return false;
	memcpy(b->pool + b->used, s->p, s->n);
	s->p = b->pool + b->used;
	b->used += s->n;
	return true;
}

/* Every slice of struct event (event.h); false if they do not fit. */
static bool event_copy_strings(struct batch *b, struct event *ev)
{
	struct str *f[] = {&ev->host,   &ev->program,    &ev->src_host, &ev->dst_host,  &ev->proto,
			   &ev->user,   &ev->mech,       &ev->qid,      &ev->mail_from, &ev->rcpt,
			   &ev->msgid,  &ev->mail_class, &ev->pri,      &ev->delay,     &ev->xdelay,
			   &ev->mailer, &ev->stat,       &ev->ctladdr,  &ev->dsn,       &ev->relay,
			   &ev->reason, &ev->rule_name,  &ev->rule_id};
	for (size_t i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		if (!pool_copy(b, f[i]))
			return false;
	return true;
}

/*
 * The lexicographic order of yearless stamps of one chunk (relative year,
 * month, day, hour, minute, second) as one number: their order in time
 * whatever the real years, for the stamps that summarisable() admits.
 */
static uint64_t rel_key(const struct civil *w)
{
	return (uint64_t)(uint32_t)(w->year + 0x8000) << 40 | (uint64_t)w->month << 32 |
	       (uint64_t)w->day << 24 | (uint64_t)w->hour << 16 | (uint64_t)w->min << 8 |
	       (uint64_t)w->sec;
}

/*
 * A yearless stamp whose place in time is decided by its fields alone: no
 * zone of its own and a day that exists in that month in every year (not
 * Feb 29, not Feb 31). Others travel as records, resolved one by one.
 */
static bool summarisable(const struct civil *w)
{
	static const int mdays[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return !w->has_offset && w->month >= 1 && w->month <= 12 && w->day <= mdays[w->month];
}

/*
 * Account for the time of a decoded line in b: yearless stamps get their
 * chunk-relative year and move the batch's month marks. True when the line
 * must travel as a record even though it carries no event.
 */
static bool note_time(struct batch *b, struct event *ev, const struct syslog_clock *clk,
		      bool record)
{
	struct batch_times *t = &b->t;
	if (ev->when.month && !ev->when.has_year) {
		ev->when.year = clk->year; /* the chunk clock's year after this line */
		if (!t->first_month)
			t->first_month = ev->when.month;
		t->last_month = ev->when.month;
		t->last_off = clk->year;
		if (record || !summarisable(&ev->when))
			return true;
		uint64_t k = rel_key(&ev->when);
		if (!t->has_rel || k < t->rel_min_key) {
			t->rel_min = ev->when;
			t->rel_min_key = k;
		}
		if (!t->has_rel || k > t->rel_max_key) {
			t->rel_max = ev->when;
			t->rel_max_key = k;
		}
		t->has_rel = true;
		return false;
	}
	if (!record && ev->ts != TIME_UNKNOWN) { /* a record's time is noted when it is merged */
		if (t->abs_min == TIME_UNKNOWN || ev->ts < t->abs_min)
			t->abs_min = ev->ts;
		if (t->abs_max == TIME_UNKNOWN || ev->ts > t->abs_max)
			t->abs_max = ev->ts;
	}
	return record;
}

static void chunk_diag(struct chunk *c, enum diag_level level, uint64_t line, const char *msg)
{
	if (c->ndiags == STREAM_CHUNK_DIAGS) {
		c->diags_dropped++;
		return;
	}
	struct chunk_diag *x = &c->diags[c->ndiags++];
	x->level = level;
	x->line = line;
	snprintf(x->msg, sizeof(x->msg), "%s", msg);
}

/*
 * Decode lines of c into b until b is full or c ends. Sets c->eof at the end.
 * Runs in whichever thread produces c; touches only c, b and read-only state.
 */
static void produce(struct chunk *c, struct batch *b)
{
	const struct log_stream *s = c->s;
	struct diag quiet = {.file = s->f->path};
	struct str line;
	char skip[96];
	if (!c->opened && !c->eof) {
		struct diag ignored = {.file = s->f->path};
		int rc = -1;
		if (!s->r->opt.no_mmap && c->end > c->start)
			rc = lines_map_range(&c->lr, s->f->path, c->start, c->end, &ignored);
		c->mapped = rc == 0;
		if (rc == -1)
			rc = c->whole ? lines_open(&c->lr, s->f->path, &quiet)
				      : lines_open_range(&c->lr, s->f->path, c->start, c->end,
							 &quiet);
		c->opened = true;
		if (rc == -1) {
			chunk_diag(c, DIAG_ERROR, 0, quiet.msg);
			c->errors++;
			c->eof = true;
			c->opened = false;
			return;
		}
	}
	/* string room for the worst line: a batch is closed before a line could overflow it */
	/* one diag reused for every line: only what a line may set is reset */
	struct diag ld = {.file = s->f->path};
	while (b->n < STREAM_BATCH_EVENTS && STREAM_BATCH_POOL - b->used > SOURCE_LINE_MAX) {
		diag_restart(&ld, 0);
		uint64_t too_long = c->lr.too_long;
		int rc = lines_next(&c->lr, &line, &ld);
		if (ld.nwarn || ld.nerr)
			chunk_diag(c, ld.nerr ? DIAG_ERROR : DIAG_WARNING, (uint64_t)ld.line,
				   ld.msg);
		for (; too_long < c->lr.too_long; too_long++) {
			c->counts.records++;
			evfile_skip(&c->counts, (uint64_t)ld.line, "line longer than 64 KiB");
		}
		if (rc != 1) {
			if (rc == -1)
				c->errors++;
			c->eof = true;
			break;
		}
		c->counts.records++;
		if (str_trim(line).n == 0) {
			evfile_skip(&c->counts, c->lr.line, "empty line");
			continue;
		}
		struct event *ev = &b->ev[b->n];
		diag_restart(&ld, (long)c->lr.line);
		skip[0] = '\0';
		int dr = s->ops->line(s, &c->st, line, ev, &ld, skip, sizeof(skip));
		if (dr == -1) {
			char reason[96];
			chunk_diag(c, DIAG_ERROR, c->lr.line, ld.msg);
			c->errors++;
			snprintf(reason, sizeof(reason), "malformed: %.80s", ld.msg);
			evfile_skip(&c->counts, c->lr.line, reason);
			continue;
		}
		if (dr == -2) {
			evfile_skip(&c->counts, c->lr.line, skip);
			continue;
		}
		c->counts.decoded++;
		/* lines without an event still matter to transactions when they carry a queue id;
		 * the others leave only their time, in the batch's summary */
		if (!note_time(b, ev, &c->st.clk, ev->kind != EV_NONE || ev->qid.n))
			continue;
		ev->line = c->lr.line;
		ev->offset = c->lr.offset;
		if (!c->mapped && !event_copy_strings(b, ev)) {
			/* cannot happen with the room kept above; never drop silently */
			evfile_skip(&c->counts, c->lr.line, "internal: batch string pool full");
			continue;
		}
		b->n++;
	}
	c->nlines = c->lr.line;
	if (c->eof && !c->mapped) {
		lines_close(&c->lr);
		c->opened = false;
	}
}

/*
 * A chunk a worker can push to now: one of the workers' chunks with room in
 * its queue and nobody producing it, else a new chunk while fewer than
 * `ahead` are in flight. Called with the mutex held.
 */
static struct chunk *worker_pick(struct pool *p)
{
	/* decode ahead of the merger: chunks it is not reading now come first */
	for (size_t i = p->first; i < p->next; i++) {
		struct chunk *c = p->jobs[i];
		if (c->state == CH_WORKER && !c->busy && !c->produced && c->qn < STREAM_QUEUE &&
		    !c->merging)
			return c;
	}
	while (p->next < p->njobs && p->inflight < p->ahead) {
		struct chunk *c = p->jobs[p->next++];
		if (c->state != CH_UNSTARTED)
			continue;
		c->state = CH_WORKER;
		p->inflight++;
		return c;
	}
	for (size_t i = p->first; i < p->next; i++) {
		struct chunk *c = p->jobs[i];
		if (c->state == CH_WORKER && !c->busy && !c->produced && c->qn < STREAM_QUEUE)
			return c;
	}
	return NULL;
}

/* Decode one batch of c (picked by worker_pick) into its queue. Called and returns locked. */
static void work_one(struct pool *p, struct chunk *c)
{
	c->busy = true;
	struct batch *b = batch_get(p, true);
	pthread_mutex_unlock(&p->mu);
	produce(c, b);
	pthread_mutex_lock(&p->mu);
	c->q[(c->qhead + c->qn++) % STREAM_QUEUE] = b;
	if (c->eof)
		c->produced = true;
	c->busy = false;
	while (p->first < p->next && p->jobs[p->first]->state == CH_FINISHED)
		p->first++;
	pthread_cond_broadcast(&p->cv);
}

static void *worker(void *arg)
{
	struct pool *p = arg;
	pthread_mutex_lock(&p->mu);
	while (!p->stop) {
		struct chunk *c = worker_pick(p);
		if (!c) {
			pthread_cond_wait(&p->cv, &p->mu);
			continue;
		}
		work_one(p, c);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/*
 * The next batch of c for the merger, or NULL when c is exhausted. When no
 * batch is waiting and nobody is producing c, the merger produces the next
 * batch itself: batches are made in order whoever makes them, so work is
 * shared batch by batch and the merger never idles while there is decoding
 * to do.
 */
static struct batch *chunk_next_batch(struct pool *p, struct chunk *c)
{
	pthread_mutex_lock(&p->mu);
	c->merging = true;
	if (c->state == CH_UNSTARTED) {
		c->state = CH_WORKER;
		p->inflight++;
	}
	for (;;) {
		if (c->qn) {
			struct batch *b = c->q[c->qhead];
			c->qhead = (c->qhead + 1) % STREAM_QUEUE;
			c->qn--;
			pthread_cond_broadcast(&p->cv);
			pthread_mutex_unlock(&p->mu);
			return b;
		}
		if (c->produced) {
			pthread_mutex_unlock(&p->mu);
			return NULL;
		}
		if (!c->busy) {
			c->busy = true;
			struct batch *b = batch_get(p, true);
			pthread_mutex_unlock(&p->mu);
			produce(c, b);
			pthread_mutex_lock(&p->mu);
			c->busy = false;
			if (c->eof)
				c->produced = true;
			pthread_cond_broadcast(&p->cv);
			pthread_mutex_unlock(&p->mu);
			return b;
		}
		/* a worker is decoding c: rather than wait, decode ahead like a worker */
		struct chunk *o = p->workers ? worker_pick(p) : NULL;
		if (o) {
			work_one(p, o);
			continue;
		}
		pthread_cond_wait(&p->cv, &p->mu);
	}
}

/* Fold a merged chunk's counts and diagnostics into its file, lines made file-wide. */
static void chunk_finish(struct pool *p, struct log_stream *s, struct chunk *c, struct diag *d)
{
	struct evidence_file *f = s->f;
	f->records += c->counts.records;
	f->decoded += c->counts.decoded;
	f->errors += c->errors;
	for (uint32_t i = 0; i < c->counts.nreasons; i++) {
		const struct skip_reason *x = &c->counts.reasons[i];
		for (uint64_t k = 0; k < x->count; k++)
			evfile_skip(f, s->line_base + x->first_line, x->text);
	}
	for (uint64_t k = 0; k < c->counts.other_reasons; k++)
		evfile_skip(f, 0, "other reasons");
	for (int i = 0; i < c->ndiags; i++) {
		d->file = f->path;
		d->line = c->diags[i].line ? (long)(s->line_base + c->diags[i].line) : 0;
		if (c->diags[i].level == DIAG_ERROR)
			diag_errorf(d, "%s", c->diags[i].msg);
		else
			diag_warnf(d, "%s", c->diags[i].msg);
	}
	if (c->diags_dropped) {
		d->line = 0;
		diag_notef(d, "%llu more diagnostics in lines %llu-%llu",
			   (unsigned long long)c->diags_dropped,
			   (unsigned long long)(s->line_base + 1),
			   (unsigned long long)(s->line_base + c->nlines));
	}
	s->line_base += c->nlines;
	if (c->opened) { /* a mapped chunk: its events are merged, its lines no longer needed */
		lines_close(&c->lr);
		c->opened = false;
	}
	pthread_mutex_lock(&p->mu);
	if (c->state == CH_WORKER)
		p->inflight--;
	c->state = CH_FINISHED;
	while (p->first < p->next && p->jobs[p->first]->state == CH_FINISHED)
		p->first++;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

/* Epoch seconds of a yearless stamp of the current chunk (year relative to its base). */
static int64_t rel_resolve(struct log_stream *s, struct civil *w)
{
	w->year += s->chunk_year;
	w->has_year = true;
	if (!w->has_offset) {
		w->offset_min = s->clk.offset_min;
		w->has_offset = true;
	}
	return syslog_clock_epoch(&s->clk, w);
}

/*
 * A new batch of the current chunk: the first yearless line of the chunk
 * fixes its base year from the file's clock (exactly as a line-by-line pass
 * would), the last one leaves the clock as that pass would, and the
 * summarised stamps extend the file's time span.
 */
static void batch_times_apply(struct log_stream *s, const struct batch_times *t)
{
	if (t->first_month) {
		if (!s->chunk_year_set) {
			s->chunk_year = syslog_clock_step(&s->clk, t->first_month);
			s->chunk_year_set = true;
		}
		s->clk.last_month = t->last_month;
		s->clk.year = s->chunk_year + t->last_off;
	}
	if (t->has_rel) {
		struct civil lo = t->rel_min, hi = t->rel_max;
		run_note_time(s->r, s->f, rel_resolve(s, &lo));
		run_note_time(s->r, s->f, rel_resolve(s, &hi));
	}
	run_note_time(s->r, s->f, t->abs_min);
	run_note_time(s->r, s->f, t->abs_max);
}

/* Advance s to its next event worth analysing; false at its end. */
static bool stream_advance(struct pool *p, struct log_stream *s, struct diag *d)
{
	for (;;) {
		if (s->b && s->bi < s->b->n) {
			struct event *ev = &s->b->ev[s->bi++];
			ev->evidence = s->id;
			ev->line += s->line_base;
			if (ev->when.month && !ev->when.has_year)
				ev->ts = rel_resolve(s, &ev->when);
			run_note_time(s->r, s->f, ev->ts);
			if (ev->kind == EV_NONE && !ev->qid.n)
				continue; /* a line kept only for its time */
			s->f->events += ev->kind != EV_NONE;
			s->ev = ev;
			return true;
		}
		if (s->b) {
			pthread_mutex_lock(&p->mu);
			batch_put(p, s->b);
			pthread_mutex_unlock(&p->mu);
			s->b = NULL;
		}
		if (s->cur == s->nchunks) {
			s->done = true;
			return false;
		}
		struct chunk *c = &s->chunks[s->cur];
		s->b = chunk_next_batch(p, c);
		s->bi = 0;
		if (s->b) {
			batch_times_apply(s, &s->b->t);
		} else {
			chunk_finish(p, s, c, d);
			s->cur++;
			s->chunk_year_set = false;
		}
	}
}

/* a before b in the merge order */
static bool earlier(const struct log_stream *a, const struct log_stream *b)
{
	int64_t ta = a->ev->ts == TIME_UNKNOWN ? INT64_MIN : a->ev->ts;
	int64_t tb = b->ev->ts == TIME_UNKNOWN ? INT64_MIN : b->ev->ts;
	if (ta != tb)
		return ta < tb;
	if (a->id != b->id)
		return a->id < b->id;
	return a->ev->line < b->ev->line;
}

static void stream_heap_down(struct log_stream **h, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, m = i;
		if (l < n && earlier(h[l], h[m]))
			m = l;
		if (l + 1 < n && earlier(h[l + 1], h[m]))
			m = l + 1;
		if (m == i)
			return;
		struct log_stream *t = h[i];
		h[i] = h[m];
		h[m] = t;
		i = m;
	}
}

/* Offset of the first line starting at or after pos (the file's size if none). */
static uint64_t line_start_after(int fd, uint64_t pos, uint64_t size)
{
	char buf[1 << 16];
	uint64_t at = pos - 1; /* a line starts at pos if the byte before it is '\n' */
	while (at < size) {
		ssize_t n = pread(fd, buf, sizeof(buf), (off_t)at);
		if (n <= 0)
			break;
		char *nl = memchr(buf, '\n', (size_t)n);
		if (nl)
			return at + (uint64_t)(nl - buf) + 1;
		at += (uint64_t)n;
	}
	return size;
}

/* Cut s's file into chunks at line boundaries (one chunk if compressed or small). */
static void stream_chunks(struct run *r, struct log_stream *s)
{
	struct stat st;
	uint64_t size = 0;
	int fd = -1;
	if (!s->f->compressed && strcmp(s->f->path, "-") && stat(s->f->path, &st) == 0 &&
	    S_ISREG(st.st_mode))
		size = (uint64_t)st.st_size;
	uint64_t cb = r->opt.chunk_bytes ? r->opt.chunk_bytes : STREAM_CHUNK_BYTES;
	size_t k = size >= 2 * cb ? (size_t)(size / cb) : 1;
	if (k > 1 && (fd = open(s->f->path, O_RDONLY)) == -1)
		k = 1;
	s->chunks = NEW(r->a, struct chunk, k);
	uint64_t prev = 0;
	size_t n = 0;
	for (size_t i = 0; i < k; i++) {
		uint64_t end = i + 1 == k ? size : line_start_after(fd, size / k * (i + 1), size);
		if (k > 1 && end <= prev)
			continue;
		struct chunk *c = &s->chunks[n++];
		c->s = s;
		c->whole = k == 1;
		c->start = prev;
		c->end = end;
		/* the chunk's own clock: the file's zone, years counted from the chunk's first line
		 */
		syslog_clock_init(&c->st.clk, 0, s->clk.offset_min);
		prev = end;
	}
	if (fd != -1)
		close(fd);
	s->nchunks = n;
}

size_t stream_merge(struct run *r, struct log_stream *streams, size_t n, int threads,
		    struct diag *d)
{
	struct pool p = {.r = r};
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.cv, NULL);
	size_t used = 0, njobs = 0;
	for (size_t i = 0; i < n; i++) {
		struct log_stream *s = &streams[i];
		d->file = s->f->path;
		d->line = 0;
		if (s->ops->init && s->ops->init(s, d) == -1) {
			s->done = true;
			continue;
		}
		stream_chunks(r, s);
		njobs += s->nchunks;
		used++;
	}
	/* jobs: chunk 0 of every file, then chunk 1 of every file, ...: the merge's likely order */
	p.jobs = NEW(r->a, struct chunk *, njobs ? njobs : 1);
	for (size_t round = 0, added = 1; added; round++) {
		added = 0;
		for (size_t i = 0; i < n; i++)
			if (!streams[i].done && round < streams[i].nchunks) {
				p.jobs[p.njobs++] = &streams[i].chunks[round];
				added = 1;
			}
	}
	int nworkers = threads > 1 ? threads - 1 : 0;
	if (nworkers > STREAM_THREADS_MAX)
		nworkers = STREAM_THREADS_MAX;
	p.ahead = 2 * (size_t)nworkers + 2;
	pthread_t th[STREAM_THREADS_MAX];
	int started = 0;
	for (int i = 0; i < nworkers; i++)
		if (pthread_create(&th[i], NULL, worker, &p) == 0)
			started++;
	pthread_mutex_lock(&p.mu);
	p.workers = started;
	pthread_mutex_unlock(&p.mu);

	struct log_stream **heap = NEW(r->a, struct log_stream *, n ? n : 1);
	size_t nh = 0;
	for (size_t i = 0; i < n; i++) {
		struct log_stream *s = &streams[i];
		if (s->done)
			continue;
		if (r->opt.progress)
			fprintf(stderr, "retrace: reading %s as %s\n", s->f->path, s->f->kind);
		if (stream_advance(&p, s, d))
			heap[nh++] = s;
	}
	for (size_t i = nh / 2; i-- > 0;)
		stream_heap_down(heap, nh, i);
	while (nh) {
		struct log_stream *s = heap[0];
		run_feed(r, s->ev);
		if (!stream_advance(&p, s, d))
			heap[0] = heap[--nh];
		stream_heap_down(heap, nh, 0);
	}

	pthread_mutex_lock(&p.mu);
	p.stop = true;
	pthread_cond_broadcast(&p.cv);
	pthread_mutex_unlock(&p.mu);
	for (int i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	while (p.free) {
		struct batch *b = p.free;
		p.free = b->next;
		free(b);
	}
	pthread_cond_destroy(&p.cv);
	pthread_mutex_destroy(&p.mu);
	return used;
}
