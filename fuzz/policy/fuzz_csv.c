/*
 * fuzz_csv.c - the CSV reader and the four CSV loaders (assets, firewall
 * policy, spam-filter patterns, IPS alerts) on the same bytes, then what runs
 * on their results: sniffing, first-match evaluation, spam matching, and the
 * audit when the bytes load both as a policy and as an inventory (a header
 * such as "ip,source,destination,action" does).
 */
#include <stdint.h>
#include <stdlib.h>

#include "base/arena.h"
#include "base/csv.h"
#include "decode/ips_csv.h"
#include "policy/assets.h"
#include "policy/audit.h"
#include "policy/firewall.h"
#include "policy/spamfilter.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct str buf = {(const char *)data, n};
	struct arena a = {0};
	struct diag d = {.file = "fuzz"};

	struct csv *c = NEW(&a, struct csv, 1);
	csv_init(c, buf, 0);
	for (int rc; (rc = csv_next(c, &d)) != 0;)
		if (rc == 1)
			(void)csv_get(c, c->nfields - 1);

	(void)assets_sniff(buf);
	(void)fw_sniff(buf);
	(void)spamfilter_sniff(buf);
	(void)ips_csv_sniff(buf);

	struct ip probe = {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 168, 1, 12}};
	struct assets as;
	struct fw_policy p;
	struct spam_patterns sp;
	bool have_as = assets_load_csv(&as, &a, buf, "fuzz", &d) == 0;
	bool have_fw = fw_load_csv(&p, &a, buf, "fuzz", &d) == 0;
	if (have_as) {
		const struct asset *hosts[4];
		(void)assets_is_inside(&as, &probe);
		(void)assets_find_ip(&as, &probe);
		(void)assets_owner_hosts(&as, STR("kim@mail.test.com"), hosts, 4);
		(void)assets_mail_servers(&as, hosts, 4);
	}
	if (have_fw) {
		(void)fw_eval(&p, FW_PROTO_TCP, &probe, &probe, 23);
		struct audit au;
		if (have_as)
			(void)audit_run(&p, &as, &a, &au, &d);
		else
			(void)audit_anomalies(&p, &a, &au, &d);
	}
	if (spamfilter_load_csv(&sp, &a, buf, "fuzz", &d) == 0)
		(void)spamfilter_match(&sp, &probe, STR("MAILER-DAEMON@xx1.com"), STR("failure"));

	struct ips_csv *r = NEW(&a, struct ips_csv, 1);
	struct event ev;
	if (ips_csv_open(r, buf, "fuzz", &d) == 0)
		while (ips_csv_next(r, &ev, &d) != 0)
			;
	arena_free(&a);
	return 0;
}
