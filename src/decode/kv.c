/*
 * kv.c - the key=value list parser of the postfix and sendmail decoders (see
 * kv.h for the syntax).
 *
 * This is the hottest decoding code: most lines of a mail server's log are
 * key=value lists. A value is scanned once, through a byte class table, four
 * plain bytes (most of them) a step; the key found behind a separator is not
 * scanned again; keys are looked up by a switch in the caller's field
 * function; nothing calls libc. Only a value whose brackets or quotes never
 * close is scanned a second time, without nesting. That second scan is also
 * the limit: a line of many such values costs (values x line length), bounded
 * by the line cap.
 */
#include "decode/kv.h"

/* Bytes a value scan stops at; all others are V_PLAIN. */
enum { V_PLAIN, V_COMMA, V_SPACE, V_OPEN, V_CLOSE, V_QUOTE };

#define VALUE_CLASSES                                                                     \
	[','] = V_COMMA, ['<'] = V_OPEN, ['('] = V_OPEN, ['['] = V_OPEN, ['>'] = V_CLOSE, \
	[')'] = V_CLOSE, [']'] = V_CLOSE, ['"'] = V_QUOTE

static const unsigned char value_class[256] = {VALUE_CLASSES};
/* KV_SPACED: a space may start the separator " key=" too */
static const unsigned char value_class_spaced[256] = {VALUE_CLASSES, [' '] = V_SPACE};

/* Bytes of a key: letters may start one (and fold to lower case with bit 5). */
enum { K_BYTE = 1, K_FIRST = 2, K_UPPER = 0x20 };

#define K2(c, k)  [(c)] = (k), [(c) + 1] = (k)
#define K4(c, k)  K2(c, k), K2((c) + 2, k)
#define K8(c, k)  K4(c, k), K4((c) + 4, k)
#define K26(c, k) K8(c, k), K8((c) + 8, k), K8((c) + 16, k), K2((c) + 24, k)

static const unsigned char key_class[256] = {
	K26('a', K_BYTE | K_FIRST),
	K26('A', K_BYTE | K_FIRST | K_UPPER),
	K8('0', K_BYTE),
	K2('8', K_BYTE),
	['_'] = K_BYTE,
	['-'] = K_BYTE,
};

/* Length of a "key=" at s[i] (the key, without '='), or 0. */
static inline size_t key_len(struct str s, size_t i)
{
	const unsigned char *p = (const unsigned char *)s.p;
	if (i >= s.n || !(key_class[p[i]] & K_FIRST))
		return 0;
	size_t lim = s.n - i > KV_KEY_MAX ? i + KV_KEY_MAX + 1 : s.n, j = i + 1;
	while (j < lim && (key_class[p[j]] & K_BYTE))
		j++;
	return j < s.n && p[j] == '=' && j - i <= KV_KEY_MAX ? j - i : 0;
}

size_t kv_key(struct str s)
{
	return key_len(s, 0);
}

/*
 * End of the value at s[i]: the offset of the separator before the next key,
 * the ',' of ", key=" (or with value_class_spaced also the ' ' of " key="),
 * whose key length goes to *next_len; s.n when no key follows. When nest,
 * separators inside brackets and quotes do not count, and SIZE_MAX says that a
 * bracket or quote is still open at the end.
 */
static inline size_t value_end(struct str s, size_t i, const unsigned char *cls, bool nest,
			       size_t *next_len)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t depth = 0;
	for (;; i++) {
		/* four plain bytes a step: most of a value is plain */
		while (i + 4 <= s.n && !(cls[p[i]] | cls[p[i + 1]] | cls[p[i + 2]] | cls[p[i + 3]]))
			i += 4;
		while (i < s.n && !cls[p[i]])
			i++;
		if (i >= s.n)
			break;
		switch (cls[p[i]]) {
		case V_COMMA:
			if (depth == 0 && i + 1 < s.n && p[i + 1] == ' ' &&
			    (*next_len = key_len(s, i + 2)) != 0)
				return i;
			break;
		case V_SPACE:
			if (depth == 0 && (*next_len = key_len(s, i + 1)) != 0)
				return i;
			break;
		case V_OPEN:
			depth += nest;
			break;
		case V_CLOSE:
			if (depth > 0)
				depth--;
			break;
		case V_QUOTE:
			if (!nest)
				break;
			for (i++; i < s.n && p[i] != '"'; i++)
				if (p[i] == '\\')
					i++;
			if (i >= s.n)
				return SIZE_MAX;
			break;
		default:
			break;
		}
	}
	return depth ? SIZE_MAX : s.n;
}

static bool to_end(const struct kv_schema *sc, struct str key)
{
	return str_eq(key, sc->to_end[0]) || str_eq(key, sc->to_end[1]);
}

int kv_parse(struct str msg, const struct kv_schema *sc, void *fields, struct str *first_key)
{
	const unsigned char *cls = sc->flags & KV_SPACED ? value_class_spaced : value_class;
	size_t i = 0, kl;
	char low[KV_KEY_MAX];

	while (i < msg.n && (msg.p[i] == ' ' || msg.p[i] == '\t'))
		i++;
	kl = key_len(msg, i);
	if (kl == 0)
		return -1;
	if (first_key)
		*first_key = (struct str){msg.p + i, kl};
	while (kl) {
		struct str key = {msg.p + i, kl};
		size_t v = i + kl + 1, end = msg.n, next_len = 0;
		if (sc->flags & KV_ICASE) {
			for (size_t j = 0; j < kl; j++)
				low[j] = (char)(key.p[j] |
						(key_class[(unsigned char)key.p[j]] & K_UPPER));
			key.p = low;
		}
		if (!to_end(sc, key)) {
			end = value_end(msg, v, cls, true, &next_len);
			if (end == SIZE_MAX)
				end = value_end(msg, v, cls, false, &next_len);
		}
		struct str *field = sc->field(fields, key);
		if (field)
			*field = str_trim(str_sub(msg, v, end));
		if (end == msg.n)
			break;
		i = end + (msg.p[end] == ',' ? 2 : 1); /* past ", " or " " */
		kl = next_len;
	}
	return 0;
}

struct str kv_field(struct str s, struct str key)
{
	size_t base = 0;
	for (ptrdiff_t at; (at = str_find(str_skip(s, base), key)) >= 0;) {
		size_t pos = base + (size_t)at;
		if (pos == 0 || s.p[pos - 1] == ' ' || s.p[pos - 1] == ';') {
			struct str v = str_skip(s, pos + key.n);
			ptrdiff_t sp = str_chr(v, ' ');
			return sp >= 0 ? str_sub(v, 0, (size_t)sp) : v;
		}
		base = pos + 1;
	}
	return STR_NULL;
}
