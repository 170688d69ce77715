/*
 * ip.h - IPv4/IPv6 addresses, prefixes and ranges, parsed from slices.
 *
 * Addresses are stored as 16 bytes; IPv4 uses the IPv4-mapped form
 * (::ffff:a.b.c.d), so one comparison works for both families and an
 * IPv4-mapped IPv6 literal equals its IPv4 form.
 */
#ifndef RETRACE_BASE_IP_H
#define RETRACE_BASE_IP_H

#include <stdbool.h>
#include <stdint.h>

#include "base/str.h"

struct ip {
	uint8_t b[16];
};

/* An inclusive range lo..hi; a CIDR prefix is stored as its range. */
struct ip_range {
	struct ip lo, hi;
};

enum { IP_TEXT_MAX = 46 };

/* Parse "1.2.3.4", "2001:db8::1", "IPv6:2001:db8::1", "[1.2.3.4]". 0 or -1. */
int ip_parse(struct str s, struct ip *out);
bool ip_is_v4(const struct ip *a);
int ip_cmp(const struct ip *a, const struct ip *b);
bool ip_eq(const struct ip *a, const struct ip *b);
/* Text form (dotted quad for IPv4, RFC 5952 for IPv6) into buf[IP_TEXT_MAX]. */
const char *ip_format(const struct ip *a, char *buf);
/*
 * Parse "any"/"*"/"0.0.0.0/0" (all addresses), "a.b.c.d", "a.b.c.d/nn",
 * "a.b.c.d-e.f.g.h", "a.b.c.d-h" (last octet range), or the IPv6 forms.
 * "any" covers both families. 0 or -1.
 */
int ip_range_parse(struct str s, struct ip_range *out);
bool ip_range_contains(const struct ip_range *r, const struct ip *a);
/* r is inside outer. */
bool ip_range_within(const struct ip_range *r, const struct ip_range *outer);
bool ip_range_overlaps(const struct ip_range *a, const struct ip_range *b);
bool ip_range_is_any(const struct ip_range *r);
/* RFC 1918, loopback, link-local, CGNAT, ULA: hints only, never a trust decision. */
bool ip_is_private(const struct ip *a);
bool ip_is_loopback(const struct ip *a);
uint64_t ip_hash(const struct ip *a);

#endif
