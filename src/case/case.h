/*
 * case.h - the reconstruction: findings, the entities that link them, the
 * verdict with the named rules that produced it, a timeline, recommendations,
 * and what the evidence cannot tell.
 *
 * A finding is data (severity, title, explanation, entities, time range,
 * citations); report/ prints it, case/store writes it. All strings live in the
 * case's arena.
 */
#ifndef RETRACE_CASE_CASE_H
#define RETRACE_CASE_CASE_H

#include <stdbool.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/ip.h"
#include "base/str.h"
#include "event/event.h"

enum {
	FINDING_ENT_MAX = 12,
	FINDING_REF_MAX = 12,
	CASE_LIST_MAX = 4096, /* entries per answer list; a case with more says so in its limits */
};

enum severity { SEV_INFO, SEV_LOW, SEV_MEDIUM, SEV_HIGH, SEV_CRITICAL };

enum entity_kind { ENT_IP, ENT_ACCOUNT, ENT_EMAIL, ENT_HOST, ENT_MSGID, ENT_RULE, ENT_SERVICE };

struct entity {
	enum entity_kind kind;
	struct str value;
};

struct finding {
	const char *code; /* stable identifier, e.g. "auth.outside_login" (docs/verdicts.md) */
	enum severity sev;
	struct str title;
	struct str detail;
	struct entity ent[FINDING_ENT_MAX];
	int nent;
	int64_t first, last; /* TIME_UNKNOWN when not timed */
	struct evref refs[FINDING_REF_MAX];
	int nrefs;
	uint64_t refs_total; /* citations that exist, stored or not */
};

struct timeline_entry {
	int64_t ts;
	struct str text;
	struct evref ref;
	bool has_ref;
};

enum verdict {
	VERDICT_NO_INCIDENT,
	VERDICT_BACKSCATTER,
	VERDICT_ACCOUNT_COMPROMISE,
	VERDICT_SSH_COMPROMISE,
};

/* A verdict rule that held, with the findings it rests on. */
struct verdict_reason {
	const char *rule; /* e.g. "V1 account used from outside with corroboration" */
	struct str why;
};

struct exposed_service {
	struct ip host;
	uint16_t port;
	struct str rule_id;
};

struct case_file {
	struct arena *a;
	struct finding *f;
	size_t nf, capf;
	struct timeline_entry *t;
	size_t nt, capt;
	enum verdict verdict;
	struct verdict_reason reasons[16];
	int nreasons;
	struct str recommendations[24];
	int nrec;
	struct str limits[16];
	int nlimits;
	/* the answers other tools read (JSON keys of the same names) */
	struct str compromised_accounts[CASE_LIST_MAX];
	int ncompromised;
	struct ip attacker_ips[CASE_LIST_MAX];
	int nattackers;
	struct ip slow_bruteforce_ips[CASE_LIST_MAX];
	int nslow;
	struct ip ips_alerted_ips[CASE_LIST_MAX];
	int nalerted;
	struct str overbroad_rules[CASE_LIST_MAX];
	int noverbroad;
	struct exposed_service *exposed;
	size_t nexposed, capexposed;
	int bounces_genuine; /* -1: null (none or cannot judge), 0: false, 1: true */
	int64_t first_malicious_event;
	int tz_offset_min; /* zone to display times in */
};

void case_init(struct case_file *c, struct arena *a);
/* A new finding; title and detail are printf-formatted into the case arena. */
struct finding *case_add(struct case_file *c, const char *code, enum severity sev);
void finding_title(struct case_file *c, struct finding *f, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void finding_detail(struct case_file *c, struct finding *f, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void finding_entity(struct case_file *c, struct finding *f, enum entity_kind k, struct str v);
void finding_ip(struct case_file *c, struct finding *f, const struct ip *ip);
void finding_ref(struct finding *f, struct evref r);
void finding_time(struct finding *f, int64_t ts);
void case_timeline(struct case_file *c, int64_t ts, const struct evref *ref, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void case_recommend(struct case_file *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void case_limit(struct case_file *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void case_reason(struct case_file *c, const char *rule, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Set-like adders (no duplicates). */
void case_add_attacker(struct case_file *c, const struct ip *ip);
void case_add_alerted(struct case_file *c, const struct ip *ip);
void case_add_slow(struct case_file *c, const struct ip *ip);
void case_add_compromised(struct case_file *c, struct str account);
void case_add_overbroad(struct case_file *c, struct str rule_id);
void case_add_exposed(struct case_file *c, const struct ip *host, uint16_t port, struct str rule);
bool case_is_attacker(const struct case_file *c, const struct ip *ip);
/* Sort the timeline by time (stable). */
void case_sort_timeline(struct case_file *c);
const char *verdict_name(enum verdict v);
const char *severity_name(enum severity s);
const char *entity_kind_name(enum entity_kind k);

#endif
