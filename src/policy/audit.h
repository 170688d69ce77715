/*
 * audit.h - what a firewall policy means for the assets behind it.
 *
 * Exposures: administrative, file-sharing and database ports (21, 22, 23, 135,
 * 139, 445, 1433, 1521, 3306, 3389, 5432, 5900) that sources outside the
 * inventory's zones can reach on a host whose role does not need them, with
 * the first rule that lets them in. Over-broad rules: an allow rule that opens
 * more ports from outside on a host than its role needs (Any service to a host
 * is the classic case), with a narrower rule to put in its place. Anomalies:
 * the pairwise Al-Shaer/Hamed relations (shadowing, redundancy, correlation,
 * generalization) between rules.
 *
 * "Outside" is the complement of the inventory's inside set (policy/assets.h),
 * widened by one inference: a network the policy itself names (a /16 or
 * longer in a source or destination) that holds hosts of exactly one zone (the
 * hosts without a zone count as one), a zone that has no network row, is taken
 * as that zone's network. Without it a one-host zone (Kim's PC in "User LAN")
 * would leave its neighbours outside, and rule 31 of the seed would look like
 * it opened the file server to the Internet.
 */
#ifndef RETRACE_POLICY_AUDIT_H
#define RETRACE_POLICY_AUDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/diag.h"
#include "policy/assets.h"
#include "policy/firewall.h"

enum {
	AUDIT_ANOMALY_RULES_MAX = 2048, /* rules compared pairwise; later ones are left out */
	AUDIT_FINDINGS_MAX = 1 << 16,   /* entries per finding list */
	AUDIT_WORK = 1 << 25,           /* box operations per analysis (bounds time) */
	AUDIT_BROAD_PAIRS = 1 << 17,    /* (host, allow rule) pairs judged for over-breadth */
};

struct exposure {
	const struct asset *asset;
	size_t rule; /* the first rule that allows it from outside */
	uint16_t port;
	uint8_t proto;
};

struct overbroad {
	size_t rule;
	const struct asset *asset; /* the destination host it opens too much of */
	unsigned any_fields;       /* FW_F_* bits of the rule's Any fields */
	uint32_t nbeyond;          /* TCP and UDP ports opened beyond the role's need */
	bool other_protocols;      /* it also opens protocols without ports (ICMP, GRE, ...) */
	struct str beyond;         /* "tcp 0-24,26-109,...; udp 0-65535" */
	struct str suggestion;     /* "allow any -> 192.168.1.12 tcp 25,465,587,993,995" */
};

enum anomaly_kind {
	ANOMALY_SHADOWING,      /* later inside earlier, other action: later never applies */
	ANOMALY_REDUNDANCY,     /* same action, one inside the other: one can go */
	ANOMALY_CORRELATION,    /* they overlap, neither contains the other, other actions */
	ANOMALY_GENERALIZATION, /* later contains earlier, other action */
};

struct anomaly {
	enum anomaly_kind kind;
	size_t earlier, later; /* rule indexes, earlier < later */
	/* redundancy only: true when the earlier rule is the redundant one (it lies inside
	 * the later rule and no rule between them overlaps it with another action) */
	bool earlier_redundant;
};

struct audit {
	struct exposure *exp;
	size_t nexp;
	struct overbroad *broad;
	size_t nbroad;
	struct anomaly *anom;
	size_t nanom;
	size_t undecided;    /* rule pairs (or rules, for reachability) too fragmented */
	size_t *unreachable; /* rules that earlier rules together take every packet of */
	size_t nunreachable;
	bool truncated;           /* a cap or the work budget stopped an analysis early (warned) */
	struct ip_range *outside; /* the source set used for exposure */
	size_t noutside;
};

/*
 * Pairwise anomalies of the first AUDIT_ANOMALY_RULES_MAX rules, and the rules
 * among them that no packet can reach (set-based: the earlier rules together
 * cover them), into out (in a).
 */
int audit_anomalies(const struct fw_policy *p, struct arena *a, struct audit *out, struct diag *d);
/*
 * Exposures and over-broad rules of p for the hosts of as, into out (in a).
 * Called alone, out must have been zeroed (it shares the truncated flag).
 */
int audit_exposure(const struct fw_policy *p, const struct assets *as, struct arena *a,
		   struct audit *out, struct diag *d);
/* Both. Returns 0, or -1 when a part could not be analysed (diag says which). */
int audit_run(const struct fw_policy *p, const struct assets *as, struct arena *a,
	      struct audit *out, struct diag *d);
/* "shadowing", "redundancy", "correlation", "generalization". */
const char *anomaly_kind_name(enum anomaly_kind k);
/* The ports the exposure check looks at, and their count. */
const uint16_t *audit_risky_ports(size_t *n);

#endif
