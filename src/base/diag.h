/*
 * diag.h - diagnostics that know where they are (file:line:col).
 *
 * Every fallible function returns 0 or -1 and describes the failure through a
 * struct diag. The caller sets file and line as it walks the input; the callee
 * formats the message. A diag may carry a sink, which receives every message as
 * it is raised, so a run reports every error rather than only the first; without
 * a sink only the last message is kept in msg.
 */
#ifndef RETRACE_BASE_DIAG_H
#define RETRACE_BASE_DIAG_H

enum diag_level { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE };

struct diag_sink {
	void (*emit)(struct diag_sink *self, enum diag_level level, const char *file, long line,
		     int col, const char *msg);
};

struct diag {
	const char *file; /* the input being read, or NULL */
	long line;        /* 1-based; 0: not line-oriented */
	int col;          /* 1-based; 0: unknown */
	int nerr, nwarn;
	char msg[256];          /* the last message, NUL-terminated */
	struct diag_sink *sink; /* optional */
};

void diag_errorf(struct diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_warnf(struct diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_notef(struct diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/*
 * d ready for the next record at line: no errors, warnings or message, the
 * file and sink kept. Cheaper than a fresh struct diag (which clears msg[]),
 * for readers that reuse one per line.
 */
static inline void diag_restart(struct diag *d, long line)
{
	d->line = line;
	d->col = d->nerr = d->nwarn = 0;
	d->msg[0] = '\0';
}

/* "file:line:col: " prefix of d, written into buf (always NUL-terminated). */
void diag_where(const struct diag *d, char *buf, unsigned size);

#endif
