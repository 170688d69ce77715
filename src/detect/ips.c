/*
 * ips.c - grouping of IPS alerts; the group key is src, dst and the signature
 * text (case-insensitive), so "Telnet Login Fail" rows from one attacker to one
 * host fold into one line of the report with every row cited.
 */
#include "detect/ips.h"

#include <string.h>

void ips_init(struct ips_summary *s, struct arena *a)
{
	*s = (struct ips_summary){.a = a};
	map_init(&s->map, a, IPS_GROUPS_MAX, true);
}

void ips_feed(struct ips_summary *s, const struct event *ev)
{
	if (ev->kind != EV_IPS_ALERT)
		return;
	s->alerts++;
	char key[600];
	size_t n = ev->rule_name.n < 512 ? ev->rule_name.n : 512;
	memcpy(key, ev->src_ip.b, 16);
	memcpy(key + 16, ev->dst_ip.b, 16);
	if (n)
		memcpy(key + 32, ev->rule_name.p, n);
	bool added;
	int32_t i = map_intern(&s->map, (struct str){key, 32 + n}, &added);
	if (i < 0) {
		s->dropped++;
		return;
	}
	if (added) {
		if (s->n == s->cap) {
			size_t nc = s->cap ? s->cap * 2 : 32;
			s->g = arena_grow(s->a, s->g, sizeof(*s->g), _Alignof(struct ips_group),
					  (ptrdiff_t)s->cap, (ptrdiff_t)nc);
			s->cap = nc;
		}
		struct ips_group *g = &s->g[s->n++];
		g->src = ev->src_ip;
		g->dst = ev->dst_ip;
		g->has_src = ev->has_src_ip;
		g->has_dst = ev->has_dst_ip;
		g->dport = ev->dst_port;
		g->service = ev->service;
		g->signature = arena_strdup(s->a, ev->rule_name);
		g->first = g->last = ev->ts;
	}
	struct ips_group *g = &s->g[i];
	g->alerts++;
	g->attempts += ev->count ? ev->count : 1;
	if (ev->blocked)
		g->blocked++;
	if (ev->ts != TIME_UNKNOWN) {
		if (g->first == TIME_UNKNOWN || ev->ts < g->first)
			g->first = ev->ts;
		if (g->last == TIME_UNKNOWN || ev->ts > g->last)
			g->last = ev->ts;
	}
	if (g->nrefs < IPS_GROUP_REFS)
		g->refs[g->nrefs++] = event_ref(ev);
}

bool ips_alerted(const struct ips_summary *s, const struct ip *ip)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->g[i].has_src && ip_eq(&s->g[i].src, ip))
			return true;
	return false;
}
