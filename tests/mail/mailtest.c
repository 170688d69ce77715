/*
 * mailtest.c - file and golden-section helpers for the mail tests (see
 * mailtest.h). Test code: plain stdio, failures are reported by the caller.
 */
#include "mailtest.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int mailtest_read(struct arena *a, const char *path, struct str *out)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	if (fseek(f, 0, SEEK_END) != 0) {
		fclose(f);
		return -1;
	}
	long size = ftell(f);
	rewind(f);
	if (size < 0) {
		fclose(f);
		return -1;
	}
	char *p = arena_alloc(a, 1, 1, size + 1);
	size_t got = fread(p, 1, (size_t)size, f);
	fclose(f);
	p[got] = '\0';
	*out = (struct str){p, got};
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
