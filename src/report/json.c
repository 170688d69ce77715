/*
 * json.c - the machine report, built with json-c. Evidence text is made valid
 * UTF-8 first (invalid bytes become U+FFFD) so that consumers never receive
 * an undecodable document; json-c escapes quotes and control characters.
 * Field names of events and entities follow the Elastic Common Schema where
 * one exists.
 */
#include <json.h>
#include <stdlib.h>
#include <string.h>

#include "report/esc.h"
#include "report/report.h"

/* A json string from s with invalid UTF-8 replaced by U+FFFD. */
static struct json_object *jstr(struct str s)
{
	size_t cap = s.n * 3 + 1;
	char *buf = malloc(cap);
	if (!buf)
		arena_oom();
	size_t o = 0;
	for (size_t i = 0; i < s.n;) {
		size_t len = utf8_seq_len((const unsigned char *)s.p + i, s.n - i);
		if (len == 0 || (len == 1 && s.p[i] == '\0')) {
			memcpy(buf + o, "\xef\xbf\xbd", 3);
			o += 3;
			i++;
			continue;
		}
		memcpy(buf + o, s.p + i, len);
		o += len;
		i += len;
	}
	struct json_object *j = json_object_new_string_len(buf, (int)o);
	free(buf);
	return j;
}

static struct json_object *jcstr(const char *s)
{
	return jstr(str_from_c(s));
}

static struct json_object *jtime(const struct case_file *c, int64_t ts)
{
	char buf[32];
	if (ts == TIME_UNKNOWN)
		return NULL;
	return json_object_new_string(time_format_iso(ts, c->tz_offset_min, buf));
}

static struct json_object *jips(const struct ip *v, int n)
{
	struct json_object *a = json_object_new_array();
	char buf[IP_TEXT_MAX];
	for (int i = 0; i < n; i++)
		json_object_array_add(a, json_object_new_string(ip_format(&v[i], buf)));
	return a;
}

static struct json_object *jstrs(const struct str *v, int n)
{
	struct json_object *a = json_object_new_array();
	for (int i = 0; i < n; i++)
		json_object_array_add(a, jstr(v[i]));
	return a;
}

static struct json_object *jcite(const struct report_input *in, struct evref r)
{
	char buf[4200];
	return jcstr(report_cite(in, r, buf, sizeof(buf)));
}

int report_json(FILE *f, const struct report_input *in)
{
	const struct case_file *c = in->c;
	struct json_object *root = json_object_new_object();
	char buf[IP_TEXT_MAX];

	json_object_object_add(root, "verdict", json_object_new_string(verdict_name(c->verdict)));
	struct json_object *why = json_object_new_array();
	for (int i = 0; i < c->nreasons; i++) {
		struct json_object *o = json_object_new_object();
		json_object_object_add(o, "rule", jcstr(c->reasons[i].rule));
		json_object_object_add(o, "why", jstr(c->reasons[i].why));
		json_object_array_add(why, o);
	}
	json_object_object_add(root, "verdict_reasons", why);
	json_object_object_add(root, "compromised_accounts",
			       jstrs(c->compromised_accounts, c->ncompromised));
	json_object_object_add(root, "attacker_ips", jips(c->attacker_ips, c->nattackers));
	json_object_object_add(
		root, "bounces_genuine",
		c->bounces_genuine < 0 ? NULL : json_object_new_boolean(c->bounces_genuine));
	json_object_object_add(root, "slow_bruteforce_ips", jips(c->slow_bruteforce_ips, c->nslow));
	json_object_object_add(root, "ips_alerted_ips", jips(c->ips_alerted_ips, c->nalerted));
	json_object_object_add(root, "overbroad_rules", jstrs(c->overbroad_rules, c->noverbroad));
	struct json_object *exp = json_object_new_array();
	for (size_t i = 0; i < c->nexposed; i++) {
		struct json_object *o = json_object_new_object();
		json_object_object_add(o, "host",
				       json_object_new_string(ip_format(&c->exposed[i].host, buf)));
		json_object_object_add(o, "port", json_object_new_int(c->exposed[i].port));
		json_object_object_add(o, "rule", jstr(c->exposed[i].rule_id));
		json_object_array_add(exp, o);
	}
	json_object_object_add(root, "exposed_services", exp);
	json_object_object_add(root, "first_malicious_event", jtime(c, c->first_malicious_event));

	struct json_object *fs = json_object_new_array();
	for (size_t i = 0; i < c->nf; i++) {
		const struct finding *x = &c->f[i];
		struct json_object *o = json_object_new_object();
		json_object_object_add(o, "code", jcstr(x->code));
		json_object_object_add(o, "severity", jcstr(severity_name(x->sev)));
		json_object_object_add(o, "title", jstr(x->title));
		json_object_object_add(o, "detail", jstr(x->detail));
		json_object_object_add(o, "first", jtime(c, x->first));
		json_object_object_add(o, "last", jtime(c, x->last));
		struct json_object *ents = json_object_new_array();
		for (int k = 0; k < x->nent; k++) {
			struct json_object *e = json_object_new_object();
			json_object_object_add(e, "type", jcstr(entity_kind_name(x->ent[k].kind)));
			json_object_object_add(e, "value", jstr(x->ent[k].value));
			json_object_array_add(ents, e);
		}
		json_object_object_add(o, "entities", ents);
		struct json_object *refs = json_object_new_array();
		for (int k = 0; k < x->nrefs; k++)
			json_object_array_add(refs, jcite(in, x->refs[k]));
		json_object_object_add(o, "evidence", refs);
		json_object_object_add(o, "evidence_total",
				       json_object_new_int64((int64_t)x->refs_total));
		json_object_array_add(fs, o);
	}
	json_object_object_add(root, "findings", fs);

	struct json_object *tl = json_object_new_array();
	for (size_t i = 0; i < c->nt; i++) {
		struct json_object *o = json_object_new_object();
		json_object_object_add(o, "@timestamp", jtime(c, c->t[i].ts));
		json_object_object_add(o, "message", jstr(c->t[i].text));
		json_object_object_add(o, "evidence",
				       c->t[i].has_ref ? jcite(in, c->t[i].ref) : NULL);
		json_object_array_add(tl, o);
	}
	json_object_object_add(root, "timeline", tl);

	struct json_object *ev = json_object_new_array();
	for (size_t i = 0; i < in->nfiles; i++) {
		const struct evidence_file *e = &in->files[i];
		struct json_object *o = json_object_new_object();
		json_object_object_add(o, "path", jcstr(e->path));
		json_object_object_add(o, "kind", e->kind ? jcstr(e->kind) : NULL);
		json_object_object_add(o, "why", e->why ? jcstr(e->why) : NULL);
		json_object_object_add(o, "compressed", json_object_new_boolean(e->compressed));
		json_object_object_add(o, "records", json_object_new_int64((int64_t)e->records));
		json_object_object_add(o, "decoded", json_object_new_int64((int64_t)e->decoded));
		json_object_object_add(o, "skipped", json_object_new_int64((int64_t)e->skipped));
		json_object_object_add(o, "first_seen", jtime(c, e->first_ts));
		json_object_object_add(o, "last_seen", jtime(c, e->last_ts));
		struct json_object *rs = json_object_new_array();
		for (uint32_t r = 0; r < e->nreasons; r++) {
			struct json_object *ro = json_object_new_object();
			json_object_object_add(ro, "reason", jcstr(e->reasons[r].text));
			json_object_object_add(ro, "count",
					       json_object_new_int64((int64_t)e->reasons[r].count));
			json_object_object_add(
				ro, "first_line",
				json_object_new_int64((int64_t)e->reasons[r].first_line));
			json_object_array_add(rs, ro);
		}
		json_object_object_add(o, "skip_reasons", rs);
		json_object_array_add(ev, o);
	}
	json_object_object_add(root, "evidence", ev);
	json_object_object_add(root, "recommendations", jstrs(c->recommendations, c->nrec));
	json_object_object_add(root, "limits", jstrs(c->limits, c->nlimits));

	const char *s = json_object_to_json_string_ext(
		root,
		JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE);
	fputs(s, f);
	fputc('\n', f);
	json_object_put(root);
	return ferror(f) ? -1 : 0;
}
