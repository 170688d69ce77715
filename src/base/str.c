/*
 * str.c - slice helpers. Pure functions over struct str; no allocation, no
 * locale: everything is ASCII, because log formats are.
 */
#include "base/str.h"

#include <string.h>

struct str str_from_c(const char *c)
{
	return (struct str){c, c ? strlen(c) : 0};
}

bool str_starts(struct str s, struct str prefix)
{
	return s.n >= prefix.n && (prefix.n == 0 || memcmp(s.p, prefix.p, prefix.n) == 0);
}

bool str_istarts(struct str s, struct str prefix)
{
	return s.n >= prefix.n && str_ieq((struct str){s.p, prefix.n}, prefix);
}

bool str_ends(struct str s, struct str suffix)
{
	return s.n >= suffix.n &&
	       (suffix.n == 0 || memcmp(s.p + s.n - suffix.n, suffix.p, suffix.n) == 0);
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

ptrdiff_t str_chr(struct str s, char c)
{
	const char *q = s.n ? memchr(s.p, c, s.n) : NULL;
	return q ? q - s.p : -1;
}

ptrdiff_t str_rchr(struct str s, char c)
{
	for (size_t i = s.n; i > 0; i--)
		if (s.p[i - 1] == c)
			return (ptrdiff_t)(i - 1);
	return -1;
}

struct str str_sub(struct str s, size_t from, size_t to)
{
	if (!s.p)
		return s; /* {NULL, 0}: no pointer arithmetic on NULL */
	if (to > s.n)
		to = s.n;
	if (from > to)
		from = to;
	return (struct str){s.p + from, to - from};
}

struct str str_skip(struct str s, size_t n)
{
	return str_sub(s, n, s.n);
}

struct str str_trim(struct str s)
{
	while (s.n && ascii_space(s.p[0])) {
		s.p++;
		s.n--;
	}
	while (s.n && ascii_space(s.p[s.n - 1]))
		s.n--;
	return s;
}

struct str str_cut(struct str *s, char sep)
{
	ptrdiff_t i = str_chr(*s, sep);
	struct str head;
	if (i < 0) {
		head = *s;
		if (s->p)
			s->p += s->n;
		s->n = 0;
		return head;
	}
	head = (struct str){s->p, (size_t)i};
	s->p += i + 1;
	s->n -= (size_t)i + 1;
	return head;
}

struct str str_unquote(struct str s, char open, char close)
{
	if (s.n >= 2 && s.p[0] == open && s.p[s.n - 1] == close)
		return str_sub(s, 1, s.n - 1);
	return s;
}

size_t str_take_digits(struct str *s, uint64_t *out)
{
	uint64_t v = 0;
	size_t i = 0;
	while (i < s->n && s->p[i] >= '0' && s->p[i] <= '9') {
		if (v > (UINT64_MAX - 9) / 10)
			break;
		v = v * 10 + (uint64_t)(s->p[i] - '0');
		i++;
	}
	if (i) {
		s->p += i;
		s->n -= i;
	}
	if (out)
		*out = v;
	return i;
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
