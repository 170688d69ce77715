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
 * The .t machinery is tests/support/golden.c; this file only decodes and
 * formats (its own field order, which the .t files are written in).
 */
#include <stdio.h>
#include <stdlib.h>

#include "base/time.h"
#include "decode/decode.h"
#include "decode/snort_fast.h"
#include "decode/suricata_eve.h"
#include "evfmt.h"
#include "golden.h"

enum format { FMT_FAST, FMT_EVE, FMT_SYSLOG };

/* One line with the fields the IDS decoders set, only those that are set. */
static void put_event(FILE *f, const struct event *ev)
{
	char buf[IP_TEXT_MAX > 32 ? IP_TEXT_MAX : 32];
	fprintf(f, "kind=%s", event_kind_name(ev->kind));
	if (ev->service != SVC_UNKNOWN)
		fprintf(f, " svc=%s", service_name(ev->service));
	if (ev->ts != TIME_UNKNOWN)
		fprintf(f, " ts=%s", time_format_iso(ev->ts, ev->tz_offset_min, buf));
	evfmt_str(f, "host", ev->host);
	evfmt_str(f, "prog", ev->program);
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
	evfmt_str(f, "proto", ev->proto);
	evfmt_str(f, "rule", ev->rule_name);
	evfmt_str(f, "rule_id", ev->rule_id);
	if (ev->blocked)
		fprintf(f, " blocked");
	if (ev->count != 1)
		fprintf(f, " count=%u", ev->count);
	evfmt_str(f, "pri", ev->pri);
	evfmt_str(f, "reason", ev->reason);
}

static void golden_run(const struct golden *g, struct golden_out *out)
{
	size_t n;
	FILE *f = open_memstream(&out->events, &n);
	enum format fmt = FMT_FAST;
	int year = 2024, tz = 0;
	struct str opt = g->options, tok;
	while (golden_next_opt(&opt, &tok, &year, &tz)) {
		if (str_eq(tok, STR("format=eve")))
			fmt = FMT_EVE;
		else if (str_eq(tok, STR("format=syslog")))
			fmt = FMT_SYSLOG;
	}
	struct syslog_clock clk;
	syslog_clock_init(&clk, year, tz);
	struct eve_reader *er = malloc(sizeof(*er));
	eve_reader_init(er, tz);
	struct str in = g->input, line;
	long no = 0;
	while (golden_next_line(&in, &line, &no)) {
		struct event ev;
		struct diag d = {.file = "input", .line = no};
		int rc = fmt == FMT_FAST  ? snort_fast_line_clock(line, &clk, &ev, &d)
			 : fmt == FMT_EVE ? eve_line(er, line, &ev, &d)
					  : decode_syslog_line(line, &clk, &ev, &d);
		if (rc == -1) {
			golden_put_error(f, no, &d);
			continue;
		}
		fprintf(f, "%ld ", no);
		put_event(f, &ev);
		fputc('\n', f);
	}
	free(er);
	fclose(f);
}

int main(int argc, char **argv)
{
	return golden_main(argc, argv, golden_run);
}
