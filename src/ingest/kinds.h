/*
 * kinds.h - the table of evidence kinds. A kind is one row: its name, how to
 * recognise it from the first bytes of a file, which phase reads it, and the
 * function that reads it into the run. Adding a format is one decoder file
 * plus one row here.
 */
#ifndef RETRACE_INGEST_KINDS_H
#define RETRACE_INGEST_KINDS_H

#include "base/diag.h"
#include "base/str.h"
#include "evidence/evfile.h"
#include "ingest/stream.h"

struct run;

enum kind_phase {
	PHASE_CONTEXT = 0,  /* assets, policies, patterns: read first, they frame the rest */
	PHASE_MESSAGES = 1, /* messages: dated, and their own-server stamps give our zone */
	PHASE_DATED = 2,    /* other fully dated evidence (IPS exports) */
	PHASE_LOGS = 3,     /* yearless logs, read once the year and zone are known */
};

struct kind {
	const char *name;
	const char *summary;
	enum kind_phase phase;
	/* Confidence 0-100 that head (the first bytes, decompressed) is this kind. */
	int (*sniff)(struct str head);
	/* Read the whole file into the run; per-record problems are counted in f. */
	int (*read)(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d);
	/* Or, for yearless line logs (PHASE_LOGS): read as a stream merged in time order. */
	const struct stream_ops *stream;
};

extern const struct kind *const kinds[];
extern const size_t nkinds;

const struct kind *kind_by_name(const char *name);
/*
 * The best kind for head, or NULL; *why explains the choice or the refusal
 * (a static string).
 */
const struct kind *kind_sniff(struct str head, const char **why);

/* Readers (ingest/read_*.c). */
extern const struct stream_ops syslog_stream_ops;
extern const struct stream_ops snort_fast_stream_ops;
extern const struct stream_ops exim_stream_ops;
int read_message(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d);
int read_mbox(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d);
int read_assets(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d);
int read_firewall(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d);
int read_spam(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d);
int read_ips_csv(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d);
int read_eve(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d);

int sniff_syslog(struct str head);
int sniff_message(struct str head);
int sniff_mbox(struct str head);

#endif
