/*
 * conformance.c - the IDS decoders against the shared IPS samples in
 * $RETRACE_SOURCE_ROOT/../shared/conformance: ips/expected.jsonl (fields of
 * Suricata EVE and Snort/Suricata fast records, as copied from public docs)
 * and ossec/snort.jsonl (the addresses and rule id OSSEC's snort decoder
 * extracts). Every field named there is compared; the figures are printed
 * and every record must agree. Deliberate reading of the notes: a record
 * whose address is masked ("x.x.250.50", "a strict decoder should reject or
 * flag it") agrees when the decoder rejects the line. Tests skip when the
 * data is absent.
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
#include "decode/snort_fast.h"
#include "decode/suricata_eve.h"

enum { LINE_CAP = 1 << 16, YEAR = 2024 };

/* Line `no` (1-based) of a conformance file, into buf; false if missing. */
static bool data_line(const char *rel, long no, char *buf, size_t size)
{
	FILE *f = conf_open(rel);
	bool ok = false;
	if (!f)
		return false;
	for (long i = 1; fgets(buf, (int)size, f); i++)
		if (i == no) {
			buf[strcspn(buf, "\n")] = '\0';
			ok = true;
			break;
		}
	fclose(f);
	return ok;
}

struct tally {
	int fields, agree;
};

static bool check(struct tally *t, bool ok, const char *file, long line, const char *what)
{
	t->fields++;
	if (ok)
		t->agree++;
	else
		printf("  %s:%ld: %s differs\n", file, line, what);
	return ok;
}

static bool same_ip(const char *want, bool has, const struct ip *got)
{
	struct ip w;
	return want && has && ip_parse(str_from_c(want), &w) == 0 && ip_eq(&w, got);
}

/*
 * The expected time: "2022-01-11T18:57:14.198005+00:00" (compared with the
 * event's own offset), "...T18:57:14.198005" (local: compared in the offset
 * the event was written with) or "--10-20T20:43:32.334621" (no year).
 */
static bool same_time(const char *want, const struct event *ev)
{
	char got[32];
	if (!want || ev->ts == TIME_UNKNOWN)
		return false;
	time_format_iso(ev->ts, ev->tz_offset_min, got);
	if (!strncmp(want, "--", 2))
		return strlen(want) >= 16 && !strncmp(want + 2, got + 5, 14);
	if (strlen(want) < 19 || strncmp(want, got, 19))
		return false;
	const char *zone = strpbrk(want + 19, "+-Z");
	return !zone || !strcmp(zone, got + 19) || (!strcmp(zone, "Z") && ev->tz_offset_min == 0);
}

/* Compare one decoded record with its expectation; true if every field agrees. */
static bool compare(struct tally *t, json_object *exp, const struct event *ev, const char *file,
		    long line)
{
	bool ok = true;
	json_object *v;
	char id[64];
	ok &= check(t, same_time(conf_jstr(exp, "time"), ev), file, line, "time");
	ok &= check(t, same_ip(conf_jstr(exp, "src"), ev->has_src_ip, &ev->src_ip), file, line,
		    "src");
	ok &= check(t, same_ip(conf_jstr(exp, "dst"), ev->has_dst_ip, &ev->dst_ip), file, line,
		    "dst");
	ok &= check(t, json_object_get_int(conf_jobj(exp, "src_port")) == ev->src_port, file, line,
		    "src_port");
	ok &= check(t, json_object_get_int(conf_jobj(exp, "dst_port")) == ev->dst_port, file, line,
		    "dst_port");
	ok &= check(t, str_ieq(ev->proto, str_from_c(conf_jstr(exp, "proto"))), file, line,
		    "proto");
	ok &= check(t, str_eq(ev->rule_name, str_from_c(conf_jstr(exp, "signature"))), file, line,
		    "signature");
	snprintf(id, sizeof(id), "%d:%d:%d", json_object_get_int(conf_jobj(exp, "gid")),
		 json_object_get_int(conf_jobj(exp, "sid")),
		 json_object_get_int(conf_jobj(exp, "rev")));
	ok &= check(t, str_eq(ev->rule_id, str_from_c(id)), file, line, "gid:sid:rev");
	const char *cls = conf_jstr(exp, "category") ? conf_jstr(exp, "category")
						     : conf_jstr(exp, "classification");
	ok &= check(t, str_eq(ev->reason, str_from_c(cls ? cls : "")), file, line,
		    "category/classification");
	v = conf_jobj(exp, "severity") ? conf_jobj(exp, "severity") : conf_jobj(exp, "priority");
	if (v) {
		snprintf(id, sizeof(id), "%d", json_object_get_int(v));
		ok &= check(t, str_eq(ev->pri, str_from_c(id)), file, line, "severity/priority");
	}
	const char *action = conf_jstr(exp, "action");
	bool blocked = action && (!strcmp(action, "drop") || !strcmp(action, "blocked"));
	ok &= check(t, ev->blocked == blocked, file, line, "action");
	ok &= check(t, ev->kind == EV_IPS_ALERT && ev->count == 1, file, line, "kind/count");
	return ok;
}

static void test_ips_expected(void **state)
{
	(void)state;
	FILE *f = conf_open("ips/expected.jsonl");
	if (!f) {
		skip();
		return;
	}
	struct eve_reader *r = malloc(sizeof(*r));
	char *exp_line = malloc(LINE_CAP), *rec = malloc(LINE_CAP);
	struct tally t = {0};
	int records = 0, agree = 0;
	eve_reader_init(r, 0);
	while (fgets(exp_line, LINE_CAP, f)) {
		json_object *exp = json_tokener_parse(exp_line);
		const char *file = conf_jstr(exp, "file");
		long line = json_object_get_int(conf_jobj(exp, "line"));
		char rel[256];
		struct event ev;
		struct diag d = {.file = file, .line = line};
		if (!file) {
			json_object_put(exp);
			continue;
		}
		records++;
		snprintf(rel, sizeof(rel), "ips/%s", file);
		assert_true(data_line(rel, line, rec, LINE_CAP));
		int rc = strstr(file, ".jsonl")
				 ? eve_line(r, str_from_c(rec), &ev, &d)
				 : snort_fast_line(str_from_c(rec), YEAR, 0, &ev, &d);
		if (conf_jstr(exp, "dst_note") && strstr(conf_jstr(exp, "dst_note"), "reject")) {
			/* masked address: rejecting the record is the documented reading */
			bool ok = check(&t, rc == -1 && strstr(d.msg, "dest_ip") != NULL, file,
					line, "rejection of the masked address");
			agree += ok;
		} else if (rc == -1) {
			printf("  %s:%ld: rejected: %s\n", file, line, d.msg);
			check(&t, false, file, line, "record");
		} else {
			agree += compare(&t, exp, &ev, file, line);
		}
		json_object_put(exp);
	}
	fclose(f);
	printf("ips conformance: %d/%d records agree, %d/%d fields\n", agree, records, t.agree,
	       t.fields);
	free(r);
	free(exp_line);
	free(rec);
	assert_true(records >= 6);
	assert_int_equal(agree, records);
}

static void test_ossec_snort(void **state)
{
	(void)state;
	FILE *f = conf_open("ossec/snort.jsonl");
	if (!f) {
		skip();
		return;
	}
	char *buf = malloc(LINE_CAP);
	struct tally t = {0};
	int records = 0, agree = 0;
	for (long no = 1; fgets(buf, LINE_CAP, f); no++) {
		json_object *o = json_tokener_parse(buf);
		json_object *exp = conf_jobj(o, "expect");
		const char *log = conf_jstr(o, "log");
		struct event ev;
		struct diag d = {.file = "ossec/snort.jsonl", .line = no};
		if (!log || !exp) {
			json_object_put(o);
			continue;
		}
		records++;
		bool ok = check(&t, snort_fast_line(str_from_c(log), YEAR, 0, &ev, &d) == 0, d.file,
				no, "decoding");
		if (ok) {
			ok &= check(&t, same_ip(conf_jstr(exp, "srcip"), ev.has_src_ip, &ev.src_ip),
				    d.file, no, "srcip");
			ok &= check(&t, same_ip(conf_jstr(exp, "dstip"), ev.has_dst_ip, &ev.dst_ip),
				    d.file, no, "dstip");
			ok &= check(&t, str_eq(ev.rule_id, str_from_c(conf_jstr(exp, "id"))),
				    d.file, no, "id");
		}
		agree += ok;
		json_object_put(o);
	}
	fclose(f);
	free(buf);
	printf("ossec snort conformance: %d/%d records agree, %d/%d fields\n", agree, records,
	       t.agree, t.fields);
	assert_true(records >= 1);
	assert_int_equal(agree, records);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ips_expected),
		cmocka_unit_test(test_ossec_snort),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
