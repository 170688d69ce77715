/*
 * golden.c - data-file tests for the four context/alert CSV loaders.
 *
 * For every NAME.csv / NAME.tsv in the folder given as argv[1], the kind comes
 * from the name's prefix (assets-, fw-, spam-, ips-); the file is loaded and
 * everything observable is printed in a stable text form: the sniff scores,
 * every diagnostic as "level file:line: message", the records read and a
 * summary. The output must equal NAME.expected. Adding a regression test means
 * adding two files. With RETRACE_UPDATE_GOLDEN=1 the expected files are
 * rewritten instead (review the diff before committing).
 */
#include <dirent.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/ip.h"
#include "base/str.h"
#include "base/time.h"
#include "decode/ips_csv.h"
#include "policy/assets.h"
#include "policy/firewall.h"
#include "policy/spamfilter.h"

struct out {
	char *p;
	size_t n, cap;
};

static void outf(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void outf(struct out *o, const char *fmt, ...)
{
	va_list ap;
	for (;;) {
		va_start(ap, fmt);
		int w = vsnprintf(o->p + o->n, o->cap - o->n, fmt, ap);
		va_end(ap);
		if (w >= 0 && (size_t)w < o->cap - o->n) {
			o->n += (size_t)w;
			return;
		}
		o->cap = o->cap * 2 + (w > 0 ? (size_t)w : 0) + 256;
		o->p = realloc(o->p, o->cap);
		if (!o->p)
			abort();
	}
}

struct sink {
	struct diag_sink base;
	struct out *o;
};

static void sink_emit(struct diag_sink *self, enum diag_level level, const char *file, long line,
		      int col, const char *msg)
{
	struct sink *s = (struct sink *)self;
	static const char *const names[] = {"error", "warning", "note"};
	(void)col;
	const char *base = file ? strrchr(file, '/') : NULL;
	base = base ? base + 1 : file ? file : "-";
	if (line > 0)
		outf(s->o, "%s %s:%ld: %s\n", names[level], base, line, msg);
	else
		outf(s->o, "%s %s: %s\n", names[level], base, msg);
}

static char *read_all(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, len = 0, got;
	char *buf = malloc(cap);
	while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap)
			buf = realloc(buf, cap *= 2);
	}
	fclose(f);
	*n = len;
	return buf;
}

static void range_text(const struct ip_range *r, char *buf, size_t size)
{
	char a[IP_TEXT_MAX], b[IP_TEXT_MAX];
	if (ip_range_is_any(r))
		snprintf(buf, size, "any");
	else if (ip_eq(&r->lo, &r->hi))
		snprintf(buf, size, "%s", ip_format(&r->lo, a));
	else
		snprintf(buf, size, "%s-%s", ip_format(&r->lo, a), ip_format(&r->hi, b));
}

static void ports_text(unsigned lo, unsigned hi, char *buf, size_t size)
{
	if (lo == 0 && hi == 65535)
		snprintf(buf, size, "any");
	else if (lo == hi)
		snprintf(buf, size, "%u", lo);
	else
		snprintf(buf, size, "%u-%u", lo, hi);
}

static void dump_assets(struct out *o, struct str buf, const char *file, struct diag *d)
{
	struct arena a = {0};
	struct assets as;
	int rc = assets_load_csv(&as, &a, buf, file, d);
	if (rc == 0) {
		for (size_t i = 0; i < as.n; i++) {
			const struct asset *x = &as.v[i];
			char net[100];
			range_text(&x->net, net, sizeof(net));
			outf(o, "asset line=%ld zone=%.*s name=%.*s ip=%.*s %s=%s role=%s", x->line,
			     STR_FMT(x->zone), STR_FMT(x->name), STR_FMT(x->ip_text),
			     x->is_network ? "network" : "host", net, asset_role_name(x->role));
			for (int r = 0; r < ASSET_ROLE_COUNT; r++)
				if ((x->roles & (1u << r)) && (enum asset_role)r != x->role)
					outf(o, "+%s", asset_role_name((enum asset_role)r));
			outf(o, "%s os=%.*s owner=%.*s notes=%.*s\n",
			     x->role_inferred ? " (inferred)" : "", STR_FMT(x->os),
			     STR_FMT(x->owner), STR_FMT(x->notes));
		}
		for (size_t i = 0; i < as.ninside; i++) {
			char r[100];
			range_text(&as.inside[i], r, sizeof(r));
			outf(o, "inside %s\n", r);
		}
		outf(o, "summary rows=%zu skipped=%zu assets=%zu\n", as.rows, as.skipped, as.n);
	}
	outf(o, "rc %d\n", rc);
	arena_free(&a);
}

static void dump_fw(struct out *o, struct str buf, const char *file, struct diag *d)
{
	struct arena a = {0};
	struct fw_policy p;
	int rc = fw_load_csv(&p, &a, buf, file, d);
	static const char *const fields[] = {"proto", "src", "sport", "dst", "dport"};
	if (rc == 0) {
		for (size_t i = 0; i < p.n; i++) {
			const struct fw_rule *r = &p.v[i];
			outf(o, "rule %.*s line=%ld %s any=", STR_FMT(r->id), r->line,
			     r->action == FW_ALLOW ? "allow" : "deny");
			int k = 0;
			for (int f = 0; f < 5; f++)
				if (r->any & (1u << f))
					outf(o, "%s%s", k++ ? "," : "", fields[f]);
			outf(o, "%s comment=%.*s\n", k ? "" : "-", STR_FMT(r->comment));
			for (size_t j = 0; j < r->nbox; j++) {
				const struct space_box *b = &r->box[j];
				char pr[8], s[100], dd[100], sp[16], dp[16];
				fw_proto_name(b->proto_lo, b->proto_hi, pr);
				range_text(&b->src, s, sizeof(s));
				range_text(&b->dst, dd, sizeof(dd));
				ports_text(b->sport_lo, b->sport_hi, sp, sizeof(sp));
				ports_text(b->dport_lo, b->dport_hi, dp, sizeof(dp));
				outf(o, "  %s %s:%s -> %s:%s\n", pr, s, sp, dd, dp);
			}
		}
		outf(o, "summary rows=%zu skipped=%zu rules=%zu\n", p.rows, p.skipped, p.n);
	}
	outf(o, "rc %d\n", rc);
	arena_free(&a);
}

static void dump_spam(struct out *o, struct str buf, const char *file, struct diag *d)
{
	struct arena a = {0};
	struct spam_patterns sp;
	int rc = spamfilter_load_csv(&sp, &a, buf, file, d);
	if (rc == 0) {
		for (size_t i = 0; i < sp.n; i++) {
			const struct spam_pattern *p = &sp.v[i];
			char r[100] = "*";
			if (p->has_ip)
				range_text(&p->ip, r, sizeof(r));
			outf(o, "pattern line=%ld ip=%s sender=%.*s subject=%.*s\n", p->line, r,
			     STR_FMT(p->sender), STR_FMT(p->subject));
		}
		outf(o, "summary rows=%zu skipped=%zu patterns=%zu\n", sp.rows, sp.skipped, sp.n);
	}
	outf(o, "rc %d\n", rc);
	arena_free(&a);
}

static void dump_ips(struct out *o, struct str buf, const char *file, struct diag *d)
{
	struct ips_csv *r = malloc(sizeof(*r));
	struct event ev;
	int rc = ips_csv_open(r, buf, file, d), got;
	size_t n = 0;
	if (rc == 0) {
		while ((got = ips_csv_next(r, &ev, d)) != 0) {
			if (got == -1)
				continue;
			char s[IP_TEXT_MAX], t[IP_TEXT_MAX], ts[32] = "unknown";
			if (ev.ts != TIME_UNKNOWN)
				time_format_iso(ev.ts, ev.tz_offset_min, ts);
			outf(o,
			     "event line=%llu offset=%llu ts=%s src=%s:%u dst=%s:%u count=%u "
			     "blocked=%d service=%s proto=%.*s rule=%.*s\n",
			     (unsigned long long)ev.line, (unsigned long long)ev.offset, ts,
			     ip_format(&ev.src_ip, s), ev.src_port, ip_format(&ev.dst_ip, t),
			     ev.dst_port, ev.count, ev.blocked, service_name(ev.service),
			     STR_FMT(ev.proto), STR_FMT(ev.rule_name));
			n++;
		}
		outf(o, "summary rows=%zu skipped=%zu events=%zu\n", r->rows, r->skipped, n);
	}
	outf(o, "rc %d\n", rc);
	free(r);
}

static int run_one(const char *dir, const char *name, bool update)
{
	char path[4096], exp_path[4200];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	snprintf(exp_path, sizeof(exp_path), "%s.expected", path);
	size_t n, en = 0;
	char *buf = read_all(path, &n);
	if (!buf) {
		perror(path);
		return 1;
	}
	struct str s = {buf, n};
	struct out o = {0};
	outf(&o, "sniff assets=%d fw=%d spam=%d ips=%d\n", assets_sniff(s), fw_sniff(s),
	     spamfilter_sniff(s), ips_csv_sniff(s));
	struct sink sink = {{sink_emit}, &o};
	struct diag d = {.sink = &sink.base};
	if (strncmp(name, "assets-", 7) == 0)
		dump_assets(&o, s, name, &d);
	else if (strncmp(name, "fw-", 3) == 0)
		dump_fw(&o, s, name, &d);
	else if (strncmp(name, "spam-", 5) == 0)
		dump_spam(&o, s, name, &d);
	else if (strncmp(name, "ips-", 4) == 0)
		dump_ips(&o, s, name, &d);
	else
		outf(&o, "unknown kind\n");
	free(buf);
	int rc = 0;
	if (update) {
		FILE *f = fopen(exp_path, "wb");
		if (!f || fwrite(o.p, 1, o.n, f) != o.n)
			rc = 1;
		if (f)
			fclose(f);
		printf("updated %s\n", exp_path);
	} else {
		char *want = read_all(exp_path, &en);
		if (!want || en != o.n || memcmp(want, o.p, o.n) != 0) {
			printf("FAIL %s\n--- expected (%s)\n%.*s--- got\n%.*s", name, exp_path,
			       want ? (int)en : 0, want ? want : "", (int)o.n, o.p);
			rc = 1;
		} else {
			printf("ok %s\n", name);
		}
		free(want);
	}
	free(o.p);
	return rc;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s DATA-DIR\n", argv[0]);
		return 2;
	}
	const char *up = getenv("RETRACE_UPDATE_GOLDEN");
	bool update = up && strcmp(up, "1") == 0;
	DIR *dir = opendir(argv[1]);
	if (!dir) {
		perror(argv[1]);
		return 1;
	}
	char *names[512];
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(dir)) && n < 512) {
		struct str s = str_from_c(e->d_name);
		if (str_ends(s, STR(".csv")) || str_ends(s, STR(".tsv")))
			names[n++] = strdup(e->d_name);
	}
	closedir(dir);
	qsort(names, n, sizeof(names[0]), name_cmp);
	int fails = 0;
	for (size_t i = 0; i < n; i++) {
		fails += run_one(argv[1], names[i], update);
		free(names[i]);
	}
	printf("%zu files, %d failed\n", n, fails);
	return fails ? 1 : (n ? 0 : 1);
}
