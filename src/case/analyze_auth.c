/*
 * analyze_auth.c - logins from outside, password guessing (fast and slow),
 * and logins that followed guessing. Which addresses are inside comes from
 * the asset inventory (RFC 1918 only when there is none).
 */
#include <stdlib.h>

#include "case/analyze.h"

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

/* Most failures inside any window of secs, over the sorted times t[0..n). */
static uint32_t max_in_window(const int64_t *t, uint32_t n, int64_t secs)
{
	uint32_t best = 0;
	for (uint32_t i = 0, j = 0; i < n; i++) {
		while (t[i] - t[j] >= secs)
			j++;
		if (i - j + 1 > best)
			best = i - j + 1;
	}
	return best;
}

static void note_malicious(struct case_file *c, int64_t ts)
{
	if (ts != TIME_UNKNOWN &&
	    (c->first_malicious_event == TIME_UNKNOWN || ts < c->first_malicious_event))
		c->first_malicious_event = ts;
}

/* Password guessing per outside source, and its rate. */
static void analyze_guessing(struct actx *x)
{
	struct case_file *c = x->c;
	const struct auth_tracker *t = &x->r->auth;
	char ipb[IP_TEXT_MAX];
	uint32_t inside_fail = 0, inside_srcs = 0;
	for (size_t i = 0; i < t->nsrcs; i++) {
		const struct auth_source *s = &t->srcs[i];
		if (s->fail == 0)
			continue;
		if (actx_inside(x, &s->ip)) {
			inside_fail += s->fail;
			inside_srcs++;
			continue;
		}
		bool alerted = ips_alerted(&x->r->ips, &s->ip);
		/*
		 * Guessing fails before it succeeds, or tries several accounts; a
		 * user who logs in from home and now and then mistypes fails after
		 * succeeding, on the one account.
		 */
		bool guessing =
			s->fail_pre_ok >= x->p->guess_min_failures || s->accounts_tried >= 3;
		if (!guessing && !alerted)
			continue;
		int64_t ts[AUTH_FAIL_TIMES];
		uint32_t n = 0;
		for (uint32_t k = 0; k < s->nfail_ts; k++)
			if (s->fail_ts[k] != TIME_UNKNOWN)
				ts[n++] = s->fail_ts[k];
		qsort(ts, n, sizeof(ts[0]), cmp_i64);
		uint32_t peak = n ? max_in_window(ts, n, x->p->ips_window_secs) : 0;
		int64_t span = s->last_fail != TIME_UNKNOWN && s->first_fail != TIME_UNKNOWN
				       ? s->last_fail - s->first_fail
				       : 0;
		bool slow = s->fail >= x->p->guess_min_failures &&
			    peak < x->p->ips_window_attempts && span >= x->p->slow_min_span;
		struct finding *f = case_add(c, slow ? "auth.slow_guessing" : "auth.guessing",
					     slow ? SEV_HIGH : SEV_MEDIUM);
		finding_title(c, f, "%s failed %u logins (%s) on %u account%s%s",
			      ip_format(&s->ip, ipb), s->fail, service_name(s->service),
			      s->accounts_tried, s->accounts_tried == 1 ? "" : "s",
			      slow ? ", slowly enough to stay under IPS thresholds" : "");
		finding_detail(c, f,
			       "An address outside every internal zone failed %u authentications "
			       "over %lld minutes; at most %u fell in any %lld-second window%s.%s",
			       s->fail, (long long)(span / 60), peak,
			       (long long)x->p->ips_window_secs,
			       slow ? " (an IPS alerting at that rate never fires)" : "",
			       s->ok ? " The same address later logged in successfully." : "");
		finding_ip(c, f, &s->ip);
		finding_time(f, s->first_fail);
		finding_time(f, s->last_fail);
		finding_ref(f, s->ref_first_fail);
		if (s->ok)
			finding_ref(f, s->ref_first_ok);
		for (size_t k = 0; k < t->npairs; k++) {
			const struct auth_pair *p = &t->pairs[k];
			if (p->has_ip && ip_eq(&p->ip, &s->ip) && p->fail && p->account.n)
				finding_entity(c, f, ENT_ACCOUNT, p->account);
		}
		f->refs_total += s->fail > 1 ? s->fail - 1 : 0;
		case_add_attacker(c, &s->ip);
		note_malicious(c, s->first_fail);
		if (slow)
			case_add_slow(c, &s->ip);
		case_timeline(c, s->first_fail, &s->ref_first_fail,
			      "first of %u failed logins from %s%s", s->fail, ipb,
			      slow ? " (slow guessing)" : "");
	}
	if (inside_fail) {
		struct finding *f = case_add(c, "auth.failures_inside", SEV_INFO);
		finding_title(c, f,
			      "%u failed logins from %u inside address%s (mistyped passwords?)",
			      inside_fail, inside_srcs, inside_srcs == 1 ? "" : "es");
		finding_detail(c, f,
			       "Failures from inside the organisation's own zones are "
			       "counted but not treated as attacks.");
	}
}

/* Did this account log in from an inside address too (before or during)? */
static bool account_used_inside(const struct actx *x, struct str account)
{
	const struct auth_tracker *t = &x->r->auth;
	for (size_t k = 0; k < t->npairs; k++) {
		const struct auth_pair *p = &t->pairs[k];
		if (p->ok && p->has_ip && str_ieq(p->account, account) && actx_inside(x, &p->ip))
			return true;
	}
	return false;
}

void analyze_auth(struct actx *x)
{
	struct case_file *c = x->c;
	const struct auth_tracker *t = &x->r->auth;
	char ipb[IP_TEXT_MAX];
	analyze_guessing(x);
	for (size_t i = 0; i < t->npairs; i++) {
		const struct auth_pair *p = &t->pairs[i];
		if (!p->ok || !p->has_ip || p->account.n == 0 || actx_inside(x, &p->ip))
			continue;
		x->n_outside_logins++;
		const struct auth_source *s = auth_source_of(t, &p->ip);
		/*
		 * Strong signals: guessing from the source (C1), an IPS alert on it
		 * (C2), bounces that recipients refused as spam for mail it sent (C4).
		 * Weak: an outbound campaign from it (C3), which only counts together
		 * with the account's use from inside (its owner works inside).
		 */
		bool guessed =
			s &&
			(s->fail_pre_ok >= x->p->guess_min_failures || s->accounts_tried >= 3) &&
			(s->first_fail == TIME_UNKNOWN || p->first_ok == TIME_UNKNOWN ||
			 s->first_fail <= p->first_ok);
		bool alerted = ips_alerted(&x->r->ips, &p->ip);
		bool campaign = analyze_campaign_from(x, p->account, &p->ip);
		uint32_t genuine = analyze_genuine_bounces_from(x, p->account, &p->ip);
		struct assets_owner own = {0};
		bool owner_inside =
			x->r->have_assets && assets_owner_inside(&x->r->assets, p->account, &own);
		bool used_inside = account_used_inside(x, p->account);
		bool suspicious = guessed || alerted || genuine > 0 ||
				  (campaign && (owner_inside || used_inside));
		struct str addr = actx_account_address(x, p->account);
		bool remote_svc = p->service == SVC_SSH || p->service == SVC_TELNET;
		struct finding *f =
			case_add(c,
				 remote_svc && suspicious ? "auth.ssh_login_after_guessing"
							  : "auth.outside_login",
				 suspicious ? (remote_svc ? SEV_CRITICAL : SEV_HIGH)
				 : owner_inside || used_inside ? SEV_MEDIUM
							       : SEV_LOW);
		finding_title(c, f,
			      "%.*s logged in (%s%s%.*s) from %s, outside every internal zone",
			      STR_FMT(addr), service_name(p->service), p->mech.n ? ", " : "",
			      STR_FMT(p->mech), ip_format(&p->ip, ipb));
		finding_detail(
			c, f, "%u successful login%s from this address.%s%s%s%s%s%s", p->ok,
			p->ok == 1 ? "" : "s",
			owner_inside ? " The account's owner works inside (asset inventory: "
				       "their workstation is in an internal zone)."
				     : "",
			used_inside && !owner_inside ? " The account is otherwise used from inside."
						     : "",
			guessed ? " The address failed logins before it succeeded (guessing)." : "",
			alerted ? " The IPS alerted on this address." : "",
			campaign ? " Its sessions sent an outbound mail campaign." : "",
			genuine ? " Recipients refused mail it sent as spam, and the bounces came "
				  "back."
				: "");
		finding_entity(c, f, ENT_ACCOUNT, addr);
		finding_ip(c, f, &p->ip);
		finding_entity(c, f, ENT_SERVICE, str_from_c(service_name(p->service)));
		if (own.host.n)
			finding_entity(c, f, ENT_HOST, own.host);
		finding_time(f, p->first_ok);
		finding_time(f, p->last_ok);
		finding_ref(f, p->ref_first_ok);
		if (p->ok > 1)
			finding_ref(f, p->ref_last_ok);
		f->refs_total += p->ok > 2 ? p->ok - 2 : 0;
		if (s && s->fail)
			finding_ref(f, s->ref_first_fail);
		if (!suspicious)
			continue;
		x->n_suspicious_logins++;
		if (remote_svc)
			x->n_ssh_compromise++;
		struct str why = arena_printf(
			c->a, "%.*s from %s (%s)%s%s%s%s%s", STR_FMT(addr), ipb,
			service_name(p->service), guessed ? "; guessing" : "",
			alerted ? "; IPS alerts" : "",
			campaign && (owner_inside || used_inside) ? "; outbound campaign" : "",
			genuine ? "; mail refused as spam" : "",
			owner_inside ? "; owner works inside" : "");
		if (x->nlogin_why < (int)(sizeof(x->login_why) / sizeof(x->login_why[0])))
			x->login_why[x->nlogin_why++] = why;
		case_add_compromised(c, addr);
		case_add_attacker(c, &p->ip);
		note_malicious(c, p->first_ok);
		case_timeline(c, p->first_ok, &p->ref_first_ok,
			      "%s logs in as %.*s (%s) from outside", ipb, STR_FMT(addr),
			      service_name(p->service));
	}
}
