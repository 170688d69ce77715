/*
 * same_output.c - the report must not depend on how the work was split:
 * runs `retrace investigate -q -f json OPTS... DIR` once per option set and
 * compares the outputs byte for byte.
 *
 * usage: same_output RETRACE DIR "OPTS1" "OPTS2" ...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *run(const char *retrace, const char *opts, const char *dir, size_t *len)
{
	char cmd[8192];
	snprintf(cmd, sizeof(cmd), "'%s' investigate -q -f json %s '%s'", retrace, opts, dir);
	FILE *p = popen(cmd, "r");
	if (!p)
		return NULL;
	size_t cap = 1 << 16, n = 0, r;
	char *buf = malloc(cap);
	while (buf && (r = fread(buf + n, 1, cap - n, p)) > 0) {
		n += r;
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap);
		}
	}
	pclose(p);
	*len = n;
	return buf;
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: same_output RETRACE DIR OPTS1 OPTS2 ...\n");
		return 2;
	}
	size_t n0;
	char *first = run(argv[1], argv[3], argv[2], &n0);
	if (!first || n0 == 0) {
		fprintf(stderr, "no output with '%s'\n", argv[3]);
		return 1;
	}
	int rc = 0;
	for (int i = 4; i < argc; i++) {
		size_t n;
		char *out = run(argv[1], argv[i], argv[2], &n);
		if (!out || n != n0 || memcmp(out, first, n)) {
			fprintf(stderr, "output with '%s' differs from output with '%s'\n", argv[i],
				argv[3]);
			rc = 1;
		}
		free(out);
	}
	if (!rc)
		printf("%s: identical output for %d option sets\n", argv[2], argc - 3);
	free(first);
	return rc;
}
