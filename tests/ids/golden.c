/*
 * golden.c - golden tests of the IDS/IPS alert decoders. Each
 * tests/ids/golden/NAME.t holds input lines and the events they must give,
 * so a regression test is a new file:
 *
 *   # what the file covers
 *   --- options            format=fast|eve|syslog [year=2024] [tz=540]
 *   --- input
 *   10/20-20:43:32.334621  [**] [1:10000001:0] /etc/passwd test ...
 *   --- events
 *   1 kind=ips.alert svc=other ts=2024-10-20T20:43:32+00:00 ... rule_id=1:10000001:0
 *   2 error: input:2:1: expected a time 'MM/DD[/YYYY]-hh:mm:ss.uuuuuu' ...
 *
 * format=fast runs snort_fast_line_clock (one clock for the file, so the
 * year rolls over), eve runs eve_line on one reader, syslog runs
 * decode_syslog_line (the registry row for snort/suricata). Each event line
 * starts with the input line's number (blank lines are skipped but counted).
 * Arguments: folders or .t files. With RETRACE_UPDATE_GOLDEN=1 the expected
 * sections are rewritten from what the decoders give now (review the diff).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/time.h"
#include "decode/decode.h"
#include "decode/snort_fast.h"
#include "decode/suricata_eve.h"

enum { FILE_MAX = 1 << 20, NAMES_MAX = 1024 };

enum format { FMT_FAST, FMT_EVE, FMT_SYSLOG };

struct golden {
	char *text;      /* the whole file */
	struct str head; /* everything before "--- events" (kept on update) */
	struct str options, input, events;
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

static void put_val(FILE *f, const char *key, struct str s)
{
	bool plain = s.n > 0;
	if (s.n == 0)
		return;
	for (size_t i = 0; i < s.n && plain; i++) {
		unsigned char c = (unsigned char)s.p[i];
		plain = c > ' ' && c < 0x7f && c != '"' && c != '\\';
	}
	fprintf(f, " %s=", key);
	if (plain) {
		fprintf(f, "%.*s", STR_FMT(s));
		return;
	}
	fputc('"', f);
	for (size_t i = 0; i < s.n; i++) {
		unsigned char c = (unsigned char)s.p[i];
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < ' ' || c >= 0x7f)
			fprintf(f, "\\x%02x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

/* One line with the fields the IDS decoders set, only those that are set. */
static void put_event(FILE *f, const struct event *ev)
{
	char buf[IP_TEXT_MAX > 32 ? IP_TEXT_MAX : 32];
	fprintf(f, "kind=%s", event_kind_name(ev->kind));
	if (ev->service != SVC_UNKNOWN)
		fprintf(f, " svc=%s", service_name(ev->service));
	if (ev->ts != TIME_UNKNOWN)
		fprintf(f, " ts=%s", time_format_iso(ev->ts, ev->tz_offset_min, buf));
	put_val(f, "host", ev->host);
	put_val(f, "prog", ev->program);
	if (ev->pid)
		fprintf(f, " pid=%u", ev->pid);
	if (ev->has_src_ip)
		fprintf(f, " src_ip=%s", ip_format(&ev->src_ip, buf));
	if (ev->src_port)
		fprintf(f, " src_port=%u", ev->src_port);
	if (ev->has_dst_ip)
		fprintf(f, " dst_ip=%s", ip_format(&ev->dst_ip, buf));
	if (ev->dst_port)
		fprintf(f, " dst_port=%u", ev->dst_port);
	put_val(f, "proto", ev->proto);
	put_val(f, "rule", ev->rule_name);
	put_val(f, "rule_id", ev->rule_id);
	if (ev->blocked)
		fprintf(f, " blocked");
	if (ev->count != 1)
		fprintf(f, " count=%u", ev->count);
	put_val(f, "pri", ev->pri);
	put_val(f, "reason", ev->reason);
}

static void golden_run(const struct golden *g, char **out)
{
	size_t n;
	FILE *f = open_memstream(out, &n);
	enum format fmt = FMT_FAST;
	int year = 2024, tz = 0;
	struct str opt = g->options;
	while (opt.n) {
		struct str tok = str_trim(str_cut(&opt, ' '));
		uint64_t v;
		if (str_eq(tok, STR("format=eve")))
			fmt = FMT_EVE;
		else if (str_eq(tok, STR("format=syslog")))
			fmt = FMT_SYSLOG;
		else if (str_starts(tok, STR("year=")) &&
			 str_to_u64(str_skip(tok, 5), 9999, &v) == 0)
			year = (int)v;
		else if (str_starts(tok, STR("tz=-")) && str_to_u64(str_skip(tok, 4), 900, &v) == 0)
			tz = -(int)v;
		else if (str_starts(tok, STR("tz=")) && str_to_u64(str_skip(tok, 3), 900, &v) == 0)
			tz = (int)v;
	}
	struct syslog_clock clk;
	syslog_clock_init(&clk, year, tz);
	struct eve_reader *er = malloc(sizeof(*er));
	eve_reader_init(er, tz);
	struct str in = g->input;
	for (long no = 1; in.n; no++) {
		struct str line = str_cut(&in, '\n');
		if (str_trim(line).n == 0)
			continue;
		struct event ev;
		struct diag d = {.file = "input", .line = no};
		int rc = fmt == FMT_FAST  ? snort_fast_line_clock(line, &clk, &ev, &d)
			 : fmt == FMT_EVE ? eve_line(er, line, &ev, &d)
					  : decode_syslog_line(line, &clk, &ev, &d);
		if (rc == -1) {
			char where[128];
			diag_where(&d, where, sizeof(where));
			fprintf(f, "%ld error: %s%s\n", no, where, d.msg);
			continue;
		}
		fprintf(f, "%ld ", no);
		put_event(f, &ev);
		fputc('\n', f);
	}
	free(er);
	fclose(f);
}

static bool same(const char *path, struct str want, const char *got)
{
	struct str w = want, g = str_from_c(got);
	bool ok = true;
	for (int no = 1; w.n || g.n; no++) {
		struct str a = str_cut(&w, '\n'), b = str_cut(&g, '\n');
		if (!str_eq(str_trim(a), str_trim(b))) {
			if (ok)
				printf("FAIL %s\n", path);
			printf("  event line %d\n    want: %.*s\n    got:  %.*s\n", no, STR_FMT(a),
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
	char *out = NULL;
	int rc = -1;

	g.text = slurp(path, &n);
	if (!g.text || golden_split(&g, n) == -1) {
		printf("FAIL %s: cannot read, or no '--- input'/'--- events' section\n", path);
		free(g.text);
		return -1;
	}
	golden_run(&g, &out);
	if (update) {
		FILE *f = fopen(path, "wb");
		if (f) {
			fprintf(f, "%.*s--- events\n%s", STR_FMT(g.head), out);
			fclose(f);
			rc = 0;
		}
	} else if (same(path, g.events, out)) {
		rc = 0;
	}
	free(out);
	free(g.text);
	return rc;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	const char *env = getenv("RETRACE_UPDATE_GOLDEN");
	bool update = env && *env == '1';
	int passed = 0, failed = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		char *names[NAMES_MAX];
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
			while (dir && (e = readdir(dir)) && nn < NAMES_MAX) {
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
