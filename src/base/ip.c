/*
 * ip.c - address parsing and range arithmetic. Parsing copies at most
 * IP_TEXT_MAX bytes to a stack buffer and uses inet_pton, so overlong input
 * is rejected before any conversion.
 */
#include "base/ip.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

static const uint8_t v4_prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

bool ip_is_v4(const struct ip *a)
{
	return memcmp(a->b, v4_prefix, 12) == 0;
}

/*
 * Dotted-quad IPv4 exactly as inet_pton(AF_INET) takes it (four decimal
 * octets up to 255, no leading zeros), without the copy and the libc call.
 * false: not that shape (the caller then tries inet_pton, which decides).
 */
static bool parse_v4_fast(struct str s, struct ip *out)
{
	const unsigned char *p = (const unsigned char *)s.p, *e = p + s.n;
	unsigned char oct[4];
	for (int k = 0; k < 4; k++) {
		if (k > 0 && (p >= e || *p++ != '.'))
			return false;
		unsigned d;
		if (p >= e || (d = (unsigned)*p - '0') > 9)
			return false;
		unsigned v = d;
		p++;
		if (p < e && (d = (unsigned)*p - '0') <= 9) {
			if (v == 0)
				return false; /* a leading zero */
			v = v * 10 + d;
			p++;
			if (p < e && (d = (unsigned)*p - '0') <= 9) {
				v = v * 10 + d;
				p++;
				if (v > 255)
					return false;
			}
		}
		oct[k] = (unsigned char)v;
	}
	if (p != e)
		return false;
	memcpy(out->b, v4_prefix, 12);
	memcpy(out->b + 12, oct, 4);
	return true;
}

int ip_parse(struct str s, struct ip *out)
{
	char buf[IP_TEXT_MAX + 1];
	/* the usual case first: a bare dotted quad, nothing to trim or unwrap */
	if (s.n >= 7 && s.n <= 15 && ascii_digit(s.p[0]) && ascii_digit(s.p[s.n - 1]) &&
	    parse_v4_fast(s, out))
		return 0;
	s = str_trim(s);
	s = str_unquote(s, '[', ']');
	if (parse_v4_fast(s, out))
		return 0;
	if (str_istarts(s, STR("IPv6:")))
		s = str_skip(s, 5);
	if (s.n == 0 || s.n > IP_TEXT_MAX)
		return -1;
	memcpy(buf, s.p, s.n);
	buf[s.n] = '\0';
	if (memchr(buf, '\0', s.n))
		return -1;
	struct ip a = {0};
	if (inet_pton(AF_INET, buf, a.b + 12) == 1) {
		memcpy(a.b, v4_prefix, 12);
		*out = a;
		return 0;
	}
	if (inet_pton(AF_INET6, buf, a.b) == 1) {
		*out = a;
		return 0;
	}
	return -1;
}

int ip_cmp(const struct ip *a, const struct ip *b)
{
	return memcmp(a->b, b->b, 16);
}

bool ip_eq(const struct ip *a, const struct ip *b)
{
	return memcmp(a->b, b->b, 16) == 0;
}

const char *ip_format(const struct ip *a, char *buf)
{
	if (ip_is_v4(a))
		snprintf(buf, IP_TEXT_MAX, "%u.%u.%u.%u", a->b[12], a->b[13], a->b[14], a->b[15]);
	else if (!inet_ntop(AF_INET6, a->b, buf, IP_TEXT_MAX))
		snprintf(buf, IP_TEXT_MAX, "?");
	return buf;
}

static void range_from_prefix(const struct ip *a, unsigned bits, struct ip_range *out)
{
	out->lo = *a;
	out->hi = *a;
	for (unsigned i = 0; i < 128; i++) {
		if (i < bits)
			continue;
		uint8_t m = (uint8_t)(0x80u >> (i % 8));
		out->lo.b[i / 8] &= (uint8_t)~m;
		out->hi.b[i / 8] |= m;
	}
}

int ip_range_parse(struct str s, struct ip_range *out)
{
	s = str_trim(s);
	if (str_ieq(s, STR("any")) || str_ieq(s, STR("all")) || str_eq(s, STR("*")) ||
	    str_eq(s, STR("::/0"))) {
		memset(out->lo.b, 0, 16);
		memset(out->hi.b, 0xff, 16);
		return 0;
	}
	ptrdiff_t slash = str_chr(s, '/');
	if (slash >= 0) {
		struct ip a;
		uint64_t bits;
		if (ip_parse(str_sub(s, 0, (size_t)slash), &a) == -1)
			return -1;
		if (str_to_u64(str_skip(s, (size_t)slash + 1), ip_is_v4(&a) ? 32 : 128, &bits) ==
		    -1)
			return -1;
		if (ip_is_v4(&a) && bits == 0) {
			/* 0.0.0.0/0 means every IPv4 address */
			range_from_prefix(&a, 96, out);
			return 0;
		}
		range_from_prefix(&a, ip_is_v4(&a) ? (unsigned)bits + 96 : (unsigned)bits, out);
		return 0;
	}
	ptrdiff_t dash = str_chr(s, '-');
	if (dash >= 0) {
		struct ip lo, hi;
		struct str right = str_trim(str_skip(s, (size_t)dash + 1));
		if (ip_parse(str_sub(s, 0, (size_t)dash), &lo) == -1)
			return -1;
		if (ip_parse(right, &hi) == -1) {
			uint64_t last;
			if (!ip_is_v4(&lo) || str_to_u64(right, 255, &last) == -1)
				return -1;
			hi = lo;
			hi.b[15] = (uint8_t)last;
		}
		if (ip_cmp(&lo, &hi) > 0)
			return -1;
		out->lo = lo;
		out->hi = hi;
		return 0;
	}
	struct ip a;
	if (ip_parse(s, &a) == -1)
		return -1;
	out->lo = out->hi = a;
	return 0;
}

bool ip_range_contains(const struct ip_range *r, const struct ip *a)
{
	return ip_cmp(&r->lo, a) <= 0 && ip_cmp(a, &r->hi) <= 0;
}

bool ip_range_within(const struct ip_range *r, const struct ip_range *outer)
{
	return ip_cmp(&outer->lo, &r->lo) <= 0 && ip_cmp(&r->hi, &outer->hi) <= 0;
}

bool ip_range_overlaps(const struct ip_range *a, const struct ip_range *b)
{
	return ip_cmp(&a->lo, &b->hi) <= 0 && ip_cmp(&b->lo, &a->hi) <= 0;
}

bool ip_range_is_any(const struct ip_range *r)
{
	static const uint8_t zero[16] = {0};
	static const uint8_t ones[16] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
					 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
	return memcmp(r->lo.b, zero, 16) == 0 && memcmp(r->hi.b, ones, 16) == 0;
}

bool ip_is_loopback(const struct ip *a)
{
	static const uint8_t v6lo[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
	if (ip_is_v4(a))
		return a->b[12] == 127;
	return memcmp(a->b, v6lo, 16) == 0;
}

bool ip_is_private(const struct ip *a)
{
	const uint8_t *b = a->b;
	if (ip_is_v4(a)) {
		b += 12;
		return b[0] == 10 || (b[0] == 172 && (b[1] & 0xf0) == 16) ||
		       (b[0] == 192 && b[1] == 168) || b[0] == 127 ||
		       (b[0] == 169 && b[1] == 254) || (b[0] == 100 && (b[1] & 0xc0) == 64);
	}
	return (b[0] & 0xfe) == 0xfc || (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) ||
	       ip_is_loopback(a);
}

uint64_t ip_hash(const struct ip *a)
{
	return str_hash((struct str){(const char *)a->b, 16});
}
