/*
 * str.h - length-carrying string slices, the one string type inside retrace.
 *
 * A struct str points into memory it does not own (an input buffer, an arena, a
 * literal). Nothing here allocates; C strings appear only at the program's edges.
 * Every function accepts slices that are not NUL-terminated and may contain NUL.
 */
#ifndef RETRACE_BASE_STR_H
#define RETRACE_BASE_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct str {
	const char *p;
	size_t n;
};

#define STR(lit) ((struct str){"" lit, sizeof(lit) - 1})
/* The same for static tables: static const struct str t[] = {STR_INIT("a"), ...}; */
#define STR_INIT(lit)                   \
	{                               \
		"" lit, sizeof(lit) - 1 \
	}
#define STR_NULL ((struct str){NULL, 0})
/* printf("%.*s", STR_FMT(s)) */
#define STR_FMT(s) (int)((s).n > 0x7fffffff ? 0x7fffffff : (s).n), (s).p

static inline struct str str_from_c(const char *c)
{
	return (struct str){c, c ? __builtin_strlen(c) : 0};
}

/* The hot comparisons are inline: decoders call them for every field of every line. */
static inline char ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static inline bool ascii_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/*
 * n bytes at a and b equal. Inline word compares instead of a libc call: the
 * decoders compare short literals on every line, where the call costs more
 * than the comparison; with a literal n this unrolls to a few loads.
 */
static inline bool mem_eq(const char *a, const char *b, size_t n)
{
	uint64_t x, y;
	uint32_t u, v;
	if (n >= 8) {
		size_t i = 0;
		for (; i + 8 <= n; i += 8) {
			__builtin_memcpy(&x, a + i, 8);
			__builtin_memcpy(&y, b + i, 8);
			if (x != y)
				return false;
		}
		if (i == n)
			return true;
		__builtin_memcpy(&x, a + n - 8, 8); /* the tail, overlapping */
		__builtin_memcpy(&y, b + n - 8, 8);
		return x == y;
	}
	if (n >= 4) {
		__builtin_memcpy(&u, a, 4);
		__builtin_memcpy(&v, b, 4);
		if (u != v)
			return false;
		__builtin_memcpy(&u, a + n - 4, 4);
		__builtin_memcpy(&v, b + n - 4, 4);
		return u == v;
	}
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

static inline bool str_eq(struct str a, struct str b)
{
	return a.n == b.n && mem_eq(a.p, b.p, a.n);
}

static inline bool ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* s without leading blanks (spaces and tabs). */
static inline struct str str_skip_blanks(struct str s)
{
	while (s.n && (s.p[0] == ' ' || s.p[0] == '\t')) {
		s.p++;
		s.n--;
	}
	return s;
}

/* The bytes 'A'..'Z' of eight packed bytes made 'a'..'z'; every other byte unchanged. */
static inline uint64_t ascii_lower8(uint64_t w)
{
	uint64_t low7 = w & 0x7f7f7f7f7f7f7f7fu;
	uint64_t ge_a = low7 + 0x3f3f3f3f3f3f3f3fu; /* bit 7 set where byte >= 'A' */
	uint64_t gt_z = low7 + 0x2525252525252525u; /* bit 7 set where byte > 'Z' */
	uint64_t upper = (ge_a ^ gt_z) & ~w & 0x8080808080808080u;
	return w | (upper >> 2);
}

/* ASCII case-insensitive equality (eight bytes at a time). */
static inline bool str_ieq(struct str a, struct str b)
{
	if (a.n != b.n)
		return false;
	size_t i = 0;
	for (; i + 8 <= a.n; i += 8) {
		uint64_t x, y;
		__builtin_memcpy(&x, a.p + i, 8);
		__builtin_memcpy(&y, b.p + i, 8);
		if (x != y && ascii_lower8(x) != ascii_lower8(y))
			return false;
	}
	for (; i < a.n; i++)
		if (ascii_lower(a.p[i]) != ascii_lower(b.p[i]))
			return false;
	return true;
}

static inline bool str_starts(struct str s, struct str prefix)
{
	/* with a literal prefix the compiler expands the comparison in place */
	return s.n >= prefix.n && mem_eq(s.p, prefix.p, prefix.n);
}

static inline bool str_ends(struct str s, struct str suffix)
{
	return s.n >= suffix.n && mem_eq(s.p + s.n - suffix.n, suffix.p, suffix.n);
}

bool str_istarts(struct str s, struct str prefix);
/* Offset of the first occurrence of needle in s, or -1. */
ptrdiff_t str_find(struct str s, struct str needle);
/* As str_find, ASCII case-insensitive. */
ptrdiff_t str_ifind(struct str s, struct str needle);
/* Offset of the last occurrence of needle in s, or -1. */
ptrdiff_t str_find_last(struct str s, struct str needle);
static inline ptrdiff_t str_chr(struct str s, char c)
{
	const char *q = s.n ? __builtin_memchr(s.p, c, s.n) : NULL;
	return q ? q - s.p : -1;
}

ptrdiff_t str_rchr(struct str s, char c);

/* Slice s[from, to); both are clamped to s.n. */
static inline struct str str_sub(struct str s, size_t from, size_t to)
{
	if (!s.p)
		return s; /* {NULL, 0}: no pointer arithmetic on NULL */
	if (to > s.n)
		to = s.n;
	if (from > to)
		from = to;
	return (struct str){s.p + from, to - from};
}

static inline struct str str_skip(struct str s, size_t n)
{
	return str_sub(s, n, s.n);
}

/* Trim ASCII white space (space, tab, CR, LF, VT, FF) from both ends. */
static inline struct str str_trim(struct str s)
{
	while (s.n && ascii_space(s.p[0])) {
		s.p++;
		s.n--;
	}
	while (s.n && ascii_space(s.p[s.n - 1]))
		s.n--;
	return s;
}
/*
 * Return the part of *s before the first sep and advance *s past it. When sep
 * does not occur, return all of *s and leave *s empty (p at its end).
 */
static inline struct str str_cut(struct str *s, char sep)
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
/* Strip one pair of surrounding <> or "" if present. */
struct str str_unquote(struct str s, char open, char close);
/*
 * Parse a non-negative decimal integer covering all of s (after trimming).
 * Returns 0 and sets *out, or -1 if s is empty, has other characters or
 * exceeds max.
 */
int str_to_u64(struct str s, uint64_t max, uint64_t *out);
/* Parse a leading run of digits: advances *s; returns digits consumed (0: none). */
static inline size_t str_take_digits(struct str *s, uint64_t *out)
{
	uint64_t v = 0;
	size_t i = 0;
	while (i < s->n && ascii_digit(s->p[i])) {
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
/* FNV-1a over the bytes, and the same over ASCII-lowercased bytes. */
uint64_t str_hash(struct str s);
uint64_t str_ihash(struct str s);

#endif
