/*
 * stream.h - yearless, line-oriented evidence (syslog, Snort alert_fast) read
 * as event streams and merged in time order before the stateful analyzers.
 *
 * Decoding and analysis are split. A large uncompressed file is cut into
 * chunks at line boundaries, each mapped into memory (or read, with
 * --no-mmap, or streamed when compressed); each chunk is decoded into
 * batches by a worker thread or by the merging thread itself. A batch holds
 * the lines that became events (their slices point into the mapped chunk, or
 * into the batch's string pool when the chunk was read) and a summary of the
 * other lines' times. The merging thread reads every file's chunks in order,
 * gives lines their file-wide numbers, dates yearless stamps (a chunk's own
 * clock counts years from its first yearless line; the file's clock gives
 * that line's year, so a December-to-January rollover is seen exactly as in
 * one pass), and feeds the earliest pending event of all files (ties: file
 * order, then line) to the analyzers. The result is the same whatever the
 * number of threads or the chunk size: only who decodes a batch changes,
 * never what reaches the analyzers or in which order.
 *
 * Memory is bounded by the chunks in flight: at most 2 x workers + 2 chunks
 * decoded ahead, each holding at most STREAM_QUEUE batches, and a mapped
 * chunk is unmapped once merged.
 */
#ifndef RETRACE_INGEST_STREAM_H
#define RETRACE_INGEST_STREAM_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/time.h"
#include "decode/decode.h"
#include "event/event.h"
#include "evidence/evfile.h"
#include "evidence/source.h"

struct run;
struct log_stream;
struct chunk;

enum {
	STREAM_CHUNK_BYTES = 2 << 20, /* chunk size of large uncompressed files */
	STREAM_BATCH_EVENTS = 1024,
	STREAM_BATCH_POOL = 256 * 1024, /* bytes of copied strings per batch */
	STREAM_QUEUE = 16,              /* batches a chunk may have decoded ahead */
	STREAM_CHUNK_DIAGS = 20,        /* diagnostics kept per chunk; the rest are counted */
	STREAM_THREADS_MAX = 64,
};

/* What the decoder of one chunk keeps from line to line. */
struct line_state {
	struct syslog_clock clk;   /* provisional times of yearless stamps */
	struct decode_cache cache; /* program -> decoder */
};

/* What a kind supplies to be read as a stream. */
struct stream_ops {
	/* Prepare per-file state (the year of yearless stamps) in s->clk. 0 or -1. */
	int (*init)(struct log_stream *s, struct diag *d);
	/*
	 * Decode one line into ev (provenance is set by the caller) using st->clk
	 * for provisional times. 0 decoded (ev->kind may be EV_NONE), -1 malformed
	 * (ld says why), -2 skipped with the reason in skip. Called from worker
	 * threads: it may touch only its arguments and s's read-only fields.
	 */
	int (*line)(const struct log_stream *s, struct line_state *st, struct str line,
		    struct event *ev, struct diag *ld, char *skip, size_t skip_size);
};

struct log_stream {
	struct run *r;
	struct evidence_file *f;
	uint32_t id;
	const struct stream_ops *ops;
	struct syslog_clock clk; /* the file's clock, advanced by the merging thread only */
	/* merge state */
	struct chunk *chunks;
	size_t nchunks, cur;
	uint64_t line_base; /* lines of the chunks already merged */
	struct batch *b;    /* batch being merged */
	size_t bi;
	int chunk_year; /* real year of the current chunk's relative year 0 */
	bool chunk_year_set;
	bool done;
	const struct event *ev; /* the pending event (in batch b), valid while !done */
};

/*
 * Read every stream of streams[0..n) to the end with `threads` threads in
 * all (1: no worker), feeding events to the run's analyzers in time order.
 * Per-record problems are counted in each file's evidence_file; diagnostics
 * go to d. Returns how many streams could be read.
 */
size_t stream_merge(struct run *r, struct log_stream *streams, size_t n, int threads,
		    struct diag *d);

#endif
