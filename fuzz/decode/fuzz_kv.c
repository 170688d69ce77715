/*
 * fuzz_kv.c - arbitrary bytes through the shared key=value parser
 * (decode/kv.c) under every combination of its options. The first byte picks
 * the flags and the to-end keys; the rest is split into lines, each parsed
 * on its own. Every value handed back must be a slice of its line, and the
 * first key must start the line's first pair. Nothing may crash or read out
 * of bounds.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "decode/kv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

struct fields {
	struct str v[8];
};

/* Every key lands somewhere: the slot is picked from its length and first byte. */
static struct str *any_field(void *f, struct str key)
{
	struct fields *x = f;
	if (key.n == 0)
		abort(); /* kv never hands over an empty key */
	return &x->v[(key.n + (unsigned char)key.p[0]) % 8];
}

static void inside(struct str line, struct str s)
{
	if (s.n && (s.p < line.p || s.p + s.n > line.p + line.n))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	if (n == 0)
		return 0;
	struct kv_schema sc = {.flags = data[0] & (KV_SPACED | KV_ICASE), .field = any_field};
	if (data[0] & 4)
		sc.to_end[0] = STR("status");
	if (data[0] & 8)
		sc.to_end[1] = STR("stat");
	struct str in = {(const char *)data + 1, n - 1};
	while (in.n) {
		struct str line = str_cut(&in, '\n');
		struct fields f = {0};
		struct str first = STR_NULL;
		int rc = kv_parse(line, &sc, &f, &first);
		if (rc == 0) {
			inside(line, first);
			if (first.n == 0 || first.n > KV_KEY_MAX)
				abort();
		}
		for (int i = 0; i < 8; i++)
			inside(line, f.v[i]);
		(void)kv_key(line);
	}
	return 0;
}
