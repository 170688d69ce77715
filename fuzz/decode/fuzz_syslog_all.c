/*
 * fuzz_syslog_all.c - arbitrary bytes, split into lines, through every line
 * decoder: each line is decoded as it is (syslog_parse, the registry, the
 * program's decoder), again framed as a syslog line of one registered program
 * picked by the line's first byte (so every decoder sees every shape, not
 * only lines whose framing the fuzzer happened to get right), and as a raw
 * exim main-log line; all the events go to one small queue-id transaction
 * table (eviction, queue ends, exim's wait for "Completed" all run), and the
 * whole input is sniffed as an exim main log. Nothing may crash, read out of
 * bounds or keep a slice of a line past it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "decode/decode.h"
#include "decode/exim.h"
#include "mail/txn.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

enum { FRAMED_MAX = 4096 };

static const char *const programs[] = {
	"sendmail",       "sshd",          "postfix/smtpd",   "postfix/qmgr",
	"postfix/smtp",   "postfix/local", "postfix/cleanup", "postfix/postscreen",
	"exim",           "exim4",         "dovecot",         "imap-login",
	"auth-worker(1)", "auth",          "login",           "su",
	"sudo",           "vsftpd",        "su(pam_unix)",    "sshd(pam_unix)",
	"in.telnetd",     "kernel",        "snort",
};

static void on_txn(void *ctx, const struct txn *t)
{
	size_t *sum = ctx;
	*sum += t->qid.n + t->host.n + t->client_host.n + t->auth_user.n + t->auth_mech.n +
		t->mail_from.n + t->msgid.n + t->proto.n;
	for (size_t i = 0; i < t->nrcpt; i++)
		*sum += t->rcpts[i].addr.n + t->rcpts[i].stat.n + t->rcpts[i].relay_host.n +
			t->rcpts[i].dsn.n + t->rcpts[i].mailer.n;
}

static void feed(struct txn_table *t, struct event *ev, long no)
{
	ev->line = (uint64_t)no;
	txn_feed(t, ev);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct str in = {(const char *)data, n};
	struct syslog_clock clk;
	size_t sum = 0;
	struct txn_table *t = txn_new(4, on_txn, &sum);
	char framed[FRAMED_MAX];

	syslog_clock_init(&clk, 2000 + (n ? data[0] % 50 : 0), 0);
	sum += (size_t)exim_mainlog_sniff(in);
	for (long no = 1; in.n; no++) {
		struct str line = str_cut(&in, '\n');
		struct event ev;
		struct diag d = {.file = "fuzz", .line = no};
		if (decode_syslog_line(line, &clk, &ev, &d) == 0)
			feed(t, &ev, no);
		if (exim_mainlog_line(line, 540, &ev, &d) == 0)
			feed(t, &ev, no);
		const char *prog = programs[(line.n ? (unsigned char)line.p[0] : 0) %
					    (sizeof(programs) / sizeof(programs[0]))];
		int len = snprintf(framed, sizeof(framed),
				   "Mar 14 00:00:%02ld mail %s[%ld]: ", no % 60, prog, no);
		if (len < 0 || (size_t)len >= sizeof(framed))
			continue;
		size_t room = sizeof(framed) - (size_t)len;
		size_t take = line.n < room ? line.n : room;
		if (take)
			memcpy(framed + len, line.p, take);
		struct str f = {framed, (size_t)len + take};
		if (decode_syslog_line(f, &clk, &ev, &d) == 0)
			feed(t, &ev, no);
		memset(framed, 0xA5, sizeof(framed)); /* a slice kept past its line reads junk */
	}
	txn_flush(t);
	txn_free(t);
	volatile size_t sink = sum;
	(void)sink;
	return 0;
}
