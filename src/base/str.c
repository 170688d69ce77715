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

uint64_t str_hash(struct str s)
{
	uint64_t h = 0xcbf29ce484222325u;
	for (size_t i = 0; i < s.n; i++) {
		h ^= (unsigned char)s.p[i];
		h *= 0x100000001b3u;
	}
	return h;
}

uint64_t str_ihash(struct str s)
{
	uint64_t h = 0xcbf29ce484222325u;
	for (size_t i = 0; i < s.n; i++) {
		h ^= (unsigned char)ascii_lower(s.p[i]);
		h *= 0x100000001b3u;
	}
	return h;
}
