/*
 * map.c - linear probing at load factor <= 1/2; the table doubles (in the
 * arena; the old table is abandoned there) until max keys are stored.
 */
#include "base/map.h"

void map_init(struct map *m, struct arena *a, size_t max_keys, bool icase)
{
	*m = (struct map){.max = max_keys, .icase = icase, .a = a};
}

static uint64_t map_hash(const struct map *m, struct str k)
{
	return m->icase ? str_ihash(k) : str_hash(k);
}

static bool map_keq(const struct map *m, struct str a, struct str b)
{
	return m->icase ? str_ieq(a, b) : str_eq(a, b);
}

static void map_rehash(struct map *m, size_t ncap)
{
	struct map_slot *ns = NEW(m->a, struct map_slot, ncap);
	for (size_t i = 0; i < ncap; i++)
		ns[i].value = -1;
	for (size_t i = 0; i < m->cap; i++) {
		if (m->slots[i].value < 0)
			continue;
		size_t j = m->slots[i].hash & (ncap - 1);
		while (ns[j].value >= 0)
			j = (j + 1) & (ncap - 1);
		ns[j] = m->slots[i];
	}
	m->slots = ns;
	m->cap = ncap;
}

int32_t map_get(const struct map *m, struct str key)
{
	if (!m->cap)
		return -1;
	uint64_t h = map_hash(m, key);
	for (size_t j = h & (m->cap - 1);; j = (j + 1) & (m->cap - 1)) {
		const struct map_slot *s = &m->slots[j];
		if (s->value < 0)
			return -1;
		if (s->hash == h && map_keq(m, s->key, key))
			return s->value;
	}
}

int32_t map_intern(struct map *m, struct str key, bool *added)
{
	*added = false;
	int32_t v = map_get(m, key);
	if (v >= 0)
		return v;
	if (m->n >= m->max || m->n >= INT32_MAX)
		return -1;
	if ((m->n + 1) * 2 > m->cap)
		map_rehash(m, m->cap ? m->cap * 2 : 64);
	uint64_t h = map_hash(m, key);
	size_t j = h & (m->cap - 1);
	while (m->slots[j].value >= 0)
		j = (j + 1) & (m->cap - 1);
	m->slots[j] = (struct map_slot){h, arena_strdup(m->a, key), (int32_t)m->n};
	m->n++;
	*added = true;
	return m->slots[j].value;
}

struct str map_key_of(const struct map *m, int32_t value)
{
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].value == value)
			return m->slots[i].key;
	return STR("");
}
