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
#define STR_NULL ((struct str){NULL, 0})
/* printf("%.*s", STR_FMT(s)) */
#define STR_FMT(s) (int)((s).n > 0x7fffffff ? 0x7fffffff : (s).n), (s).p

struct str str_from_c(const char *c);

/* The hot comparisons are inline: decoders call them for every field of every line. */
static inline char ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static inline bool ascii_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

static inline bool str_eq(struct str a, struct str b)
{
	return a.n == b.n && (a.n == 0 || __builtin_memcmp(a.p, b.p, a.n) == 0);
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

/* ASCII case-insensitive equality. */
static inline bool str_ieq(struct str a, struct str b)
{
	if (a.n != b.n)
		return false;
	for (size_t i = 0; i < a.n; i++)
		if (ascii_lower(a.p[i]) != ascii_lower(b.p[i]))
			return false;
	return true;
}

bool str_starts(struct str s, struct str prefix);
bool str_istarts(struct str s, struct str prefix);
bool str_ends(struct str s, struct str suffix);
/* Offset of the first occurrence of needle in s, or -1. */
ptrdiff_t str_find(struct str s, struct str needle);
/* As str_find, ASCII case-insensitive. */
ptrdiff_t str_ifind(struct str s, struct str needle);
/* Offset of the last occurrence of needle in s, or -1. */
ptrdiff_t str_find_last(struct str s, struct str needle);
ptrdiff_t str_chr(struct str s, char c);
ptrdiff_t str_rchr(struct str s, char c);
/* Slice s[from, to); both are clamped to s.n. */
struct str str_sub(struct str s, size_t from, size_t to);
struct str str_skip(struct str s, size_t n);
/* Trim ASCII white space (space, tab, CR, LF, VT, FF) from both ends. */
struct str str_trim(struct str s);
/*
 * Return the part of *s before the first sep and advance *s past it. When sep
 * does not occur, return all of *s and leave *s empty (p at its end).
 */
struct str str_cut(struct str *s, char sep);
/* Strip one pair of surrounding <> or "" if present. */
struct str str_unquote(struct str s, char open, char close);
/*
 * Parse a non-negative decimal integer covering all of s (after trimming).
 * Returns 0 and sets *out, or -1 if s is empty, has other characters or
 * exceeds max.
 */
int str_to_u64(struct str s, uint64_t max, uint64_t *out);
/* Parse a leading run of digits: advances *s; returns digits consumed (0: none). */
size_t str_take_digits(struct str *s, uint64_t *out);
/* FNV-1a over the bytes, and the same over ASCII-lowercased bytes. */
uint64_t str_hash(struct str s);
uint64_t str_ihash(struct str s);

#endif
