/*
 * unit.c - the IDS/IPS decoders' API contracts that golden files cannot
 * show: sniff scores on real and foreign heads, the EVE scratch lifetime,
 * the size and depth caps, NUL bytes, outputs set only on success, the
 * year argument and rollover, the syslog registry row, and the service a
 * signature names.
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
#include "decode/snort_fast.h"
#include "decode/suricata_eve.h"

#define FAST1                                                                                     \
	"01/11/2022-18:57:14.198005  [**] [1:2013028:6] ET POLICY curl User-Agent Outbound [**] " \
	"[Classification: Attempted Information Leak] [Priority: 2] {TCP} 10.0.2.15:59010 -> "    \
	"31.3.245.133:80"
#define FAST2                                                                                      \
	"10/20-20:43:39.741995  [Drop] [**] [1:10000002:0] cmd.exe test detected [**] [Priority: " \
	"0] {TCP} 10.1.4.2:59244 -> 10.1.7.2:80"
#define EVE1                                                                                      \
	"{\"timestamp\":\"2016-05-02T17:46:48.515262+0000\",\"event_type\":\"alert\",\"src_ip\":" \
	"\"16.10.10.10\",\"src_port\":5555,\"dest_ip\":\"16.10.10.11\",\"dest_port\":80,"         \
	"\"proto\":"                                                                              \
	"\"TCP\",\"alert\":{\"action\":\"allowed\",\"gid\":1,\"signature_id\":2019236,\"rev\":3," \
	"\"signature\":\"ET WEB_SERVER Possible CVE-2014-6271\",\"category\":\"Attempted "        \
	"Administrator Privilege Gain\",\"severity\":1}}"
#define EVE_FLOW                                                                                 \
	"{\"timestamp\":\"2016-05-02T17:46:49.000000+0000\",\"event_type\":\"flow\",\"src_ip\":" \
	"\"16.10.10.10\"}"

static struct str S(const char *c) {
	return str_from_c(c);
}

static bool
eq(struct str s, const char *c)
{
	return str_eq(s, str_from_c(c));
}

static void test_fast_sniff(void **state)
{
	(void)state;
	assert_true(snort_fast_sniff(S(FAST1 "\n" FAST2 "\n")) >= 90);
	/* the peek cut the last line: it is not held against the file */
	assert_true(snort_fast_sniff(S(FAST1 "\n" FAST2 "\n01/11/2022-18:57:1")) >= 90);
	assert_true(snort_fast_sniff(S(FAST1)) >= 90);
	assert_int_equal(snort_fast_sniff(S("")), 0);
	assert_int_equal(snort_fast_sniff(S(EVE1 "\n")), 0);
	assert_int_equal(
		snort_fast_sniff(S("Mar 14 00:00:01 ids snort[1]: [1:1:1] x [Priority: 1]: {TCP} "
				   "1.2.3.4:1 -> 5.6.7.8:2\n")),
		0);
	assert_int_equal(snort_fast_sniff(S("time,src,dst,attack\n2024-03-14,1.2.3.4,5.6.7.8,x\n")),
			 0);
	/* one stray line among alerts still reads as a fast log */
	assert_true(snort_fast_sniff(S("# header\n" FAST1 "\n" FAST2 "\n")) > 50);
}

static void test_eve_sniff(void **state)
{
	(void)state;
	assert_true(eve_sniff(S(EVE1 "\n" EVE_FLOW "\n")) >= 90);
	/* a first record longer than the peek: recognised from its start */
	assert_true(eve_sniff(S("{\"timestamp\":\"2016-05-02T17:46:48.515262+0000\",\"flow_id\":1,"
				"\"event_type\":\"alert\",\"payload\":\"AAAA")) >= 50);
	assert_int_equal(eve_sniff(S(FAST1 "\n")), 0);
	assert_int_equal(eve_sniff(S("{\"a\":1}\n{\"b\":2}\n")), 0);
	/* a SIEM document that embeds an EVE record is not EVE itself */
	assert_int_equal(
		eve_sniff(S("{\"timestamp\":\"2024-03-14T00:00:00Z\",\"data\":{\"event_type\":"
			    "\"alert\"}}\n")),
		0);
	assert_int_equal(eve_sniff(S("")), 0);
}

static void test_eve_scratch_lifetime(void **state)
{
	(void)state;
	struct eve_reader *r = malloc(sizeof(*r));
	struct event ev;
	struct diag d = {.file = "eve.json", .line = 1};
	char *line = strdup(EVE1);
	assert_non_null(r);
	eve_reader_init(r, 0);
	assert_int_equal(eve_line(r, S(line), &ev, &d), 0);
	/* the strings outlive json-c's objects and the input line itself */
	memset(line, 'x', strlen(line));
	free(line);
	assert_int_equal(ev.kind, EV_IPS_ALERT);
	assert_true(eq(ev.rule_name, "ET WEB_SERVER Possible CVE-2014-6271"));
	assert_true(eq(ev.rule_id, "1:2019236:3"));
	assert_true(eq(ev.reason, "Attempted Administrator Privilege Gain"));
	assert_true(eq(ev.proto, "TCP"));
	assert_true(eq(ev.pri, "1"));
	assert_true(ev.rule_name.p >= r->scratch && ev.rule_name.p < r->scratch + EVE_SCRATCH);
	assert_int_equal(ev.ts, 1462211208);
	assert_int_equal(ev.count, 1);
	assert_false(ev.blocked);
	free(r);
}

static void test_eve_caps(void **state)
{
	(void)state;
	struct eve_reader *r = malloc(sizeof(*r));
	struct event ev;
	struct diag d = {0};
	eve_reader_init(r, 0);

	/* one byte over the line cap */
	size_t n = (size_t)EVE_LINE_MAX + 1;
	char *big = malloc(n);
	memset(big, ' ', n);
	big[0] = '{';
	big[n - 1] = '}';
	assert_int_equal(eve_line(r, (struct str){big, n}, &ev, &d), -1);
	assert_non_null(strstr(d.msg, "longer than"));
	free(big);

	/* a signature past its cap */
	char *sig = malloc(8192);
	int len = snprintf(sig, 8192,
			   "{\"timestamp\":\"2024-03-14T00:00:00Z\",\"event_type\":\"alert\","
			   "\"alert\":{\"signature\":\"%03000d\"}}",
			   7);
	assert_int_equal(eve_line(r, (struct str){sig, (size_t)len}, &ev, &d), -1);
	assert_non_null(strstr(d.msg, "alert.signature"));
	free(sig);

	/* NUL bytes are refused before json-c sees them */
	static const char nul[] =
		"{\"timestamp\":\"2024-03-14T00:00:00Z\",\"event_type\":\"fl\0w\"}";
	assert_int_equal(eve_line(r, (struct str){nul, sizeof(nul) - 1}, &ev, &d), -1);
	assert_non_null(strstr(d.msg, "NUL"));

	/* exactly EVE_DEPTH_MAX levels are fine, one more is not */
	char deep[256];
	for (int depth = EVE_DEPTH_MAX; depth <= EVE_DEPTH_MAX + 1; depth++) {
		int k = snprintf(
			deep, sizeof(deep),
			"{\"timestamp\":\"2024-03-14T00:00:00Z\",\"event_type\":\"x\",\"d\":");
		for (int i = 0; i < depth - 1; i++)
			deep[k++] = '[';
		for (int i = 0; i < depth - 1; i++)
			deep[k++] = ']';
		deep[k++] = '}';
		int rc = eve_line(r, (struct str){deep, (size_t)k}, &ev, &d);
		assert_int_equal(rc, depth <= EVE_DEPTH_MAX ? 0 : -1);
	}
	free(r);
}

static void test_eve_non_alert_and_failure(void **state)
{
	(void)state;
	struct eve_reader *r = malloc(sizeof(*r));
	struct event ev;
	struct diag d = {0};
	eve_reader_init(r, 540);
	assert_int_equal(eve_line(r, S(EVE_FLOW), &ev, &d), 0);
	assert_int_equal(ev.kind, EV_NONE);
	assert_true(eq(ev.reason, "flow"));
	/* a failing line leaves a cleared event, never half of one */
	assert_int_equal(eve_line(r,
				  S("{\"timestamp\":\"2024-03-14T00:00:00\",\"event_type\":"
				    "\"alert\",\"src_ip\":\"10.0.0.1\",\"alert\":{}}"),
				  &ev, &d),
			 -1);
	assert_int_equal(ev.kind, EV_NONE);
	assert_false(ev.has_src_ip);
	/* a time without an offset is in the reader's zone */
	assert_int_equal(eve_line(r,
				  S("{\"timestamp\":\"2024-03-14T09:00:00\",\"event_type\":\"x\"}"),
				  &ev, &d),
			 0);
	assert_int_equal(ev.ts, 1710374400);
	assert_int_equal(ev.tz_offset_min, 540);
	free(r);
}

static void test_fast_year_and_clock(void **state)
{
	(void)state;
	struct event ev;
	struct diag d = {.file = "alert", .line = 3};
	assert_int_equal(snort_fast_line(S(FAST2), 2021, 0, &ev, &d), 0);
	assert_int_equal(ev.ts, 1634762619); /* 2021-10-20T20:43:39Z */
	assert_true(ev.blocked);
	assert_true(eq(ev.rule_id, "1:10000002:0"));
	assert_int_equal(snort_fast_line(S(FAST2), 2021, 540, &ev, &d), 0);
	assert_int_equal(ev.ts, 1634762619 - 540 * 60);
	assert_int_equal(ev.tz_offset_min, 540);
	/* a dated line ignores the year argument */
	assert_int_equal(snort_fast_line(S(FAST1), 1999, 0, &ev, &d), 0);
	assert_int_equal(ev.ts, 1641927434);

	struct syslog_clock clk;
	syslog_clock_init(&clk, 2023, 0);
	assert_int_equal(snort_fast_line_clock(S("12/31-23:59:59.0  [**] [1:1:1] a [**] {TCP} "
						 "1.2.3.4:1 -> 5.6.7.8:2"),
					       &clk, &ev, &d),
			 0);
	assert_int_equal(ev.ts, 1704067199);
	assert_int_equal(snort_fast_line_clock(S("01/01-00:00:01.0  [**] [1:1:1] a [**] {TCP} "
						 "1.2.3.4:1 -> 5.6.7.8:2"),
					       &clk, &ev, &d),
			 0);
	assert_int_equal(ev.ts, 1704067201);
}

static void test_fast_failure(void **state)
{
	(void)state;
	struct event ev;
	struct diag d = {.file = "fast.log", .line = 7};
	assert_int_equal(snort_fast_line(S("10/20-20:43:39.741995  [**] [1:1:1] x [**] {TCP} "
					   "10.1.4.2:1 10.1.7.2:80"),
					 2024, 0, &ev, &d),
			 -1);
	assert_int_equal(ev.kind, EV_NONE);
	assert_int_equal(d.nerr, 1);
	assert_int_equal(d.line, 7);
	assert_int_equal(d.col, 50);
	assert_non_null(strstr(d.msg, "SOURCE -> DESTINATION"));
	char where[64];
	diag_where(&d, where, sizeof(where));
	assert_string_equal(where, "fast.log:7:50: ");

	size_t n = LINE_MAX_BYTES + 1;
	char *big = malloc(n);
	memcpy(big, FAST1, sizeof(FAST1) - 1);
	memset(big + sizeof(FAST1) - 1, ' ', n - (sizeof(FAST1) - 1));
	assert_int_equal(snort_fast_line((struct str){big, n}, 2024, 0, &ev, &d), -1);
	assert_non_null(strstr(d.msg, "longer than"));
	free(big);
	/* CRLF line ends are fine */
	assert_int_equal(snort_fast_line(S(FAST1 "\r\n"), 2024, 0, &ev, &d), 0);
	assert_int_equal(ev.dst_port, 80);
}

static void test_msg_parse(void **state)
{
	(void)state;
	struct event ev;
	struct diag d = {0};
	event_clear(&ev);
	ev.host = STR("ids");
	assert_int_equal(
		snort_msg_parse(S("[1:2003:8] MS-SQL Worm [Classification: Misc Attack] "
				  "[Priority: 2]: {UDP} 203.0.113.9:1234 -> 192.0.2.10:1434"),
				&ev, &d),
		0);
	assert_int_equal(ev.kind, EV_IPS_ALERT);
	assert_true(eq(ev.host, "ids")); /* not cleared: the syslog path set it */
	assert_true(eq(ev.rule_name, "MS-SQL Worm"));
	assert_true(eq(ev.reason, "Misc Attack"));
	assert_int_equal(ev.dst_port, 1434);

	event_clear(&ev);
	assert_int_equal(snort_msg_parse(S("Snort initialization completed"), &ev, &d), 0);
	assert_int_equal(ev.kind, EV_NONE);
	assert_int_equal(snort_msg_parse(S("[100] <Notice> -- engine started."), &ev, &d), 0);
	assert_int_equal(ev.kind, EV_NONE);

	/* a malformed alert leaves ev as it was */
	ev.host = STR("keep");
	assert_int_equal(
		snort_msg_parse(S("[1:1:1] sig [Priority: 1]: {TCP} 1.2.3.4:1 -> x"), &ev, &d), -1);
	assert_int_equal(ev.kind, EV_NONE);
	assert_true(eq(ev.host, "keep"));
	assert_true(ev.rule_name.n == 0);

	/* Suricata's unbracketed IPv6 ICMP endpoints carry type and code */
	event_clear(&ev);
	ev.program = STR("suricata");
	assert_int_equal(snort_msg_parse(S("[1:1:1] v6 [Priority: 3] {IPV6-ICMP} fe80::1:135 -> "
					   "ff02::1:0"),
					 &ev, &d),
			 0);
	char buf[IP_TEXT_MAX];
	assert_string_equal(ip_format(&ev.src_ip, buf), "fe80::1");
	assert_string_equal(ip_format(&ev.dst_ip, buf), "ff02::1");
	/* the same text from Snort, which writes no ports for ICMP, is two addresses */
	event_clear(&ev);
	ev.program = STR("snort");
	assert_int_equal(snort_msg_parse(S("[1:1:1] v6 [Priority: 3] {IPV6-ICMP} fe80::1:135 -> "
					   "ff02::1:0"),
					 &ev, &d),
			 0);
	assert_string_equal(ip_format(&ev.src_ip, buf), "fe80::1:135");
	assert_string_equal(ip_format(&ev.dst_ip, buf), "ff02::1:0");
}

static void test_registry(void **state)
{
	(void)state;
	const char *names[] = {"snort", "snort3", "suricata"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const struct line_decoder *dec = decode_for_program(S(names[i]));
		assert_non_null(dec);
		assert_string_equal(dec->name, "snort");
		assert_true(decode_knows_program(S(names[i])));
	}
	struct syslog_clock clk;
	struct event ev;
	struct diag d = {0};
	syslog_clock_init(&clk, 2024, 0);
	assert_int_equal(decode_syslog_line(S("Mar 14 00:00:01 ids snort[1]: [1:1:1] x "
					      "[Priority: 1]: {TCP} 1.2.3.4:5 -> 6.7.8.9:22"),
					    &clk, &ev, &d),
			 0);
	assert_int_equal(ev.kind, EV_IPS_ALERT);
	assert_int_equal(ev.service, SVC_SSH);
	assert_int_equal(ev.pid, 1);
}

static void test_service(void **state)
{
	(void)state;
	assert_int_equal(snort_alert_service(S("anything"), 22), SVC_SSH);
	assert_int_equal(snort_alert_service(S("ET SCAN Potential SSH Scan"), 2222), SVC_SSH);
	assert_int_equal(snort_alert_service(S("GPL TELNET Bad Login"), 0), SVC_TELNET);
	assert_int_equal(snort_alert_service(S("ET POLICY SFTP session"), 8022), SVC_OTHER);
	assert_int_equal(snort_alert_service(S("tftp transfer"), 0), SVC_UNKNOWN);
	assert_int_equal(snort_alert_service(S("FTP brute force"), 0), SVC_FTP);
	assert_int_equal(snort_alert_service(S("ET EXPLOIT smtp"), 0), SVC_SMTP);
	assert_int_equal(snort_alert_service(S("MS Remote Desktop"), 0), SVC_OTHER);
	assert_int_equal(snort_alert_service(S("curl"), 80), SVC_OTHER);
	assert_int_equal(snort_alert_service(S("curl"), 0), SVC_UNKNOWN);
	/* the port wins over a signature naming another service */
	assert_int_equal(snort_alert_service(S("SSH banner on a mail port"), 25), SVC_SMTP);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fast_sniff),
		cmocka_unit_test(test_eve_sniff),
		cmocka_unit_test(test_eve_scratch_lifetime),
		cmocka_unit_test(test_eve_caps),
		cmocka_unit_test(test_eve_non_alert_and_failure),
		cmocka_unit_test(test_fast_year_and_clock),
		cmocka_unit_test(test_fast_failure),
		cmocka_unit_test(test_msg_parse),
		cmocka_unit_test(test_registry),
		cmocka_unit_test(test_service),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
