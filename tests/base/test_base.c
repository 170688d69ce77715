/*
 * test_base.c - unit tests of the base layer: slices, IP ranges, civil time
 * and the syslog clock, CSV records, the capped map, the arena.
 */
#include <arpa/inet.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "base/arena.h"
#include "base/csv.h"
#include "base/ip.h"
#include "base/map.h"
#include "base/str.h"
#include "base/time.h"

static void test_str_cut_and_trim(void **state)
{
	(void)state;
	struct str s = STR("a,b,,c");
	assert_true(str_eq(str_cut(&s, ','), STR("a")));
	assert_true(str_eq(str_cut(&s, ','), STR("b")));
	assert_true(str_eq(str_cut(&s, ','), STR("")));
	assert_true(str_eq(str_cut(&s, ','), STR("c")));
	assert_int_equal(s.n, 0);
	assert_true(str_eq(str_trim(STR(" \t x y \r\n")), STR("x y")));
	assert_true(str_ieq(STR("KIM@Mail.Test.com"), STR("kim@mail.test.COM")));
	assert_int_equal(str_find(STR("hello world"), STR("o w")), 4);
	assert_int_equal(str_ifind(STR("Hello World"), STR("WORLD")), 6);
	assert_int_equal(str_find(STR("abc"), STR("abcd")), -1);
	/* slices may hold NUL bytes */
	struct str nul = {"a\0b", 3};
	assert_int_equal(str_chr(nul, 'b'), 2);
}

static void test_str_numbers(void **state)
{
	(void)state;
	uint64_t v;
	assert_int_equal(str_to_u64(STR(" 42 "), 100, &v), 0);
	assert_int_equal(v, 42);
	assert_int_equal(str_to_u64(STR("101"), 100, &v), -1);
	assert_int_equal(str_to_u64(STR("4x"), 100, &v), -1);
	assert_int_equal(str_to_u64(STR(""), 100, &v), -1);
	assert_int_equal(str_to_u64(STR("99999999999999999999999"), UINT64_MAX, &v), -1);
}

static void test_ip(void **state)
{
	(void)state;
	struct ip a, b;
	char buf[IP_TEXT_MAX];
	assert_int_equal(ip_parse(STR("[218.49.112.67]"), &a), 0);
	assert_string_equal(ip_format(&a, buf), "218.49.112.67");
	assert_int_equal(ip_parse(STR("IPv6:2001:db8::1"), &b), 0);
	assert_string_equal(ip_format(&b, buf), "2001:db8::1");
	assert_int_equal(ip_parse(STR("::ffff:10.0.0.1"), &b), 0);
	assert_true(ip_is_v4(&b));
	assert_int_equal(ip_parse(STR("999.1.1.1"), &a), -1);
	assert_int_equal(ip_parse(STR("1.2.3.4 5"), &a), -1);
	/* the IPv4 fast path answers exactly as inet_pton(AF_INET) would */
	static const char *const v4[] = {
		"0.0.0.0",  "255.255.255.255", "1.2.3.4",   "01.2.3.4", "1.2.3.04",   "1.2.3",
		"1.2.3.4.", "1.2.3.4.5",       "256.1.1.1", "1..2.3",   ".1.2.3",     "1.2.3.0400",
		"1.2.3.-1", "1.2.3.4a",        "0.0.0.00",  "00.0.0.0", "10.1.1.255",
	};
	for (size_t i = 0; i < sizeof(v4) / sizeof(v4[0]); i++) {
		unsigned char want[4];
		int ok = inet_pton(AF_INET, v4[i], want);
		int rc = ip_parse(str_from_c(v4[i]), &a);
		assert_int_equal(rc, ok == 1 ? 0 : -1);
		if (ok == 1) {
			assert_true(ip_is_v4(&a));
			assert_memory_equal(a.b + 12, want, 4);
		}
	}

	struct ip_range r;
	assert_int_equal(ip_range_parse(STR("172.16.1.0/24"), &r), 0);
	ip_parse(STR("172.16.1.10"), &a);
	assert_true(ip_range_contains(&r, &a));
	ip_parse(STR("172.16.2.10"), &a);
	assert_false(ip_range_contains(&r, &a));
	assert_int_equal(ip_range_parse(STR("10.0.0.5-9"), &r), 0);
	ip_parse(STR("10.0.0.9"), &a);
	assert_true(ip_range_contains(&r, &a));
	assert_int_equal(ip_range_parse(STR("Any"), &r), 0);
	assert_true(ip_range_is_any(&r));
	assert_int_equal(ip_range_parse(STR("10.0.0.9-10.0.0.5"), &r), -1);
	assert_int_equal(ip_range_parse(STR("10.0.0.0/33"), &r), -1);
	ip_parse(STR("192.168.1.12"), &a);
	assert_true(ip_is_private(&a));
	ip_parse(STR("123.123.123.123"), &a);
	assert_false(ip_is_private(&a));
}

static void test_time_civil(void **state)
{
	(void)state;
	struct civil c;
	size_t used;
	assert_int_equal(time_parse_syslog(STR("Mar  4 00:00:09 mail x"), &c, &used), 0);
	assert_int_equal(used, 15);
	assert_int_equal(c.month, 3);
	assert_int_equal(c.day, 4);
	assert_false(c.has_year);
	assert_int_equal(time_parse_syslog(STR("2024-03-14T00:00:09.5+09:00 mail"), &c, &used), 0);
	assert_true(c.has_offset);
	assert_int_equal(c.offset_min, 540);
	char buf[32];
	assert_string_equal(time_format_iso(civil_to_epoch(&c, 0), 540, buf),
			    "2024-03-14T00:00:09+09:00");
	assert_int_equal(time_parse_rfc5322(STR("Thu, 14 Mar 2024 00:00:40 +0900"), &c), 0);
	assert_int_equal(civil_to_epoch(&c, 0), 1710342040);
	assert_int_equal(time_parse_rfc5322(STR("14 Mar 2024 00:00 GMT"), &c), 0);
	assert_int_equal(time_parse_rfc5322(STR("Thu, 14 Foo 2024 00:00:40 +0900"), &c), -1);
	assert_int_equal(time_parse_iso(STR("2024-03-13 23:10:05"), &c), 0);
	assert_false(c.has_offset);
	assert_int_equal(time_parse_iso(STR("2024/03/13 23:10"), &c), 0);
	assert_int_equal(time_parse_iso(STR("2024-13-13 23:10"), &c), -1);
	assert_int_equal(time_parse_syslog(STR("Mar 32 00:00:09 x"), &c, &used), -1);
	struct civil back;
	epoch_to_civil(-1, 0, &back);
	assert_int_equal(back.year, 1969);
	assert_int_equal(back.sec, 59);
}

static void test_syslog_rollover(void **state)
{
	(void)state;
	struct syslog_clock clk;
	struct civil c;
	size_t used;
	char buf[32];
	syslog_clock_init(&clk, 2023, 540);
	time_parse_syslog(STR("Dec 31 23:59:50 h"), &c, &used);
	int64_t t1 = syslog_clock_resolve(&clk, &c);
	time_parse_syslog(STR("Jan  1 00:00:10 h"), &c, &used);
	int64_t t2 = syslog_clock_resolve(&clk, &c);
	assert_int_equal(t2 - t1, 20);
	assert_string_equal(time_format_iso(t2, 540, buf), "2024-01-01T00:00:10+09:00");
	assert_int_equal(syslog_guess_year(2024, 1, 12), 2023);
	assert_int_equal(syslog_guess_year(2024, 3, 3), 2024);
}

static void test_csv(void **state)
{
	(void)state;
	static struct csv c;
	struct diag d = {.file = "t.csv"};
	csv_init(&c,
		 STR("\xEF\xBB\xBFid,service,action\n34,\"139, 445\",Allow\n\n35,\"a "
		     "\"\"q\"\"\",Deny\r\n36,\"open"),
		 0);
	assert_int_equal(csv_next(&c, &d), 1);
	assert_int_equal(c.nfields, 3);
	assert_true(str_eq(csv_get(&c, 0), STR("id")));
	assert_int_equal(csv_next(&c, &d), 1);
	assert_true(str_eq(csv_get(&c, 1), STR("139, 445")));
	assert_int_equal(csv_next(&c, &d), 1);
	assert_int_equal(c.rec_line, 4);
	assert_true(str_eq(csv_get(&c, 1), STR("a \"q\"")));
	assert_true(str_eq(csv_get(&c, 2), STR("Deny")));
	assert_int_equal(csv_next(&c, &d), -1);
	assert_int_equal(d.line, 5);
	assert_non_null(strstr(d.msg, "unterminated"));
	assert_int_equal(csv_next(&c, &d), 0);
	/* separator detection */
	csv_init(&c, STR("a;b;c\n1;2;3\n"), 0);
	assert_int_equal(c.sep, ';');
	csv_init(&c, STR("a\tb\n1\t2\n"), 0);
	assert_int_equal(c.sep, '\t');
}

static void test_map(void **state)
{
	(void)state;
	struct arena a = {0};
	struct map m;
	bool added;
	map_init(&m, &a, 1000, true);
	assert_int_equal(map_intern(&m, STR("KIM"), &added), 0);
	assert_true(added);
	assert_int_equal(map_intern(&m, STR("kim"), &added), 0);
	assert_false(added);
	for (int i = 0; i < 999; i++) {
		struct str k = arena_printf(&a, "key%d", i);
		assert_int_equal(map_intern(&m, k, &added), i + 1);
	}
	/* full: the cap holds */
	assert_int_equal(map_intern(&m, STR("one too many"), &added), -1);
	assert_int_equal(map_get(&m, STR("KEY500")), 501);
	assert_int_equal(map_get(&m, STR("absent")), -1);
	arena_free(&a);
}

static void test_arena(void **state)
{
	(void)state;
	struct arena a = {0};
	int *v = NEW(&a, int, 10);
	for (int i = 0; i < 10; i++)
		assert_int_equal(v[i], 0);
	char *big = NEW(&a, char, 1 << 20); /* larger than a block */
	big[(1 << 20) - 1] = 'x';
	int *w = arena_grow(&a, v, sizeof(int), _Alignof(int), 10, 20);
	assert_int_equal(w[9], 0);
	struct str s = arena_strdup(&a, STR("abc"));
	assert_int_equal(s.p[3], '\0');
	arena_free(&a);
	assert_null(a.head);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_str_cut_and_trim),
		cmocka_unit_test(test_str_numbers),
		cmocka_unit_test(test_ip),
		cmocka_unit_test(test_time_civil),
		cmocka_unit_test(test_syslog_rollover),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_map),
		cmocka_unit_test(test_arena),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
