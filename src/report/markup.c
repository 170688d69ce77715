/*
 * markup.c - Markdown and self-contained HTML reports (no external assets,
 * no scripts). Same content and order as the text report.
 */
#include "report/esc.h"
#include "report/report.h"

typedef void (*esc_fn)(FILE *, struct str);

static void put_time(FILE *f, const struct case_file *c, int64_t ts)
{
	char buf[32];
	fputs(ts == TIME_UNKNOWN ? "unknown" : time_format_iso(ts, c->tz_offset_min, buf), f);
}

/* An evidence file's first or last stamp for a table cell ("-" when unknown). */
static const char *span_time(const struct case_file *c, int64_t ts, char *buf)
{
	return ts == TIME_UNKNOWN ? "-" : time_format_iso(ts, c->tz_offset_min, buf);
}

static void put_ips(FILE *f, const struct ip *v, int n)
{
	char buf[IP_TEXT_MAX];
	if (n == 0)
		fputs("none", f);
	for (int i = 0; i < n; i++)
		fprintf(f, "%s%s", i ? ", " : "", ip_format(&v[i], buf));
}

static void put_strs(FILE *f, esc_fn esc, const struct str *v, int n)
{
	if (n == 0)
		fputs("none", f);
	for (int i = 0; i < n; i++) {
		fputs(i ? ", " : "", f);
		esc(f, v[i]);
	}
}

static void put_cites(FILE *f, esc_fn esc, const struct report_input *in, const struct finding *x)
{
	char cite[4200];
	for (int k = 0; k < x->nrefs; k++) {
		fputs(k ? ", " : "", f);
		esc(f, str_from_c(report_cite(in, x->refs[k], cite, sizeof(cite))));
	}
	if (x->refs_total > (uint64_t)x->nrefs)
		fprintf(f, " (+%llu more)",
			(unsigned long long)(x->refs_total - (uint64_t)x->nrefs));
}

static void put_answers(FILE *f, esc_fn esc, const struct case_file *c, const char *li,
			const char *sep, const char *end)
{
	fprintf(f, "%scompromised accounts%s", li, sep);
	put_strs(f, esc, c->compromised_accounts, c->ncompromised);
	fprintf(f, "%s%sattacker addresses%s", end, li, sep);
	put_ips(f, c->attacker_ips, c->nattackers);
	fprintf(f, "%s%sbounces genuine%s%s", end, li, sep,
		c->bounces_genuine < 0 ? "cannot tell"
		: c->bounces_genuine   ? "yes"
				       : "no (backscatter)");
	fprintf(f, "%s%sIPS alerted on%s", end, li, sep);
	put_ips(f, c->ips_alerted_ips, c->nalerted);
	fprintf(f, "%s%sslow guessing%s", end, li, sep);
	put_ips(f, c->slow_bruteforce_ips, c->nslow);
	fprintf(f, "%s%sover-broad rules%s", end, li, sep);
	put_strs(f, esc, c->overbroad_rules, c->noverbroad);
	fprintf(f, "%s%sexposed services%s", end, li, sep);
	if (c->nexposed == 0)
		fputs("none", f);
	for (size_t i = 0; i < c->nexposed; i++) {
		char buf[IP_TEXT_MAX];
		fprintf(f, "%s%s:%u", i ? ", " : "", ip_format(&c->exposed[i].host, buf),
			c->exposed[i].port);
	}
	fprintf(f, "%s%sfirst malicious event%s", end, li, sep);
	put_time(f, c, c->first_malicious_event);
	fputs(end, f);
}

int report_markdown(FILE *f, const struct report_input *in)
{
	const struct case_file *c = in->c;
	char cite[4200];
	fputs("# retrace reconstruction\n\n", f);
	fprintf(f, "**Verdict: `%s`**\n\n", verdict_name(c->verdict));
	for (int i = 0; i < c->nreasons; i++) {
		fprintf(f, "- **%s**: ", c->reasons[i].rule);
		esc_md(f, c->reasons[i].why);
		fputc('\n', f);
	}
	fputs("\n## Answers\n\n", f);
	put_answers(f, esc_md, c, "- ", ": ", "\n");
	fputs("\n## Evidence\n\n| file | kind | records | decoded | skipped | from | to "
	      "|\n|---|---|---|---|---|---|---|\n",
	      f);
	for (size_t i = 0; i < in->nfiles; i++) {
		const struct evidence_file *e = &in->files[i];
		char lo[32], hi[32];
		fputs("| ", f);
		esc_md(f, str_from_c(e->path));
		fputs(" | ", f);
		esc_md(f, str_from_c(e->kind ? e->kind : e->why ? e->why : "not recognised"));
		fprintf(f, " | %llu | %llu | %llu | %s | %s |\n", (unsigned long long)e->records,
			(unsigned long long)e->decoded, (unsigned long long)e->skipped,
			span_time(c, e->first_ts, lo), span_time(c, e->last_ts, hi));
	}
	fprintf(f, "\n## Findings (%zu)\n", c->nf);
	for (size_t i = 0; i < c->nf; i++) {
		const struct finding *x = &c->f[i];
		fprintf(f, "\n### %s: ", severity_name(x->sev));
		esc_md(f, x->title);
		fprintf(f, "\n\n`%s`", x->code);
		if (x->first != TIME_UNKNOWN) {
			fputs(", ", f);
			put_time(f, c, x->first);
			fputs(" .. ", f);
			put_time(f, c, x->last);
		}
		fputs("\n\n", f);
		esc_md(f, x->detail);
		fputs("\n\nEvidence: ", f);
		put_cites(f, esc_md, in, x);
		fputc('\n', f);
	}
	fputs("\n## Timeline\n\n| time | event | evidence |\n|---|---|---|\n", f);
	for (size_t i = 0; i < c->nt; i++) {
		fputs("| ", f);
		put_time(f, c, c->t[i].ts);
		fputs(" | ", f);
		esc_md(f, c->t[i].text);
		fputs(" | ", f);
		if (c->t[i].has_ref)
			esc_md(f, str_from_c(report_cite(in, c->t[i].ref, cite, sizeof(cite))));
		fputs(" |\n", f);
	}
	fputs("\n## Recommendations\n\n", f);
	for (int i = 0; i < c->nrec; i++) {
		fprintf(f, "%d. ", i + 1);
		esc_md(f, c->recommendations[i]);
		fputc('\n', f);
	}
	fputs("\n## What this evidence cannot tell\n\n", f);
	for (int i = 0; i < c->nlimits; i++) {
		fputs("- ", f);
		esc_md(f, c->limits[i]);
		fputc('\n', f);
	}
	return ferror(f) ? -1 : 0;
}

int report_html(FILE *f, const struct report_input *in)
{
	const struct case_file *c = in->c;
	char cite[4200];
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
	      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	      "style-src 'unsafe-inline'\">\n<title>retrace reconstruction</title>\n<style>\n"
	      "body{font:15px/1.45 system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 "
	      "1em;"
	      "color:#222}\n"
	      "h1{font-size:1.5em}.verdict{font-size:1.3em;padding:.5em 1em;border-radius:6px;"
	      "background:#fde2e1;border:1px solid #e0a3a0}.verdict.ok{background:#e3f6e3;"
	      "border-color:#9fd09f}\n"
	      "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;"
	      "padding:.25em .5em;text-align:left;vertical-align:top}\n"
	      ".sev{font-weight:bold;text-transform:uppercase;font-size:.8em}.sev-high,"
	      ".sev-critical{color:#b00020}.sev-medium{color:#a66b00}.sev-low,.sev-info{color:#555}"
	      "\n"
	      "code,.cite{font-family:ui-monospace,monospace;font-size:.9em}.finding{margin:1em 0;"
	      "padding:.5em 1em;border-left:4px solid #ccc}\n</style></head><body>\n",
	      f);
	fputs("<h1>retrace reconstruction</h1>\n", f);
	fprintf(f, "<p class=\"verdict%s\">Verdict: <strong>%s</strong></p>\n<ul>\n",
		c->verdict == VERDICT_NO_INCIDENT ? " ok" : "", verdict_name(c->verdict));
	for (int i = 0; i < c->nreasons; i++) {
		fprintf(f, "<li><strong>%s</strong>: ", c->reasons[i].rule);
		esc_html(f, c->reasons[i].why);
		fputs("</li>\n", f);
	}
	fputs("</ul>\n<h2>Answers</h2>\n<table>\n", f);
	put_answers(f, esc_html, c, "<tr><th>", "</th><td>", "</td></tr>\n");
	fputs("</table>\n<h2>Evidence</h2>\n<table><tr><th>file</th><th>kind</th><th>records</th>"
	      "<th>decoded</th><th>skipped</th><th>from</th><th>to</th></tr>\n",
	      f);
	for (size_t i = 0; i < in->nfiles; i++) {
		const struct evidence_file *e = &in->files[i];
		char lo[32], hi[32];
		fputs("<tr><td class=\"cite\">", f);
		esc_html(f, str_from_c(e->path));
		fputs("</td><td>", f);
		esc_html(f, str_from_c(e->kind ? e->kind : e->why ? e->why : "not recognised"));
		fprintf(f,
			"</td><td>%llu</td><td>%llu</td><td>%llu</td><td>%s</td><td>%s</td></tr>\n",
			(unsigned long long)e->records, (unsigned long long)e->decoded,
			(unsigned long long)e->skipped, span_time(c, e->first_ts, lo),
			span_time(c, e->last_ts, hi));
	}
	fprintf(f, "</table>\n<h2>Findings (%zu)</h2>\n", c->nf);
	for (size_t i = 0; i < c->nf; i++) {
		const struct finding *x = &c->f[i];
		fprintf(f, "<div class=\"finding\"><span class=\"sev sev-%s\">%s</span> <strong>",
			severity_name(x->sev), severity_name(x->sev));
		esc_html(f, x->title);
		fprintf(f, "</strong> <code>%s</code><br>\n", x->code);
		if (x->first != TIME_UNKNOWN) {
			put_time(f, c, x->first);
			fputs(" .. ", f);
			put_time(f, c, x->last);
			fputs("<br>\n", f);
		}
		esc_html(f, x->detail);
		fputs("<br>\n<span class=\"cite\">", f);
		put_cites(f, esc_html, in, x);
		fputs("</span></div>\n", f);
	}
	fputs("<h2>Timeline</h2>\n<table><tr><th>time</th><th>event</th><th>evidence</th></tr>\n",
	      f);
	for (size_t i = 0; i < c->nt; i++) {
		fputs("<tr><td class=\"cite\">", f);
		put_time(f, c, c->t[i].ts);
		fputs("</td><td>", f);
		esc_html(f, c->t[i].text);
		fputs("</td><td class=\"cite\">", f);
		if (c->t[i].has_ref)
			esc_html(f, str_from_c(report_cite(in, c->t[i].ref, cite, sizeof(cite))));
		fputs("</td></tr>\n", f);
	}
	fputs("</table>\n<h2>Recommendations</h2>\n<ol>\n", f);
	for (int i = 0; i < c->nrec; i++) {
		fputs("<li>", f);
		esc_html(f, c->recommendations[i]);
		fputs("</li>\n", f);
	}
	fputs("</ol>\n<h2>What this evidence cannot tell</h2>\n<ul>\n", f);
	for (int i = 0; i < c->nlimits; i++) {
		fputs("<li>", f);
		esc_html(f, c->limits[i]);
		fputs("</li>\n", f);
	}
	fputs("</ul>\n</body></html>\n", f);
	return ferror(f) ? -1 : 0;
}
