/*
 * test_conformance.c - the firewall audit against the shared conformance data
 * (../shared/conformance/firewall: seed and Al-Shaer policies with expected
 * findings, format retrace-fw-expected/0). Skipped when the data is absent.
 *
 * Checks: every pairwise anomaly listed is found and nothing else is
 * reported (agreement printed as counts); every packet query gets the
 * expected decision and rule; for the seed, the over-broad rules equal the
 * expected ones when the expected file's own asset list is the inventory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <json.h>

#include "base/arena.h"
#include "policy/assets.h"
#include "policy/audit.h"
#include "policy/firewall.h"
#include "testutil.h"

static char dir[2048];

static int locate(void **state)
{
	(void)state;
	const char *root = getenv("RETRACE_SOURCE_ROOT");
	snprintf(dir, sizeof(dir), "%.1900s/../shared/conformance/firewall", root ? root : ".");
	return 0;
}

static char *read_conf(const char *name, size_t *n)
{
	char path[4200];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return tu_read(path, n);
}

static const char *jstr(json_object *o, const char *key)
{
	json_object *v;
	return json_object_object_get_ex(o, key, &v) ? json_object_get_string(v) : NULL;
}

/* "type earlier later [earlier-redundant]" for one expected anomaly. */
static void expected_key(json_object *an, char *buf, size_t size)
{
	const char *type = jstr(an, "type");
	json_object *rules;
	if (json_object_object_get_ex(an, "rules", &rules)) {
		snprintf(buf, size, "%s %s %s", type,
			 json_object_get_string(json_object_array_get_idx(rules, 0)),
			 json_object_get_string(json_object_array_get_idx(rules, 1)));
	} else if (strcmp(type, "generalization") == 0) {
		snprintf(buf, size, "%s %s %s", type, jstr(an, "generalizes"), jstr(an, "rule"));
	} else if (strcmp(type, "redundancy") == 0 && jstr(an, "direction") &&
		   strcmp(jstr(an, "direction"), "earlier-subset-of-later") == 0) {
		snprintf(buf, size, "%s %s %s earlier", type, jstr(an, "rule"), jstr(an, "by"));
	} else {
		snprintf(buf, size, "%s %s %s", type, jstr(an, "by"), jstr(an, "rule"));
	}
}

static void got_key(const struct fw_policy *p, const struct anomaly *an, char *buf, size_t size)
{
	snprintf(buf, size, "%s %.*s %.*s%s", anomaly_kind_name(an->kind),
		 STR_FMT(p->v[an->earlier].id), STR_FMT(p->v[an->later].id),
		 an->kind == ANOMALY_REDUNDANCY && an->earlier_redundant ? " earlier" : "");
}

static void check_file(const char *csv, const char *expected, bool with_assets)
{
	size_t n, en;
	char *buf = read_conf(csv, &n);
	char *ebuf = read_conf(expected, &en);
	if (!buf || !ebuf) {
		free(buf);
		free(ebuf);
		skip();
	}
	struct arena a = {0};
	struct fw_policy p;
	struct diag d = {0};
	assert_int_equal(fw_load_csv(&p, &a, (struct str){buf, n}, csv, &d), 0);
	assert_int_equal(p.skipped, 0);
	json_object *root = json_tokener_parse(ebuf);
	assert_non_null(root);

	/* pairwise anomalies */
	struct audit au;
	memset(&au, 0, sizeof(au));
	assert_int_equal(audit_anomalies(&p, &a, &au, &d), 0);
	json_object *pw, *list;
	assert_true(json_object_object_get_ex(root, "pairwise", &pw));
	assert_true(json_object_object_get_ex(pw, "anomalies", &list));
	size_t want = json_object_array_length(list), found = 0, extra = 0;
	bool *used = calloc(au.nanom + 1, sizeof(bool));
	for (size_t i = 0; i < want; i++) {
		char k[128], g[128];
		expected_key(json_object_array_get_idx(list, i), k, sizeof(k));
		bool hit = false;
		for (size_t j = 0; j < au.nanom && !hit; j++) {
			got_key(&p, &au.anom[j], g, sizeof(g));
			if (strcmp(k, g) == 0) {
				hit = used[j] = true;
			}
		}
		if (hit)
			found++;
		else
			printf("  missing: %s\n", k);
	}
	for (size_t j = 0; j < au.nanom; j++) {
		char g[128];
		if (used[j])
			continue;
		got_key(&p, &au.anom[j], g, sizeof(g));
		printf("  extra: %s\n", g);
		extra++;
	}
	free(used);
	printf("%s: pairwise anomalies %zu/%zu agree, %zu extra\n", csv, found, want, extra);

	/* set-based: unreachable rules */
	json_object *sb, *unr;
	if (json_object_object_get_ex(root, "set_based", &sb) &&
	    json_object_object_get_ex(sb, "unreachable", &unr)) {
		size_t nu = json_object_array_length(unr), agree = 0;
		for (size_t i = 0; i < nu; i++) {
			const char *id = jstr(json_object_array_get_idx(unr, i), "rule");
			for (size_t j = 0; j < au.nunreachable; j++)
				agree += str_eq(p.v[au.unreachable[j]].id, str_from_c(id));
		}
		printf("%s: unreachable rules %zu/%zu agree, %zu reported\n", csv, agree, nu,
		       au.nunreachable);
		assert_int_equal(agree, nu);
		assert_int_equal(au.nunreachable, nu);
	}

	/* queries */
	json_object *queries;
	size_t nq = 0, okq = 0;
	if (json_object_object_get_ex(root, "queries", &queries)) {
		nq = json_object_array_length(queries);
		for (size_t i = 0; i < nq; i++) {
			json_object *q = json_object_array_get_idx(queries, i), *pkt;
			assert_true(json_object_object_get_ex(q, "packet", &pkt));
			struct ip src, dst;
			json_object *port;
			assert_int_equal(ip_parse(str_from_c(jstr(pkt, "src")), &src), 0);
			assert_int_equal(ip_parse(str_from_c(jstr(pkt, "dst")), &dst), 0);
			assert_true(json_object_object_get_ex(pkt, "dport", &port));
			int proto = fw_proto_parse(str_from_c(jstr(pkt, "proto")));
			int rule = fw_eval(&p, proto, &src, &dst, json_object_get_int(port));
			const char *decision = fw_allows(&p, rule) ? "allow" : "deny";
			bool ok = rule >= 0 && strcmp(decision, jstr(q, "decision")) == 0 &&
				  str_eq(p.v[rule].id, str_from_c(jstr(q, "matched")));
			if (!ok)
				printf("  query %zu: want %s by %s, got %s by %.*s\n", i,
				       jstr(q, "decision"), jstr(q, "matched"), decision,
				       STR_FMT(rule >= 0 ? p.v[rule].id : STR("-")));
			okq += ok;
		}
		printf("%s: queries %zu/%zu agree\n", csv, okq, nq);
	}

	/* over-broad rules, with the expected file's assets as the inventory */
	json_object *assets, *broad;
	if (with_assets && json_object_object_get_ex(root, "assets", &assets) &&
	    json_object_object_get_ex(root, "overbroad", &broad)) {
		char inv[4096];
		size_t o = (size_t)snprintf(inv, sizeof(inv), "ip,name\n");
		json_object_object_foreach(assets, ip, desc)
		{
			o += (size_t)snprintf(inv + o, sizeof(inv) - o, "%s,\"%s\"\n", ip,
					      json_object_get_string(desc));
			assert_true(o < sizeof(inv));
		}
		struct assets as;
		assert_int_equal(assets_load_csv(&as, &a, (struct str){inv, o}, "assets", &d), 0);
		struct audit ex;
		memset(&ex, 0, sizeof(ex));
		assert_int_equal(audit_exposure(&p, &as, &a, &ex, &d), 0);
		size_t nb = json_object_array_length(broad), agree = 0;
		for (size_t i = 0; i < nb; i++) {
			const char *id = jstr(json_object_array_get_idx(broad, i), "rule");
			for (size_t j = 0; j < ex.nbroad; j++)
				if (str_eq(p.v[ex.broad[j].rule].id, str_from_c(id))) {
					agree++;
					break;
				}
		}
		printf("%s: over-broad rules %zu/%zu agree, %zu reported\n", csv, agree, nb,
		       ex.nbroad);
		assert_int_equal(agree, nb);
		assert_int_equal(ex.nbroad, nb);
		/* the fields the expected file calls Any are Any here too */
		static const struct {
			const char *name;
			unsigned bit;
		} fields[] = {{"src", FW_F_SRC},
			      {"dst", FW_F_DST},
			      {"proto", FW_F_PROTO},
			      {"sport", FW_F_SPORT},
			      {"dport", FW_F_DPORT}};
		for (size_t i = 0; i < nb && ex.nbroad; i++) {
			json_object *af;
			if (!json_object_object_get_ex(json_object_array_get_idx(broad, i),
						       "any_fields", &af))
				continue;
			for (size_t k = 0; k < json_object_array_length(af); k++)
				for (size_t f = 0; f < sizeof(fields) / sizeof(fields[0]); f++)
					if (strcmp(json_object_get_string(
							   json_object_array_get_idx(af, k)),
						   fields[f].name) == 0)
						assert_true(ex.broad[i].any_fields & fields[f].bit);
		}
	}
	json_object_put(root);
	free(buf);
	free(ebuf);
	arena_free(&a);
	assert_int_equal(found, want);
	assert_int_equal(extra, 0);
	assert_int_equal(okq, nq);
}

static void test_seed(void **state)
{
	(void)state;
	check_file("seed.csv", "seed.expected.json", true);
}

static void test_al_shaer(void **state)
{
	(void)state;
	check_file("al-shaer.csv", "al-shaer.expected.json", false);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_al_shaer),
	};
	return cmocka_run_group_tests(tests, locate, NULL);
}
