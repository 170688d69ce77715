/*
 * stream.c - the time-ordered merge of log streams: a binary min-heap of
 * streams keyed by their pending event's (time, file, line).
 */
#include "ingest/stream.h"

#include <stdio.h>

#include "ingest/run.h"

/* Advance s to its next event worth analysing; false at its end. */
static bool stream_advance(struct log_stream *s, struct diag *d)
{
	struct str line;
	char skip[96];
	int rc;
	while ((rc = lines_next(&s->lr, &line, d)) == 1) {
		struct evidence_file *f = s->f;
		f->records++;
		if (str_trim(line).n == 0) {
			evfile_skip(f, s->lr.line, "empty line");
			continue;
		}
		struct diag ld = {.file = f->path, .line = (long)s->lr.line};
		skip[0] = '\0';
		int dr = s->ops->line(s, line, &s->ev, &ld, skip, sizeof(skip));
		if (dr == -1) {
			char reason[96];
			d->file = f->path;
			d->line = (long)s->lr.line;
			diag_errorf(d, "%s", ld.msg);
			f->errors++;
			snprintf(reason, sizeof(reason), "malformed: %.80s", ld.msg);
			evfile_skip(f, s->lr.line, reason);
			continue;
		}
		if (dr == -2) {
			evfile_skip(f, s->lr.line, skip);
			continue;
		}
		f->decoded++;
		s->ev.evidence = s->id;
		s->ev.line = s->lr.line;
		s->ev.offset = s->lr.offset;
		run_note_time(s->r, f, s->ev.ts);
		if (s->ev.kind == EV_NONE)
			continue;
		f->events++;
		return true;
	}
	s->done = true;
	return false;
}

/* a before b in the merge order */
static bool earlier(const struct log_stream *a, const struct log_stream *b)
{
	int64_t ta = a->ev.ts == TIME_UNKNOWN ? INT64_MIN : a->ev.ts;
	int64_t tb = b->ev.ts == TIME_UNKNOWN ? INT64_MIN : b->ev.ts;
	if (ta != tb)
		return ta < tb;
	if (a->id != b->id)
		return a->id < b->id;
	return a->ev.line < b->ev.line;
}

static void heap_down(struct log_stream **h, size_t n, size_t i)
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

size_t stream_merge(struct run *r, struct log_stream *streams, size_t n, struct diag *d)
{
	struct log_stream **heap = NEW(r->a, struct log_stream *, n ? n : 1);
	size_t nh = 0, used = 0;
	for (size_t i = 0; i < n; i++) {
		struct log_stream *s = &streams[i];
		d->file = s->f->path;
		d->line = 0;
		if (lines_open(&s->lr, s->f->path, d) == -1)
			continue;
		s->open = true;
		used++;
		if (s->ops->init && s->ops->init(s, d) == -1)
			continue;
		if (r->opt.progress)
			fprintf(stderr, "retrace: reading %s as %s\n", s->f->path, s->f->kind);
		if (stream_advance(s, d))
			heap[nh++] = s;
	}
	for (size_t i = nh / 2; i-- > 0;)
		heap_down(heap, nh, i);
	while (nh) {
		struct log_stream *s = heap[0];
		run_feed(r, &s->ev);
		if (!stream_advance(s, d))
			heap[0] = heap[--nh];
		heap_down(heap, nh, 0);
	}
	for (size_t i = 0; i < n; i++)
		if (streams[i].open)
			lines_close(&streams[i].lr);
	return used;
}
