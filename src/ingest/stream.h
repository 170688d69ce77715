/*
 * stream.h - yearless, line-oriented evidence (syslog, Snort alert_fast) read
 * as event streams and merged in time order before the stateful analyzers.
 *
 * Each log file is a stream with one pending event; the merge always feeds the
 * earliest pending event (ties: file order, then line), so lines of one mail
 * transaction split over rotated files, or logins on one host and alerts on
 * another, reach the analyzers in the order they happened. Event slices point
 * into the stream's own line buffer, valid until that stream advances, so the
 * merge copies nothing. Memory: one line buffer per open stream.
 */
#ifndef RETRACE_INGEST_STREAM_H
#define RETRACE_INGEST_STREAM_H

#include <stdbool.h>

#include "base/diag.h"
#include "base/time.h"
#include "event/event.h"
#include "evidence/evfile.h"
#include "evidence/source.h"

struct run;
struct log_stream;

/* What a kind supplies to be read as a stream. */
struct stream_ops {
	/* Prepare per-file state (e.g. the year of yearless stamps). 0 or -1. */
	int (*init)(struct log_stream *s, struct diag *d);
	/*
	 * Decode one line into ev (provenance is set by the caller). 0 decoded
	 * (ev->kind may be EV_NONE), -1 malformed (ld says why), -2 skipped with
	 * the reason in *skip (a short text, e.g. no decoder for the program).
	 */
	int (*line)(struct log_stream *s, struct str line, struct event *ev, struct diag *ld,
		    char *skip, size_t skip_size);
};

struct log_stream {
	struct run *r;
	struct evidence_file *f;
	uint32_t id;
	const struct stream_ops *ops;
	struct lines lr;
	struct syslog_clock clk;
	bool open, done;
	struct event ev; /* the pending event, valid while !done */
};

/*
 * Read every stream of streams[0..n) to the end, feeding events to the run's
 * analyzers in time order. Per-record problems are counted in each file's
 * evidence_file; diagnostics go to d. Returns how many streams were read.
 */
size_t stream_merge(struct run *r, struct log_stream *streams, size_t n, struct diag *d);

#endif
