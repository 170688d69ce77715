/*
 * analyze.c - the order of the analysis and what its parts share.
 */
#include "case/analyze.h"

#include <string.h>

void analyze_default_params(struct analyze_params *p)
{
	*p = (struct analyze_params){
		.guess_min_failures = 5,
		.campaign_min_msgs = 20,
		.slow_min_span = 30 * 60,
		.ips_window_attempts = 3,
		.ips_window_secs = 120,
		.bounce_match_secs = 3 * 86400,
	};
}

bool actx_inside(const struct actx *x, const struct ip *ip)
{
	if (x->r->have_assets)
		return assets_is_inside(&x->r->assets, ip);
	return ip_is_private(ip);
}

struct str actx_account_address(const struct actx *x, struct str account)
{
	if (str_chr(account, '@') >= 0)
		return account;
	const struct mailflow *m = &x->r->flow;
	for (size_t i = 0; i < m->nsenders; i++)
		if (str_ieq(m->senders[i].account, account) && m->senders[i].address.n)
			return m->senders[i].address;
	return account;
}

int case_analyze(struct case_file *c, struct run *r, const struct analyze_params *p)
{
	struct actx x = {.c = c, .r = r, .p = p};
	c->tz_offset_min = r->opt.tz_offset_min;
	x.have_mta_logs = r->flow.txns > 0;
	analyze_mail(&x);
	analyze_auth(&x);
	analyze_policy(&x);
	analyze_verdict(&x);
	case_sort_timeline(c);
	return 0;
}
