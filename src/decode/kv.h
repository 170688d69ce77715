/*
 * kv.h - the "key=value, key=value" lists of MTA log lines, shared by the
 * postfix and sendmail decoders:
 *   from=<a>, size=176, class=0, nrcpts=1, relay=host [1.2.3.4] (may be forged)
 *
 * A key is a letter followed by letters, digits, '_' and '-', at most
 * KV_KEY_MAX bytes, then '='. A value runs to the ", key=" that follows it
 * outside <>, () and [] and "quotes" (a backslash in quotes escapes the next
 * byte), so "to=<a>,<b>" and "ctladdr=root (0/0)" stay whole. When a bracket
 * or quote is still open at the end of the line the value is cut at the next
 * ", key=" anywhere instead. Values are trimmed; every slice points into the
 * line and nothing is allocated.
 *
 * The two decoders differ in details, which a struct kv_schema states:
 * postfix matches keys as written and lets " key=" end a value in its reject
 * tails (KV_SPACED); sendmail matches keys in any case (KV_ICASE). Each names
 * the keys whose value runs to the end of the line (postfix status=, sendmail
 * stat= and reject=: free text that may hold ", x=").
 */
#ifndef RETRACE_DECODE_KV_H
#define RETRACE_DECODE_KV_H

#include "base/str.h"

enum { KV_KEY_MAX = 32 };

enum kv_flags {
	KV_SPACED = 1u << 0, /* " key=" ends a value too, not only ", key=" */
	KV_ICASE = 1u << 1,  /* keys match in any case: field and to_end see them lowercased */
};

struct kv_schema {
	unsigned flags; /* enum kv_flags */
	/* Keys whose value runs to the end of the line (lowercase under KV_ICASE);
	 * unused entries are empty. */
	struct str to_end[2];
	/*
	 * Where the value of key goes in fields, or NULL for a key the caller does
	 * not keep. Called for every pair, so it should not compare key with every
	 * name it knows: switch on the length, then on a byte (see kv_pick).
	 */
	struct str *(*field)(void *fields, struct str key);
};

/* Length of the "key=" at the start of s (the key, without '='), or 0 if there is none. */
size_t kv_key(struct str s);

/*
 * Parse the pairs at the start of msg (after blanks) into fields, through
 * sc->field; a later occurrence of a key overwrites an earlier one, so the
 * last wins. Stops at the first text that is not "key=". *first_key (if
 * first_key is not NULL) is set to the first key as written, and left alone
 * when there is none. Returns 0, or -1 if msg does not start with a key.
 */
int kv_parse(struct str msg, const struct kv_schema *sc, void *fields, struct str *first_key);

/*
 * The value of the first key (given with its '=', "rhost=") in s that starts
 * s or follows a blank or ';', up to the next blank; empty when absent. The
 * blank-separated fields of PAM and Dovecot messages ("... ruser= rhost=1.2.3.4
 * user=root"), where values hold no blanks and may be empty.
 */
struct str kv_field(struct str s, struct str key);

/* field if key is name, else NULL: the leaves of a kv_schema field function. */
static inline struct str *kv_pick(struct str key, struct str name, struct str *field)
{
	return str_eq(key, name) ? field : NULL;
}

#endif
