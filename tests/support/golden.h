/*
 * golden.h - the machinery the golden-file test drivers share. A .t file is
 *
 *   # what the file covers
 *   --- options            (optional) driver-specific "key=value" words
 *   --- input
 *   ...lines the driver decodes...
 *   --- events
 *   ...what it must give, one line each...
 *   --- txns               (optional) a second expected section
 *
 * golden_main walks its arguments (folders of .t files, or .t files), splits
 * each file, lets the driver run the input and compares what it gives with the
 * expected sections; with RETRACE_UPDATE_GOLDEN=1 it rewrites them instead.
 * A driver supplies only golden_run_fn: how it decodes and formats.
 */
#ifndef RETRACE_TESTS_SUPPORT_GOLDEN_H
#define RETRACE_TESTS_SUPPORT_GOLDEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/diag.h"
#include "base/str.h"

/* One .t file, split; the sections point into text. */
struct golden {
	char *text;      /* the whole file */
	struct str head; /* everything before "--- events" (kept on update) */
	struct str options, input, events, txns;
	bool has_txns; /* the file has a "--- txns" section */
};

/*
 * What a driver gives for one file: malloc'd texts (open_memstream) for the
 * events and, when g->has_txns, the txns section; NULL counts as empty.
 */
struct golden_out {
	char *events, *txns;
};

/*
 * The next option word of *opts (g->options) that is not a clock option: the
 * clock options "year=N" and "tz=[-]MIN" (UTC offset in minutes) are taken on
 * the way and set *year and *tz. False when no word is left.
 */
bool golden_next_opt(struct str *opts, struct str *tok, int *year, int *tz);

/* The next non-blank line of *in (g->input); *no counts every line, blank
 * ones too (start it at 0), so it is the line's number. False at the end. */
bool golden_next_line(struct str *in, struct str *line, long *no);

/* The event line for an input line the decoder refused: "NO error: WHERE MSG". */
void golden_put_error(FILE *f, long no, const struct diag *d);

typedef void golden_run_fn(const struct golden *g, struct golden_out *out);

/* Runs every .t file named by argv[1..] (folders in name order) through run;
 * prints "ok"/"FAIL" lines and a summary. Returns main's exit status: 0 only
 * when at least one file ran and none failed. */
int golden_main(int argc, char **argv, golden_run_fn *run);

#endif
