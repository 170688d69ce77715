/*
 * test_mail_unit.c - unit tests of the mail part that golden files do not
 * express well: the trust walk with an asset callback, the caps on hostile
 * sizes, the header-block iterator and address extraction.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/arena.h"
#include "base/ip.h"
#include "mail/bounce.h"
#include "mail/message.h"
#include "mail/received.h"
#include "mailtest.h"

/* The seed case's assets: user LAN 172.16.1.0/24, DMZ 192.168.1.0/24, the
 * mail server's public name mail.test.com, and a submission server. */
struct assets {
	struct ip_range nets[2];
	struct ip msa;
	int calls;
};

static enum received_zone seed_zone(void *ctx, const struct ip *ip, struct str host)
{
	struct assets *as = ctx;
	as->calls++;
	if (ip) {
		if (ip_eq(ip, &as->msa))
			return RECEIVED_OURS_MSA;
		for (size_t i = 0; i < 2; i++)
			if (ip_range_contains(&as->nets[i], ip))
				return RECEIVED_OURS;
		return RECEIVED_EXTERNAL;
	}
	return str_ieq(host, STR("mail.test.com")) ? RECEIVED_OURS : RECEIVED_EXTERNAL;
}

static void assets_init(struct assets *as)
{
	memset(as, 0, sizeof(*as));
	assert_int_equal(ip_range_parse(STR("172.16.1.0/24"), &as->nets[0]), 0);
	assert_int_equal(ip_range_parse(STR("192.168.1.0/24"), &as->nets[1]), 0);
	assert_int_equal(ip_parse(STR("192.168.1.25"), &as->msa), 0);
}

static void parse_chain(struct arena *a, const char *const *values, size_t n,
			struct received_hop *hops)
{
	for (size_t i = 0; i < n; i++) {
		struct diag d = {.file = "test"};
		assert_int_equal(received_parse(str_from_c(values[i]), a, &hops[i], &d), 0);
	}
}

static void test_trust_seed_bounce(void **state)
{
	(void)state;
	/* newest first: our MTA from the DMZ relay, the relay from xx1.com, xx1.com's own hop */
	static const char *const chain[] = {
		"from relay.test.local (relay.test.local [192.168.1.30]) by mail.test.com "
		"(8.14.4/8.14.4) with ESMTP id A1; Thu, 14 Mar 2024 00:00:41 +0900",
		"from xx1.com (xx1.com [123.123.123.123]) by relay.test.local (8.14.4/8.14.4) "
		"with ESMTP id 2AE00040A7B1; Thu, 14 Mar 2024 00:00:40 +0900",
		"from [123.123.123.123] by xx1.com; Thu, 14 Mar 2024 00:00:38 +0900",
	};
	struct arena a = {0};
	struct received_hop hops[3];
	parse_chain(&a, chain, 3, hops);
	struct assets as;
	assets_init(&as);
	struct received_trust_policy pol = {.zone = seed_zone, .ctx = &as};
	size_t origin = received_trust(hops, 3, &pol);
	assert_int_equal(origin, 1);
	char buf[IP_TEXT_MAX];
	assert_string_equal(ip_format(&hops[origin].from_ip, buf), "123.123.123.123");
	arena_free(&a);
}

static void test_trust_authenticated(void **state)
{
	(void)state;
	/* the stolen account: an outside host authenticated as KIM */
	static const char *const chain[] = {
		"from kim-pc (unknown [218.49.112.67]) (authenticated bits=0) by mail.test.com "
		"(8.14.4/8.14.4) with ESMTPA id 2AE0000901; Thu, 14 Mar 2024 00:00:09 +0900",
	};
	struct arena a = {0};
	struct received_hop hops[1];
	parse_chain(&a, chain, 1, hops);
	assert_true(hops[0].authenticated);
	struct assets as;
	assets_init(&as);
	struct received_trust_policy pol = {.zone = seed_zone, .ctx = &as};
	assert_int_equal(received_trust(hops, 1, &pol), 0); /* the origin is the outside host */
	pol.trust_authenticated = true;
	assert_int_equal(received_trust(hops, 1, &pol), 1); /* SpamAssassin's view */
	arena_free(&a);
}

static void test_trust_local_msa_and_names(void **state)
{
	(void)state;
	static const char *const chain[] = {
		"(qmail 10681 invoked by uid 404); 14 Nov 2003 08:05:52 -0000",
		"from mail.test.com by mx.test.local with ESMTP id X; 14 Nov 2003 08:05:50 -0000",
		"from submit.test.local (submit [192.168.1.25]) by mail.test.com with ESMTP",
		"from laptop (dsl.example.net [198.51.100.9]) by submit.test.local with ESMTPSA",
	};
	struct arena a = {0};
	struct received_hop hops[4];
	parse_chain(&a, chain, 4, hops);
	assert_true(hops[0].local);
	assert_false(hops[1].has_from_ip);
	struct assets as;
	assets_init(&as);
	struct received_trust_policy pol = {.zone = seed_zone, .ctx = &as};
	/* local hop skipped, name-only hop ours, the MSA vouches for what is below it */
	assert_int_equal(received_trust(hops, 4, &pol), 4);
	assert_int_equal(as.calls, 2);
	/* without the MSA the submitting client is the origin */
	assert_int_equal(ip_parse(STR("10.9.9.9"), &as.msa), 0);
	assert_int_equal(received_trust(hops, 4, &pol), 3);
	assert_int_equal(received_trust(hops, 0, &pol), 0);
	arena_free(&a);
}

static void test_received_caps(void **state)
{
	(void)state;
	struct arena a = {0};
	size_t n = RECEIVED_MAX_BYTES + 1;
	char *big = arena_alloc(&a, 1, 1, (ptrdiff_t)n);
	memset(big, '(', n);
	struct received_hop h;
	struct diag d = {.file = "test"};
	assert_int_equal(received_parse((struct str){big, n}, &a, &h, &d), -1);
	assert_non_null(strstr(d.msg, "longer than"));
	/* deeply nested comments and many tokens within the cap: parsed, bounded */
	n = RECEIVED_MAX_BYTES;
	for (size_t i = 0; i < n; i++)
		big[i] = "(a [b <c "[i % 9];
	assert_int_equal(received_parse((struct str){big, n}, &a, &h, &d), -1);
	for (size_t i = 0; i < n; i++)
		big[i] = "by x; "[i % 6];
	assert_int_equal(received_parse((struct str){big, n}, &a, &h, &d), 0);
	assert_true(str_eq(h.by, STR("x")));
	arena_free(&a);
}

static void test_message_caps(void **state)
{
	(void)state;
	struct arena a = {0};
	/* more Received fields than RECEIVED_HOPS_MAX */
	size_t cap = 64 * 1024, n = 0;
	char *buf = arena_alloc(&a, 1, 1, (ptrdiff_t)cap);
	for (int i = 0; i < RECEIVED_HOPS_MAX + 20; i++)
		n += (size_t)snprintf(buf + n, cap - n, "Received: from h%d ([10.0.0.%d]) by x\n",
				      i, i % 250);
	n += (size_t)snprintf(buf + n, cap - n, "Subject: hops\n\nbody\n");
	struct message m;
	struct diag d = {.file = "test"};
	assert_int_equal(message_parse((struct str){buf, n}, &a, &m, &d), 0);
	assert_int_equal(m.nhops, RECEIVED_HOPS_MAX);
	assert_true(m.truncated);
	assert_int_equal(m.hops[99].line, 100);
	assert_int_equal(m.subject.line, RECEIVED_HOPS_MAX + 21);

	/* a message over MESSAGE_MAX_BYTES is parsed up to the cap, with a warning */
	size_t big = (size_t)MESSAGE_MAX_BYTES + 100;
	char *huge = malloc(big);
	assert_non_null(huge);
	int h = snprintf(huge, big, "From: a@b.example\nSubject: big\n\n");
	memset(huge + h, 'x', big - (size_t)h);
	struct diag d2 = {.file = "test"};
	assert_int_equal(message_parse((struct str){huge, big}, &a, &m, &d2), 0);
	assert_true(m.truncated);
	assert_int_equal(d2.nwarn, 1);
	struct bounce b;
	assert_int_equal(bounce_analyze(&m, (struct str){huge, big}, &a, &b, &d2), 0);
	assert_int_equal(b.kind, BOUNCE_NONE);
	free(huge);

	/* nothing at all */
	struct diag d3 = {.file = "test"};
	assert_int_equal(message_parse(STR(""), &a, &m, &d3), -1);
	assert_true(d3.nerr > 0);
	arena_free(&a);
}

static void test_field_iterator(void **state)
{
	(void)state;
	struct arena a = {0};
	struct str block = STR("Reporting-MTA: dns; x.example\r\n"
			       "Diagnostic-Code: smtp; 550 5.1.1\r\n"
			       "\tUser unknown\r\n"
			       "not a field line\r\n"
			       " orphan continuation\r\n"
			       "\r\n"
			       "Final-Recipient: rfc822; a@b.example\n");
	struct str name, value;
	long line = 0;
	assert_int_equal(message_field_next(&block, &a, &name, &value, &line), 1);
	assert_true(str_eq(name, STR("Reporting-MTA")));
	assert_true(str_eq(value, STR("dns; x.example")));
	assert_int_equal(message_field_next(&block, &a, &name, &value, &line), 1);
	assert_true(str_eq(value, STR("smtp; 550 5.1.1\tUser unknown")));
	assert_int_equal(line, 3);
	assert_int_equal(message_field_next(&block, &a, &name, &value, &line), 0);
	assert_int_equal(line, 6);
	assert_int_equal(message_field_next(&block, &a, &name, &value, &line), 1);
	assert_true(str_eq(name, STR("Final-Recipient")));
	assert_int_equal(message_field_next(&block, &a, &name, &value, &line), 0);
	arena_free(&a);
}

static void test_addr_spec(void **state)
{
	(void)state;
	assert_true(str_eq(message_addr_spec(STR("KIM <KIM@mail.test.com>")),
			   STR("KIM@mail.test.com")));
	assert_true(str_eq(message_addr_spec(STR("rfc822; ct@xx1.com")), STR("ct@xx1.com")));
	assert_true(str_eq(message_addr_spec(STR("rfc822;<ct@xx1.com>")), STR("ct@xx1.com")));
	assert_true(str_eq(message_addr_spec(STR("a@b.example (Mail Delivery System)")),
			   STR("a@b.example")));
	assert_true(str_eq(message_addr_spec(STR("<@relay.example:user@host.example>")),
			   STR("user@host.example")));
	assert_true(str_eq(message_addr_spec(STR("mailto:x@y.example")), STR("x@y.example")));
	assert_int_equal(message_addr_spec(STR("MAILER-DAEMON")).n, 0);
	assert_int_equal(message_addr_spec(STR("<>")).n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_trust_seed_bounce),
		cmocka_unit_test(test_trust_authenticated),
		cmocka_unit_test(test_trust_local_msa_and_names),
		cmocka_unit_test(test_received_caps),
		cmocka_unit_test(test_message_caps),
		cmocka_unit_test(test_field_iterator),
		cmocka_unit_test(test_addr_spec),
	};
	return cmocka_run_group_tests(tests, mailtest_setup, mailtest_teardown);
}
