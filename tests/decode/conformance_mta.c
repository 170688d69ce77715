/*
 * conformance_mta.c - the postfix, exim, dovecot, PAM and kernel (netfilter)
 * decoders measured against peer projects' expectations in
 * $RETRACE_SOURCE_ROOT/../shared/conformance: fail2ban's failure verdicts,
 * Wazuh/OSSEC decoded fields and rule meanings, CrowdSec parser results and
 * loghub's Linux sample. Each test prints its agreement figures and asserts
 * the minimum measured when the decoders were written (a drop is a
 * regression); a test skips when its data is absent. Known, deliberate
 * differences are listed beside each test. (conformance.c does the same for
 * sendmail and sshd.)
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
#include "decode/exim.h"

enum { LINE_CAP = 1 << 16 };

static bool is_auth_failure(const struct event *ev)
{
	return ev->kind == EV_AUTH && ev->outcome == OUTCOME_FAILURE;
}

static void test_fail2ban_postfix(void **state)
{
	(void)state;
	struct conf_f2b s = {0};
	if (conf_f2b_run("fail2ban/postfix.jsonl", &s) == -1)
		skip();
	conf_f2b_print("postfix", &s);
	/*
	 * Connection-level lines fail2ban's "ddos" mode counts (lost connection,
	 * HANGUP, COMMAND TIME LIMIT, disconnect with auth=0/1) are connection
	 * failures here, so they agree only leniently; "hostname ... does not
	 * resolve" (aggressive mode) is a DNS note, no failure. Extra: SASL
	 * failures and "lost connection after AUTH"-style lines fail2ban keeps
	 * for other modes.
	 */
	assert_true(s.agree >= 44);
	assert_true(s.agree_lenient >= 56);
	assert_true(s.extra <= 1);
	assert_int_equal(s.errors, 0);
	/* fail2ban's own "2005-03-7T02:09:33" is no ISO time; ours is right */
	assert_true(s.time_ok >= s.times - 1);
}

static void test_fail2ban_dovecot(void **state)
{
	(void)state;
	struct conf_f2b s = {0};
	if (conf_f2b_run("fail2ban/dovecot.jsonl", &s) == -1)
		skip();
	conf_f2b_print("dovecot", &s);
	/*
	 * Not agreeing, by design: the "aggressive" mode's disconnects without an
	 * authentication attempt (no auth attempts, TLS handshake failures) are
	 * EV_NONE here (11 lines); 4 lines carry daemontools TAI64 stamps that
	 * syslog framing does not take.
	 */
	assert_true(s.agree >= 41);
	assert_int_equal(s.extra, 0);
	assert_int_equal(s.errors, 0);
	assert_int_equal(s.time_ok, s.times);
}

/*
 * Wazuh / OSSEC: decoded srcip (or dstip) and user must match when given
 * (users compared without <>), and each rule's meaning must be our event's:
 * a table of rule ids to the kind (and outcome, and for firewall rules
 * "blocked") they stand for. Negative and multi-line cases are about rules,
 * not decoding, and are skipped.
 */
struct wz_score {
	int lines, ours, errors, ip, ip_ok, user, user_ok, cls, cls_ok;
};

struct rule_meaning {
	int id;
	enum event_kind kind;
	enum event_outcome outcome; /* OUTCOME_UNKNOWN: any */
	int blocked;                /* -1 any, 0 or 1 */
};

static const struct rule_meaning meanings[] = {
	/* postfix */
	{3300, EV_MAIL_REJECT, OUTCOME_FAILURE, -1},
	{3303, EV_MAIL_REJECT, OUTCOME_FAILURE, -1},
	{3306, EV_MAIL_REJECT, OUTCOME_FAILURE, -1},
	{3335, EV_MAIL_CONNECT, OUTCOME_FAILURE, -1},
	/* dovecot: 9702 failed, 9705/9771 invalid user, 9703/9704/9706/9707 notes */
	{9702, EV_AUTH, OUTCOME_FAILURE, -1},
	{9705, EV_AUTH, OUTCOME_FAILURE, -1},
	{9771, EV_AUTH, OUTCOME_FAILURE, -1},
	{9703, EV_NONE, OUTCOME_UNKNOWN, -1},
	{9704, EV_NONE, OUTCOME_UNKNOWN, -1},
	{9706, EV_NONE, OUTCOME_UNKNOWN, -1},
	{9707, EV_NONE, OUTCOME_UNKNOWN, -1},
	/* pam: 5503 login failed; 5501/5502 sessions; 2502 "N more failures" summary */
	{5503, EV_AUTH, OUTCOME_FAILURE, -1},
	{5501, EV_NONE, OUTCOME_UNKNOWN, -1},
	{5502, EV_NONE, OUTCOME_UNKNOWN, -1},
	{2502, EV_NONE, OUTCOME_UNKNOWN, -1},
	/* exim */
	{87502, EV_AUTH, OUTCOME_FAILURE, -1},
	{87504, EV_MAIL_CONNECT, OUTCOME_SUCCESS, -1},
	{87505, EV_MAIL_CONNECT, OUTCOME_FAILURE, -1},
	{87506, EV_MAIL_REJECT, OUTCOME_FAILURE, -1},
	{87507, EV_MAIL_REJECT, OUTCOME_FAILURE, -1},
	{87508, EV_MAIL_REJECT, OUTCOME_FAILURE, -1},
	/* iptables: 4100 any logged packet, 4101 a drop */
	{4100, EV_FW_PACKET, OUTCOME_UNKNOWN, -1},
	{4101, EV_FW_PACKET, OUTCOME_UNKNOWN, 1},
};

static const struct rule_meaning *meaning_of(int id)
{
	for (size_t i = 0; i < sizeof(meanings) / sizeof(meanings[0]); i++)
		if (meanings[i].id == id)
			return &meanings[i];
	return NULL;
}

static bool user_matches(struct str got, const char *want)
{
	return str_eq(str_unquote(got, '<', '>'), str_unquote(str_from_c(want), '<', '>'));
}

/* exim: the lines carry exim's own date, no syslog framing. */
static int wz_run(const char *rel, bool exim, struct wz_score *sc)
{
	FILE *f = conf_open(rel);
	char *buf = malloc(LINE_CAP);
	if (!f) {
		free(buf);
		return -1;
	}
	while (fgets(buf, LINE_CAP, f)) {
		json_object *o = json_tokener_parse(buf), *exp = conf_jobj(o, "expect");
		const char *log = conf_jstr(o, "log");
		struct event ev;
		struct diag d = {.file = rel};
		sc->lines++;
		if (!log || !exp || conf_jbool(o, "negative") || conf_jobj(o, "context_logs")) {
			json_object_put(o);
			continue;
		}
		struct syslog_line sl;
		struct diag quiet = {0};
		if (!exim && (syslog_parse(str_from_c(log), &sl, &quiet) == -1 ||
			      !decode_knows_program(sl.program))) {
			json_object_put(o); /* not framed, or no decoder's program */
			continue;
		}
		int rc = exim ? exim_mainlog_line(str_from_c(log), 0, &ev, &d)
			      : conf_decode_2005(log, &ev, &d);
		sc->ours++;
		if (rc == -1) {
			sc->errors++;
			printf("  %s: error: %s\n    %s\n", rel, d.msg, log);
			json_object_put(o);
			continue;
		}
		const char *ip =
			conf_jstr(exp, "srcip") ? conf_jstr(exp, "srcip") : conf_jstr(exp, "dstip");
		const char *user = conf_jstr(exp, "dstuser") ? conf_jstr(exp, "dstuser")
							     : conf_jstr(exp, "srcuser");
		if (ip) {
			sc->ip++;
			sc->ip_ok += conf_names_host(&ev, ip);
			if (!conf_names_host(&ev, ip) && conf_verbose())
				printf("  ip %s: %s\n", ip, log);
		}
		if (user) {
			sc->user++;
			sc->user_ok += user_matches(ev.user, user);
			if (!user_matches(ev.user, user) && conf_verbose())
				printf("  user %s, got %.*s: %s\n", user, STR_FMT(ev.user), log);
		}
		const struct rule_meaning *m = meaning_of(conf_jint(exp, "rule_id", 0));
		if (m) {
			bool ok = ev.kind == m->kind &&
				  (m->outcome == OUTCOME_UNKNOWN || ev.outcome == m->outcome) &&
				  (m->blocked < 0 || ev.blocked == (m->blocked == 1));
			sc->cls++;
			sc->cls_ok += ok;
			if (!ok && conf_verbose())
				printf("  rule %d, kind %s: %s\n", m->id, event_kind_name(ev.kind),
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
	       "rule meanings agree %d/%d\n",
	       name, sc->ours, sc->lines, sc->errors, sc->ip_ok, sc->ip, sc->user_ok, sc->user,
	       sc->cls_ok, sc->cls);
}

static void test_wazuh_ossec(void **state)
{
	(void)state;
	static const struct {
		const char *rel;
		bool exim;
	} files[] = {
		{"wazuh/postfix.jsonl", false},  {"wazuh/exim.jsonl", true},
		{"wazuh/dovecot.jsonl", false},  {"wazuh/pam.jsonl", false},
		{"wazuh/iptables.jsonl", false}, {"wazuh/opensmtpd.jsonl", false},
		{"ossec/postfix.jsonl", false},  {"ossec/dovecot.jsonl", false},
		{"ossec/pam.jsonl", false},
	};
	enum { NFILES = sizeof(files) / sizeof(files[0]) };
	struct wz_score sc[NFILES] = {0}, all = {0};
	for (size_t i = 0; i < NFILES; i++) {
		if (wz_run(files[i].rel, files[i].exim, &sc[i]) == -1)
			skip();
		wz_print(files[i].rel, &sc[i]);
		all.ours += sc[i].ours;
		all.lines += sc[i].lines;
		all.errors += sc[i].errors;
		all.ip += sc[i].ip;
		all.ip_ok += sc[i].ip_ok;
		all.user += sc[i].user;
		all.user_ok += sc[i].user_ok;
		all.cls += sc[i].cls;
		all.cls_ok += sc[i].cls_ok;
	}
	wz_print("all", &all);
	assert_int_equal(all.errors, 0);
	/* OpenSMTPD ("smtpd") has no decoder: none of its lines may be claimed */
	assert_int_equal(sc[5].ours, 0);
	/*
	 * Known differences: dovecot's "Info:"-as-program lines (Dovecot 1.x log
	 * files) are not claimed; OSSEC's pam user for su is ruser= (the caller),
	 * ours and Wazuh's user= (the target); "vsftpd(pam_unix): check pass; user
	 * unknown" (rule 5504) is EV_NONE (the failure line follows it).
	 */
	assert_true(all.ours >= 49);
	assert_true(all.ip_ok >= 32 && all.ip_ok == all.ip);
	assert_true(all.user_ok >= 19 && all.user_ok >= all.user - 1);
	assert_true(all.cls_ok >= 47 && all.cls_ok == all.cls);
}

/*
 * CrowdSec parsers: a line the hub parses must name its source_ip, and its
 * log type must be our kind (failed auth: EV_AUTH failure; postfix reject and
 * non-SMTP command: EV_MAIL_REJECT; iptables: EV_FW_PACKET); a line the hub's
 * parsers refuse (final stage s00-raw) must give neither a failure nor a packet.
 */
struct cs_score {
	int lines, parsed, ip_ok, cls, cls_ok, refused, refused_ok, errors;
};

static int cs_run(const char *rel, struct cs_score *sc)
{
	FILE *f = conf_open(rel);
	char *buf = malloc(LINE_CAP);
	if (!f) {
		free(buf);
		return -1;
	}
	while (fgets(buf, LINE_CAP, f)) {
		json_object *o = json_tokener_parse(buf), *exp = conf_jobj(o, "expect");
		json_object *meta = conf_jobj(exp, "meta");
		const char *log = conf_jstr(o, "log"), *stage = conf_jstr(exp, "final_stage");
		struct event ev;
		struct diag d = {.file = rel};
		if (!log || !stage) {
			json_object_put(o);
			continue;
		}
		sc->lines++;
		int rc = conf_decode_2005(log, &ev, &d);
		if (rc == -1) {
			sc->errors++;
			printf("  %s: error: %s\n    %s\n", rel, d.msg, log);
			json_object_put(o);
			continue;
		}
		if (!strncmp(stage, "s00-raw", 7)) {
			sc->refused++;
			sc->refused_ok += !conf_is_failure(&ev) && ev.kind != EV_FW_PACKET;
			json_object_put(o);
			continue;
		}
		sc->parsed++;
		const char *ip = conf_jstr(meta, "source_ip"), *type = conf_jstr(meta, "log_type");
		const char *enh = conf_jstr(meta, "log_type_enh"),
			   *action = conf_jstr(meta, "action");
		const char *dovecot = conf_jstr(meta, "dovecot_login_result");
		sc->ip_ok += ip && conf_names_host(&ev, ip);
		int want = -1; /* 0 auth failure, 1 reject, 2 packet */
		if ((dovecot && !strcmp(dovecot, "auth_failed")) ||
		    (enh && !strcmp(enh, "spam-attempt")) ||
		    (type && !strcmp(type, "ssh_failed-auth")))
			want = 0;
		else if ((action && !strcmp(action, "reject")) ||
			 (enh && !strcmp(enh, "non-smtp-command")))
			want = 1;
		else if (type && !strcmp(type, "iptables_drop"))
			want = 2;
		if (want >= 0) {
			bool ok = want == 0   ? is_auth_failure(&ev)
				  : want == 1 ? ev.kind == EV_MAIL_REJECT
					      : ev.kind == EV_FW_PACKET;
			sc->cls++;
			sc->cls_ok += ok;
			if (!ok && conf_verbose())
				printf("  kind %s: %s\n", event_kind_name(ev.kind), log);
		}
		json_object_put(o);
	}
	fclose(f);
	free(buf);
	return 0;
}

static void test_crowdsec(void **state)
{
	(void)state;
	/*
	 * Minimums per file: source_ip named, log type agreeing, hub-refused lines
	 * we call no failure. sshd is sshd.c's (measured here as the brief asks):
	 * "Magic value check failed" is EV_NONE there ("bad banner"), and
	 * "Disconnected from totobad user ftp ... [preauth]", which the hub's
	 * grok refuses, is a pre-auth failure there.
	 */
	static const struct {
		const char *rel;
		int ip_ok, cls_ok, refused_ok;
	} files[] = {
		{"crowdsec/parsers/postfix-logs.jsonl", 7, 7, 0},
		{"crowdsec/parsers/dovecot-logs.jsonl", 15, 13, 0},
		{"crowdsec/parsers/iptables-logs.jsonl", 3, 3, 1},
		{"crowdsec/parsers/sshd-logs.jsonl", 23, 14, 0},
	};
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		struct cs_score s = {0};
		if (cs_run(files[i].rel, &s) == -1)
			skip();
		printf("crowdsec %s: %d lines, %d parsed by the hub: source_ip %d/%d, log type "
		       "%d/%d; %d refused by the hub, %d/%d not called a failure here; %d errors\n",
		       files[i].rel, s.lines, s.parsed, s.ip_ok, s.parsed, s.cls_ok, s.cls,
		       s.refused, s.refused_ok, s.refused, s.errors);
		assert_int_equal(s.errors, 0);
		assert_true(s.ip_ok >= files[i].ip_ok);
		assert_true(s.cls_ok >= files[i].cls_ok);
		assert_true(s.refused_ok >= files[i].refused_ok);
	}
}

/*
 * loghub Linux_2k: every line framed as syslog must decode without error,
 * and the lines of the programs pam.c and kernel.c own must agree with the
 * class their loghub template gives: "authentication failure; ..." a PAM
 * failure (with the rhost as client when there is one), session, check-pass
 * and boot lines EV_NONE.
 */
static void test_loghub_linux(void **state)
{
	(void)state;
	FILE *f = conf_open("loghub/Linux_2k.log");
	char *line = malloc(LINE_CAP);
	int lines = 0, unframed = 0, errors = 0, ours = 0, agree = 0, failures = 0, with_host = 0;
	struct syslog_clock clk;
	if (!f) {
		free(line);
		skip();
	}
	syslog_clock_init(&clk, 2005, 0);
	while (fgets(line, LINE_CAP, f)) {
		struct event ev;
		struct syslog_line sl;
		struct diag d = {.file = "Linux_2k.log", .line = ++lines};
		if (syslog_parse(str_from_c(line), &sl, &d) == -1) {
			unframed++;
			continue;
		}
		if (decode_syslog_line(str_from_c(line), &clk, &ev, &d) == -1) {
			errors++;
			printf("  line %d: %s\n", lines, d.msg);
			continue;
		}
		if (!decode_knows_program(ev.program))
			continue;
		ours++;
		bool fail = str_starts(sl.msg, STR("authentication failure;"));
		bool ok = fail ? is_auth_failure(&ev) : ev.kind == EV_NONE;
		if (fail) {
			failures++;
			with_host += ev.has_src_ip || ev.src_host.n;
		}
		agree += ok;
		if (!ok && conf_verbose())
			printf("  kind=%s: %s", event_kind_name(ev.kind), line);
	}
	fclose(f);
	free(line);
	printf("loghub Linux_2k: %d lines, %d without syslog framing, %d errors; %d lines of "
	       "pam/kernel programs, %d agree with their template class; %d PAM failures, %d "
	       "naming the client\n",
	       lines, unframed, errors, ours, agree, failures, with_host);
	assert_int_equal(errors, 0);
	assert_true(ours >= 927);
	assert_int_equal(agree, ours);
	assert_true(failures >= 489);
	assert_int_equal(with_host, failures);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fail2ban_postfix), cmocka_unit_test(test_fail2ban_dovecot),
		cmocka_unit_test(test_wazuh_ossec),      cmocka_unit_test(test_crowdsec),
		cmocka_unit_test(test_loghub_linux),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
