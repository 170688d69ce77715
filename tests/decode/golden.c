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
 * the decoders produce now (review the diff before keeping it). The .t
 * machinery is tests/support/golden.c; this file only decodes and formats.
 */
#include <stdio.h>
#include <stdlib.h>

#include "base/time.h"
#include "decode/decode.h"
#include "decode/exim.h"
#include "evfmt.h"
#include "golden.h"
#include "mail/txn.h"

static void txn_print(void *ctx, const struct txn *t)
{
	evfmt_txn(ctx, t);
}

/* Run the input; the event lines and txn lines go to two memory streams. */
static void golden_run(const struct golden *g, struct golden_out *out)
{
	size_t evn, txnn;
	FILE *evf = open_memstream(&out->events, &evn), *txf = open_memstream(&out->txns, &txnn);
	struct syslog_clock clk;
	int year = 2024, tz = 0;
	bool show_msg = false, exim = false;
	struct str opt = g->options, tok;
	while (golden_next_opt(&opt, &tok, &year, &tz)) {
		if (str_eq(tok, STR("msg=1")))
			show_msg = true;
		else if (str_eq(tok, STR("exim=1")))
			exim = true;
	}
	syslog_clock_init(&clk, year, tz);
	struct txn_table *tt = txn_new(0, txn_print, txf);
	struct str in = g->input, line;
	long no = 0;
	while (golden_next_line(&in, &line, &no)) {
		struct event ev;
		struct diag d = {.file = "input", .line = no};
		int rc = exim ? exim_mainlog_line(line, tz, &ev, &d)
			      : decode_syslog_line(line, &clk, &ev, &d);
		if (rc == -1) {
			golden_put_error(evf, no, &d);
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

int main(int argc, char **argv)
{
	return golden_main(argc, argv, golden_run);
}
