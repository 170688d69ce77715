/*
 * firewall.h - a firewall policy read from a vendor-neutral or vendor-style
 * CSV export, evaluated first match wins, and asked which ports it opens.
 *
 * Each rule keeps its cells' text (for reports) and the set of packets it
 * matches as a union of boxes (policy/space.h): its address, port and protocol
 * lists multiplied out. Rules keep file order; a packet no rule matches is
 * denied (implicit default deny). docs/formats.md lists the accepted columns
 * and values.
 */
#ifndef RETRACE_POLICY_FIREWALL_H
#define RETRACE_POLICY_FIREWALL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/ip.h"
#include "base/str.h"
#include "policy/space.h"

enum {
	FW_LIST_MAX = 64,              /* values in one address, port or protocol cell */
	FW_RULE_BOXES_MAX = 1024,      /* address x port x protocol combinations of one rule */
	FW_POLICY_BOXES_MAX = 1 << 18, /* the same over the whole policy */
	FW_REACH_WORK = 1 << 22,       /* default box operations for one reachability walk */
};

enum fw_action { FW_DENY = 0, FW_ALLOW = 1 };

/* Fields a rule leaves as Any (bit set). */
enum fw_field {
	FW_F_PROTO = 1 << 0,
	FW_F_SRC = 1 << 1,
	FW_F_SPORT = 1 << 2,
	FW_F_DST = 1 << 3,
	FW_F_DPORT = 1 << 4,
};

/* IP protocol numbers the policy layer names. */
enum { FW_PROTO_ICMP = 1, FW_PROTO_TCP = 6, FW_PROTO_UDP = 17, FW_PROTO_SCTP = 132 };

struct fw_rule {
	struct str id; /* the id cell, or the rule's 1-based position when there is none */
	struct str src, dst, service, proto, sport; /* cell text as written */
	struct str comment;
	enum fw_action action;
	unsigned any;          /* FW_F_* bits of the fields left as Any */
	struct space_box *box; /* packets matched: the union of box[0..nbox) */
	size_t nbox;
	long line;
};

struct fw_policy {
	struct fw_rule *v; /* file order */
	size_t n;
	size_t rows, skipped; /* data rows seen, rows reported and skipped */
};

/* A packet; sport or dport -1 when unknown. */
struct fw_packet {
	int proto; /* IP protocol number */
	struct ip src, dst;
	int sport, dport;
};

/* One stretch of destination ports an allow rule opens to the queried sources. */
struct fw_reach {
	size_t rule; /* index into policy->v */
	uint8_t proto_lo, proto_hi;
	uint16_t port_lo, port_hi;
};

/*
 * Read a policy CSV (header-driven; comma, semicolon or tab; UTF-8 BOM
 * allowed). Every bad row is reported as file:line with what was expected and
 * skipped. Returns 0 (out filled; strings live in a), or -1 when the header
 * lacks source/destination/action or no rule could be read.
 */
int fw_load_csv(struct fw_policy *out, struct arena *a, struct str buf, const char *file,
		struct diag *d);
/* Header score of the first line(s), 0 if it cannot be a policy (kind identification). */
int fw_sniff(struct str head);
/*
 * Index of the first rule matching the packet, or -1 (implicit default deny).
 * A rule that restricts the source port never matches a packet whose source
 * port is unknown (-1), and one that restricts destination ports never matches
 * an unknown dport; for protocols without ports (ICMP, ...) ports are ignored.
 */
int fw_eval_packet(const struct fw_policy *p, const struct fw_packet *pkt);
/* fw_eval_packet with an unknown source port: proto is an IP protocol number. */
int fw_eval(const struct fw_policy *p, int proto, const struct ip *src, const struct ip *dst,
	    int dport);
/* The decision of fw_eval's result: true only for an allow rule. */
bool fw_allows(const struct fw_policy *p, int rule);
/*
 * Every destination port of dst that some source in the union src[0..nsrc)
 * can reach, with the first rule that allows it, found by walking the rules in
 * order and removing what each takes. Entries appear in rule order. budget
 * bounds the box operations (NULL: FW_REACH_WORK) and is decremented. Returns
 * 0 (*out in a), or -1 when the remainder fragments beyond SPACE_BOXES_MAX or
 * the budget runs out (reported).
 */
int fw_reachable_ports(const struct fw_policy *p, const struct ip *dst, const struct ip_range *src,
		       size_t nsrc, struct arena *a, struct fw_reach **out, size_t *nout,
		       uint64_t *budget, struct diag *d);
/* The first entry's rule opening proto/port in reach[0..n), or -1. */
int fw_reach_rule(const struct fw_reach *reach, size_t n, int proto, uint16_t port);
/* "tcp" -> 6, "udp" -> 17, "icmp" -> 1, "6" -> 6; -1 if unknown. */
int fw_proto_parse(struct str s);
/* "any", "tcp", "udp", "icmp" or the number, into buf[8]. */
const char *fw_proto_name(int lo, int hi, char *buf);

#endif
