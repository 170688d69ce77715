/*
 * space.c - box arithmetic over (proto, src, sport, dst, dport). Subtracting a
 * box splits the remainder along each dimension in turn, at most two pieces
 * per dimension, so one subtraction yields at most ten boxes; the caller's cap
 * bounds the rest.
 */
#include "policy/space.h"

#include <string.h>

static void ip_next(struct ip *a)
{
	for (int i = 15; i >= 0; i--)
		if (++a->b[i] != 0)
			return;
}

static void ip_prev(struct ip *a)
{
	for (int i = 15; i >= 0; i--)
		if (a->b[i]-- != 0)
			return;
}

void space_box_all(struct space_box *b)
{
	memset(b, 0, sizeof(*b));
	memset(b->src.hi.b, 0xff, 16);
	memset(b->dst.hi.b, 0xff, 16);
	b->sport_hi = b->dport_hi = 65535;
	b->proto_hi = 255;
}

bool space_box_overlap(const struct space_box *a, const struct space_box *b)
{
	return a->proto_lo <= b->proto_hi && b->proto_lo <= a->proto_hi &&
	       a->dport_lo <= b->dport_hi && b->dport_lo <= a->dport_hi &&
	       a->sport_lo <= b->sport_hi && b->sport_lo <= a->sport_hi &&
	       ip_range_overlaps(&a->dst, &b->dst) && ip_range_overlaps(&a->src, &b->src);
}

bool space_box_within(const struct space_box *a, const struct space_box *outer)
{
	return outer->proto_lo <= a->proto_lo && a->proto_hi <= outer->proto_hi &&
	       outer->dport_lo <= a->dport_lo && a->dport_hi <= outer->dport_hi &&
	       outer->sport_lo <= a->sport_lo && a->sport_hi <= outer->sport_hi &&
	       ip_range_within(&a->dst, &outer->dst) && ip_range_within(&a->src, &outer->src);
}

static void range_meet(struct ip_range *out, const struct ip_range *a, const struct ip_range *b)
{
	out->lo = ip_cmp(&a->lo, &b->lo) >= 0 ? a->lo : b->lo;
	out->hi = ip_cmp(&a->hi, &b->hi) <= 0 ? a->hi : b->hi;
}

#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))

bool space_box_meet(const struct space_box *a, const struct space_box *b, struct space_box *out)
{
	if (!space_box_overlap(a, b))
		return false;
	out->proto_lo = MAX(a->proto_lo, b->proto_lo);
	out->proto_hi = MIN(a->proto_hi, b->proto_hi);
	out->sport_lo = MAX(a->sport_lo, b->sport_lo);
	out->sport_hi = MIN(a->sport_hi, b->sport_hi);
	out->dport_lo = MAX(a->dport_lo, b->dport_lo);
	out->dport_hi = MIN(a->dport_hi, b->dport_hi);
	range_meet(&out->src, &a->src, &b->src);
	range_meet(&out->dst, &a->dst, &b->dst);
	return true;
}

int space_push(struct space_vec *v, struct arena *a, const struct space_box *b)
{
	if (v->n == v->cap) {
		if (v->cap >= SPACE_BOXES_MAX)
			return -1;
		size_t cap = v->cap ? v->cap * 2 : 16;
		v->v = arena_grow(a, v->v, (ptrdiff_t)sizeof(*v->v), _Alignof(struct space_box),
				  (ptrdiff_t)v->n, (ptrdiff_t)cap);
		v->cap = cap;
	}
	v->v[v->n++] = *b;
	return 0;
}

/* Push f minus b onto out. */
static int box_minus(struct space_vec *out, struct arena *a, const struct space_box *f,
		     const struct space_box *b)
{
	if (!space_box_overlap(f, b))
		return space_push(out, a, f);
	struct space_box r = *f, piece;
	if (r.proto_lo < b->proto_lo) {
		piece = r;
		piece.proto_hi = (uint8_t)(b->proto_lo - 1);
		r.proto_lo = b->proto_lo;
		if (space_push(out, a, &piece) == -1)
			return -1;
	}
	if (r.proto_hi > b->proto_hi) {
		piece = r;
		piece.proto_lo = (uint8_t)(b->proto_hi + 1);
		r.proto_hi = b->proto_hi;
		if (space_push(out, a, &piece) == -1)
			return -1;
	}
	if (r.dport_lo < b->dport_lo) {
		piece = r;
		piece.dport_hi = (uint16_t)(b->dport_lo - 1);
		r.dport_lo = b->dport_lo;
		if (space_push(out, a, &piece) == -1)
			return -1;
	}
	if (r.dport_hi > b->dport_hi) {
		piece = r;
		piece.dport_lo = (uint16_t)(b->dport_hi + 1);
		r.dport_hi = b->dport_hi;
		if (space_push(out, a, &piece) == -1)
			return -1;
	}
	if (r.sport_lo < b->sport_lo) {
		piece = r;
		piece.sport_hi = (uint16_t)(b->sport_lo - 1);
		r.sport_lo = b->sport_lo;
		if (space_push(out, a, &piece) == -1)
			return -1;
	}
	if (r.sport_hi > b->sport_hi) {
		piece = r;
		piece.sport_lo = (uint16_t)(b->sport_hi + 1);
		r.sport_hi = b->sport_hi;
		if (space_push(out, a, &piece) == -1)
			return -1;
	}
	struct ip_range *rr[2] = {&r.dst, &r.src};
	const struct ip_range *br[2] = {&b->dst, &b->src};
	for (int k = 0; k < 2; k++) {
		if (ip_cmp(&rr[k]->lo, &br[k]->lo) < 0) {
			piece = r;
			struct ip_range *pr = k == 0 ? &piece.dst : &piece.src;
			pr->hi = br[k]->lo;
			ip_prev(&pr->hi);
			if (space_push(out, a, &piece) == -1)
				return -1;
			rr[k]->lo = br[k]->lo;
		}
		if (ip_cmp(&rr[k]->hi, &br[k]->hi) > 0) {
			piece = r;
			struct ip_range *pr = k == 0 ? &piece.dst : &piece.src;
			pr->lo = br[k]->hi;
			ip_next(&pr->lo);
			if (space_push(out, a, &piece) == -1)
				return -1;
			rr[k]->hi = br[k]->hi;
		}
	}
	return 0;
}

/* Charge cost box operations to *budget; false when it cannot pay. */
static bool spend(uint64_t *budget, uint64_t cost)
{
	if (*budget < cost) {
		*budget = 0;
		return false;
	}
	*budget -= cost;
	return true;
}

int space_minus(struct space_vec *v, struct space_vec *tmp, struct arena *a,
		const struct space_box *y, size_t ny, uint64_t *budget)
{
	for (size_t j = 0; j < ny && v->n; j++) {
		if (!spend(budget, v->n))
			return -1;
		tmp->n = 0;
		for (size_t i = 0; i < v->n; i++)
			if (box_minus(tmp, a, &v->v[i], &y[j]) == -1)
				return -1;
		struct space_vec t = *v;
		*v = *tmp;
		*tmp = t;
	}
	return 0;
}

int space_overlap(const struct space_box *x, size_t nx, const struct space_box *y, size_t ny,
		  uint64_t *budget)
{
	for (size_t i = 0; i < nx; i++) {
		if (!spend(budget, ny))
			return -1;
		for (size_t j = 0; j < ny; j++)
			if (space_box_overlap(&x[i], &y[j]))
				return 1;
	}
	return 0;
}

int space_subset(struct space_vec *w1, struct space_vec *w2, struct arena *a,
		 const struct space_box *x, size_t nx, const struct space_box *y, size_t ny,
		 uint64_t *budget)
{
	for (size_t i = 0; i < nx; i++) {
		bool inside_one = false;
		if (!spend(budget, ny))
			return -1;
		for (size_t j = 0; j < ny && !inside_one; j++)
			inside_one = space_box_within(&x[i], &y[j]);
		if (inside_one)
			continue;
		w1->n = 0;
		if (space_push(w1, a, &x[i]) == -1)
			return -1;
		if (space_minus(w1, w2, a, y, ny, budget) == -1)
			return -1;
		if (w1->n)
			return 0;
	}
	return 1;
}
