/*
 * mailtest.h - helpers shared by the mail tests: read a file whole, find the
 * shared conformance data, split golden files into their "--- name" sections.
 */
#ifndef RETRACE_TESTS_MAILTEST_H
#define RETRACE_TESTS_MAILTEST_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/str.h"

/* Read path whole into the arena (NUL-terminated); 0 or -1. */
int mailtest_read(struct arena *a, const char *path, struct str *out);
/*
 * Path of $RETRACE_SOURCE_ROOT/<rel> into buf; false when the variable is
 * unset or the file does not exist (the caller then skips).
 */
bool mailtest_path(char *buf, size_t size, const char *rel);
/* The text of section "--- name" of a golden file, up to the next "--- " line. */
struct str mailtest_section(struct str file, const char *name);
/* List the regular files of dir ending in suffix, sorted, into the arena. */
size_t mailtest_list(struct arena *a, const char *dir, const char *suffix, char ***out);
/* Percentage, 0 when den is 0. */
double mailtest_pct(size_t num, size_t den);

#endif
