/*
 * analyze_policy.c - firewall exposure and over-broad rules (policy/audit)
 * tied to what actually came through them: IPS alerts and logins from outside
 * are evaluated against the policy to name the rule that let them in. Also
 * the IPS summary per source, and the same source found in other evidence.
 */
#include <stdio.h>
#include <string.h>

#include "case/analyze.h"
#include "policy/audit.h"

static const char *port_name(uint16_t port)
{
	switch (port) {
	case 21:
		return "FTP";
	case 22:
		return "SSH";
	case 23:
		return "Telnet";
	case 135:
		return "MS-RPC";
	case 139:
		return "NetBIOS";
	case 445:
		return "SMB";
	case 1433:
		return "MS SQL";
	case 3306:
		return "MySQL";
	case 3389:
		return "RDP";
	case 5432:
		return "PostgreSQL";
	case 5900:
		return "VNC";
	case 1521:
		return "Oracle";
	default:
		return "service";
	}
}

static bool is_ours(const struct actx *x, const struct ip *ip)
{
	if (x->r->have_assets)
		return assets_find_ip(&x->r->assets, ip) || assets_is_inside(&x->r->assets, ip);
	return ip_is_private(ip);
}

/* Login failures, brute force, password attacks: the IPS saw password guessing. */
static bool signature_is_guessing(struct str sig, enum service svc)
{
	static const char *const words[] = {"brute",      "login fail",   "logon fail",
					    "auth fail",  "password",     "login attempt",
					    "dictionary", "invalid user", "로그인",
					    "무작위",     "대입"};
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (str_ifind(sig, str_from_c(words[i])) >= 0)
			return true;
	(void)svc;
	return false;
}

static void analyze_ips(struct actx *x)
{
	struct case_file *c = x->c;
	const struct ips_summary *s = &x->r->ips;
	char a[IP_TEXT_MAX], b[IP_TEXT_MAX];
	for (size_t i = 0; i < s->n; i++) {
		const struct ips_group *g = &s->g[i];
		struct finding *f =
			case_add(c, "ips.alerts", g->blocked == g->alerts ? SEV_LOW : SEV_MEDIUM);
		finding_title(c, f, "IPS: \"%.*s\" from %s to %s, %u alert%s (%llu attempts)%s",
			      STR_FMT(g->signature), g->has_src ? ip_format(&g->src, a) : "?",
			      g->has_dst ? ip_format(&g->dst, b) : "?", g->alerts,
			      g->alerts == 1 ? "" : "s", (unsigned long long)g->attempts,
			      g->blocked == g->alerts ? ", all blocked" : "");
		finding_detail(c, f,
			       "The IPS alerts only when attempts exceed its threshold; attempts "
			       "below it leave no alert, so these are a lower bound.");
		if (g->has_src)
			finding_ip(c, f, &g->src);
		if (g->has_dst)
			finding_ip(c, f, &g->dst);
		finding_entity(c, f, ENT_RULE, g->signature);
		for (uint32_t k = 0; k < g->nrefs; k++)
			finding_ref(f, g->refs[k]);
		f->refs_total = g->alerts;
		finding_time(f, g->first);
		finding_time(f, g->last);
		if (!g->has_src)
			continue;
		case_add_alerted(c, &g->src);
		/*
		 * An alerted source "acted against our systems" when the alert is
		 * password guessing against one of our hosts; other alerts (scans,
		 * exploit attempts) stay in ips_alerted_ips unless other evidence
		 * ties the source to the incident.
		 */
		if ((!g->has_dst || is_ours(x, &g->dst)) && !actx_inside(x, &g->src) &&
		    signature_is_guessing(g->signature, g->service)) {
			case_add_attacker(c, &g->src);
			if (g->first != TIME_UNKNOWN && (c->first_malicious_event == TIME_UNKNOWN ||
							 g->first < c->first_malicious_event))
				c->first_malicious_event = g->first;
		}
		case_timeline(c, g->first, g->nrefs ? &g->refs[0] : NULL,
			      "IPS alert \"%.*s\" from %s to %s", STR_FMT(g->signature), a,
			      g->has_dst ? b : "?");
	}
	/* the same source in other evidence */
	for (int i = 0; i < c->nalerted; i++) {
		const struct ip *ip = &c->ips_alerted_ips[i];
		const struct auth_source *as = auth_source_of(&x->r->auth, ip);
		if (!as || (as->ok == 0 && as->fail == 0))
			continue;
		struct finding *f =
			case_add(c, "correlate.same_source", as->ok ? SEV_HIGH : SEV_MEDIUM);
		finding_title(c, f, "%s, alerted on by the IPS, also %s in the authentication logs",
			      ip_format(ip, a),
			      as->ok ? "logged in successfully" : "failed logins");
		finding_detail(c, f,
			       "%u failed and %u successful logins from the address the IPS saw "
			       "attacking: the alerts and the logins are one actor.",
			       as->fail, as->ok);
		finding_ip(c, f, ip);
		for (size_t k = 0; k < x->r->auth.npairs; k++) {
			const struct auth_pair *p = &x->r->auth.pairs[k];
			if (p->has_ip && ip_eq(&p->ip, ip) && p->account.n)
				finding_entity(c, f, ENT_ACCOUNT,
					       actx_account_address(x, p->account));
		}
		if (as->fail)
			finding_ref(f, as->ref_first_fail);
		if (as->ok)
			finding_ref(f, as->ref_first_ok);
		for (size_t k = 0; k < x->r->ips.n; k++)
			if (x->r->ips.g[k].has_src && ip_eq(&x->r->ips.g[k].src, ip) &&
			    x->r->ips.g[k].nrefs)
				finding_ref(f, x->r->ips.g[k].refs[0]);
		finding_time(f, as->first_fail);
		finding_time(f, as->first_ok);
	}
}

/* Which rule let attackers' traffic to dst:port in? */
static void link_rule(struct actx *x, const struct overbroad *ob, struct finding *f)
{
	const struct fw_policy *fw = &x->r->fw;
	const struct ips_summary *s = &x->r->ips;
	char a[IP_TEXT_MAX], b[IP_TEXT_MAX];
	for (size_t i = 0; i < s->n; i++) {
		const struct ips_group *g = &s->g[i];
		if (!g->has_src || !g->has_dst || !g->dport)
			continue;
		int rule = fw_eval(fw, FW_PROTO_TCP, &g->src, &g->dst, g->dport);
		if (rule == (int)ob->rule) {
			finding_ip(x->c, f, &g->src);
			if (g->nrefs)
				finding_ref(f, g->refs[0]);
			case_reason(x->c, "E2 rule let the attack in",
				    "rule %.*s allowed %s to reach %s:%u (\"%.*s\")",
				    STR_FMT(fw->v[ob->rule].id), ip_format(&g->src, a),
				    ip_format(&g->dst, b), g->dport, STR_FMT(g->signature));
			return;
		}
	}
}

void analyze_policy(struct actx *x)
{
	struct case_file *c = x->c;
	struct run *r = x->r;
	char a[IP_TEXT_MAX];
	analyze_ips(x);
	if (!r->have_fw)
		return;
	struct audit au;
	struct diag d = {0};
	if (!r->have_assets) {
		if (audit_anomalies(&r->fw, c->a, &au, &d) == -1)
			return;
		au.nexp = au.nbroad = 0;
	} else if (audit_run(&r->fw, &r->assets, c->a, &au, &d) == -1) {
		case_limit(c, "The firewall audit was incomplete: %s", d.msg);
	}
	for (size_t i = 0; i < au.nbroad; i++) {
		const struct overbroad *ob = &au.broad[i];
		const struct fw_rule *rule = &r->fw.v[ob->rule];
		case_add_overbroad(c, rule->id);
		struct finding *f = case_add(c, "policy.overbroad_rule", SEV_HIGH);
		finding_title(
			c, f, "firewall rule %.*s opens %s%.*s to %s beyond what its role needs",
			STR_FMT(rule->id), ob->any_fields & FW_F_DPORT ? "every port of " : "",
			STR_FMT(ob->asset ? ob->asset->name : rule->dst),
			(ob->any_fields & FW_F_SRC) ? "any source" : "its sources");
		finding_detail(
			c, f,
			"Rule %.*s (%.*s -> %.*s, service %.*s, %s) allows %u ports beyond the "
			"%s role's needs (%.*s). Suggested: %.*s.",
			STR_FMT(rule->id), STR_FMT(rule->src), STR_FMT(rule->dst),
			STR_FMT(rule->service), rule->action == FW_ALLOW ? "allow" : "deny",
			ob->nbeyond, ob->asset ? asset_role_name(ob->asset->role) : "destination",
			STR_FMT(ob->beyond), STR_FMT(ob->suggestion));
		finding_entity(c, f, ENT_RULE, rule->id);
		if (ob->asset) {
			finding_ip(c, f, &ob->asset->ip);
			finding_entity(c, f, ENT_HOST, ob->asset->name);
		}
		finding_ref(f, (struct evref){r->fw_evidence, (uint64_t)rule->line});
		link_rule(x, ob, f);
	}
	size_t n_exp = 0;
	for (size_t i = 0; i < au.nexp; i++) {
		const struct exposure *e = &au.exp[i];
		const struct fw_rule *rule = &r->fw.v[e->rule];
		case_add_exposed(c, &e->asset->ip, e->port, rule->id);
		n_exp++;
	}
	/* one finding per exposed host */
	for (size_t i = 0; i < au.nexp; i++) {
		const struct asset *as = au.exp[i].asset;
		bool first = true;
		for (size_t k = 0; k < i; k++)
			if (au.exp[k].asset == as)
				first = false;
		if (!first)
			continue;
		struct finding *f = case_add(c, "policy.exposed_services", SEV_HIGH);
		char ports[512];
		size_t o = 0;
		ports[0] = '\0';
		for (size_t k = i; k < au.nexp; k++) {
			if (au.exp[k].asset != as)
				continue;
			int w = snprintf(ports + o, sizeof(ports) - o, "%s%u/%s", o ? ", " : "",
					 au.exp[k].port, port_name(au.exp[k].port));
			if (w > 0 && (size_t)w < sizeof(ports) - o)
				o += (size_t)w;
			const struct fw_rule *rule = &r->fw.v[au.exp[k].rule];
			finding_entity(c, f, ENT_RULE, rule->id);
			finding_ref(f, (struct evref){r->fw_evidence, (uint64_t)rule->line});
		}
		finding_title(c, f, "%.*s (%s) exposes %s to the Internet", STR_FMT(as->name),
			      ip_format(&as->ip, a), ports);
		finding_detail(
			c, f,
			"Administrative, file-sharing or database services that its role (%s) "
			"does not need are reachable from outside every internal zone.",
			asset_role_name(as->role));
		finding_ip(c, f, &as->ip);
		finding_entity(c, f, ENT_HOST, as->name);
		finding_ref(f, (struct evref){r->assets_evidence, (uint64_t)as->line});
	}
	(void)n_exp;
	for (size_t i = 0; i < au.nanom; i++) {
		const struct anomaly *an = &au.anom[i];
		if (an->kind != ANOMALY_SHADOWING && an->kind != ANOMALY_REDUNDANCY)
			continue;
		const struct fw_rule *e = &r->fw.v[an->earlier], *l = &r->fw.v[an->later];
		struct finding *f = case_add(c, "policy.anomaly",
					     an->kind == ANOMALY_SHADOWING ? SEV_MEDIUM : SEV_LOW);
		finding_title(
			c, f, "firewall rule %.*s is %s by rule %.*s",
			STR_FMT(an->kind == ANOMALY_REDUNDANCY && an->earlier_redundant ? e->id
											: l->id),
			an->kind == ANOMALY_SHADOWING ? "shadowed (it never applies)" : "redundant",
			STR_FMT(an->kind == ANOMALY_REDUNDANCY && an->earlier_redundant ? l->id
											: e->id));
		finding_entity(c, f, ENT_RULE, e->id);
		finding_entity(c, f, ENT_RULE, l->id);
		finding_ref(f, (struct evref){r->fw_evidence, (uint64_t)e->line});
		finding_ref(f, (struct evref){r->fw_evidence, (uint64_t)l->line});
	}
	(void)memset;
}
