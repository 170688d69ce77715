/*
 * kv.c - unit tests of src/decode/kv.c, the key=value parser of the postfix
 * and sendmail decoders: nesting in <>, () and [], quotes and backslashes, the
 * fallback when a bracket or quote never closes, the spaced form of postfix
 * reject tails, keys that run to the end of the line, the case rules, the
 * last occurrence of a key winning, and the KV_KEY_MAX cap.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "decode/kv.h"

/* The fields a test schema keeps: the keys used below. */
struct fields {
	struct str from, to, relay, status, stat, reject, a, b, c, k;
};

static struct str *test_field(void *fields, struct str key)
{
	struct fields *f = fields;
	static const struct {
		struct str name;
		size_t off;
	} keys[] = {
		{STR_INIT("from"), offsetof(struct fields, from)},
		{STR_INIT("to"), offsetof(struct fields, to)},
		{STR_INIT("relay"), offsetof(struct fields, relay)},
		{STR_INIT("status"), offsetof(struct fields, status)},
		{STR_INIT("stat"), offsetof(struct fields, stat)},
		{STR_INIT("reject"), offsetof(struct fields, reject)},
		{STR_INIT("a"), offsetof(struct fields, a)},
		{STR_INIT("b"), offsetof(struct fields, b)},
		{STR_INIT("c"), offsetof(struct fields, c)},
		{STR_INIT("k"), offsetof(struct fields, k)},
	};
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (str_eq(key, keys[i].name))
			return (struct str *)((char *)f + keys[i].off);
	return NULL;
}

/* As the postfix decoder: keys as written, status= to the end. */
static const struct kv_schema postfix_like = {
	.to_end = {STR_INIT("status")},
	.field = test_field,
};

static const struct kv_schema postfix_spaced = {
	.flags = KV_SPACED,
	.to_end = {STR_INIT("status")},
	.field = test_field,
};

/* As the sendmail decoder: keys in any case, stat= and reject= to the end. */
static const struct kv_schema sendmail_like = {
	.flags = KV_ICASE,
	.to_end = {STR_INIT("stat"), STR_INIT("reject")},
	.field = test_field,
};

static void assert_slice(struct str got, const char *want)
{
	if (!str_eq(got, str_from_c(want)))
		fail_msg("got '%.*s', want '%s'", STR_FMT(got), want);
}

static int parse(const char *msg, const struct kv_schema *sc, struct fields *f, struct str *first)
{
	memset(f, 0, sizeof(*f));
	return kv_parse(str_from_c(msg), sc, f, first);
}

static void test_nesting(void **state)
{
	struct fields f;
	(void)state;
	/* ", key=" inside brackets does not end a value */
	assert_int_equal(parse("to=<a, b=c>,<d>, relay=h (x, a=y) [1.2.3.4, c=z], k=v",
			       &sendmail_like, &f, NULL),
			 0);
	assert_slice(f.to, "<a, b=c>,<d>");
	assert_slice(f.relay, "h (x, a=y) [1.2.3.4, c=z]");
	assert_slice(f.k, "v");
	assert_int_equal(f.a.n + f.b.n + f.c.n, 0);
	/* the kinds share one depth, so ']' closes '('; a stray close is ignored */
	assert_int_equal(parse("a=>(x], b=y), c=1", &postfix_like, &f, NULL), 0);
	assert_slice(f.a, ">(x]");
	assert_slice(f.b, "y)");
	assert_slice(f.c, "1");
	/* a comma that is not ", key=" does not end a value */
	assert_int_equal(parse("a=x,b=y, c=z,  k=w, k =v", &postfix_like, &f, NULL), 0);
	assert_slice(f.a, "x,b=y");
	assert_slice(f.c, "z,  k=w, k =v");
}

static void test_quotes(void **state)
{
	struct fields f;
	(void)state;
	assert_int_equal(parse("a=\"x, b=\\\"y, c=z\\\"\", k=1", &postfix_like, &f, NULL), 0);
	assert_slice(f.a, "\"x, b=\\\"y, c=z\\\"\"");
	assert_slice(f.k, "1");
	assert_int_equal(f.b.n + f.c.n, 0);
	/* brackets inside quotes do not count; a backslash outside quotes is plain */
	assert_int_equal(parse("a=\"<(\" \\, b=2", &sendmail_like, &f, NULL), 0);
	assert_slice(f.a, "\"<(\" \\");
	assert_slice(f.b, "2");
	/* a doubled backslash ends before the quote, which closes */
	assert_int_equal(parse("a=\"x\\\\\", b=2", &sendmail_like, &f, NULL), 0);
	assert_slice(f.a, "\"x\\\\\"");
	assert_slice(f.b, "2");
}

static void test_unclosed(void **state)
{
	struct fields f;
	(void)state;
	/* a bracket that never closes: the value is cut at the next ", key=" */
	assert_int_equal(parse("a=<x, b=y (z), c=3", &postfix_like, &f, NULL), 0);
	assert_slice(f.a, "<x");
	assert_slice(f.b, "y (z)");
	assert_slice(f.c, "3");
	/* only the unclosed value falls back: b's own brackets still nest */
	assert_int_equal(parse("a=(, b=<1, c=2>, k=4", &sendmail_like, &f, NULL), 0);
	assert_slice(f.a, "(");
	assert_slice(f.b, "<1, c=2>");
	assert_slice(f.k, "4");
	assert_int_equal(f.c.n, 0);
	/* a quote left open, even by an escaped closing quote */
	assert_int_equal(parse("a=\"x\\\", b=1", &postfix_like, &f, NULL), 0);
	assert_slice(f.a, "\"x\\\"");
	assert_slice(f.b, "1");
	assert_int_equal(parse("a=\"x, b=\\\"y", &postfix_like, &f, NULL), 0);
	assert_slice(f.a, "\"x");
	assert_slice(f.b, "\\\"y");
	/* a backslash as the last byte leaves the quote open */
	assert_int_equal(parse("a=\"x, b=y\\", &postfix_like, &f, NULL), 0);
	assert_slice(f.a, "\"x");
	assert_slice(f.b, "y\\");
}

static void test_spaced(void **state)
{
	struct fields f;
	(void)state;
	const char *tail = "from=<a@b> to=<c d@e> relay=x  k=(1 a=2) c=3, b=4";
	assert_int_equal(parse(tail, &postfix_spaced, &f, NULL), 0);
	assert_slice(f.from, "<a@b>");
	assert_slice(f.to, "<c d@e>");
	assert_slice(f.relay, "x");
	assert_slice(f.k, "(1 a=2)");
	assert_slice(f.c, "3");
	assert_slice(f.b, "4");
	assert_int_equal(f.a.n, 0);
	/* not spaced: one value up to ", b=" */
	assert_int_equal(parse(tail, &postfix_like, &f, NULL), 0);
	assert_slice(f.from, "<a@b> to=<c d@e> relay=x  k=(1 a=2) c=3");
	assert_slice(f.b, "4");
	/* a tab or a non-key after the space does not separate */
	assert_int_equal(parse("a=x \tb=1 9=2 -c=3", &postfix_spaced, &f, NULL), 0);
	assert_slice(f.a, "x \tb=1 9=2 -c=3");
}

static void test_to_end(void **state)
{
	struct fields f;
	(void)state;
	assert_int_equal(
		parse("to=<a>, status=sent (250 ok, k=1 <), a=2)", &postfix_like, &f, NULL), 0);
	assert_slice(f.to, "<a>");
	assert_slice(f.status, "sent (250 ok, k=1 <), a=2)");
	assert_int_equal(f.k.n + f.a.n, 0);
	/* postfix: stat= is an ordinary key */
	assert_int_equal(parse("stat=x, a=1", &postfix_like, &f, NULL), 0);
	assert_slice(f.stat, "x");
	assert_slice(f.a, "1");
	/* sendmail: stat= and reject= in any case; status= is ordinary */
	assert_int_equal(parse("a=1, Stat=Deferred: x, b=2", &sendmail_like, &f, NULL), 0);
	assert_slice(f.stat, "Deferred: x, b=2");
	assert_int_equal(f.b.n, 0);
	assert_int_equal(parse("REJECT=550 5.7.1 <a>, k=1  ", &sendmail_like, &f, NULL), 0);
	assert_slice(f.reject, "550 5.7.1 <a>, k=1");
	assert_int_equal(parse("status=x, a=1", &sendmail_like, &f, NULL), 0);
	assert_slice(f.status, "x");
	assert_slice(f.a, "1");
}

static void test_case(void **state)
{
	struct fields f;
	struct str first = STR_NULL;
	(void)state;
	/* postfix: keys match as written; Status= neither matches nor runs to the end */
	assert_int_equal(parse("From=<a>, Status=x, b=1", &postfix_like, &f, &first), 0);
	assert_slice(first, "From");
	assert_int_equal(f.from.n + f.status.n, 0);
	assert_slice(f.b, "1");
	/* sendmail: any case matches; first_key stays as written */
	assert_int_equal(parse("  FROM=<a>, RelAy=h [1.2.3.4], K=v", &sendmail_like, &f, &first),
			 0);
	assert_slice(first, "FROM");
	assert_slice(f.from, "<a>");
	assert_slice(f.relay, "h [1.2.3.4]");
	assert_slice(f.k, "v");
}

static void test_last_wins(void **state)
{
	struct fields f;
	struct str first = STR_NULL;
	(void)state;
	assert_int_equal(parse("to=<a>, relay=x, to=<b>, relay=y", &postfix_like, &f, &first), 0);
	assert_slice(first, "to");
	assert_slice(f.to, "<b>");
	assert_slice(f.relay, "y");
	assert_int_equal(parse("k=1, K=2", &sendmail_like, &f, NULL), 0);
	assert_slice(f.k, "2");
	/* values are trimmed; an empty value is an empty slice */
	assert_int_equal(parse("a= x , b=, c=\t", &postfix_like, &f, NULL), 0);
	assert_slice(f.a, "x");
	assert_int_equal(f.b.n, 0);
	assert_int_equal(f.c.n, 0);
}

static void test_key_max(void **state)
{
	struct fields f;
	struct str first = STR_NULL;
	char msg[128];
	(void)state;
	/* 32 bytes is a key, 33 is not */
	memset(msg, 'k', 32);
	strcpy(msg + 32, "=1, a=2");
	assert_int_equal(parse(msg, &postfix_like, &f, &first), 0);
	assert_int_equal(first.n, 32);
	assert_slice(f.a, "2");
	assert_int_equal(kv_key(str_from_c(msg)), 32);
	memset(msg, 'k', 33);
	strcpy(msg + 33, "=1, a=2");
	first = STR_NULL;
	assert_int_equal(parse(msg, &postfix_like, &f, &first), -1);
	assert_null(first.p);
	assert_int_equal(kv_key(str_from_c(msg)), 0);
	/* nor does it end a value */
	strcpy(msg, "a=1, ");
	memset(msg + 5, 'k', 33);
	strcpy(msg + 38, "=2, b=3");
	assert_int_equal(parse(msg, &postfix_like, &f, NULL), 0);
	assert_int_equal(f.a.n, 1 + 2 + 33 + 2);
	assert_slice(f.b, "3");
}

static void test_key_syntax(void **state)
{
	struct fields f;
	struct str first = STR_NULL;
	(void)state;
	assert_int_equal(kv_key(STR("from=<a>")), 4);
	assert_int_equal(kv_key(STR("tls_verify=OK")), 10);
	assert_int_equal(kv_key(STR("x-y_9=")), 5);
	assert_int_equal(kv_key(STR("9a=1")), 0);
	assert_int_equal(kv_key(STR("_a=1")), 0);
	assert_int_equal(kv_key(STR(" a=1")), 0);
	assert_int_equal(kv_key(STR("a b=1")), 0);
	assert_int_equal(kv_key(STR("abc")), 0);
	assert_int_equal(kv_key(STR("")), 0);
	/* free text is not a list, and leaves first_key alone */
	assert_int_equal(parse("connect from x[1.2.3.4]", &sendmail_like, &f, &first), -1);
	assert_null(first.p);
	assert_int_equal(parse("", &postfix_like, &f, &first), -1);
	/* the list stops at the first text that is not "key=" */
	assert_int_equal(parse("a=1, b=2 x", &postfix_like, &f, NULL), 0);
	assert_slice(f.b, "2 x");
}

/* kv_field: blank-separated PAM/Dovecot fields, a key only at a field's start. */
static void test_blank_fields(void **state)
{
	(void)state;
	struct str m = STR("authentication failure; logname= uid=0 euid=0 tty=ssh "
			   "ruser= rhost=203.0.113.9  user=root");
	assert_true(str_eq(kv_field(m, STR("rhost=")), STR("203.0.113.9")));
	assert_true(str_eq(kv_field(m, STR("user=")), STR("root"))); /* not ruser= */
	assert_int_equal(kv_field(m, STR("ruser=")).n, 0);
	assert_int_equal(kv_field(m, STR("logname=")).n, 0);
	assert_null(kv_field(m, STR("lip=")).p);
	assert_true(str_eq(kv_field(STR("user=kim"), STR("user=")), STR("kim")));
	assert_true(str_eq(kv_field(STR("a;user=x y"), STR("user=")), STR("x")));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nesting),    cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_unclosed),   cmocka_unit_test(test_spaced),
		cmocka_unit_test(test_to_end),     cmocka_unit_test(test_case),
		cmocka_unit_test(test_last_wins),  cmocka_unit_test(test_key_max),
		cmocka_unit_test(test_key_syntax), cmocka_unit_test(test_blank_fields),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
