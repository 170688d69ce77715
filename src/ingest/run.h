/*
 * run.h - one investigation's intake: the evidence files, what each was
 * recognised as, and the state every analyzer kept while the evidence
 * streamed through (authentication statistics, IPS groups, mail flows, the
 * messages read) plus the context (assets, firewall policy, spam patterns).
 *
 * Files are read in phases so that context and fully dated evidence come
 * first: the assets decide what is inside, and dated evidence supplies the
 * year that classic syslog stamps lack (unless --year says it).
 */
#ifndef RETRACE_INGEST_RUN_H
#define RETRACE_INGEST_RUN_H

#include <stdbool.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/diag.h"
#include "detect/auth.h"
#include "detect/ips.h"
#include "detect/mailflow.h"
#include "evidence/evfile.h"
#include "ingest/msgrec.h"
#include "policy/assets.h"
#include "policy/firewall.h"
#include "policy/spamfilter.h"

struct run_options {
	int year;          /* 0: infer */
	int tz_offset_min; /* zone of yearless syslog stamps */
	bool have_tz;
	const char *force_kind; /* --as KIND: applies to every file */
	bool progress;          /* report progress on stderr */
	int threads;            /* threads for decoding logs (1: none besides the main one) */
	uint64_t chunk_bytes;   /* chunk size for large logs (0: STREAM_CHUNK_BYTES) */
	bool no_mmap;           /* read logs with read(2) only, never map them */
	struct diag_sink *sink;
};

struct run {
	struct arena *a;
	struct run_options opt;
	struct evidence_file *files;
	size_t nfiles, capfiles;
	/* context */
	struct assets assets;
	struct fw_policy fw;
	struct spam_patterns spam;
	bool have_assets, have_fw, have_spam;
	uint32_t fw_evidence, assets_evidence, spam_evidence; /* file ids, for citations */
	/* analyzers */
	struct auth_tracker auth;
	struct ips_summary ips;
	struct mailflow flow;
	struct msgrec *msgs;
	size_t nmsgs, capmsgs;
	uint64_t msgs_dropped;
	/* the latest fully dated time seen in phase 1, for the syslog year */
	int64_t latest_dated;
	int year_used;
	const char *year_source; /* "--year", "dated evidence", "file time", "current year" */
	const char *tz_source;   /* "--tz", "our server's Received stamps", or NULL (UTC) */
	int errors;
};

void run_init(struct run *r, struct arena *a, const struct run_options *opt);
/* Add the files under path. -1 if path cannot be read (reported). */
int run_add_path(struct run *r, const char *path, struct diag *d);
/* Identify every file's kind and read them all, in phases. 0, or -1 if nothing was usable. */
int run_ingest(struct run *r, struct diag *d);

/* Internal to ingest/: the year for a yearless log whose first line is in first_month. */
int run_year_for(struct run *r, const struct evidence_file *f, int first_month);
void run_note_time(struct run *r, struct evidence_file *f, int64_t ts);
/* Hand one event to the analyzers that take its kind. */
void run_feed(struct run *r, const struct event *ev);
/* Remember a fully dated time (it anchors the year of yearless logs). */
void run_note_dated(struct run *r, int64_t ts);

#endif
