/*
 * golden.c - runs the golden decode tests: each tests/decode/PART/NAME.t file
 * holds log lines and the events (and, optionally, the mail transactions)
 * they must give, so a regression test is a new file:
 *
 *   # what the file covers
 *   --- options            (optional) year=2024 tz=540 msg=1 exim=1
 *                          (syslog clock year and UTC offset in minutes; msg=1 also
 *                          prints the message syslog_parse found; exim=1 reads the
 *                          input as a raw exim main log, tz being its default zone)
 *   --- input
 *   Mar 14 00:00:09 mail sendmail[12345]: k2E0...: from=<KIM@mail.test.com>, size=176, ...
 *   --- events
 *   1 kind=mail.accepted svc=smtp ts=... qid=... from=KIM@mail.test.com size=176 ...
 *   3 error: input:3: expected 'Mmm dd hh:mm:ss' timestamp
 *   --- txns               (optional) transactions assembled from those events
 *   txn end=complete qid=... auth_user=KIM ...
 *     rcpt status=sent addr=ct@xx1.com ...
 *
 * Each event line starts with the input line's number (blank input lines are
 * skipped but counted). Arguments: folders or .t files. With
 * RETRACE_UPDATE_GOLDEN=1 the files' expected sections are rewritten from what
 * the decoders produce now (review the diff before keeping it).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/time.h"
#include "decode/decode.h"
#include "decode/exim.h"
#include "evfmt.h"
#include "mail/txn.h"

enum { FILE_MAX = 1 << 20 };

struct golden {
	char *text;      /* the whole file */
	struct str head; /* everything up to "--- events" (kept on update) */
	struct str options, input, events, txns;
	bool has_txns;
};

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = malloc(FILE_MAX + 1);
	*n = buf ? fread(buf, 1, FILE_MAX, f) : 0;
	fclose(f);
	if (buf)
		buf[*n] = '\0';
	return buf;
}

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

static void txn_print(void *ctx, const struct txn *t)
{
	evfmt_txn(ctx, t);
}

/* Run the input; the event lines and txn lines go to two memory streams. */
static void golden_run(const struct golden *g, char **ev_out, char **txn_out)
{
	size_t evn, txnn;
	FILE *evf = open_memstream(ev_out, &evn), *txf = open_memstream(txn_out, &txnn);
	struct syslog_clock clk;
	int year = 2024, tz = 0;
	bool show_msg = false, exim = false;
	struct str opt = g->options;
	while (opt.n) {
		struct str tok = str_trim(str_cut(&opt, ' '));
		uint64_t v;
		if (str_starts(tok, STR("year=")) && str_to_u64(str_skip(tok, 5), 9999, &v) == 0)
			year = (int)v;
		else if (str_eq(tok, STR("msg=1")))
			show_msg = true;
		else if (str_eq(tok, STR("exim=1")))
			exim = true;
		else if (str_starts(tok, STR("tz=-")) && str_to_u64(str_skip(tok, 4), 900, &v) == 0)
			tz = -(int)v;
		else if (str_starts(tok, STR("tz=")) && str_to_u64(str_skip(tok, 3), 900, &v) == 0)
			tz = (int)v;
	}
	syslog_clock_init(&clk, year, tz);
	struct txn_table *tt = txn_new(0, txn_print, txf);
	struct str in = g->input;
	for (long no = 1; in.n; no++) {
		struct str line = str_cut(&in, '\n');
		if (str_trim(line).n == 0)
			continue;
		struct event ev;
		struct diag d = {.file = "input", .line = no};
		int rc = exim ? exim_mainlog_line(line, tz, &ev, &d)
			      : decode_syslog_line(line, &clk, &ev, &d);
		if (rc == -1) {
			char where[128];
			diag_where(&d, where, sizeof(where));
			fprintf(evf, "%ld error: %s%s\n", no, where, d.msg);
			continue;
		}
		ev.line = (uint64_t)no;
		fprintf(evf, "%ld ", no);
		evfmt_event(evf, &ev);
		struct syslog_line sl;
		struct diag d2 = {0};
		if (show_msg && syslog_parse(line, &sl, &d2) == 0)
			fprintf(evf, " | msg=\"%.*s\"", STR_FMT(sl.msg));
		fputc('\n', evf);
		txn_feed(tt, &ev);
	}
	txn_flush(tt);
	txn_free(tt);
	fclose(evf);
	fclose(txf);
}

/* Compare line by line; print the differences. */
static bool same(const char *path, const char *what, struct str want, const char *got)
{
	struct str w = want, g = str_from_c(got);
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

static int golden_file(const char *path, bool update)
{
	struct golden g = {0};
	size_t n;
	char *ev_out = NULL, *txn_out = NULL;
	int rc = -1;

	g.text = slurp(path, &n);
	if (!g.text || golden_split(&g, n) == -1) {
		printf("FAIL %s: cannot read, or no '--- input'/'--- events' section\n", path);
		free(g.text);
		return -1;
	}
	golden_run(&g, &ev_out, &txn_out);
	if (update) {
		FILE *f = fopen(path, "wb");
		if (f) {
			fprintf(f, "%.*s--- events\n%s", STR_FMT(g.head), ev_out);
			if (g.has_txns)
				fprintf(f, "--- txns\n%s", txn_out);
			fclose(f);
			rc = 0;
		}
	} else if (same(path, "events", g.events, ev_out) &&
		   (!g.has_txns || same(path, "txns", g.txns, txn_out))) {
		rc = 0;
	}
	free(ev_out);
	free(txn_out);
	free(g.text);
	return rc;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	bool update = getenv("RETRACE_UPDATE_GOLDEN") && *getenv("RETRACE_UPDATE_GOLDEN") == '1';
	int passed = 0, failed = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		char *names[1024];
		size_t nn = 0;
		if (stat(argv[i], &st) == -1) {
			perror(argv[i]);
			return 1;
		}
		if (!S_ISDIR(st.st_mode)) {
			names[nn++] = strdup(argv[i]);
		} else {
			DIR *dir = opendir(argv[i]);
			struct dirent *e;
			while (dir && (e = readdir(dir)) && nn < 1024) {
				size_t l = strlen(e->d_name);
				if (l < 3 || strcmp(e->d_name + l - 2, ".t") != 0)
					continue;
				char path[4096];
				snprintf(path, sizeof(path), "%s/%s", argv[i], e->d_name);
				names[nn++] = strdup(path);
			}
			if (dir)
				closedir(dir);
			qsort(names, nn, sizeof(names[0]), by_name);
		}
		for (size_t k = 0; k < nn; k++) {
			if (golden_file(names[k], update) == 0) {
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
