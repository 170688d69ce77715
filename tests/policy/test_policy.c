/*
 * test_policy.c - behaviour of the policy layer on the test data: first-match
 * queries (data/queries/NAME.queries), the seed case's audit (rule 34 over-broad,
 * the mail server's administrative ports exposed, nothing for the web server),
 * anomalies, role inference, owners, the inside set, spam-pattern matching and
 * kind identification by header.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "base/arena.h"
#include "decode/ips_csv.h"
#include "policy/assets.h"
#include "policy/audit.h"
#include "policy/firewall.h"
#include "policy/spamfilter.h"
#include "testutil.h"

/* A slice of a char array initialised from a literal. */
#define ARR(a) ((struct str){(a), sizeof(a) - 1})

static struct ip ip_of(const char *s)
{
	struct ip a;
	assert_int_equal(ip_parse(str_from_c(s), &a), 0);
	return a;
}

static void load_fw(const char *path, struct fw_policy *p, struct arena *a)
{
	size_t n = 0;
	char *buf = tu_read(path, &n);
	assert_non_null(buf);
	struct str copy = arena_strdup(a, (struct str){buf, n});
	free(buf);
	struct diag d = {0};
	assert_int_equal(fw_load_csv(p, a, copy, path, &d), 0);
}

static void load_assets(const char *path, struct assets *as, struct arena *a)
{
	size_t n = 0;
	char *buf = tu_read(path, &n);
	assert_non_null(buf);
	struct str copy = arena_strdup(a, (struct str){buf, n});
	free(buf);
	struct diag d = {0};
	assert_int_equal(assets_load_csv(as, a, copy, path, &d), 0);
}

/* Run every query of data/queries/NAME.queries against the policy its header names. */
static void run_queries(const char *name)
{
	struct arena a = {0};
	char qpath[256];
	size_t n = 0;
	snprintf(qpath, sizeof(qpath), "queries/%s", name);
	char *buf = tu_read(qpath, &n);
	assert_non_null(buf);
	struct str rest = {buf, n};
	struct fw_policy p = {0};
	bool loaded = false;
	int checked = 0;
	while (rest.n) {
		struct str line = str_trim(str_cut(&rest, '\n'));
		if (str_starts(line, STR("# policy: "))) {
			char path[256];
			struct str rel = str_skip(line, 10);
			snprintf(path, sizeof(path), "queries/%.*s", STR_FMT(rel));
			load_fw(path, &p, &a);
			loaded = true;
			continue;
		}
		if (line.n == 0 || line.p[0] == '#')
			continue;
		assert_true(loaded);
		struct str f[6];
		for (int i = 0; i < 6; i++) {
			line = str_trim(line);
			f[i] = str_cut(&line, ' ');
		}
		int proto = fw_proto_parse(f[0]);
		assert_true(proto >= 0);
		struct ip src, dst;
		uint64_t port;
		assert_int_equal(ip_parse(f[1], &src), 0);
		assert_int_equal(ip_parse(f[2], &dst), 0);
		assert_int_equal(str_to_u64(f[3], 65535, &port), 0);
		int rule = fw_eval(&p, proto, &src, &dst, (int)port);
		const char *want_decision = str_eq(f[4], STR("allow")) ? "allow" : "deny";
		const char *got_decision = fw_allows(&p, rule) ? "allow" : "deny";
		struct str got_id = rule >= 0 ? p.v[rule].id : STR("-");
		if (strcmp(want_decision, got_decision) != 0 || !str_eq(got_id, f[5]))
			fail_msg("%s: %.*s %.*s -> %.*s:%.*s: want %s by %.*s, got %s by %.*s",
				 name, STR_FMT(f[0]), STR_FMT(f[1]), STR_FMT(f[2]), STR_FMT(f[3]),
				 want_decision, STR_FMT(f[5]), got_decision, STR_FMT(got_id));
		checked++;
	}
	assert_true(checked > 0);
	free(buf);
	arena_free(&a);
}

static void test_queries_seed(void **state)
{
	(void)state;
	run_queries("fw-seed-ko.queries");
}

static void test_queries_vendor(void **state)
{
	(void)state;
	run_queries("fw-vendor-en.queries");
}

static void test_queries_tabs(void **state)
{
	(void)state;
	run_queries("fw-tabs.queries");
}

static void test_sport_known(void **state)
{
	(void)state;
	struct arena a = {0};
	struct fw_policy p;
	load_fw("golden/fw-tabs.tsv", &p, &a);
	struct fw_packet k = {.proto = FW_PROTO_UDP,
			      .src = ip_of("10.2.3.4"),
			      .dst = ip_of("10.1.1.1"),
			      .sport = 40000,
			      .dport = 53};
	int rule = fw_eval_packet(&p, &k);
	assert_int_equal(rule, 1);
	k.sport = 53;
	assert_int_equal(fw_eval_packet(&p, &k), -1);
	arena_free(&a);
}

/* The seed case: exposures and over-broad rules. */
static void test_audit_seed(void **state)
{
	(void)state;
	struct arena a = {0};
	struct fw_policy p;
	struct assets as;
	struct audit au;
	struct diag d = {0};
	load_fw("golden/fw-seed-ko.csv", &p, &a);
	load_assets("golden/assets-seed-ko.csv", &as, &a);
	assert_int_equal(audit_run(&p, &as, &a, &au, &d), 0);

	/* 192.168.1.12: every risky port through rule 34; nothing anywhere else */
	static const uint16_t want[] = {21,   22,   23,   135,  139,  445,
					1433, 1521, 3306, 3389, 5432, 5900};
	assert_int_equal(au.nexp, sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < au.nexp; i++) {
		char buf[IP_TEXT_MAX];
		assert_string_equal(ip_format(&au.exp[i].asset->ip, buf), "192.168.1.12");
		assert_int_equal(au.exp[i].port, want[i]);
		assert_true(str_eq(p.v[au.exp[i].rule].id, STR("34")));
	}
	assert_int_equal(au.nbroad, 1);
	const struct overbroad *ob = &au.broad[0];
	assert_true(str_eq(p.v[ob->rule].id, STR("34")));
	assert_int_equal(ob->any_fields & (FW_F_SRC | FW_F_PROTO | FW_F_DPORT),
			 FW_F_SRC | FW_F_PROTO | FW_F_DPORT);
	assert_true(ob->other_protocols);
	assert_int_equal(ob->nbeyond, 2 * 65536 - 7);
	char sugg[128];
	snprintf(sugg, sizeof(sugg), "%.*s", STR_FMT(ob->suggestion));
	assert_string_equal(sugg, "allow any -> 192.168.1.12 tcp 25,465,587,993,995");
	assert_true(str_starts(ob->beyond, STR("tcp 0-24,26-109,111-142,144-464,466-586,")));

	/* the user LAN named by rules 31/32 counts as inside (Kim's PC lives there) */
	struct ip lan = ip_of("172.16.1.77");
	for (size_t i = 0; i < au.noutside; i++)
		assert_false(ip_range_contains(&au.outside[i], &lan));

	/* anomalies: generalization 32/31, 35/31, 35/33, 35/34; correlation 32-33, 32-34 */
	int gen = 0, cor = 0, other = 0;
	for (size_t i = 0; i < au.nanom; i++) {
		if (au.anom[i].kind == ANOMALY_GENERALIZATION)
			gen++;
		else if (au.anom[i].kind == ANOMALY_CORRELATION)
			cor++;
		else
			other++;
	}
	assert_int_equal(gen, 4);
	assert_int_equal(cor, 2);
	assert_int_equal(other, 0);
	arena_free(&a);
}

/* A fixed rule set: no finding; a narrower-but-still-too-wide rule: its extra ports only. */
static void test_audit_narrow(void **state)
{
	(void)state;
	struct arena a = {0};
	struct fw_policy p;
	struct assets as;
	struct audit au;
	struct diag d = {0};
	static const char fw[] = "id,src,dst,dport,proto,action\n"
				 "1,any,192.168.1.12,\"25, 465, 587, 993, 995\",tcp,allow\n"
				 "2,any,192.168.1.13,\"80;443\",tcp,allow\n"
				 "3,any,192.168.1.20,\"53\",,allow\n"
				 "4,any,192.168.1.11,\"25, 3389\",tcp,allow\n"
				 "6,203.0.113.0/24,192.168.1.15,\"25;110;3389\",tcp,allow\n"
				 "5,any,any,any,any,deny\n";
	static const char inv[] = "zone,name,ip,role\n"
				  "DMZ,mx,192.168.1.12,mail server\n"
				  "DMZ,www,192.168.1.13,web server\n"
				  "DMZ,ns,192.168.1.20,DNS server\n"
				  "DMZ,files,192.168.1.11,file server\n"
				  "DMZ,mx2,192.168.1.15,\n";
	assert_int_equal(fw_load_csv(&p, &a, ARR(fw), "fw", &d), 0);
	assert_int_equal(assets_load_csv(&as, &a, ARR(inv), "inv", &d), 0);
	assert_int_equal(audit_exposure(&p, &as, &a, &au, &d), 0);
	assert_int_equal(au.nexp, 2);
	assert_int_equal(au.exp[0].port, 3389);
	assert_true(str_eq(au.exp[1].asset->name, STR("mx2")));
	assert_int_equal(au.nbroad, 2);
	assert_true(str_eq(p.v[au.broad[0].rule].id, STR("4")));
	assert_int_equal(au.broad[0].nbeyond, 2);
	assert_true(str_eq(au.broad[0].beyond, STR("tcp 25,3389")));
	assert_true(str_starts(au.broad[0].suggestion, STR("remove rule 4 for 192.168.1.11")));
	/* a rule naming some of the needed ports keeps them, clear-text 110 included */
	assert_true(str_eq(p.v[au.broad[1].rule].id, STR("6")));
	assert_int_equal(au.broad[1].nbeyond, 1);
	assert_false(au.broad[1].any_fields & FW_F_SRC);
	assert_true(str_eq(au.broad[1].suggestion,
			   STR("allow 203.0.113.0/24 -> 192.168.1.15 tcp 25,110")));
	arena_free(&a);
}

static void test_roles(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		enum asset_role role;
	} cases[] = {
		{"mail server", ASSET_ROLE_MAIL},
		{"web server", ASSET_ROLE_WEB},
		{"DNS server", ASSET_ROLE_DNS},
		{"file server", ASSET_ROLE_FILE},
		{"workstation", ASSET_ROLE_WORKSTATION},
		{"laptop", ASSET_ROLE_LAPTOP},
		{"노트북", ASSET_ROLE_LAPTOP},
		{"WAS", ASSET_ROLE_APP},
		{"메일서버", ASSET_ROLE_MAIL},
		{"웹서버", ASSET_ROLE_WEB},
		{"파일서버", ASSET_ROLE_FILE},
		{"김과장 PC", ASSET_ROLE_WORKSTATION},
		{"mx1.test.com", ASSET_ROLE_MAIL},
		{"smtp-relay", ASSET_ROLE_MAIL},
		{"www", ASSET_ROLE_WEB},
		{"nas01", ASSET_ROLE_FILE},
		{"desktop", ASSET_ROLE_WORKSTATION},
		{"Windows", ASSET_ROLE_UNKNOWN}, /* "was" must stand as a word */
		{"mailbox gateway firewall", ASSET_ROLE_MAIL},
		{"방화벽", ASSET_ROLE_FIREWALL},
		{"", ASSET_ROLE_UNKNOWN},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum asset_role r = asset_role_classify(str_from_c(cases[i].text), NULL);
		if (r != cases[i].role)
			fail_msg("'%s': want %s, got %s", cases[i].text,
				 asset_role_name(cases[i].role), asset_role_name(r));
	}
	uint32_t mask;
	asset_role_classify(STR("web and mail server"), &mask);
	assert_int_equal(mask, (1u << ASSET_ROLE_WEB) | (1u << ASSET_ROLE_MAIL));
}

static void test_role_from_os(void **state)
{
	(void)state;
	struct arena a = {0};
	struct assets as;
	struct diag d = {0};
	static const char inv[] = "ip,name,os,role\n"
				  "10.0.0.1,host-a,Windows 7 Professional,\n"
				  "10.0.0.2,host-b,Windows Server 2012 R2,\n"
				  "10.0.0.3,host-c,Windows 2012,\n"
				  "10.0.0.4,host-d,Win10,\n"
				  "10.0.0.5,host-e,Windows 11,\n"
				  "10.0.0.6,host-f,CentOS 6.4,monitoring\n";
	assert_int_equal(assets_load_csv(&as, &a, ARR(inv), "inv", &d), 0);
	assert_int_equal(as.n, 6);
	assert_int_equal(as.v[0].role, ASSET_ROLE_WORKSTATION);
	assert_true(as.v[0].role_inferred);
	assert_int_equal(as.v[1].role, ASSET_ROLE_UNKNOWN);
	assert_int_equal(as.v[2].role, ASSET_ROLE_UNKNOWN);
	assert_int_equal(as.v[3].role, ASSET_ROLE_WORKSTATION);
	assert_int_equal(as.v[4].role, ASSET_ROLE_WORKSTATION);
	assert_int_equal(as.v[5].role, ASSET_ROLE_OTHER);
	arena_free(&a);
}

static void test_needs(void **state)
{
	(void)state;
	static const uint16_t mail[] = {25, 465, 587, 110, 995, 143, 993};
	for (size_t i = 0; i < sizeof(mail) / sizeof(mail[0]); i++)
		assert_true(asset_role_needs_port(ASSET_ROLE_MAIL, mail[i], true));
	assert_false(asset_role_needs_port(ASSET_ROLE_MAIL, 22, true));
	assert_false(asset_role_needs_port(ASSET_ROLE_MAIL, 23, false));
	assert_true(asset_role_needs_port(ASSET_ROLE_WEB, 443, true));
	assert_false(asset_role_needs_port(ASSET_ROLE_WEB, 3306, true));
	assert_true(asset_role_needs_port(ASSET_ROLE_DNS, 53, true));
	assert_true(asset_role_needs_port(ASSET_ROLE_FILE, 445, false));
	assert_false(asset_role_needs_port(ASSET_ROLE_FILE, 445, true));
	assert_true(asset_role_needs_port(ASSET_ROLE_DB, 3306, false));
	assert_false(asset_role_needs_port(ASSET_ROLE_DB, 3306, true));
	assert_false(asset_role_needs_port(ASSET_ROLE_WORKSTATION, 3389, true));
}

static void test_inside_and_owners(void **state)
{
	(void)state;
	struct arena a = {0};
	struct assets as;
	load_assets("golden/assets-vendor-en.csv", &as, &a);
	struct ip probe = ip_of("172.16.1.200");
	assert_true(assets_is_inside(&as, &probe));
	probe = ip_of("203.0.113.13");
	assert_true(assets_is_inside(&as, &probe));
	probe = ip_of("203.0.113.14"); /* a lone public address does not pull in its /24 */
	assert_false(assets_is_inside(&as, &probe));
	probe = ip_of("10.10.0.200"); /* two Server farm hosts share 10.10.0.0/24 */
	assert_true(assets_is_inside(&as, &probe));
	probe = ip_of("10.20.0.10"); /* Office has one host: only its own address */
	assert_false(assets_is_inside(&as, &probe));
	probe = ip_of("218.49.112.67");
	assert_false(assets_is_inside(&as, &probe));

	const struct asset *hosts[4];
	assert_int_equal(assets_owner_hosts(&as, STR("KIM"), hosts, 4), 1);
	assert_true(str_eq(hosts[0]->name, STR("kim-pc")));
	assert_int_equal(assets_owner_hosts(&as, STR("kim@mail.test.com"), hosts, 4), 1);
	assert_int_equal(assets_owner_hosts(&as, STR("<Lee@corp.example>"), hosts, 4), 1);
	assert_true(str_eq(hosts[0]->name, STR("lee-laptop")));
	assert_int_equal(assets_owner_hosts(&as, STR("park"), hosts, 4), 0);
	struct assets_owner own;
	assert_true(assets_owner_inside(&as, STR("KIM@mail.test.com"), &own));
	assert_true(str_eq(own.host, STR("kim-pc")));
	assert_int_equal(assets_mail_servers(&as, hosts, 4), 1);
	assert_true(str_eq(hosts[0]->name, STR("mx1")));
	probe = ip_of("192.168.1.20");
	const struct asset *ns = assets_find_ip(&as, &probe);
	assert_non_null(ns);
	assert_int_equal(ns->role, ASSET_ROLE_DNS);
	probe = ip_of("192.168.1.21");
	assert_null(assets_find_ip(&as, &probe));

	/* no owner cell: a word of the name ("Kim's PC") */
	static const char inv[] = "zone,name,ip,os\nUser LAN,Kim's PC,172.16.1.10,Windows 7\n";
	struct assets as2;
	struct diag d = {0};
	assert_int_equal(assets_load_csv(&as2, &a, ARR(inv), "inv", &d), 0);
	assert_int_equal(assets_owner_hosts(&as2, STR("KIM"), hosts, 4), 1);
	assert_int_equal(assets_owner_hosts(&as2, STR("PC"), hosts, 4), 1);
	assert_int_equal(assets_owner_hosts(&as2, STR("LEE"), hosts, 4), 0);
	arena_free(&a);
}

static void test_outside_complement(void **state)
{
	(void)state;
	struct arena a = {0};
	struct assets as;
	load_assets("golden/assets-seed-ko.csv", &as, &a);
	struct ip_range *out;
	size_t n = assets_outside(&as, &a, &out);
	/* inside: 172.16.1.10 and 192.168.1.0/24 -> three outside stretches */
	assert_int_equal(n, 3);
	struct ip in = ip_of("192.168.1.200"), o1 = ip_of("172.16.1.11"), o2 = ip_of("8.8.8.8");
	for (size_t i = 0; i < n; i++)
		assert_false(ip_range_contains(&out[i], &in));
	int hits = 0;
	for (size_t i = 0; i < n; i++)
		hits += ip_range_contains(&out[i], &o1) + ip_range_contains(&out[i], &o2);
	assert_int_equal(hits, 2);
	arena_free(&a);
}

static void test_spam_match(void **state)
{
	(void)state;
	struct arena a = {0};
	struct spam_patterns sp;
	size_t n = 0;
	char *buf = tu_read("golden/spam-seed-ko.csv", &n);
	assert_non_null(buf);
	struct diag d = {0};
	assert_int_equal(spamfilter_load_csv(&sp, &a, (struct str){buf, n}, "spam", &d), 0);
	struct ip x1 = ip_of("123.123.123.123"), x2 = ip_of("234.234.234.234"),
		  o = ip_of("1.2.3.4");
	assert_int_equal(spamfilter_match(&sp, &x1,
					  STR("Mail Delivery System <MAILER-DAEMON@XX1.com>"),
					  STR("Mail Delivery Failure")),
			 0);
	assert_int_equal(spamfilter_match(&sp, &x2, STR("mailmaster@xx2.com"),
					  STR("Re: FAILURE NOTICE (2)")),
			 1);
	assert_int_equal(spamfilter_match(&sp, &o, STR("MAILER-DAEMON@xx1.com"),
					  STR("Mail Delivery Failure")),
			 -1);
	assert_int_equal(spamfilter_match(&sp, NULL, STR("MAILER-DAEMON@xx1.com"),
					  STR("Mail Delivery Failure")),
			 -1);
	assert_int_equal(
		spamfilter_match(&sp, &x1, STR("postmaster@xx1.com"), STR("Mail Delivery Failure")),
		-1);
	assert_true(spamfilter_match_one(&sp, 1, &x2, STR("<MailMaster@xx2.com>"),
					 STR("failure notice")));
	assert_false(spamfilter_match_one(&sp, 5, &x2, STR("MailMaster@xx2.com"),
					  STR("failure notice")));
	free(buf);

	static const char wild[] = "ip,sender,subject\n10.0.0.0/8,,\n,*@example.org,\n,,WIN\n";
	assert_int_equal(spamfilter_load_csv(&sp, &a, ARR(wild), "wild", &d), 0);
	struct ip ten = ip_of("10.9.8.7");
	assert_int_equal(spamfilter_match(&sp, &ten, STR("a@b.c"), STR("hello")), 0);
	assert_int_equal(spamfilter_match(&sp, &o, STR("x@EXAMPLE.org"), STR("hello")), 1);
	assert_int_equal(spamfilter_match(&sp, &o, STR("x@sub.example.org"), STR("hello")), -1);
	assert_int_equal(spamfilter_match(&sp, NULL, STR("x@y.z"), STR("you win")), 2);
	assert_int_equal(spamfilter_match(&sp, NULL, STR("x@y.z"), STR("hello")), -1);
	arena_free(&a);
}

/* Every golden input is identified as its own kind by the best sniff score. */
static void test_sniff_kinds(void **state)
{
	(void)state;
	static const struct {
		const char *file;
		int kind; /* 0 assets, 1 fw, 2 spam, 3 ips */
	} cases[] = {
		{"golden/assets-seed-ko.csv", 0}, {"golden/assets-vendor-en.csv", 0},
		{"golden/assets-tabs.tsv", 0},    {"golden/fw-seed-ko.csv", 1},
		{"golden/fw-vendor-en.csv", 1},   {"golden/fw-tabs.tsv", 1},
		{"golden/spam-seed-ko.csv", 2},   {"golden/ips-seed-ko.csv", 3},
		{"golden/ips-vendor-en.csv", 3},  {"golden/ips-bad.csv", 3},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t n = 0;
		char *buf = tu_read(cases[i].file, &n);
		assert_non_null(buf);
		struct str s = {buf, n};
		int score[4] = {assets_sniff(s), fw_sniff(s), spamfilter_sniff(s),
				ips_csv_sniff(s)};
		int best = 0;
		for (int k = 1; k < 4; k++)
			if (score[k] > score[best])
				best = k;
		if (best != cases[i].kind || score[best] == 0)
			fail_msg("%s identified as kind %d (scores %d %d %d %d)", cases[i].file,
				 best, score[0], score[1], score[2], score[3]);
		free(buf);
	}
}

static void test_reachable(void **state)
{
	(void)state;
	struct arena a = {0};
	struct fw_policy p;
	struct diag d = {0};
	load_fw("golden/fw-seed-ko.csv", &p, &a);
	struct ip_range any;
	assert_int_equal(ip_range_parse(STR("any"), &any), 0);
	struct fw_reach *r;
	size_t n = 0;
	struct ip web = ip_of("192.168.1.13"), files = ip_of("192.168.1.11");
	assert_int_equal(fw_reachable_ports(&p, &web, &any, 1, &a, &r, &n, NULL, &d), 0);
	assert_int_equal(fw_reach_rule(r, n, FW_PROTO_TCP, 80), 2);
	assert_int_equal(fw_reach_rule(r, n, FW_PROTO_TCP, 22), -1);
	/* from the Internet (everything but the user LAN), the file server is closed */
	struct ip_range outside[2];
	assert_int_equal(ip_range_parse(STR("0.0.0.0-172.16.0.255"), &outside[0]), 0);
	assert_int_equal(ip_range_parse(STR("172.16.2.0-255.255.255.255"), &outside[1]), 0);
	assert_int_equal(fw_reachable_ports(&p, &files, outside, 2, &a, &r, &n, NULL, &d), 0);
	assert_int_equal(n, 0);
	/* from any source, rule 31 opens 139 and 445 */
	assert_int_equal(fw_reachable_ports(&p, &files, &any, 1, &a, &r, &n, NULL, &d), 0);
	assert_int_equal(fw_reach_rule(r, n, FW_PROTO_TCP, 445), 0);
	assert_int_equal(fw_reach_rule(r, n, FW_PROTO_TCP, 139), 0);
	assert_int_equal(fw_reach_rule(r, n, FW_PROTO_TCP, 3389), -1);
	arena_free(&a);
}

/* Every bad row is reported with its line, and loading goes on. */
static void test_errors_name_lines(void **state)
{
	(void)state;
	struct arena a = {0};
	struct tu_sink sink;
	tu_sink_init(&sink);
	struct diag d = {.sink = &sink.base};
	struct fw_policy p;
	static const char fw[] = "id;source;destination;service;action\n"
				 "1;any;10.0.0.1;80;allow\n"
				 "2;nowhere;10.0.0.1;80;allow\n"
				 "3;any;10.0.0.1;80;perhaps\n"
				 "4;any;10.0.0.1;\"80;443\";deny\n";
	assert_int_equal(fw_load_csv(&p, &a, ARR(fw), "rules.csv", &d), 0);
	assert_int_equal(p.n, 2);
	assert_int_equal(p.skipped, 2);
	assert_int_equal(sink.count, 2);
	assert_non_null(strstr(sink.text, "rules.csv:3: expected an address"));
	assert_non_null(strstr(sink.text, "rules.csv:4: expected an action"));
	/* nothing usable: -1 */
	tu_sink_init(&sink);
	static const char none[] = "id,source,destination,action\n1,bogus,bogus,allow\n";
	assert_int_equal(fw_load_csv(&p, &a, ARR(none), "none.csv", &d), -1);
	assert_non_null(strstr(sink.text, "none.csv:2:"));
	assert_non_null(strstr(sink.text, "no usable rule"));
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_queries_seed),
		cmocka_unit_test(test_queries_vendor),
		cmocka_unit_test(test_queries_tabs),
		cmocka_unit_test(test_sport_known),
		cmocka_unit_test(test_audit_seed),
		cmocka_unit_test(test_audit_narrow),
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_role_from_os),
		cmocka_unit_test(test_needs),
		cmocka_unit_test(test_inside_and_owners),
		cmocka_unit_test(test_outside_complement),
		cmocka_unit_test(test_spam_match),
		cmocka_unit_test(test_sniff_kinds),
		cmocka_unit_test(test_reachable),
		cmocka_unit_test(test_errors_name_lines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
