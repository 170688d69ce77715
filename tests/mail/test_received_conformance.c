/*
 * test_received_conformance.c - the Received parser against the peer vectors
 * in shared/conformance/received (rspamd, SpamAssassin, Stalwart), and the
 * trust walk against SpamAssassin's trust_path cases.
 *
 * Each peer has its own field names and quirks (received/README.md), so each
 * vector is compared on four concepts, per the schema: the connecting IP (as
 * addresses), the receiving host ("by"), the name the client claimed (HELO
 * when stated, else the "from" word) and the envelope recipient ("for").
 * SpamAssassin's "skip" vectors (not a relay) and absent keys of "subset"
 * vectors are not counted. Stalwart keeps a from-literal ("from [1.2.3.4]")
 * out of from_ip; our hop marks such an IP ip_from_literal, so for Stalwart
 * only an IP the server recorded in its comment counts. The figures are
 * printed; the asserts hold the rates reached, so a regression fails.
 * Set RETRACE_VERBOSE=1 to list the disagreements.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <json-c/json.h>

#include "base/arena.h"
#include "base/ip.h"
#include "mail/received.h"
#include "mailtest.h"

/* agreement floors in per mille: the rates reached (300/309, 306/308, 284/306, 194/195, 21/21) */
enum {
	RCV_FLOOR_IP = 970,
	RCV_FLOOR_BY = 993,
	RCV_FLOOR_NAME = 928,
	RCV_FLOOR_FOR = 994,
	TRUST_FLOOR = 1000
};

struct metric {
	const char *name;
	size_t agree, total;
};

enum { M_IP, M_BY, M_NAME, M_FOR, M_COUNT };

static struct str jstr(json_object *o, const char *key, bool *present)
{
	json_object *v;
	*present = false;
	if (!json_object_object_get_ex(o, key, &v) || !v)
		return STR_NULL;
	if (json_object_is_type(v, json_type_object)) {
		json_object *inner;
		if (json_object_object_get_ex(v, "Name", &inner) ||
		    json_object_object_get_ex(v, "IpAddr", &inner))
			v = inner;
		else
			return STR_NULL;
	}
	if (!json_object_is_type(v, json_type_string))
		return STR_NULL;
	*present = true;
	return (struct str){json_object_get_string(v), (size_t)json_object_get_string_len(v)};
}

/* Strip the decorations peers put around names: [1.2.3.4], !1.2.3.4!, <a@b>. */
static struct str norm(struct str s)
{
	s = str_trim(s);
	s = str_unquote(s, '<', '>');
	s = str_unquote(s, '[', ']');
	if (s.n >= 2 && s.p[0] == '!' && s.p[s.n - 1] == '!')
		s = str_sub(s, 1, s.n - 1);
	return s;
}

static bool same_text(struct str want, bool want_present, struct str got)
{
	want = want_present ? norm(want) : STR_NULL;
	got = norm(got);
	return str_eq(want, got);
}

static bool same_ip(struct str want, bool want_present, bool have, const struct ip *got)
{
	if (!want_present || want.n == 0)
		return !have;
	struct ip w;
	if (ip_parse(want, &w) == -1)
		return false;
	return have && ip_eq(&w, got);
}

static void count(struct metric *m, bool ok, const char *schema, struct str header,
		  const char *what)
{
	m->total++;
	if (ok)
		m->agree++;
	else if (mailtest_verbose())
		printf("  [%s] %s differs: %.*s\n", schema, what, STR_FMT(header));
}

static void test_received_vectors(void **state)
{
	(void)state;
	struct arena a = {0};
	struct str rest;
	int data = mailtest_shared(&a, "received/received.jsonl", &rest);
	if (data == MAILTEST_ABSENT)
		skip();
	assert_int_equal(data, 0);
	struct metric m[M_COUNT] = {{"connecting IP", 0, 0},
				    {"by host", 0, 0},
				    {"HELO/from name", 0, 0},
				    {"for", 0, 0}};
	size_t vectors = 0, skipped = 0, refused = 0;
	json_object *j;
	while (mailtest_jsonl_next(&a, &rest, &j)) {
		assert_non_null(j);
		bool pr;
		json_object *hj, *ej;
		assert_true(json_object_object_get_ex(j, "header", &hj));
		assert_true(json_object_object_get_ex(j, "expect", &ej));
		struct str header = {json_object_get_string(hj),
				     (size_t)json_object_get_string_len(hj)};
		const char *schema = json_object_get_string(json_object_object_get(j, "schema"));
		bool subset = strcmp(json_object_get_string(json_object_object_get(j, "match")),
				     "subset") == 0;
		vectors++;
		json_object *sk;
		if (json_object_object_get_ex(ej, "skip", &sk)) {
			skipped++;
			json_object_put(j);
			continue;
		}
		struct received_hop h = {0};
		struct diag d = {.file = "received.jsonl"};
		if (received_parse(header, &a, &h, &d) == -1)
			refused++;
		struct str claimed = h.helo.n ? h.helo : h.from_name;

		if (strcmp(schema, "stalwart") == 0) {
			struct str ip = jstr(ej, "from_ip", &pr);
			count(&m[M_IP],
			      same_ip(ip, pr, h.has_from_ip && !h.ip_from_literal, &h.from_ip),
			      schema, header, "ip");
			struct str by = jstr(ej, "by", &pr);
			count(&m[M_BY], same_text(by, pr, h.by), schema, header, "by");
			struct str name = jstr(ej, "helo", &pr);
			if (!pr)
				name = jstr(ej, "from", &pr);
			count(&m[M_NAME], same_text(name, pr, claimed), schema, header, "name");
			struct str f = jstr(ej, "for_", &pr);
			count(&m[M_FOR], same_text(f, pr, h.for_addr), schema, header, "for");
		} else if (strcmp(schema, "spamassassin") == 0) {
			struct str ip = jstr(ej, "ip", &pr);
			count(&m[M_IP], same_ip(ip, pr, h.has_from_ip, &h.from_ip), schema, header,
			      "ip");
			struct str by = jstr(ej, "by", &pr);
			count(&m[M_BY], same_text(by, pr && by.n, h.by), schema, header, "by");
			struct str helo = jstr(ej, "helo", &pr);
			count(&m[M_NAME], same_text(helo, pr && helo.n, claimed), schema, header,
			      "name");
		} else {
			/* rspamd (exact) and rspamd-legacy (subset) */
			struct str ip = jstr(ej, "real_ip", &pr);
			if (!pr && subset)
				ip = jstr(ej, "from_ip", &pr);
			if (pr || !subset)
				count(&m[M_IP], same_ip(ip, pr, h.has_from_ip, &h.from_ip), schema,
				      header, "ip");
			struct str by = jstr(ej, "by_hostname", &pr);
			if (pr || !subset)
				count(&m[M_BY], same_text(by, pr, h.by), schema, header, "by");
			struct str name = jstr(ej, "from_hostname", &pr);
			if (pr || !subset)
				count(&m[M_NAME], same_text(name, pr, claimed), schema, header,
				      "name");
			struct str f = jstr(ej, subset ? "for" : "for_mbox", &pr);
			if (pr || !subset)
				count(&m[M_FOR], same_text(f, pr, h.for_addr), schema, header,
				      "for");
		}
		json_object_put(j);
	}
	printf("Received conformance: %zu vectors, %zu SpamAssassin 'skip' (not counted), %zu "
	       "refused by the parser\n",
	       vectors, skipped, refused);
	for (int i = 0; i < M_COUNT; i++)
		printf("  %-15s %3zu/%zu agree (%.1f%%)\n", m[i].name, m[i].agree, m[i].total,
		       mailtest_pct(m[i].agree, m[i].total));
	/* floors: the rates reached when this test was written */
	assert_true(m[M_IP].agree * 1000 >= m[M_IP].total * RCV_FLOOR_IP);
	assert_true(m[M_BY].agree * 1000 >= m[M_BY].total * RCV_FLOOR_BY);
	assert_true(m[M_NAME].agree * 1000 >= m[M_NAME].total * RCV_FLOOR_NAME);
	assert_true(m[M_FOR].agree * 1000 >= m[M_FOR].total * RCV_FLOOR_FOR);
	arena_free(&a);
}

/* SpamAssassin network lists: "1.2/16", "!127/8", "DEAD:BEEF::/108"; first match wins. */
struct netlist {
	struct ip_range r[16];
	bool neg[16];
	size_t n;
};

struct trust_ctx {
	struct netlist trusted, msa;
	bool infer; /* nothing configured: private and loopback addresses are ours */
};

static void netlist_load(struct arena *a, json_object *config, const char *key, struct netlist *out)
{
	json_object *arr;
	if (!json_object_object_get_ex(config, key, &arr))
		return;
	for (size_t i = 0; i < json_object_array_length(arr) && out->n < 16; i++) {
		const char *s = json_object_get_string(json_object_array_get_idx(arr, i));
		bool neg = s[0] == '!';
		if (neg)
			s++;
		char buf[128];
		snprintf(buf, sizeof(buf), "%s", s);
		if (!strchr(buf, ':')) { /* "1.2/16" -> "1.2.0.0/16" */
			char *slash = strchr(buf, '/');
			char mask[8] = "";
			if (slash) {
				snprintf(mask, sizeof(mask), "%s", slash);
				*slash = '\0';
			}
			int dots = 0;
			for (char *p = buf; *p; p++)
				dots += *p == '.';
			for (; dots < 3; dots++)
				strcat(buf, ".0");
			strcat(buf, mask);
		}
		struct ip_range r;
		if (ip_range_parse(str_from_c(arena_cstr(a, str_from_c(buf))), &r) == 0) {
			out->neg[out->n] = neg;
			out->r[out->n++] = r;
		}
	}
}

/* 1 match, 0 negated match or no match */
static bool netlist_has(const struct netlist *l, const struct ip *ip)
{
	for (size_t i = 0; i < l->n; i++)
		if (ip_range_contains(&l->r[i], ip))
			return !l->neg[i];
	return false;
}

static enum received_zone trust_zone(void *ctx, const struct ip *ip, struct str host)
{
	const struct trust_ctx *t = ctx;
	(void)host;
	if (!ip)
		return RECEIVED_EXTERNAL;
	if (t->infer)
		return ip_is_private(ip) || ip_is_loopback(ip) ? RECEIVED_OURS : RECEIVED_EXTERNAL;
	bool trusted = netlist_has(&t->trusted, ip);
	if (!trusted && !ip_is_loopback(ip))
		return RECEIVED_EXTERNAL;
	return netlist_has(&t->msa, ip) ? RECEIVED_OURS_MSA : RECEIVED_OURS;
}

static void test_trust_path(void **state)
{
	(void)state;
	struct arena a = {0};
	struct str rest;
	int data = mailtest_shared(&a, "received/trust_path.jsonl", &rest);
	if (data == MAILTEST_ABSENT)
		skip();
	assert_int_equal(data, 0);
	size_t cases = 0, flagged = 0, agree = 0;
	json_object *j;
	while (mailtest_jsonl_next(&a, &rest, &j)) {
		assert_non_null(j);
		json_object *cfg = json_object_object_get(j, "config");
		json_object *hdrs = json_object_object_get(j, "headers");
		json_object *exp = json_object_object_get(j, "expect");
		json_object *flags = json_object_object_get(exp, "flags");
		cases++;
		if (json_object_array_length(flags) > 0) {
			flagged++;
			json_object_put(j);
			continue;
		}
		struct trust_ctx t = {0};
		netlist_load(&a, cfg, "trusted_networks", &t.trusted);
		if (t.trusted.n == 0)
			netlist_load(&a, cfg, "internal_networks", &t.trusted);
		netlist_load(&a, cfg, "msa_networks", &t.msa);
		t.infer = t.trusted.n == 0;

		struct received_hop hops[8];
		size_t n = 0;
		for (size_t i = 0; i < json_object_array_length(hdrs) && n < 8; i++) {
			struct str h = str_from_c(
				json_object_get_string(json_object_array_get_idx(hdrs, i)));
			struct str name = str_cut(&h, ':');
			struct diag d = {.file = "trust_path.jsonl"};
			if (str_ieq(name, STR("Received"))) {
				if (received_parse(h, &a, &hops[n], &d) == 0)
					n++;
			} else if (str_ieq(name, STR("X-Originating-IP"))) {
				hops[n] = (struct received_hop){0};
				if (ip_parse(str_trim(h), &hops[n].from_ip) == 0) {
					hops[n].has_from_ip = true;
					n++;
				}
			}
		}
		struct received_trust_policy pol = {.zone = trust_zone, .ctx = &t};
		size_t got = received_trust(hops, n, &pol);
		json_object *trusted = json_object_object_get(exp, "trusted");
		size_t want = json_object_array_length(trusted);
		bool ok = got == want;
		/* the relays must also be the same addresses, in order */
		json_object *untrusted = json_object_object_get(exp, "untrusted");
		size_t total = want + json_object_array_length(untrusted);
		ok = ok && total == n;
		for (size_t i = 0; ok && i < total; i++) {
			json_object *r = json_object_array_get_idx(i < want ? trusted : untrusted,
								   i < want ? i : i - want);
			struct ip ip;
			ok = ip_parse(str_from_c(json_object_get_string(
					      json_object_object_get(r, "ip"))),
				      &ip) == 0 &&
			     hops[i].has_from_ip && ip_eq(&ip, &hops[i].from_ip);
		}
		if (ok)
			agree++;
		else if (mailtest_verbose())
			printf("  trust case %d: want %zu trusted, got %zu\n",
			       json_object_get_int(json_object_object_get(j, "case")), want, got);
		json_object_put(j);
	}
	printf("Trust path: %zu/%zu cases agree (%zu cases with flags skipped)\n", agree,
	       cases - flagged, flagged);
	assert_true(agree * 1000 >= (cases - flagged) * TRUST_FLOOR);
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_received_vectors),
		cmocka_unit_test(test_trust_path),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
