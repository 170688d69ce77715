/*
 * space.h - sets of packets as unions of boxes, the geometry under first-match
 * evaluation, reachability and the Al-Shaer anomaly relations.
 *
 * A box is the product of five inclusive intervals: IP protocol, source
 * address, source port, destination address, destination port. A firewall
 * rule matches a union of boxes (its lists multiplied out), so "rule A covers
 * rule B" is an exact set question answered by box subtraction. Subtraction
 * can fragment: every result is capped at SPACE_BOXES_MAX boxes and a function
 * that would exceed it says so (-1) instead of guessing. Work is metered too:
 * the set functions take a budget of box operations, decrement it, and give
 * up (-1) when it runs out, so a hostile policy costs bounded time.
 */
#ifndef RETRACE_POLICY_SPACE_H
#define RETRACE_POLICY_SPACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/ip.h"

enum { SPACE_BOXES_MAX = 1 << 15 };

struct space_box {
	struct ip_range src, dst;
	uint16_t sport_lo, sport_hi;
	uint16_t dport_lo, dport_hi;
	uint8_t proto_lo, proto_hi;
};

/* A growable list of boxes in an arena (old storage stays in the arena when it grows). */
struct space_vec {
	struct space_box *v;
	size_t n, cap;
};

/* The box of every packet. */
void space_box_all(struct space_box *b);
bool space_box_overlap(const struct space_box *a, const struct space_box *b);
/* a is inside outer. */
bool space_box_within(const struct space_box *a, const struct space_box *outer);
/* out = a intersected with b; false (out untouched) when they are disjoint. */
bool space_box_meet(const struct space_box *a, const struct space_box *b, struct space_box *out);
/* Append b; -1 when v already holds SPACE_BOXES_MAX boxes. */
int space_push(struct space_vec *v, struct arena *a, const struct space_box *b);
/*
 * Remove from the set v every packet of the boxes y[0..ny). tmp is scratch
 * (its contents are replaced). Returns 0, or -1 when the result would need
 * more than SPACE_BOXES_MAX boxes or *budget ran out (v is then unusable).
 */
int space_minus(struct space_vec *v, struct space_vec *tmp, struct arena *a,
		const struct space_box *y, size_t ny, uint64_t *budget);
/* 1 if some packet is in both unions, 0 if none, -1 when *budget ran out. */
int space_overlap(const struct space_box *x, size_t nx, const struct space_box *y, size_t ny,
		  uint64_t *budget);
/*
 * 1 if every packet of the union x is in the union y, 0 if not, -1 if that
 * could not be decided within SPACE_BOXES_MAX fragments or *budget. w1, w2
 * are scratch.
 */
int space_subset(struct space_vec *w1, struct space_vec *w2, struct arena *a,
		 const struct space_box *x, size_t nx, const struct space_box *y, size_t ny,
		 uint64_t *budget);

#endif
