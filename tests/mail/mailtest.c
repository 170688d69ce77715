/*
 * mailtest.c - file, data and golden-file helpers for the mail tests (see
 * mailtest.h). Test code: plain stdio, failures are reported by the caller.
 */
#include "mailtest.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "mail/message.h"
#include "slurp.h"

int mailtest_read(struct arena *a, const char *path, struct str *out)
{
	size_t n;
	char *buf = test_slurp(path, &n);
	if (!buf)
		return -1;
	*out = arena_strdup(a, (struct str){buf, n});
	free(buf);
	return 0;
}

bool mailtest_path(char *buf, size_t size, const char *rel)
{
	const char *root = getenv("RETRACE_SOURCE_ROOT");
	struct stat st;
	if (!root)
		return false;
	int n = snprintf(buf, size, "%s/%s", root, rel);
	return n > 0 && (size_t)n < size && stat(buf, &st) == 0;
}

struct str mailtest_section(struct str file, const char *name)
{
	char marker[128];
	snprintf(marker, sizeof(marker), "--- %s\n", name);
	struct str m = str_from_c(marker);
	size_t i = 0;
	while (i < file.n) {
		struct str line = str_skip(file, i);
		if (str_starts(line, m)) {
			size_t beg = i + m.n, end = beg;
			while (end < file.n) {
				struct str rest = str_skip(file, end);
				if (str_starts(rest, STR("--- ")))
					break;
				ptrdiff_t nl = str_chr(rest, '\n');
				end = nl < 0 ? file.n : end + (size_t)nl + 1;
			}
			return str_sub(file, beg, end);
		}
		ptrdiff_t nl = str_chr(line, '\n');
		if (nl < 0)
			break;
		i += (size_t)nl + 1;
	}
	return STR_NULL;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t mailtest_list(struct arena *a, const char *dir, const char *suffix, char ***out)
{
	DIR *d = opendir(dir);
	size_t n = 0, cap = 0;
	char **v = NULL;
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (e->d_name[0] == '.' || !str_ends(str_from_c(e->d_name), str_from_c(suffix)))
			continue;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			v = arena_grow(a, v, (ptrdiff_t)sizeof(char *), _Alignof(char *),
				       (ptrdiff_t)cap, (ptrdiff_t)ncap);
			cap = ncap;
		}
		v[n++] = (char *)arena_printf(a, "%s/%s", dir, e->d_name).p;
	}
	if (d)
		closedir(d);
	if (n)
		qsort(v, n, sizeof(char *), cmp_names);
	*out = v;
	return n;
}

double mailtest_pct(size_t num, size_t den)
{
	return den ? 100.0 * (double)num / (double)den : 0.0;
}

bool mailtest_verbose(void)
{
	return getenv("RETRACE_VERBOSE") != NULL;
}

int mailtest_shared(struct arena *a, const char *rel, struct str *out)
{
	char sub[1024], path[4096];
	snprintf(sub, sizeof(sub), "../shared/conformance/%s", rel);
	if (!mailtest_path(path, sizeof(path), sub))
		return MAILTEST_ABSENT; /* nothing allocated: the caller may skip() */
	return mailtest_read(a, path, out);
}

bool mailtest_jsonl_next(struct arena *a, struct str *lines, json_object **out)
{
	while (lines->n) {
		struct str line = str_cut(lines, '\n');
		if (str_trim(line).n == 0)
			continue;
		*out = json_tokener_parse(arena_cstr(a, line));
		return true;
	}
	return false;
}

struct mailtest_golden mailtest_golden_run(const char *rel, const char *suffix,
					   mailtest_check_fn *check)
{
	struct mailtest_golden g = {0};
	char dir[4096];
	if (!mailtest_path(dir, sizeof(dir), rel))
		return g;
	struct arena a = {0};
	char **files;
	g.files = mailtest_list(&a, dir, suffix, &files);
	for (size_t i = 0; i < g.files; i++)
		g.failed += !check(&a, files[i]);
	arena_free(&a);
	return g;
}

int mailtest_setup(void **state)
{
	(void)state;
	message_init();
	return 0;
}

int mailtest_teardown(void **state)
{
	(void)state;
	message_shutdown();
	return 0;
}
