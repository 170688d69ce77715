/*
 * fuzz_syslog_sendmail.c - arbitrary bytes, split into lines, through the whole
 * syslog path: syslog_parse, the decoder registry, the sendmail and sshd
 * decoders, and the queue-id transaction table (a small one, so eviction runs
 * too). The first input byte picks the clock's year offset so rollover paths
 * vary. Nothing may crash, read out of bounds or leak across lines.
 */
#include <stddef.h>
#include <stdint.h>

#include "decode/decode.h"
#include "mail/txn.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

static void on_txn(void *ctx, const struct txn *t)
{
	size_t *sum = ctx;
	/* touch everything the callback may read */
	*sum += t->qid.n + t->host.n + t->client_host.n + t->auth_user.n + t->mail_from.n +
		t->msgid.n;
	for (size_t i = 0; i < t->nrcpt; i++)
		*sum += t->rcpts[i].addr.n + t->rcpts[i].stat.n + t->rcpts[i].relay_host.n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct str in = {(const char *)data, n};
	struct syslog_clock clk;
	size_t sum = 0;
	struct txn_table *t = txn_new(4, on_txn, &sum);

	syslog_clock_init(&clk, 2000 + (n ? data[0] % 50 : 0), 0);
	for (long no = 1; in.n; no++) {
		struct str line = str_cut(&in, '\n');
		struct event ev;
		struct diag d = {.file = "fuzz", .line = no};
		struct syslog_line sl;
		(void)syslog_parse(line, &sl, &d);
		if (decode_syslog_line(line, &clk, &ev, &d) == 0) {
			ev.line = (uint64_t)no;
			txn_feed(t, &ev);
		}
	}
	txn_flush(t);
	txn_free(t);
	volatile size_t sink = sum;
	(void)sink;
	return 0;
}
