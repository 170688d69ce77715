/*
 * text.c - the human report: verdict first, then why, evidence intake,
 * findings with citations, timeline, recommendations, limits. Colour only
 * when asked (a terminal without NO_COLOR); every evidence string escaped.
 */
#include <string.h>

#include "report/esc.h"
#include "report/report.h"

struct style {
	const char *bold, *red, *yellow, *green, *dim, *reset;
};

static const struct style plain = {"", "", "", "", "", ""};
static const struct style ansi = {"\033[1m",  "\033[31m", "\033[33m",
				  "\033[32m", "\033[2m",  "\033[0m"};

const char *report_cite(const struct report_input *in, struct evref r, char *buf, size_t n)
{
	const char *path = r.evidence < in->nfiles ? in->files[r.evidence].path : "?";
	snprintf(buf, n, "%s:%llu", path, (unsigned long long)r.line);
	return buf;
}

static void put_time(FILE *f, const struct case_file *c, int64_t ts)
{
	char buf[32];
	if (ts == TIME_UNKNOWN)
		fputs("(time unknown)           ", f);
	else
		fputs(time_format_iso(ts, c->tz_offset_min, buf), f);
}

static const char *sev_color(const struct style *st, enum severity s)
{
	return s >= SEV_HIGH ? st->red : s == SEV_MEDIUM ? st->yellow : st->dim;
}

static void put_ips(FILE *f, const struct ip *v, int n)
{
	char buf[IP_TEXT_MAX];
	if (n == 0)
		fputs("none", f);
	for (int i = 0; i < n; i++)
		fprintf(f, "%s%s", i ? ", " : "", ip_format(&v[i], buf));
}

int report_text(FILE *f, const struct report_input *in, bool color)
{
	const struct style *st = color ? &ansi : &plain;
	const struct case_file *c = in->c;
	char cite[4200];

	fprintf(f, "%sretrace%s reconstruction", st->bold, st->reset);
	if (in->title) {
		fputs(" of ", f);
		esc_term(f, str_from_c(in->title));
	}
	fputs("\n\n", f);
	const char *vc = c->verdict == VERDICT_NO_INCIDENT ? st->green : st->red;
	fprintf(f, "%sVERDICT: %s%s%s\n", st->bold, vc, verdict_name(c->verdict), st->reset);
	for (int i = 0; i < c->nreasons; i++) {
		fprintf(f, "  - [%s] ", c->reasons[i].rule);
		esc_term(f, c->reasons[i].why);
		fputc('\n', f);
	}

	fprintf(f, "\n%sANSWERS%s\n", st->bold, st->reset);
	fputs("  compromised accounts: ", f);
	if (c->ncompromised == 0)
		fputs("none", f);
	for (int i = 0; i < c->ncompromised; i++) {
		fputs(i ? ", " : "", f);
		esc_term(f, c->compromised_accounts[i]);
	}
	fputs("\n  attacker addresses:   ", f);
	put_ips(f, c->attacker_ips, c->nattackers);
	fputs("\n  bounces genuine:      ", f);
	fputs(c->bounces_genuine < 0 ? "cannot tell (none, or nothing to match them against)"
	      : c->bounces_genuine   ? "yes: they answer mail our server really sent"
				     : "no: backscatter, our server never sent the originals",
	      f);
	fputs("\n  IPS alerted on:       ", f);
	put_ips(f, c->ips_alerted_ips, c->nalerted);
	fputs("\n  slow guessing:        ", f);
	put_ips(f, c->slow_bruteforce_ips, c->nslow);
	fputs("\n  over-broad rules:     ", f);
	if (c->noverbroad == 0)
		fputs("none", f);
	for (int i = 0; i < c->noverbroad; i++) {
		fputs(i ? ", " : "", f);
		esc_term(f, c->overbroad_rules[i]);
	}
	fputs("\n  exposed services:     ", f);
	if (c->nexposed == 0)
		fputs("none", f);
	for (size_t i = 0; i < c->nexposed; i++) {
		char buf[IP_TEXT_MAX];
		fprintf(f, "%s%s:%u", i ? ", " : "", ip_format(&c->exposed[i].host, buf),
			c->exposed[i].port);
	}
	fputs("\n  first malicious event: ", f);
	if (c->first_malicious_event == TIME_UNKNOWN)
		fputs("none found", f);
	else
		put_time(f, c, c->first_malicious_event);
	fputc('\n', f);

	fprintf(f, "\n%sEVIDENCE%s (%zu files)\n", st->bold, st->reset, in->nfiles);
	for (size_t i = 0; i < in->nfiles; i++) {
		const struct evidence_file *e = &in->files[i];
		fputs("  ", f);
		esc_term(f, str_from_c(e->path));
		if (!e->kind) {
			fprintf(f, "%s  skipped: ", st->yellow);
			esc_term(f, str_from_c(e->why ? e->why : "not recognised"));
			fprintf(f, "%s\n", st->reset);
			continue;
		}
		fprintf(f, "  %s%s%s%s: %llu records, %llu decoded, %llu skipped\n", e->kind,
			e->compressed ? " (compressed)" : "", e->forced ? " (--as)" : "", st->reset,
			(unsigned long long)e->records, (unsigned long long)e->decoded,
			(unsigned long long)e->skipped);
		if (e->first_ts != TIME_UNKNOWN) {
			fputs(e->first_ts == e->last_ts ? "      at " : "      from ", f);
			put_time(f, c, e->first_ts);
			if (e->first_ts != e->last_ts) {
				fputs(" to ", f);
				put_time(f, c, e->last_ts);
			}
			fputc('\n', f);
		}
		for (uint32_t r = 0; r < e->nreasons; r++) {
			fprintf(f, "      %llu skipped: ", (unsigned long long)e->reasons[r].count);
			esc_term(f, str_from_c(e->reasons[r].text));
			fprintf(f, " (first at line %llu)\n",
				(unsigned long long)e->reasons[r].first_line);
		}
		if (e->other_reasons)
			fprintf(f, "      %llu skipped for other reasons\n",
				(unsigned long long)e->other_reasons);
	}

	fprintf(f, "\n%sFINDINGS%s (%zu)\n", st->bold, st->reset, c->nf);
	for (size_t i = 0; i < c->nf; i++) {
		const struct finding *x = &c->f[i];
		fprintf(f, "\n  %s[%s]%s %s%s%s  ", sev_color(st, x->sev), severity_name(x->sev),
			st->reset, st->dim, x->code, st->reset);
		fputs(st->bold, f);
		esc_term(f, x->title);
		fprintf(f, "%s\n", st->reset);
		if (x->first != TIME_UNKNOWN) {
			fputs("    when: ", f);
			put_time(f, c, x->first);
			if (x->last != x->first) {
				fputs(" .. ", f);
				put_time(f, c, x->last);
			}
			fputc('\n', f);
		}
		if (x->detail.n) {
			fputs("    ", f);
			esc_term(f, x->detail);
			fputc('\n', f);
		}
		if (x->nent) {
			fputs("    entities:", f);
			for (int k = 0; k < x->nent; k++) {
				fprintf(f, " %s=", entity_kind_name(x->ent[k].kind));
				esc_term(f, x->ent[k].value);
			}
			fputc('\n', f);
		}
		if (x->nrefs) {
			fputs("    evidence:", f);
			for (int k = 0; k < x->nrefs; k++) {
				fputc(' ', f);
				esc_term(f, str_from_c(report_cite(in, x->refs[k], cite,
								   sizeof(cite))));
			}
			if (x->refs_total > (uint64_t)x->nrefs)
				fprintf(f, " (+%llu more)",
					(unsigned long long)(x->refs_total - (uint64_t)x->nrefs));
			fputc('\n', f);
		}
	}

	fprintf(f, "\n%sTIMELINE%s\n", st->bold, st->reset);
	if (c->nt == 0)
		fputs("  (no timed events of note)\n", f);
	for (size_t i = 0; i < c->nt; i++) {
		const struct timeline_entry *t = &c->t[i];
		fputs("  ", f);
		put_time(f, c, t->ts);
		fputs("  ", f);
		esc_term(f, t->text);
		if (t->has_ref) {
			fprintf(f, "  %s", st->dim);
			esc_term(f, str_from_c(report_cite(in, t->ref, cite, sizeof(cite))));
			fputs(st->reset, f);
		}
		fputc('\n', f);
	}

	fprintf(f, "\n%sRECOMMENDATIONS%s\n", st->bold, st->reset);
	if (c->nrec == 0)
		fputs("  none\n", f);
	for (int i = 0; i < c->nrec; i++) {
		fprintf(f, "  %d. ", i + 1);
		esc_term(f, c->recommendations[i]);
		fputc('\n', f);
	}
	fprintf(f, "\n%sWHAT THIS EVIDENCE CANNOT TELL%s\n", st->bold, st->reset);
	for (int i = 0; i < c->nlimits; i++) {
		fputs("  - ", f);
		esc_term(f, c->limits[i]);
		fputc('\n', f);
	}
	return ferror(f) ? -1 : 0;
}

int report_format_parse(const char *s, enum report_format *out)
{
	if (!strcmp(s, "text"))
		*out = REPORT_TEXT;
	else if (!strcmp(s, "md") || !strcmp(s, "markdown"))
		*out = REPORT_MARKDOWN;
	else if (!strcmp(s, "html"))
		*out = REPORT_HTML;
	else if (!strcmp(s, "json"))
		*out = REPORT_JSON;
	else
		return -1;
	return 0;
}

int report_write(FILE *f, enum report_format fmt, const struct report_input *in, bool color)
{
	switch (fmt) {
	case REPORT_MARKDOWN:
		return report_markdown(f, in);
	case REPORT_HTML:
		return report_html(f, in);
	case REPORT_JSON:
		return report_json(f, in);
	case REPORT_TEXT:
		break;
	}
	return report_text(f, in, color);
}
