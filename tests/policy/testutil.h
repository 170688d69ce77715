/*
 * testutil.h - small helpers shared by the policy tests: reading a data file
 * into memory (tests/support/slurp.h, found under tests/policy/data) and
 * collecting diagnostics. Header-only (static functions), so
 * each test program stays one file plus this.
 */
#ifndef RETRACE_TESTS_POLICY_TESTUTIL_H
#define RETRACE_TESTS_POLICY_TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/str.h"

#include "../support/slurp.h"

/* Read path, NUL-terminated (relative to tests/policy/data under $RETRACE_SOURCE_ROOT when not
 * absolute). */
static inline char *tu_read(const char *path, size_t *n)
{
	char full[8192];
	const char *root = getenv("RETRACE_SOURCE_ROOT");
	if (path[0] != '/') {
		snprintf(full, sizeof(full), "%.4000s/tests/policy/data/%.4000s", root ? root : ".",
			 path);
		path = full;
	}
	return test_slurp(path, n);
}

/* A sink that keeps every message as "file:line: msg\n" in a fixed buffer. */
struct tu_sink {
	struct diag_sink base;
	char text[8192];
	size_t n;
	int count;
};

static inline void tu_emit(struct diag_sink *self, enum diag_level level, const char *file,
			   long line, int col, const char *msg)
{
	struct tu_sink *s = (struct tu_sink *)self;
	(void)level;
	(void)col;
	if (s->n < sizeof(s->text)) {
		int w = snprintf(s->text + s->n, sizeof(s->text) - s->n, "%s:%ld: %s\n",
				 file ? file : "-", line, msg);
		if (w > 0)
			s->n += (size_t)w;
		if (s->n >= sizeof(s->text))
			s->n = sizeof(s->text) - 1;
	}
	s->count++;
}

static inline void tu_sink_init(struct tu_sink *s)
{
	memset(s, 0, sizeof(*s));
	s->base.emit = tu_emit;
}

#endif
