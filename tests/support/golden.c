/*
 * golden.c - the shared half of the golden-file drivers (see golden.h):
 * reading and splitting .t files, walking folders, comparing or rewriting the
 * expected sections. The drivers (tests/decode/golden.c, tests/ids/golden.c)
 * keep only how they decode their input and format their events.
 */
#include "golden.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "slurp.h"

enum { NAMES_MAX = 1024 };

/* Split the file into its sections; -1 if "--- input" or "--- events" is missing. */
static int golden_split(struct golden *g, size_t n)
{
	struct str s = {g->text, n};
	struct str *cur = NULL;
	bool has_input = false, has_events = false;
	g->head = s;
	while (s.n) {
		const char *line_start = s.p;
		struct str line = str_cut(&s, '\n');
		struct str *next = NULL;
		struct str mark = str_trim(line);
		if (str_eq(mark, STR("--- options"))) {
			next = &g->options;
		} else if (str_eq(mark, STR("--- input"))) {
			next = &g->input;
			has_input = true;
		} else if (str_eq(mark, STR("--- events"))) {
			next = &g->events;
			has_events = true;
			g->head.n = (size_t)(line_start - g->text);
		} else if (str_eq(mark, STR("--- txns"))) {
			next = &g->txns;
			g->has_txns = true;
		}
		if (next) {
			cur = next;
			*cur = (struct str){s.p, 0};
			continue;
		}
		if (cur)
			cur->n = (size_t)(s.p - cur->p);
	}
	return has_input && has_events ? 0 : -1;
}

/* Takes tok when it is a clock option and sets *year or *tz. */
static bool clock_opt(struct str tok, int *year, int *tz)
{
	uint64_t v;
	if (str_starts(tok, STR("year=")) && str_to_u64(str_skip(tok, 5), 9999, &v) == 0)
		*year = (int)v;
	else if (str_starts(tok, STR("tz=-")) && str_to_u64(str_skip(tok, 4), 900, &v) == 0)
		*tz = -(int)v;
	else if (str_starts(tok, STR("tz=")) && str_to_u64(str_skip(tok, 3), 900, &v) == 0)
		*tz = (int)v;
	else
		return false;
	return true;
}

bool golden_next_opt(struct str *opts, struct str *tok, int *year, int *tz)
{
	while (opts->n) {
		*tok = str_trim(str_cut(opts, ' '));
		if (tok->n && !clock_opt(*tok, year, tz))
			return true;
	}
	return false;
}

bool golden_next_line(struct str *in, struct str *line, long *no)
{
	while (in->n) {
		*line = str_cut(in, '\n');
		++*no;
		if (str_trim(*line).n)
			return true;
	}
	return false;
}

void golden_put_error(FILE *f, long no, const struct diag *d)
{
	char where[128];
	diag_where(d, where, sizeof(where));
	fprintf(f, "%ld error: %s%s\n", no, where, d->msg);
}

/* Compare line by line (blanks at the ends ignored); print the differences. */
static bool same(const char *path, const char *what, struct str want, const char *got)
{
	struct str w = want, g = str_from_c(got ? got : "");
	bool ok = true;
	for (int no = 1; w.n || g.n; no++) {
		struct str a = str_cut(&w, '\n'), b = str_cut(&g, '\n');
		if (!str_eq(str_trim(a), str_trim(b))) {
			if (ok)
				printf("FAIL %s (%s)\n", path, what);
			printf("  line %d\n    want: %.*s\n    got:  %.*s\n", no, STR_FMT(a),
			       STR_FMT(b));
			ok = false;
		}
	}
	return ok;
}

/* Rewrite path: the head as it was, then the sections as the driver gives them now. */
static int golden_write(const char *path, const struct golden *g, const struct golden_out *out)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	fprintf(f, "%.*s--- events\n%s", STR_FMT(g->head), out->events ? out->events : "");
	if (g->has_txns)
		fprintf(f, "--- txns\n%s", out->txns ? out->txns : "");
	return fclose(f) == 0 ? 0 : -1;
}

static int golden_file(const char *path, bool update, golden_run_fn *run)
{
	struct golden g = {0};
	struct golden_out out = {0};
	size_t n;
	int rc = -1;

	g.text = test_slurp(path, &n);
	if (!g.text || golden_split(&g, n) == -1) {
		printf("FAIL %s: cannot read, or no '--- input'/'--- events' section\n", path);
		free(g.text);
		return -1;
	}
	run(&g, &out);
	if (update)
		rc = golden_write(path, &g, &out);
	else if (same(path, "events", g.events, out.events) &&
		 (!g.has_txns || same(path, "txns", g.txns, out.txns)))
		rc = 0;
	free(out.events);
	free(out.txns);
	free(g.text);
	return rc;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .t files arg names (itself, or those in the folder, sorted); malloc'd. -1 if absent. */
static int golden_names(const char *arg, char **names, size_t *nn)
{
	struct stat st;
	*nn = 0;
	if (stat(arg, &st) == -1) {
		perror(arg);
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		names[(*nn)++] = strdup(arg);
		return 0;
	}
	DIR *dir = opendir(arg);
	struct dirent *e;
	while (dir && (e = readdir(dir)) && *nn < NAMES_MAX) {
		size_t l = strlen(e->d_name);
		if (l < 3 || strcmp(e->d_name + l - 2, ".t") != 0)
			continue;
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", arg, e->d_name);
		names[(*nn)++] = strdup(path);
	}
	if (dir)
		closedir(dir);
	qsort(names, *nn, sizeof(names[0]), by_name);
	return 0;
}

int golden_main(int argc, char **argv, golden_run_fn *run)
{
	const char *env = getenv("RETRACE_UPDATE_GOLDEN");
	bool update = env && *env == '1';
	int passed = 0, failed = 0;
	for (int i = 1; i < argc; i++) {
		char *names[NAMES_MAX];
		size_t nn;
		if (golden_names(argv[i], names, &nn) == -1)
			return 1;
		for (size_t k = 0; k < nn; k++) {
			if (names[k] && golden_file(names[k], update, run) == 0) {
				passed++;
				printf("ok   %s\n", names[k]);
			} else {
				failed++;
			}
			free(names[k]);
		}
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed || passed == 0 ? 1 : 0;
}
