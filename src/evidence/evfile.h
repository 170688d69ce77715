/*
 * evfile.h - the bookkeeping of one evidence file in a run: what it was
 * recognised as and what became of every record in it. Nothing is dropped
 * silently: each record is decoded or counted as skipped under a reason.
 */
#ifndef RETRACE_EVIDENCE_EVFILE_H
#define RETRACE_EVIDENCE_EVFILE_H

#include <stdbool.h>
#include <stdint.h>

#include "base/str.h"

enum { EVFILE_REASONS_MAX = 8 };

struct skip_reason {
	char text[96]; /* "no decoder for program 'cron'" */
	uint64_t count;
	uint64_t first_line;
};

struct evidence_file {
	const char *path;
	const char *kind; /* kind name, or NULL when not recognised */
	const char *why;  /* how it was recognised, or why it was not */
	bool compressed;
	bool forced; /* kind given by --as */
	uint64_t records, decoded, skipped;
	uint64_t events; /* events produced (decoded records that mattered) */
	struct skip_reason reasons[EVFILE_REASONS_MAX];
	uint32_t nreasons;
	uint64_t other_reasons; /* skipped records whose reason did not fit the table */
	int64_t first_ts, last_ts;
	int errors; /* diagnostics raised while reading */
};

/* Count one skipped record under reason (merged with an equal reason). */
void evfile_skip(struct evidence_file *f, uint64_t line, const char *reason);

#endif
