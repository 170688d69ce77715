/*
 * ips.h - IPS/IDS alerts summarised per (source, destination, signature),
 * whatever format they came from (vendor CSV, Snort fast, Suricata EVE).
 * Bounded by IPS_GROUPS_MAX groups; further alerts are counted in dropped.
 */
#ifndef RETRACE_DETECT_IPS_H
#define RETRACE_DETECT_IPS_H

#include "base/arena.h"
#include "base/map.h"
#include "event/event.h"

enum { IPS_GROUPS_MAX = 1 << 16, IPS_GROUP_REFS = 8 };

struct ips_group {
	struct ip src, dst;
	bool has_src, has_dst;
	uint16_t dport;
	enum service service;
	struct str signature;
	uint32_t alerts;   /* rows / records */
	uint64_t attempts; /* sum of their counts */
	uint32_t blocked;  /* alerts with a blocking action */
	int64_t first, last;
	struct evref refs[IPS_GROUP_REFS];
	uint32_t nrefs;
};

struct ips_summary {
	struct arena *a;
	struct map map;
	struct ips_group *g;
	size_t n, cap;
	uint64_t alerts, dropped;
};

void ips_init(struct ips_summary *s, struct arena *a);
void ips_feed(struct ips_summary *s, const struct event *ev);
/* True if any alert has ip as its source. */
bool ips_alerted(const struct ips_summary *s, const struct ip *ip);

#endif
