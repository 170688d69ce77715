/*
 * slurp.h - reading a whole file into memory, for the test drivers and the
 * fuzz replayer (fuzz/replay.c). Header-only (one static inline function), so
 * a program that wants only this links nothing more.
 */
#ifndef RETRACE_TESTS_SUPPORT_SLURP_H
#define RETRACE_TESTS_SUPPORT_SLURP_H

#include <stdio.h>
#include <stdlib.h>

/*
 * The whole file at path in a malloc'd buffer, NUL-terminated (the NUL is not
 * counted in *n, so binary files come back whole too). NULL when the file
 * cannot be opened or memory runs out; *n is then 0.
 */
static inline char *test_slurp(const char *path, size_t *n)
{
	*n = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, len = 0, got;
	char *buf = malloc(cap);
	while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap) {
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap *= 2;
		}
	}
	fclose(f);
	if (!buf)
		return NULL;
	buf[len] = '\0'; /* len < cap always: the loop grows when full */
	*n = len;
	return buf;
}

#endif
