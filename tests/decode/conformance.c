/*
 * conformance.c - the sendmail and sshd decoders measured against peer
 * projects' expectations in $RETRACE_SOURCE_ROOT/../shared/conformance:
 * Wazuh/OSSEC decoded fields, fail2ban failure verdicts and loghub's
 * independent line classification. Each test prints its agreement figures and
 * asserts the minimum measured when the decoders were written (a drop is a
 * regression); a test skips when its data is absent. Known, deliberate
 * differences are listed beside each test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "conformance.h"
#include "decode/decode.h"

enum { LINE_CAP = 1 << 16 };

static void test_fail2ban_sendmail(void **state)
{
	(void)state;
	struct conf_f2b a = {0}, r = {0};
	if (conf_f2b_run("fail2ban/sendmail-auth.jsonl", &a) == -1 ||
	    conf_f2b_run("fail2ban/sendmail-reject.jsonl", &r) == -1)
		skip();
	conf_f2b_print("sendmail-auth", &a);
	conf_f2b_print("sendmail-reject", &r);
	assert_int_equal(a.agree, a.match);
	assert_int_equal(a.errors, 0);
	assert_int_equal(a.unframed, 0); /* every line reaches a decoder */
	/* from= with nrcpts=0 after "User unknown": fail2ban joins them by queue id */
	assert_true(r.agree >= 27);
	assert_true(r.agree_lenient >= 35);
	assert_int_equal(r.extra, 0);
	assert_int_equal(r.errors, 0);
	assert_int_equal(r.unframed, 0); /* every line reaches a decoder */
	assert_int_equal(a.time_ok + r.time_ok, a.times + r.times);
}

static void test_fail2ban_sshd(void **state)
{
	(void)state;
	struct conf_f2b s = {0};
	if (conf_f2b_run("fail2ban/sshd.jsonl", &s) == -1)
		skip();
	conf_f2b_print("sshd", &s);
	/*
	 * Not agreeing, by design: connection-level lines fail2ban's "ddos" mode
	 * counts (no banner, kex failures, timeouts: EV_NONE with the client here),
	 * and lines fail2ban ties to an address through earlier lines of the
	 * session. Extra: pam_unix and publickey failures and [preauth]
	 * disconnects, which fail2ban counts only joined to other lines.
	 */
	assert_true(s.agree >= 79);
	assert_true(s.extra <= 13);
	assert_int_equal(s.errors, 0);
	assert_int_equal(s.unframed, 0); /* every line reaches a decoder */
}

/*
 * Wazuh / OSSEC: the decoded srcip and user must match when given, and the
 * rules that mean a failed or refused login must be EV_AUTH failures (a
 * sendmail reject rule: EV_MAIL_REJECT). Negative and multi-line cases are
 * about rules, not decoding, and are skipped.
 */
struct wz_score {
	int lines, ours, errors, ip, ip_ok, user, user_ok, cls, cls_ok;
};

static bool is_auth_fail_rule(int id)
{
	static const int ids[] = {5710, 5711, 5712, 5716, 5718, 5720, 5758,
				  5760, 5763, 3105, 3103, 3104, 3108};
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
		if (ids[i] == id)
			return true;
	return false;
}

static int wz_run(const char *rel, struct wz_score *sc)
{
	FILE *f = conf_open(rel);
	char *buf = malloc(LINE_CAP);
	if (!f) {
		free(buf);
		return -1;
	}
	while (fgets(buf, LINE_CAP, f)) {
		json_object *o = json_tokener_parse(buf), *exp = NULL, *ctx = NULL;
		const char *log = conf_jstr(o, "log");
		json_object_object_get_ex(o, "expect", &exp);
		json_object_object_get_ex(o, "context_logs", &ctx);
		struct event ev;
		struct diag d = {.file = rel};
		sc->lines++;
		if (!log || !exp || conf_jbool(o, "negative") || ctx) {
			json_object_put(o);
			continue;
		}
		int rc = conf_decode_2005(log, &ev, &d);
		if (rc == 0 && !decode_knows_program(ev.program)) {
			json_object_put(o);
			continue;
		}
		sc->ours++;
		if (rc == -1) {
			sc->errors++;
			printf("  %s: error: %s\n    %s\n", rel, d.msg, log);
			json_object_put(o);
			continue;
		}
		const char *ip = conf_jstr(exp, "srcip");
		const char *user = conf_jstr(exp, "dstuser") ? conf_jstr(exp, "dstuser")
							     : conf_jstr(exp, "srcuser");
		if (ip) {
			sc->ip++;
			sc->ip_ok += conf_names_host(&ev, ip);
		}
		if (user) {
			sc->user++;
			sc->user_ok += str_eq(ev.user, str_from_c(user));
		}
		int rule = conf_jint(exp, "rule_id", 0);
		if (is_auth_fail_rule(rule)) {
			bool mail = rule < 5000;
			sc->cls++;
			bool ok = mail ? ev.kind == EV_MAIL_REJECT
				       : ev.kind == EV_AUTH && ev.outcome == OUTCOME_FAILURE;
			sc->cls_ok += ok;
			if (!ok && conf_verbose())
				printf("  rule %d, kind %s: %s\n", rule, event_kind_name(ev.kind),
				       log);
		}
		json_object_put(o);
	}
	fclose(f);
	free(buf);
	return 0;
}

static void wz_print(const char *name, const struct wz_score *sc)
{
	printf("%s: %d decoded lines of %d, %d errors; srcip %d/%d, user %d/%d, "
	       "failure rules classified %d/%d\n",
	       name, sc->ours, sc->lines, sc->errors, sc->ip_ok, sc->ip, sc->user_ok, sc->user,
	       sc->cls_ok, sc->cls);
}

static void test_wazuh_ossec(void **state)
{
	(void)state;
	struct wz_score sm = {0}, ws = {0}, os = {0};
	if (wz_run("wazuh/sendmail.jsonl", &sm) == -1 || wz_run("wazuh/sshd.jsonl", &ws) == -1 ||
	    wz_run("ossec/sshd.jsonl", &os) == -1)
		skip();
	wz_print("wazuh sendmail", &sm);
	wz_print("wazuh sshd", &ws);
	wz_print("ossec sshd", &os);
	assert_int_equal(sm.errors + ws.errors + os.errors, 0);
	/* "12001:0db8:::0d0b" is no address: we keep only the name for that line */
	assert_true(sm.ip_ok >= sm.ip - 1);
	assert_int_equal(sm.cls_ok, sm.cls);
	/* "183.106.179.x" (anonymised) stays a name, not an address */
	assert_true(ws.ip_ok >= ws.ip - 1 && os.ip_ok >= os.ip - 1);
	assert_int_equal(ws.user_ok, ws.user);
	assert_int_equal(os.user_ok, os.user);
	/* "Postponed ... for invalid user": EV_NONE here (the Invalid user line counts) */
	assert_true(ws.cls_ok >= ws.cls - 1);
	assert_true(os.cls_ok >= os.cls - 1);
}

/*
 * loghub OpenSSH_2k: every line must decode, and the decoders' classes must
 * agree with loghub's event templates (E1 success; E8-E10, E13, E14 failed
 * attempts; E19/E20 pam_unix failures; E2, E4-E7, E24, E25 failures before
 * authentication; the rest carry no attempt).
 */
static void test_loghub(void **state)
{
	(void)state;
	FILE *logf = conf_open("loghub/OpenSSH_2k.log");
	FILE *csv = conf_open("loghub/OpenSSH_2k.log_structured.csv");
	char *line = malloc(LINE_CAP), *row = malloc(LINE_CAP);
	int lines = 0, errors = 0, agree = 0, with_ip = 0;
	struct syslog_clock clk;

	if (!logf || !csv) {
		if (logf)
			fclose(logf);
		if (csv)
			fclose(csv);
		free(line);
		free(row);
		skip();
	}
	syslog_clock_init(&clk, 2016, 0);
	(void)fgets(row, LINE_CAP, csv); /* header */
	while (fgets(line, LINE_CAP, logf) && fgets(row, LINE_CAP, csv)) {
		struct event ev;
		struct diag d = {.file = "OpenSSH_2k.log", .line = ++lines};
		int rc = decode_syslog_line(str_from_c(line), &clk, &ev, &d);
		if (rc == -1) {
			errors++;
			printf("  line %d: %s\n", lines, d.msg);
			continue;
		}
		/* the EventId column: ",E<n>," after the Content column */
		const char *e = strstr(row, ",E");
		const char *next;
		while (e && (next = strstr(e + 1, ",E")) != NULL)
			e = next;
		int id = e ? atoi(e + 2) : 0;
		bool want_fail = (id >= 8 && id <= 10) || id == 13 || id == 14 || id == 19 ||
				 id == 20 || id == 2 || (id >= 4 && id <= 7) || id == 24 ||
				 id == 25;
		bool ok;
		if (id == 1)
			ok = ev.kind == EV_AUTH && ev.outcome == OUTCOME_SUCCESS && ev.has_src_ip;
		else if (want_fail)
			ok = ev.kind == EV_AUTH && ev.outcome == OUTCOME_FAILURE;
		else
			ok = ev.kind == EV_NONE;
		agree += ok;
		with_ip += ev.has_src_ip;
		if (!ok && conf_verbose())
			printf("  E%d kind=%s: %s", id, event_kind_name(ev.kind), line);
	}
	fclose(logf);
	fclose(csv);
	free(line);
	free(row);
	printf("loghub OpenSSH_2k: %d lines, %d errors, %d/%d agree with the event templates, "
	       "%d with a client address\n",
	       lines, errors, agree, lines, with_ip);
	assert_int_equal(errors, 0);
	assert_true(lines >= 1999);
	assert_true(agree >= lines);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fail2ban_sendmail),
		cmocka_unit_test(test_fail2ban_sshd),
		cmocka_unit_test(test_wazuh_ossec),
		cmocka_unit_test(test_loghub),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
