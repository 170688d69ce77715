/*
 * mailtest.h - helpers shared by the mail tests: read a file whole, find the
 * shared conformance data and walk its JSON lines, split golden files into
 * their "--- name" sections and run a check over a folder of them, and the
 * cmocka group setup every mail test uses.
 */
#ifndef RETRACE_TESTS_MAILTEST_H
#define RETRACE_TESTS_MAILTEST_H

#include <stdbool.h>
#include <stddef.h>

#include <json-c/json.h>

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

/* RETRACE_VERBOSE is set: the conformance tests list every disagreement. */
bool mailtest_verbose(void);

enum { MAILTEST_ABSENT = 1 };
/*
 * Read $RETRACE_SOURCE_ROOT/../shared/conformance/<rel> whole into the arena:
 * 0, or -1 when the file is there but cannot be read. MAILTEST_ABSENT when
 * the file or the variable is absent: the caller skips its test (nothing is
 * allocated then).
 */
int mailtest_shared(struct arena *a, const char *rel, struct str *out);
/*
 * The next non-blank line of *lines (cut off it) parsed as JSON into *out,
 * which the caller puts; *out is NULL when the line is not JSON (the caller
 * asserts). False when no line is left.
 */
bool mailtest_jsonl_next(struct arena *a, struct str *lines, json_object **out);

/* What a check gives for one golden file: false when it differs. */
typedef bool mailtest_check_fn(struct arena *a, const char *path);
struct mailtest_golden {
	size_t files, failed;
};
/*
 * Run check on every file of $RETRACE_SOURCE_ROOT/<rel> ending in suffix, in
 * name order, with one arena for all of them (freed at the end). No files
 * (files == 0) when the folder is absent; the caller asserts the count.
 */
struct mailtest_golden mailtest_golden_run(const char *rel, const char *suffix,
					   mailtest_check_fn *check);

/* cmocka group setup and teardown: message_init and message_shutdown. */
int mailtest_setup(void **state);
int mailtest_teardown(void **state);

#endif
