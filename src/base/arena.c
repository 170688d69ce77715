/*
 * arena.c - chained-block arena. Blocks are 64 KiB or the request, whichever is
 * larger; the total per arena is only bounded by memory, so callers that take
 * sizes from input must cap them first (see the *_MAX constants per module).
 */
#include "base/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
	struct arena_block *next;
	size_t size;
	max_align_t data[]; /* aligned for anything */
};

enum { ARENA_BLOCK_MIN = 64 * 1024 };

_Noreturn void arena_oom(void)
{
	fputs("retrace: out of memory\n", stderr);
	exit(70);
}

static void arena_new_block(struct arena *a, size_t need)
{
	size_t size = need > ARENA_BLOCK_MIN ? need : ARENA_BLOCK_MIN;
	if (size > SIZE_MAX - sizeof(struct arena_block))
		arena_oom();
	struct arena_block *b = malloc(sizeof(*b) + size);
	if (!b)
		arena_oom();
	b->next = a->head;
	b->size = size;
	a->head = b;
	a->beg = (char *)b->data;
	a->end = a->beg + size;
	a->total += size;
}

void *arena_alloc(struct arena *a, ptrdiff_t size, ptrdiff_t align, ptrdiff_t count)
{
	if (size <= 0 || count < 0 || align <= 0)
		arena_oom();
	if (count > 0 && size > PTRDIFF_MAX / count)
		arena_oom();
	size_t bytes = (size_t)(size * count);
	if (bytes == 0)
		bytes = 1;
	for (int tries = 0; tries < 2; tries++) {
		if (a->beg) {
			uintptr_t pad =
				(uintptr_t)(-(intptr_t)(uintptr_t)a->beg) & (uintptr_t)(align - 1);
			if ((size_t)(a->end - a->beg) >= pad &&
			    (size_t)(a->end - a->beg) - pad >= bytes) {
				char *p = a->beg + pad;
				a->beg = p + bytes;
				return memset(p, 0, bytes);
			}
		}
		arena_new_block(a, bytes + (size_t)align);
	}
	arena_oom();
}

void *arena_grow(struct arena *a, void *old, ptrdiff_t size, ptrdiff_t align, ptrdiff_t old_count,
		 ptrdiff_t new_count)
{
	void *p = arena_alloc(a, size, align, new_count);
	if (old && old_count > 0)
		memcpy(p, old, (size_t)(size * (old_count < new_count ? old_count : new_count)));
	return p;
}

struct str arena_strdup(struct arena *a, struct str s)
{
	char *p = arena_alloc(a, 1, 1, (ptrdiff_t)s.n + 1);
	if (s.n)
		memcpy(p, s.p, s.n);
	return (struct str){p, s.n};
}

char *arena_cstr(struct arena *a, struct str s)
{
	return (char *)arena_strdup(a, s).p;
}

struct str arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	if (!fmt)
		return STR("");
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return STR("");
	char *p = arena_alloc(a, 1, 1, n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return (struct str){p, (size_t)n};
}

void arena_free(struct arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	*a = (struct arena){0};
}
