/*
 * unit.c - unit tests of the decode layer that golden files cannot express
 * (the line cap, the program registry) and of mail/txn.c, the queue-id
 * transaction assembly: multi-recipient, deferred then sent, interleaved
 * queue ids, eviction, the recipient cap, copying out of dying lines and
 * slot reuse.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "decode/decode.h"
#include "decode/exim.h"
#include "mail/txn.h"

/* What the callback saw, copied out (the struct txn dies with the call). */
struct seen {
	int n;
	char qid[8][64];
	enum txn_end end[8];
	size_t nrcpt[8];
	uint32_t dropped[8];
	char first_rcpt[8][128];
	enum txn_rcpt_status first_status[8];
	uint32_t first_attempts[8];
	char auth_user[8][64];
	char from[8][128];
};

static void on_txn(void *ctx, const struct txn *t)
{
	struct seen *s = ctx;
	int i = s->n++ % 8;
	snprintf(s->qid[i], sizeof(s->qid[i]), "%.*s", STR_FMT(t->qid));
	s->end[i] = t->end;
	s->nrcpt[i] = t->nrcpt;
	s->dropped[i] = t->rcpts_dropped;
	s->first_rcpt[i][0] = '\0';
	if (t->nrcpt) {
		snprintf(s->first_rcpt[i], sizeof(s->first_rcpt[i]), "%.*s",
			 STR_FMT(t->rcpts[0].addr));
		s->first_status[i] = t->rcpts[0].status;
		s->first_attempts[i] = t->rcpts[0].attempts;
	}
	snprintf(s->auth_user[i], sizeof(s->auth_user[i]), "%.*s", STR_FMT(t->auth_user));
	snprintf(s->from[i], sizeof(s->from[i]), "%.*s", STR_FMT(t->mail_from));
}

/* Decode a line (into a private copy that is wiped afterwards) and feed it. */
static void feed(struct txn_table *t, const char *line)
{
	struct syslog_clock clk;
	struct event ev;
	struct diag d = {0};
	size_t n = strlen(line);
	char *copy = malloc(n);
	memcpy(copy, line, n);
	syslog_clock_init(&clk, 2024, 0);
	assert_int_equal(decode_syslog_line((struct str){copy, n}, &clk, &ev, &d), 0);
	txn_feed(t, &ev);
	memset(copy, 'X', n); /* the table must have copied what it keeps */
	free(copy);
}

static void test_line_cap(void **state)
{
	(void)state;
	struct syslog_line sl;
	struct diag d = {0};
	size_t n = LINE_MAX_BYTES + 1;
	char *line = malloc(n);
	const char *head = "Mar 14 00:00:09 mail sshd[1]: ";
	memset(line, 'a', n);
	memcpy(line, head, strlen(head));
	assert_int_equal(syslog_parse((struct str){line, n}, &sl, &d), -1);
	assert_non_null(strstr(d.msg, "longer than"));
	assert_int_equal(syslog_parse((struct str){line, n - 1}, &sl, &d), 0);
	assert_int_equal(sl.msg.n, n - 1 - strlen(head));
	free(line);
}

static void test_registry(void **state)
{
	(void)state;
	static const char *const sendmail[] = {
		"sendmail",   "sm-mta", "sm-msp-queue", "sm-mta-rx", "sm-acceptingconnections",
		"sendmail-in"};
	for (size_t i = 0; i < sizeof(sendmail) / sizeof(sendmail[0]); i++) {
		const struct line_decoder *dec = decode_for_program(str_from_c(sendmail[i]));
		assert_non_null(dec);
		assert_string_equal(dec->name, "sendmail");
	}
	assert_string_equal(decode_for_program(STR("sshd"))->name, "sshd");
	assert_string_equal(decode_for_program(STR("sshd-session"))->name, "sshd");
	assert_null(decode_for_program(STR("sshd2")));
	assert_null(decode_for_program(STR("sm-other")));
	assert_null(decode_for_program(STR("")));
	assert_false(decode_knows_program(STR("klogind")));
	assert_true(decode_knows_program(STR("sm-mta")));
	/* the mail/auth server decoders */
	static const struct {
		const char *program, *decoder;
	} owned[] = {
		{"postfix/smtpd", "postfix"},
		{"postfix/submission/smtpd", "postfix"},
		{"postfix-out/smtp", "postfix"},
		{"exim", "exim"},
		{"exim4", "exim"},
		{"dovecot", "dovecot"},
		{"imap-login", "dovecot"},
		{"auth-worker(123)", "dovecot"},
		{"login", "pam"},
		{"su(pam_unix)", "pam"},
		{"sshd(pam_unix)", "pam"},
		{"CRON", "pam"},
		{"kernel", "kernel"},
	};
	for (size_t i = 0; i < sizeof(owned) / sizeof(owned[0]); i++) {
		const struct line_decoder *dec = decode_for_program(str_from_c(owned[i].program));
		assert_non_null(dec);
		assert_string_equal(dec->name, owned[i].decoder);
	}
	assert_null(decode_for_program(STR("postfixx")));
	assert_null(decode_for_program(STR("gdm(pam_unix)")));
	assert_null(decode_for_program(STR("smtpd"))); /* OpenSMTPD: no decoder yet */
}

/*
 * With a decode cache (program -> decoder, last stamp) every line decodes as
 * without one, whatever came before: same return, time, program and kind.
 */
static void test_decode_cache(void **state)
{
	(void)state;
	static const char *const lines[] = {
		"Mar 14 00:00:09 mail postfix/smtpd[1]: connect from a[192.0.2.1]",
		"Mar 14 00:00:09 mail sshd[2]: Failed password for root from 192.0.2.9 port 1 ssh2",
		"Mar 14 00:00:09 mail klogind[3]: something",
		"Mar 14 00:00:10 mail postfix/qmgr[4]: ABCDEF123: removed",
		"Mar 14 00:00:10 mail sm-mta[5]: x1: from=<a@b>, size=1, nrcpts=1",
		"\x01ar 14 00:00:10 mail sshd[6]: x",
		"Mar 14 00:00:10 mail dovecot: imap-login: Login: user=<u>, rip=192.0.2.3",
		"Mar 14 00:00:1x mail sshd[7]: x",
		"Mar 14 00:00:10.5 mail sshd[8]: Accepted password for u from 192.0.2.4 port 2 "
		"ssh2",
		"Mar 14 00:00:10 mail CRON[9]: pam_unix(cron:session): session closed for user "
		"root",
		"Mar 14 00:00:10 mail postfix/smtp[10]: ABCDEF123: to=<x@y>, status=sent (ok)",
	};
	struct decode_cache cache = {0};
	struct syslog_clock ca, cb;
	syslog_clock_init(&ca, 2024, 0);
	syslog_clock_init(&cb, 2024, 0);
	for (int round = 0; round < 3; round++)
		for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
			struct event a, b;
			struct diag da = {0}, db = {0};
			bool ka, kb;
			struct str l = str_from_c(lines[i]);
			int ra = decode_syslog_known(l, &ca, NULL, &a, &da, &ka);
			int rb = decode_syslog_known(l, &cb, &cache, &b, &db, &kb);
			assert_int_equal(ra, rb);
			if (ra == -1)
				continue;
			assert_true(ka == kb);
			assert_int_equal(a.ts, b.ts);
			assert_int_equal(a.kind, b.kind);
			assert_int_equal(a.outcome, b.outcome);
			assert_true(str_eq(a.program, b.program));
			assert_true(str_eq(a.user, b.user));
			assert_true(str_eq(a.qid, b.qid));
		}
}

static void test_rollover(void **state)
{
	(void)state;
	struct syslog_clock clk;
	struct event ev;
	struct diag d = {0};
	char buf[32];
	syslog_clock_init(&clk, 2023, 540);
	assert_int_equal(decode_syslog_line(STR("Dec 31 23:59:59 h p: x"), &clk, &ev, &d), 0);
	assert_string_equal(time_format_iso(ev.ts, ev.tz_offset_min, buf),
			    "2023-12-31T23:59:59+09:00");
	assert_int_equal(decode_syslog_line(STR("Jan  1 00:00:00 h p: x"), &clk, &ev, &d), 0);
	assert_string_equal(time_format_iso(ev.ts, ev.tz_offset_min, buf),
			    "2024-01-01T00:00:00+09:00");
	assert_int_equal(ev.ts, 1704034800);
}

static void test_txn_multi_and_deferred(void **state)
{
	(void)state;
	struct seen s = {0};
	struct txn_table *t = txn_new(0, on_txn, &s);
	feed(t,
	     "Mar 14 00:00:00 mail sm-mta[1]: q1AAAAAA000001: AUTH=server, relay=[198.51.100.1], "
	     "authid=lee, mech=LOGIN, bits=0");
	feed(t, "Mar 14 00:00:01 mail sm-mta[1]: q1AAAAAA000001: from=<lee@a.test>, size=1, "
		"nrcpts=3, relay=[198.51.100.1]");
	feed(t, "Mar 14 00:00:02 mail sm-mta[2]: q1AAAAAA000001: to=<x@b.test>,<y@b.test>, "
		"mailer=esmtp, dsn=2.0.0, stat=Sent");
	assert_int_equal(s.n, 0); /* 2 of 3 recipients */
	feed(t, "Mar 14 00:00:03 mail sm-mta[2]: q1AAAAAA000001: to=<z@c.test>, mailer=esmtp, "
		"dsn=4.4.1, stat=Deferred: Connection timed out");
	assert_int_equal(s.n, 0); /* deferred is not final */
	feed(t, "Mar 14 01:00:03 mail sm-mta[3]: q1AAAAAA000001: to=<z@c.test>, mailer=esmtp, "
		"dsn=2.0.0, stat=Sent (ok)");
	assert_int_equal(s.n, 1);
	assert_int_equal(s.end[0], TXN_END_COMPLETE);
	assert_int_equal(s.nrcpt[0], 3);
	assert_string_equal(s.auth_user[0], "lee");
	assert_string_equal(s.from[0], "lee@a.test");
	struct txn_stats st = txn_stats(t);
	assert_int_equal(st.open, 0);
	assert_int_equal(st.completed, 1);
	txn_free(t);
}

static void test_txn_interleaved(void **state)
{
	(void)state;
	struct seen s = {0};
	struct txn_table *t = txn_new(0, on_txn, &s);
	feed(t, "Mar 14 00:00:01 mail sm-mta[1]: q1AAAAAA000001: from=<a@a.test>, size=1, "
		"nrcpts=1, relay=[198.51.100.1]");
	feed(t, "Mar 14 00:00:01 mail sm-mta[2]: q1AAAAAA000002: from=<b@a.test>, size=1, "
		"nrcpts=1, relay=[198.51.100.2]");
	feed(t, "Mar 14 00:00:02 mail sm-mta[3]: q1AAAAAA000002: to=<bb@b.test>, stat=Sent");
	feed(t, "Mar 14 00:00:02 mail other-mta[3]: q1AAAAAA000001: to=<zz@b.test>, stat=Sent");
	feed(t, "Mar 14 00:00:02 mail sm-mta[3]: q1AAAAAA000001: to=<aa@b.test>, dsn=5.1.1, "
		"stat=User unknown");
	assert_int_equal(s.n, 2);
	assert_string_equal(s.qid[0], "q1AAAAAA000002");
	assert_string_equal(s.first_rcpt[0], "bb@b.test");
	assert_string_equal(s.qid[1], "q1AAAAAA000001");
	assert_string_equal(s.first_rcpt[1], "aa@b.test");
	assert_int_equal(s.first_status[1], TXN_RCPT_FAILED);
	assert_int_equal(txn_stats(t).ignored, 1); /* other-mta: no decoder, no queue id */
	txn_free(t);
}

static void test_txn_eviction_and_flush(void **state)
{
	(void)state;
	struct seen s = {0};
	struct txn_table *t = txn_new(2, on_txn, &s);
	feed(t, "Mar 14 00:00:01 mail sm-mta[1]: q1AAAAAA000001: from=<a@a.test>, nrcpts=1");
	feed(t, "Mar 14 00:00:02 mail sm-mta[1]: q1AAAAAA000002: from=<b@a.test>, nrcpts=1");
	feed(t, "Mar 14 00:00:03 mail sm-mta[1]: q1AAAAAA000001: to=<x@b.test>, stat=queued");
	feed(t, "Mar 14 00:00:04 mail sm-mta[1]: q1AAAAAA000003: from=<c@a.test>, nrcpts=1");
	/* 000002 was the least recently updated */
	assert_int_equal(s.n, 1);
	assert_string_equal(s.qid[0], "q1AAAAAA000002");
	assert_int_equal(s.end[0], TXN_END_EVICTED);
	txn_flush(t);
	assert_int_equal(s.n, 3);
	assert_string_equal(s.qid[1], "q1AAAAAA000001");
	assert_int_equal(s.end[1], TXN_END_FLUSHED);
	assert_int_equal(s.first_status[1], TXN_RCPT_QUEUED);
	assert_string_equal(s.qid[2], "q1AAAAAA000003");
	struct txn_stats st = txn_stats(t);
	assert_int_equal(st.evicted, 1);
	assert_int_equal(st.flushed, 2);
	assert_int_equal(st.opened, 3);
	assert_int_equal(st.open, 0);
	txn_free(t);
}

static void test_txn_rcpt_cap(void **state)
{
	(void)state;
	struct seen s = {0};
	struct txn_table *t = txn_new(0, on_txn, &s);
	char line[4096];
	int off =
		snprintf(line, sizeof(line), "Mar 14 00:00:02 mail sm-mta[1]: q1AAAAAA000001: to=");
	for (int i = 0; i < TXN_RCPTS_MAX + 4; i++)
		off += snprintf(line + off, sizeof(line) - (size_t)off, "%s<r%d@b.test>",
				i ? "," : "", i);
	snprintf(line + off, sizeof(line) - (size_t)off, ", mailer=esmtp, stat=Sent");
	feed(t, "Mar 14 00:00:01 mail sm-mta[1]: q1AAAAAA000001: from=<a@a.test>, nrcpts=20");
	feed(t, line);
	assert_int_equal(s.n, 1);
	assert_int_equal(s.end[0], TXN_END_COMPLETE);
	assert_int_equal(s.nrcpt[0], TXN_RCPTS_MAX);
	assert_int_equal(s.dropped[0], 4);
	txn_free(t);
}

static void test_txn_reuse(void **state)
{
	(void)state;
	struct seen s = {0};
	struct txn_table *t = txn_new(4, on_txn, &s);
	char from[256], to[256];
	for (int i = 0; i < 5000; i++) {
		snprintf(from, sizeof(from),
			 "Mar 14 00:00:01 mail sm-mta[1]: q1AA%08d: from=<a%d@a.test>, nrcpts=1", i,
			 i);
		snprintf(to, sizeof(to),
			 "Mar 14 00:00:02 mail sm-mta[1]: q1AA%08d: to=<x@b.test>, "
			 "stat=Sent",
			 i);
		feed(t, from);
		feed(t, to);
	}
	struct txn_stats st = txn_stats(t);
	assert_int_equal(st.completed, 5000);
	assert_int_equal(st.evicted, 0);
	assert_int_equal(s.n, 5000);
	txn_free(t);
}

/*
 * Postfix and exim rules of txn.c: a queue end ("removed") for a message not
 * open is ignored and opens nothing; EV_NONE lines without a message id or a
 * client (bounce notices) are ignored; a later from= without a message id
 * keeps cleanup's; exim waits for "Completed" (its "<=" has no recipient
 * count) and takes the login from A=.
 */
static void test_txn_postfix_exim(void **state)
{
	(void)state;
	struct seen s = {0};
	struct txn_table *t = txn_new(8, on_txn, &s);
	feed(t, "Mar 14 00:00:00 m postfix/qmgr[1]: 7E8F9A0B1C: removed");
	feed(t, "Mar 14 00:00:00 m postfix/bounce[2]: 7E8F9A0B1C: sender non-delivery "
		"notification: 1A2B3C4D5E");
	assert_int_equal(txn_stats(t).opened, 0);
	assert_int_equal(txn_stats(t).ignored, 2);
	feed(t, "Mar 14 00:00:01 m postfix/cleanup[3]: 3F1A2B4C5D: message-id=<m1@x.example>");
	feed(t, "Mar 14 00:00:01 m postfix/qmgr[1]: 3F1A2B4C5D: from=<a@x.example>, size=1, "
		"nrcpt=2 (queue active)");
	feed(t, "Mar 14 00:00:02 m postfix/smtp[4]: 3F1A2B4C5D: to=<b@y.example>, "
		"relay=y.example[192.0.2.1]:25, dsn=4.4.1, status=deferred (timeout)");
	feed(t, "Mar 14 00:00:03 m postfix/qmgr[1]: 3F1A2B4C5D: removed");
	assert_int_equal(s.n, 1);
	assert_int_equal(s.end[0], TXN_END_COMPLETE);
	assert_int_equal(s.first_status[0], TXN_RCPT_DEFERRED);
	assert_string_equal(s.from[0], "a@x.example");

	feed(t, "Mar 14 00:01:00 m exim[5]: 1rkXyz-000123-AB <= a@x.example H=(h) "
		"[192.0.2.9] P=esmtpa A=plain:KIM S=10");
	feed(t, "Mar 14 00:01:01 m exim[6]: 1rkXyz-000123-AB => b@y.example R=r "
		"T=remote_smtp H=y.example [192.0.2.1]");
	assert_int_equal(s.n, 1); /* waits for Completed */
	feed(t, "Mar 14 00:01:02 m exim[6]: 1rkXyz-000123-AB -> c@y.example R=r "
		"T=remote_smtp H=y.example [192.0.2.1]");
	feed(t, "Mar 14 00:01:03 m exim[6]: 1rkXyz-000123-AB Completed");
	assert_int_equal(s.n, 2);
	assert_int_equal(s.end[1], TXN_END_COMPLETE);
	assert_int_equal(s.nrcpt[1], 2);
	assert_string_equal(s.auth_user[1], "KIM");
	txn_free(t);
}

/* exim_mainlog_sniff: an exim main log scores high, syslog and other text 0. */
static void test_exim_sniff(void **state)
{
	(void)state;
	assert_true(
		exim_mainlog_sniff(STR(
			"2024-03-14 00:00:00 Start queue run: pid=1\n"
			"2024-03-14 00:00:09 1rkXyz-000123-AB <= a@x.example H=[192.0.2.1] S=1\n"
			"2024-03-14 00:00:10 1rkXyz-000123-AB => b@y.example R=r T=t\n"
			"2024-03-14 00:00:10 1rkXyz-000123-AB Completed\n")) >= 90);
	assert_true(exim_mainlog_sniff(STR("2024-03-14 00:00:09 [77] 1rkXyz-000123-AB "
					   "Completed\n")) >= 50);
	assert_int_equal(exim_mainlog_sniff(STR("Mar 14 00:00:09 mail sendmail[1]: x\n"
						"Mar 14 00:00:10 mail sendmail[1]: y\n")),
			 0);
	assert_int_equal(exim_mainlog_sniff(STR("2024-03-14 00:00:09,INFO,something\n")), 0);
	assert_int_equal(exim_mainlog_sniff(STR("")), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_line_cap),
		cmocka_unit_test(test_registry),
		cmocka_unit_test(test_decode_cache),
		cmocka_unit_test(test_rollover),
		cmocka_unit_test(test_txn_multi_and_deferred),
		cmocka_unit_test(test_txn_interleaved),
		cmocka_unit_test(test_txn_eviction_and_flush),
		cmocka_unit_test(test_txn_rcpt_cap),
		cmocka_unit_test(test_txn_reuse),
		cmocka_unit_test(test_txn_postfix_exim),
		cmocka_unit_test(test_exim_sniff),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
