/*
 * case.c - building a case file: findings, entities, citations, timeline and
 * the answer lists, all in the case's arena with documented caps (the arrays
 * in struct case_file); additions past a cap are ignored, never overflow.
 */
#include "case/case.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void case_init(struct case_file *c, struct arena *a)
{
	*c = (struct case_file){
		.a = a, .bounces_genuine = -1, .first_malicious_event = TIME_UNKNOWN};
}

struct finding *case_add(struct case_file *c, const char *code, enum severity sev)
{
	if (c->nf == c->capf) {
		size_t nc = c->capf ? c->capf * 2 : 32;
		c->f = arena_grow(c->a, c->f, sizeof(*c->f), _Alignof(struct finding),
				  (ptrdiff_t)c->capf, (ptrdiff_t)nc);
		c->capf = nc;
	}
	struct finding *f = &c->f[c->nf++];
	memset(f, 0, sizeof(*f));
	f->code = code;
	f->sev = sev;
	f->first = f->last = TIME_UNKNOWN;
	return f;
}

static struct str vfmt(struct arena *a, const char *fmt, va_list ap)
{
	va_list aq;
	if (!fmt)
		return STR("");
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		return STR("");
	char *p = arena_alloc(a, 1, 1, n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return (struct str){p, (size_t)n};
}

void finding_title(struct case_file *c, struct finding *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	f->title = vfmt(c->a, fmt, ap);
	va_end(ap);
}

void finding_detail(struct case_file *c, struct finding *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	f->detail = vfmt(c->a, fmt, ap);
	va_end(ap);
}

void finding_entity(struct case_file *c, struct finding *f, enum entity_kind k, struct str v)
{
	if (v.n == 0)
		return;
	for (int i = 0; i < f->nent; i++)
		if (f->ent[i].kind == k && str_ieq(f->ent[i].value, v))
			return;
	if (f->nent < FINDING_ENT_MAX)
		f->ent[f->nent++] = (struct entity){k, arena_strdup(c->a, v)};
}

void finding_ip(struct case_file *c, struct finding *f, const struct ip *ip)
{
	char buf[IP_TEXT_MAX];
	finding_entity(c, f, ENT_IP, str_from_c(ip_format(ip, buf)));
}

void finding_ref(struct finding *f, struct evref r)
{
	if (r.line == 0)
		return;
	for (int i = 0; i < f->nrefs; i++)
		if (f->refs[i].evidence == r.evidence && f->refs[i].line == r.line)
			return;
	f->refs_total++;
	if (f->nrefs < FINDING_REF_MAX)
		f->refs[f->nrefs++] = r;
}

void finding_time(struct finding *f, int64_t ts)
{
	if (ts == TIME_UNKNOWN)
		return;
	if (f->first == TIME_UNKNOWN || ts < f->first)
		f->first = ts;
	if (f->last == TIME_UNKNOWN || ts > f->last)
		f->last = ts;
}

void case_timeline(struct case_file *c, int64_t ts, const struct evref *ref, const char *fmt, ...)
{
	if (c->nt == c->capt) {
		size_t nc = c->capt ? c->capt * 2 : 32;
		c->t = arena_grow(c->a, c->t, sizeof(*c->t), _Alignof(struct timeline_entry),
				  (ptrdiff_t)c->capt, (ptrdiff_t)nc);
		c->capt = nc;
	}
	struct timeline_entry *e = &c->t[c->nt++];
	va_list ap;
	va_start(ap, fmt);
	e->text = vfmt(c->a, fmt, ap);
	va_end(ap);
	e->ts = ts;
	e->has_ref = ref != NULL && ref->line > 0;
	if (ref)
		e->ref = *ref;
}

void case_recommend(struct case_file *c, const char *fmt, ...)
{
	if (c->nrec >= (int)(sizeof(c->recommendations) / sizeof(c->recommendations[0])))
		return;
	va_list ap;
	va_start(ap, fmt);
	c->recommendations[c->nrec++] = vfmt(c->a, fmt, ap);
	va_end(ap);
}

void case_limit(struct case_file *c, const char *fmt, ...)
{
	if (c->nlimits >= (int)(sizeof(c->limits) / sizeof(c->limits[0])))
		return;
	va_list ap;
	va_start(ap, fmt);
	c->limits[c->nlimits++] = vfmt(c->a, fmt, ap);
	va_end(ap);
}

void case_reason(struct case_file *c, const char *rule, const char *fmt, ...)
{
	if (c->nreasons >= (int)(sizeof(c->reasons) / sizeof(c->reasons[0])))
		return;
	va_list ap;
	va_start(ap, fmt);
	c->reasons[c->nreasons].rule = rule;
	c->reasons[c->nreasons++].why = vfmt(c->a, fmt, ap);
	va_end(ap);
}

static void ip_set_add(struct ip *set, int *n, int max, const struct ip *ip)
{
	for (int i = 0; i < *n; i++)
		if (ip_eq(&set[i], ip))
			return;
	if (*n < max)
		set[(*n)++] = *ip;
}

void case_add_attacker(struct case_file *c, const struct ip *ip)
{
	ip_set_add(c->attacker_ips, &c->nattackers, CASE_LIST_MAX, ip);
}

void case_add_alerted(struct case_file *c, const struct ip *ip)
{
	ip_set_add(c->ips_alerted_ips, &c->nalerted, CASE_LIST_MAX, ip);
}

void case_add_slow(struct case_file *c, const struct ip *ip)
{
	ip_set_add(c->slow_bruteforce_ips, &c->nslow, CASE_LIST_MAX, ip);
}

bool case_is_attacker(const struct case_file *c, const struct ip *ip)
{
	for (int i = 0; i < c->nattackers; i++)
		if (ip_eq(&c->attacker_ips[i], ip))
			return true;
	return false;
}

static void str_set_add(struct arena *a, struct str *set, int *n, int max, struct str v)
{
	for (int i = 0; i < *n; i++)
		if (str_ieq(set[i], v))
			return;
	if (*n < max)
		set[(*n)++] = arena_strdup(a, v);
}

void case_add_compromised(struct case_file *c, struct str account)
{
	str_set_add(c->a, c->compromised_accounts, &c->ncompromised, CASE_LIST_MAX, account);
}

void case_add_overbroad(struct case_file *c, struct str rule_id)
{
	str_set_add(c->a, c->overbroad_rules, &c->noverbroad, CASE_LIST_MAX, rule_id);
}

void case_add_exposed(struct case_file *c, const struct ip *host, uint16_t port, struct str rule)
{
	for (size_t i = 0; i < c->nexposed; i++)
		if (ip_eq(&c->exposed[i].host, host) && c->exposed[i].port == port)
			return;
	if (c->nexposed == c->capexposed) {
		size_t nc = c->capexposed ? c->capexposed * 2 : 32;
		c->exposed = arena_grow(c->a, c->exposed, sizeof(*c->exposed),
					_Alignof(struct exposed_service), (ptrdiff_t)c->capexposed,
					(ptrdiff_t)nc);
		c->capexposed = nc;
	}
	c->exposed[c->nexposed++] = (struct exposed_service){*host, port, arena_strdup(c->a, rule)};
}

static int timeline_cmp(const void *a, const void *b)
{
	const struct timeline_entry *x = a, *y = b;
	if (x->ts != y->ts)
		return x->ts < y->ts ? -1 : 1;
	if (x->ref.evidence != y->ref.evidence)
		return x->ref.evidence < y->ref.evidence ? -1 : 1;
	return x->ref.line < y->ref.line ? -1 : x->ref.line > y->ref.line;
}

static int reason_rank(const struct verdict_reason *r)
{
	return r->rule[0] == 'V' ? 0 : 1;
}

void case_sort_timeline(struct case_file *c)
{
	/* verdict rules (V*) before explanatory ones (E*), stable */
	for (int i = 1; i < c->nreasons; i++)
		for (int k = i;
		     k > 0 && reason_rank(&c->reasons[k - 1]) > reason_rank(&c->reasons[k]); k--) {
			struct verdict_reason t = c->reasons[k];
			c->reasons[k] = c->reasons[k - 1];
			c->reasons[k - 1] = t;
		}
	if (c->nt > 1)
		qsort(c->t, c->nt, sizeof(*c->t), timeline_cmp);
}

const char *verdict_name(enum verdict v)
{
	switch (v) {
	case VERDICT_BACKSCATTER:
		return "backscatter_spam";
	case VERDICT_ACCOUNT_COMPROMISE:
		return "account_compromise";
	case VERDICT_SSH_COMPROMISE:
		return "ssh_compromise";
	case VERDICT_NO_INCIDENT:
		break;
	}
	return "no_incident";
}

const char *severity_name(enum severity s)
{
	static const char *const n[] = {"info", "low", "medium", "high", "critical"};
	return (unsigned)s < 5 ? n[s] : "info";
}

const char *entity_kind_name(enum entity_kind k)
{
	static const char *const n[] = {"ip",         "account", "email",  "host",
					"message_id", "rule",    "service"};
	return (unsigned)k < 7 ? n[k] : "entity";
}
