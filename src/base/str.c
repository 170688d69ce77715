/*
 * str.c - slice helpers. Pure functions over struct str; no allocation, no
 * locale: everything is ASCII, because log formats are.
 */
#include "base/str.h"

#include <string.h>

bool str_istarts(struct str s, struct str prefix)
{
	return s.n >= prefix.n && str_ieq((struct str){s.p, prefix.n}, prefix);
}

ptrdiff_t str_find(struct str s, struct str needle)
{
	if (needle.n == 0)
		return 0;
	if (needle.n > s.n)
		return -1;
	const char *p = s.p, *end = s.p + s.n - needle.n + 1;
	while (p < end) {
		const char *q = memchr(p, needle.p[0], (size_t)(end - p));
		if (!q)
			return -1;
		if (memcmp(q, needle.p, needle.n) == 0)
			return q - s.p;
		p = q + 1;
	}
	return -1;
}

ptrdiff_t str_ifind(struct str s, struct str needle)
{
	if (needle.n == 0)
		return 0;
	if (needle.n > s.n)
		return -1;
	for (size_t i = 0; i + needle.n <= s.n; i++)
		if (str_ieq((struct str){s.p + i, needle.n}, needle))
			return (ptrdiff_t)i;
	return -1;
}

ptrdiff_t str_find_last(struct str s, struct str needle)
{
	ptrdiff_t last = -1;
	size_t base = 0;
	if (needle.n == 0)
		return -1;
	for (ptrdiff_t at; (at = str_find(str_skip(s, base), needle)) >= 0;) {
		last = (ptrdiff_t)base + at;
		base = (size_t)last + 1;
	}
	return last;
}

ptrdiff_t str_rchr(struct str s, char c)
{
	for (size_t i = s.n; i > 0; i--)
		if (s.p[i - 1] == c)
			return (ptrdiff_t)(i - 1);
	return -1;
}

struct str str_unquote(struct str s, char open, char close)
{
	if (s.n >= 2 && s.p[0] == open && s.p[s.n - 1] == close)
		return str_sub(s, 1, s.n - 1);
	return s;
}

int str_to_u64(struct str s, uint64_t max, uint64_t *out)
{
	uint64_t v;
	s = str_trim(s);
	if (s.n == 0 || s.n > 20)
		return -1;
	if (str_take_digits(&s, &v) == 0 || s.n != 0 || v > max)
		return -1;
	*out = v;
	return 0;
}

/*
 * Hashes read eight bytes at a time (a multiply-xorshift mix, in the manner
 * of wyhash and its kin); the case-insensitive one lower-cases eight ASCII
 * bytes at once, so str_ihash(s) == str_hash(s lower-cased). Not keyed: the
 * maps that use them cap their keys, which bounds what collisions can cost.
 */
static inline uint64_t hash_mix(uint64_t h, uint64_t w)
{
	h ^= w;
	h *= 0x9e3779b97f4a7c15u;
	return h ^ (h >> 31);
}

static inline uint64_t hash_end(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdu;
	h ^= h >> 33;
	return h;
}

static inline uint64_t load_tail(const char *p, size_t n)
{
	uint64_t w = 0;
	__builtin_memcpy(&w, p, n);
	return w;
}

static uint64_t hash_bytes(struct str s, bool icase)
{
	uint64_t h = 0xcbf29ce484222325u ^ (s.n * 0x100000001b3u);
	size_t i = 0;
	for (; i + 8 <= s.n; i += 8) {
		uint64_t w;
		__builtin_memcpy(&w, s.p + i, 8);
		h = hash_mix(h, icase ? ascii_lower8(w) : w);
	}
	if (i < s.n) {
		uint64_t w = load_tail(s.p + i, s.n - i);
		h = hash_mix(h, icase ? ascii_lower8(w) : w);
	}
	return hash_end(h);
}

uint64_t str_hash(struct str s)
{
	return hash_bytes(s, false);
}

uint64_t str_ihash(struct str s)
{
	return hash_bytes(s, true);
}
