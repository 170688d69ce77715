/*
 * report.h - printing a case: text (default; colour on a terminal unless
 * NO_COLOR), Markdown, HTML and JSON. Reports know the case and the evidence
 * file table, nothing of how the evidence was parsed. Every string that came
 * from evidence is escaped for the output it goes to (report/esc.h).
 */
#ifndef RETRACE_REPORT_REPORT_H
#define RETRACE_REPORT_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "case/case.h"
#include "evidence/evfile.h"

struct report_input {
	const struct case_file *c;
	const struct evidence_file *files;
	size_t nfiles;
	const char *title; /* e.g. the paths investigated */
};

enum report_format { REPORT_TEXT, REPORT_MARKDOWN, REPORT_HTML, REPORT_JSON };

/* Parse "text", "md"/"markdown", "html", "json". 0 or -1. */
int report_format_parse(const char *s, enum report_format *out);
/* Write the report; 0, or -1 when writing failed (errno set). */
int report_write(FILE *f, enum report_format fmt, const struct report_input *in, bool color);

int report_text(FILE *f, const struct report_input *in, bool color);
int report_markdown(FILE *f, const struct report_input *in);
int report_html(FILE *f, const struct report_input *in);
int report_json(FILE *f, const struct report_input *in);

/* "maillog:123" style citation of r into buf (file name relative as given). */
const char *report_cite(const struct report_input *in, struct evref r, char *buf, size_t n);

#endif
