/*
 * audit.c - exposures, over-broad rules and Al-Shaer anomalies.
 *
 * Exposure and over-breadth come from one reachability walk per host
 * (fw_reachable_ports from the outside set), so a rule's effect is judged
 * after the rules above it have taken their share: an allow rule that only
 * ever sees packets an earlier rule denied opens nothing. Pairwise anomalies
 * use exact set relations between the rules' boxes (policy/space.h).
 */
#include "policy/audit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint16_t risky_ports[] = {21,   22,   23,   135,  139,  445,
				       1433, 1521, 3306, 3389, 5432, 5900};

const uint16_t *audit_risky_ports(size_t *n)
{
	*n = sizeof(risky_ports) / sizeof(risky_ports[0]);
	return risky_ports;
}

const char *anomaly_kind_name(enum anomaly_kind k)
{
	switch (k) {
	case ANOMALY_SHADOWING:
		return "shadowing";
	case ANOMALY_REDUNDANCY:
		return "redundancy";
	case ANOMALY_CORRELATION:
		return "correlation";
	case ANOMALY_GENERALIZATION:
		return "generalization";
	}
	return "unknown";
}

static void push_anomaly(struct audit *out, size_t *cap, struct arena *a, struct anomaly an)
{
	if (out->nanom == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		out->anom = arena_grow(a, out->anom, (ptrdiff_t)sizeof(*out->anom),
				       _Alignof(struct anomaly), (ptrdiff_t)out->nanom,
				       (ptrdiff_t)ncap);
		*cap = ncap;
	}
	out->anom[out->nanom++] = an;
}

/*
 * Rules whose every packet earlier rules take (several together, unlike the
 * pairwise view). Each rule gets at most UNREACH_RULE_WORK of the budget, so
 * one expensive rule (a catch-all under a thousand others) cannot starve the
 * rest; a rule left undecided is counted in out->undecided.
 */
enum { UNREACH_RULE_WORK = 1 << 18 };

static void unreachable_rules(const struct fw_policy *p, size_t n, struct space_vec *w1,
			      struct space_vec *w2, struct arena *scratch, uint64_t *budget,
			      struct audit *out, struct arena *a)
{
	size_t cap = 0;
	for (size_t j = 1; j < n && *budget; j++) {
		uint64_t mine = *budget < UNREACH_RULE_WORK ? *budget : UNREACH_RULE_WORK;
		uint64_t start = mine;
		bool ok = true;
		w1->n = 0;
		for (size_t b = 0; b < p->v[j].nbox && ok; b++)
			ok = space_push(w1, scratch, &p->v[j].box[b]) == 0;
		/* only earlier rules that touch rule j can take its packets */
		for (size_t i = 0; i < j && w1->n && ok; i++) {
			int touch = space_overlap(p->v[i].box, p->v[i].nbox, p->v[j].box,
						  p->v[j].nbox, &mine);
			ok = touch != -1;
			if (touch == 1)
				ok = space_minus(w1, w2, scratch, p->v[i].box, p->v[i].nbox,
						 &mine) == 0;
		}
		*budget -= start - mine;
		if (!ok)
			out->undecided++;
		if (!ok || w1->n)
			continue;
		if (out->nunreachable == cap) {
			size_t ncap = cap ? cap * 2 : 8;
			out->unreachable = arena_grow(
				a, out->unreachable, (ptrdiff_t)sizeof(size_t), _Alignof(size_t),
				(ptrdiff_t)out->nunreachable, (ptrdiff_t)ncap);
			cap = ncap;
		}
		out->unreachable[out->nunreachable++] = j;
	}
}

/* The Al-Shaer relation of the pair (i earlier, j later); false when there is none to report. */
static bool relate(const struct fw_policy *p, size_t i, size_t j, const size_t *conflict,
		   struct space_vec *w1, struct space_vec *w2, struct arena *scratch,
		   uint64_t *budget, struct audit *out, struct anomaly *an)
{
	const struct fw_rule *ri = &p->v[i], *rj = &p->v[j];
	if (space_overlap(ri->box, ri->nbox, rj->box, rj->nbox, budget) != 1)
		return false;
	int sub = space_subset(w1, w2, scratch, rj->box, rj->nbox, ri->box, ri->nbox, budget);
	int sup = space_subset(w1, w2, scratch, ri->box, ri->nbox, rj->box, rj->nbox, budget);
	bool same = ri->action == rj->action;
	*an = (struct anomaly){.earlier = i, .later = j};
	if (sub == -1 || sup == -1) {
		out->undecided += *budget != 0;
		return false;
	}
	if (sub == 1) {
		an->kind = same ? ANOMALY_REDUNDANCY : ANOMALY_SHADOWING;
		return true;
	}
	if (sup == 1 && !same) {
		an->kind = ANOMALY_GENERALIZATION;
		return true;
	}
	if (sup == 1) {
		/* the earlier rule is redundant only if nothing between takes part of it
		 * with the other action */
		an->kind = ANOMALY_REDUNDANCY;
		an->earlier_redundant = true;
		return conflict[i] > j;
	}
	an->kind = ANOMALY_CORRELATION;
	return !same;
}

int audit_anomalies(const struct fw_policy *p, struct arena *a, struct audit *out, struct diag *d)
{
	struct arena scratch = {0};
	struct space_vec w1 = {0}, w2 = {0};
	size_t n = p->n < AUDIT_ANOMALY_RULES_MAX ? p->n : AUDIT_ANOMALY_RULES_MAX;
	size_t cap = 0;
	uint64_t budget = AUDIT_WORK;

	out->anom = NULL;
	out->nanom = 0;
	out->undecided = 0;
	out->unreachable = NULL;
	out->nunreachable = 0;
	out->truncated = false;
	d->line = 0;
	if (p->n > n)
		diag_warnf(d, "anomalies: only the first %d of %zu rules compared",
			   AUDIT_ANOMALY_RULES_MAX, p->n);
	/* first later rule with another action overlapping rule i (n if none; an undecided
	 * overlap counts as one, so no rule is called redundant on a guess) */
	size_t *conflict = NEW(&scratch, size_t, n);
	for (size_t i = 0; i < n; i++) {
		conflict[i] = n;
		for (size_t k = i + 1; k < n && conflict[i] == n; k++)
			if (p->v[k].action != p->v[i].action &&
			    space_overlap(p->v[i].box, p->v[i].nbox, p->v[k].box, p->v[k].nbox,
					  &budget) != 0)
				conflict[i] = k;
	}
	for (size_t j = 1; j < n && budget; j++)
		for (size_t i = 0; i < j && budget; i++) {
			struct anomaly an;
			if (!relate(p, i, j, conflict, &w1, &w2, &scratch, &budget, out, &an))
				continue;
			if (out->nanom == AUDIT_FINDINGS_MAX) {
				diag_warnf(d, "anomalies: more than %d found, the rest left out",
					   AUDIT_FINDINGS_MAX);
				out->truncated = true;
				goto done;
			}
			push_anomaly(out, &cap, a, an);
		}
	if (budget) {
		budget =
			AUDIT_WORK; /* a budget of its own: the pairwise pass may have spent much */
		unreachable_rules(p, n, &w1, &w2, &scratch, &budget, out, a);
	}
done:
	if (budget == 0) {
		out->truncated = true;
		diag_warnf(d, "anomalies: the policy is too complex; the analysis stopped early "
			      "(work budget spent)");
	}
	if (out->undecided)
		diag_warnf(d, "anomalies: %zu rule pairs or rules too fragmented to decide",
			   out->undecided);
	arena_free(&scratch);
	return 0;
}

static int range_lo_cmp(const void *pa, const void *pb)
{
	const struct ip_range *x = pa, *y = pb;
	return ip_cmp(&x->lo, &y->lo);
}

/* The complement of the union of r[0..n) (sorted in place), in a. */
static size_t range_complement(struct ip_range *r, size_t n, struct arena *a, struct ip_range **out)
{
	struct ip_range *c = NEW(a, struct ip_range, n + 1);
	struct ip next = {0};
	size_t m = 0;
	bool done = false;
	qsort(r, n, sizeof(*r), range_lo_cmp);
	for (size_t i = 0; i < n && !done; i++) {
		if (ip_cmp(&r[i].hi, &next) < 0)
			continue; /* inside what was already covered */
		if (ip_cmp(&next, &r[i].lo) < 0) {
			c[m].lo = next;
			c[m].hi = r[i].lo;
			for (int k = 15; k >= 0; k--)
				if (c[m].hi.b[k]-- != 0)
					break;
			m++;
		}
		next = r[i].hi;
		done = true;
		for (int k = 15; k >= 0; k--)
			if (++next.b[k] != 0) {
				done = false;
				break;
			}
	}
	if (!done) {
		c[m].lo = next;
		memset(c[m].hi.b, 0xff, 16);
		m++;
	}
	*out = c;
	return m;
}

/*
 * The zone all inventory hosts inside r share, when r holds at least one host,
 * at most LEARN_HOSTS_MAX of them, all of one zone (the unnamed zone counts).
 */
enum { LEARN_HOSTS_MAX = 1024, LEARN_NETS_MAX = 4096 };

static bool one_zone_in(const struct assets *as, const struct ip_range *r, struct str *zone)
{
	size_t lo = 0, hi = as->nhosts;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ip_cmp(&as->v[as->by_ip[mid]].ip, &r->lo) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t k = 0;
	for (size_t i = lo; i < as->nhosts; i++, k++) {
		const struct asset *x = &as->v[as->by_ip[i]];
		if (!ip_range_contains(r, &x->ip))
			break;
		if (k == LEARN_HOSTS_MAX || (k && !str_ieq(*zone, x->zone)))
			return false;
		*zone = x->zone;
	}
	return k > 0;
}

/* Outside = complement of the inventory's inside set plus the networks the policy names for
 * one-zone hosts (see audit.h). */
static size_t outside_set(const struct fw_policy *p, const struct assets *as, struct arena *a,
			  struct ip_range **out)
{
	struct arena scratch = {0};
	size_t cap = as->ninside + LEARN_NETS_MAX;
	struct ip_range *all = NEW(&scratch, struct ip_range, cap);
	size_t n = as->ninside;
	const struct ip_range *last = NULL;
	memcpy(all, as->inside, as->ninside * sizeof(*all));
	for (size_t i = 0; i < p->n && n < cap; i++)
		for (size_t b = 0; b < p->v[i].nbox && n < cap; b++)
			for (int side = 0; side < 2 && n < cap; side++) {
				const struct ip_range *r =
					side ? &p->v[i].box[b].dst : &p->v[i].box[b].src;
				bool v4 = ip_is_v4(&r->lo) && ip_is_v4(&r->hi);
				/* at most a /16 (IPv4) or /48 (IPv6): same upper bytes */
				size_t keep = v4 ? 14 : 6;
				if (memcmp(r->lo.b, r->hi.b, keep) != 0 || ip_eq(&r->lo, &r->hi))
					continue;
				if (last && ip_eq(&last->lo, &r->lo) && ip_eq(&last->hi, &r->hi))
					continue;
				last = r;
				struct str zone = STR_NULL;
				if (!one_zone_in(as, r, &zone))
					continue;
				bool has_row = false;
				for (size_t k = 0; k < as->nnets && !has_row; k++)
					has_row = as->nets[k].origin == ZONE_NETWORK_ROW &&
						  str_ieq(as->nets[k].zone, zone);
				if (!has_row)
					all[n++] = *r;
			}
	size_t m = range_complement(all, n, a, out);
	arena_free(&scratch);
	return m;
}

/* Every port some role needs from outside, ascending (asset_role_needs_port). */
static const uint16_t outside_ports[] = {25, 53, 80, 110, 143, 443, 465, 587, 993, 995};

static bool asset_needs(const struct asset *x, int proto, uint16_t port)
{
	for (int r = 0; r < ASSET_ROLE_COUNT; r++) {
		if (!asset_has_role(x, (enum asset_role)r))
			continue;
		if (r == ASSET_ROLE_DNS && port == 53 &&
		    (proto == FW_PROTO_TCP || proto == FW_PROTO_UDP))
			return true;
		if (proto == FW_PROTO_TCP && asset_role_needs_port((enum asset_role)r, port, true))
			return true;
	}
	return false;
}

/* Ports a role should offer from outside, in the order a suggestion lists them (TLS for
 * mailbox access; the clear-text 110/143 only when the rule already names them). */
static bool asset_recommends(const struct asset *x, int proto, uint16_t port)
{
	if (asset_has_role(x, ASSET_ROLE_DNS) && port == 53)
		return proto == FW_PROTO_TCP || proto == FW_PROTO_UDP;
	if (proto != FW_PROTO_TCP)
		return false;
	if (asset_has_role(x, ASSET_ROLE_MAIL) &&
	    (port == 25 || port == 465 || port == 587 || port == 993 || port == 995))
		return true;
	return asset_has_role(x, ASSET_ROLE_WEB) && (port == 80 || port == 443);
}

/* Port sets for TCP and UDP as bitmaps (8 KiB each), plus protocols without ports. */
struct portset {
	uint8_t tcp[8192], udp[8192];
	bool other;
};

static bool bit(const uint8_t *m, unsigned p)
{
	return (m[p >> 3] >> (p & 7)) & 1;
}

static void set_bits(uint8_t *m, unsigned lo, unsigned hi)
{
	while (lo <= hi && (lo & 7)) {
		m[lo >> 3] |= (uint8_t)(1u << (lo & 7));
		lo++;
	}
	if (lo + 7 <= hi) {
		unsigned bytes = (hi + 1 - lo) >> 3;
		memset(m + (lo >> 3), 0xff, bytes);
		lo += bytes << 3;
	}
	for (; lo <= hi; lo++)
		m[lo >> 3] |= (uint8_t)(1u << (lo & 7));
}

static uint32_t popcount(const uint8_t *m, size_t n)
{
	uint32_t count = 0;
	for (size_t i = 0; i < n; i++)
		for (uint8_t v = m[i]; v; v &= (uint8_t)(v - 1))
			count++;
	return count;
}

/* Append "tcp 0-24,26-109" for the set bits of m to buf (at most 24 ranges, then "..."). */
static void ranges_text(const uint8_t *m, const char *proto, char *buf, size_t size, size_t *len)
{
	int shown = 0;
	for (unsigned p = 0; p < 65536;) {
		if (!bit(m, p)) {
			p++;
			continue;
		}
		unsigned q = p;
		while (q + 1 < 65536 && bit(m, q + 1))
			q++;
		int w = 0;
		if (*len >= size || shown > 24)
			w = 0;
		else if (shown == 24)
			w = snprintf(buf + *len, size - *len, ",...");
		else if (p == q)
			w = snprintf(buf + *len, size - *len, "%s%u", shown ? "," : proto, p);
		else
			w = snprintf(buf + *len, size - *len, "%s%u-%u", shown ? "," : proto, p, q);
		if (w > 0)
			*len += (size_t)w;
		shown++;
		p = q + 1;
	}
	if (*len >= size)
		*len = size - 1;
}

static struct str suggestion(const struct fw_rule *r, const struct asset *x,
			     const struct portset *open, struct arena *a)
{
	static const int protos[2] = {FW_PROTO_TCP, FW_PROTO_UDP};
	const size_t ncand = sizeof(outside_ports) / sizeof(outside_ports[0]);
	char ports[256];
	size_t n = 0;
	bool wholesale = true;
	for (size_t i = 0; i < ncand; i++)
		for (int k = 0; k < 2; k++)
			if (asset_needs(x, protos[k], outside_ports[i]) &&
			    !bit(k ? open->udp : open->tcp, outside_ports[i]))
				wholesale = false;
	for (int k = 0; k < 2; k++) {
		bool first = true;
		for (size_t i = 0; i < ncand; i++) {
			uint16_t p = outside_ports[i];
			bool want = wholesale ? asset_recommends(x, protos[k], p)
					      : asset_needs(x, protos[k], p) &&
							bit(k ? open->udp : open->tcp, p);
			if (!want || n >= sizeof(ports))
				continue;
			int w = snprintf(ports + n, sizeof(ports) - n, "%s%s%u",
					 first ? (n ? "; " : "") : ",",
					 first ? (k ? "udp " : "tcp ") : "", p);
			if (w > 0)
				n += (size_t)w;
			first = false;
		}
	}
	if (n >= sizeof(ports))
		n = sizeof(ports) - 1;
	char ip[IP_TEXT_MAX];
	ip_format(&x->ip, ip);
	if (n == 0)
		return arena_printf(
			a,
			"remove rule %.*s for %s: none of the ports it opens is one a %s "
			"host needs from outside",
			STR_FMT(r->id), ip, asset_role_name(x->role));
	struct str src = (r->any & FW_F_SRC) ? STR("any") : r->src;
	return arena_printf(a, "allow %.*s -> %s %.*s", STR_FMT(src), ip, (int)n, ports);
}

struct exposure_out {
	size_t cap_exp, cap_broad;
};

static void push_exposure(struct audit *out, struct exposure_out *c, struct arena *a,
			  struct exposure e)
{
	if (out->nexp == AUDIT_FINDINGS_MAX)
		return;
	if (out->nexp == c->cap_exp) {
		size_t ncap = c->cap_exp ? c->cap_exp * 2 : 16;
		out->exp = arena_grow(a, out->exp, (ptrdiff_t)sizeof(*out->exp),
				      _Alignof(struct exposure), (ptrdiff_t)out->nexp,
				      (ptrdiff_t)ncap);
		c->cap_exp = ncap;
	}
	out->exp[out->nexp++] = e;
}

static void push_broad(struct audit *out, struct exposure_out *c, struct arena *a,
		       struct overbroad o)
{
	if (out->nbroad == AUDIT_FINDINGS_MAX)
		return;
	if (out->nbroad == c->cap_broad) {
		size_t ncap = c->cap_broad ? c->cap_broad * 2 : 16;
		out->broad = arena_grow(a, out->broad, (ptrdiff_t)sizeof(*out->broad),
					_Alignof(struct overbroad), (ptrdiff_t)out->nbroad,
					(ptrdiff_t)ncap);
		c->cap_broad = ncap;
	}
	out->broad[out->nbroad++] = o;
}

/*
 * Over-breadth of each allow rule in reach[] (sorted by rule) for host x; ps
 * and beyond are scratch. *pairs bounds the (host, rule) pairs looked at; false
 * when it ran out.
 */
static bool host_overbroad(const struct fw_policy *p, const struct asset *x,
			   const struct fw_reach *reach, size_t nreach, struct portset *ps,
			   struct portset *beyond, size_t *pairs, struct audit *out,
			   struct exposure_out *c, struct arena *a)
{
	const size_t ncand = sizeof(outside_ports) / sizeof(outside_ports[0]);
	for (size_t e = 0; e < nreach;) {
		size_t rule = reach[e].rule;
		if (*pairs == 0)
			return false;
		--*pairs;
		memset(ps, 0, sizeof(*ps));
		for (; e < nreach && reach[e].rule == rule; e++) {
			const struct fw_reach *rc = &reach[e];
			if (rc->proto_lo <= FW_PROTO_TCP && FW_PROTO_TCP <= rc->proto_hi)
				set_bits(ps->tcp, rc->port_lo, rc->port_hi);
			if (rc->proto_lo <= FW_PROTO_UDP && FW_PROTO_UDP <= rc->proto_hi)
				set_bits(ps->udp, rc->port_lo, rc->port_hi);
			for (unsigned pr = rc->proto_lo; pr <= rc->proto_hi; pr++)
				if (pr != FW_PROTO_TCP && pr != FW_PROTO_UDP && pr != FW_PROTO_SCTP)
					ps->other = true;
		}
		*beyond = *ps;
		for (size_t i = 0; i < ncand; i++) {
			unsigned port = outside_ports[i];
			uint8_t keep = (uint8_t) ~(1u << (port & 7));
			if (asset_needs(x, FW_PROTO_TCP, (uint16_t)port))
				beyond->tcp[port >> 3] &= keep;
			if (asset_needs(x, FW_PROTO_UDP, (uint16_t)port))
				beyond->udp[port >> 3] &= keep;
		}
		uint32_t count = popcount(beyond->tcp, sizeof(beyond->tcp)) +
				 popcount(beyond->udp, sizeof(beyond->udp));
		if (count == 0)
			continue;
		char text[512], udp[256];
		size_t len = 0, ulen = 0;
		ranges_text(beyond->tcp, "tcp ", text, sizeof(text), &len);
		ranges_text(beyond->udp, "udp ", udp, sizeof(udp), &ulen);
		if (ulen) {
			int w = snprintf(text + len, sizeof(text) - len, "%s%.*s", len ? "; " : "",
					 (int)ulen, udp);
			if (w > 0)
				len += (size_t)w;
			if (len >= sizeof(text))
				len = sizeof(text) - 1;
		}
		struct overbroad o = {
			.rule = rule,
			.asset = x,
			.any_fields = p->v[rule].any,
			.nbeyond = count,
			.other_protocols = ps->other,
			.beyond = arena_strdup(a, (struct str){text, len}),
			.suggestion = suggestion(&p->v[rule], x, ps, a),
		};
		push_broad(out, c, a, o);
	}
	return true;
}

int audit_exposure(const struct fw_policy *p, const struct assets *as, struct arena *a,
		   struct audit *out, struct diag *d)
{
	struct arena scratch = {0};
	struct exposure_out c = {0};
	int rc = 0;

	out->exp = NULL;
	out->nexp = 0;
	out->broad = NULL;
	out->nbroad = 0;
	out->noutside = outside_set(p, as, a, &out->outside);
	struct portset *ps = NEW(&scratch, struct portset, 2);
	uint64_t budget = AUDIT_WORK;
	size_t pairs = AUDIT_BROAD_PAIRS;
	for (size_t i = 0; i < as->n; i++) {
		const struct asset *x = &as->v[i];
		if (x->is_network || assets_find_ip(as, &x->ip) != x)
			continue;
		struct arena host = {0};
		struct fw_reach *reach;
		size_t nreach;
		struct diag quiet = {0};
		if (fw_reachable_ports(p, &x->ip, out->outside, out->noutside, &host, &reach,
				       &nreach, &budget, rc == -1 ? &quiet : d) == -1) {
			/* reported once; later hosts are still tried while work is left */
			arena_free(&host);
			out->truncated = true;
			rc = -1;
			if (budget == 0)
				break;
			continue;
		}
		for (size_t k = 0; k < sizeof(risky_ports) / sizeof(risky_ports[0]); k++) {
			int rule = fw_reach_rule(reach, nreach, FW_PROTO_TCP, risky_ports[k]);
			if (rule < 0 || asset_needs(x, FW_PROTO_TCP, risky_ports[k]))
				continue;
			push_exposure(
				out, &c, a,
				(struct exposure){x, (size_t)rule, risky_ports[k], FW_PROTO_TCP});
		}
		if (!host_overbroad(p, x, reach, nreach, &ps[0], &ps[1], &pairs, out, &c, a)) {
			arena_free(&host);
			out->truncated = true;
			d->line = 0;
			diag_errorf(d,
				    "over-broad rules: more than %d (host, rule) pairs; stopped "
				    "early",
				    AUDIT_BROAD_PAIRS);
			rc = -1;
			break;
		}
		arena_free(&host);
	}
	arena_free(&scratch);
	return rc;
}

int audit_run(const struct fw_policy *p, const struct assets *as, struct arena *a,
	      struct audit *out, struct diag *d)
{
	memset(out, 0, sizeof(*out));
	int rc = audit_anomalies(p, a, out, d);
	if (audit_exposure(p, as, a, out, d) == -1)
		rc = -1;
	return rc;
}
