/*
 * map.h - open-addressing hash map from interned string keys to dense int32
 * indexes. The caller keeps its values in its own arrays, indexed by what the
 * map returns, so a map is one allocation and values stay cache-friendly.
 *
 * A map has a documented cap on its number of keys (set at init): attacker
 * input must not grow state without bound. When full, map_intern returns -1
 * and the caller counts the dropped key.
 */
#ifndef RETRACE_BASE_MAP_H
#define RETRACE_BASE_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/str.h"

struct map_slot {
	uint64_t hash;
	struct str key; /* interned in the map's arena */
	int32_t value;  /* -1: empty */
};

struct map {
	struct map_slot *slots;
	size_t cap; /* power of two */
	size_t n;   /* keys stored */
	size_t max; /* cap on keys */
	bool icase; /* keys compare ASCII case-insensitively */
	struct arena *a;
};

void map_init(struct map *m, struct arena *a, size_t max_keys, bool icase);
/* Index stored for key, or -1. */
int32_t map_get(const struct map *m, struct str key);
/*
 * Index for key; if absent, store key (copied) with value n (the map's count
 * before insertion, so indexes are 0,1,2,...) and set *added. -1 when full.
 */
int32_t map_intern(struct map *m, struct str key, bool *added);
/* The stored (interned) key of an index returned by map_intern: O(n) scan, for reports. */
struct str map_key_of(const struct map *m, int32_t value);

#endif
