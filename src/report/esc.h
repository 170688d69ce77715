/*
 * esc.h - escaping attacker-controlled text for each output. Every byte that
 * came from evidence passes through one of these before it is printed:
 * terminal control characters and invalid UTF-8 become visible \xNN escapes,
 * HTML and Markdown metacharacters are neutralised, CSV cells that a
 * spreadsheet would run as formulas are prefixed with a quote.
 */
#ifndef RETRACE_REPORT_ESC_H
#define RETRACE_REPORT_ESC_H

#include <stdio.h>

#include "base/str.h"

/* Text for a terminal or plain file: controls (C0, DEL, C1) and bad UTF-8 as \xNN. */
void esc_term(FILE *f, struct str s);
/* HTML text or attribute value: & < > " ' plus esc_term's rules. */
void esc_html(FILE *f, struct str s);
/* Markdown inline text: \ ` * _ [ ] < > | # escaped, plus esc_term's rules. */
void esc_md(FILE *f, struct str s);
/* A CSV cell, always quoted; a leading = + - @ tab or CR gets a ' prefix. */
void esc_csv(FILE *f, struct str s);
/* Length of the valid UTF-8 sequence at s[0] (1-4), or 0 if invalid. */
size_t utf8_seq_len(const unsigned char *s, size_t n);

#endif
