/*
 * arena.h - region allocation tied to a unit of work (one input file, one case,
 * one report). Allocations are zeroed and freed all at once by arena_free().
 *
 * The arena grows by chaining blocks, so it suits inputs of unknown size; a
 * single allocation larger than a block gets a block of its own. Running out of
 * memory ends the program in one place (arena_oom), as a CLI may.
 */
#ifndef RETRACE_BASE_ARENA_H
#define RETRACE_BASE_ARENA_H

#include <stddef.h>

#include "base/str.h"

struct arena_block;

struct arena {
	struct arena_block *head; /* newest block; older ones chained behind it */
	char *beg, *end;          /* free space in head */
	size_t total;             /* bytes obtained from malloc, for accounting */
};

#define NEW(a, T, n) ((T *)arena_alloc((a), (ptrdiff_t)sizeof(T), _Alignof(T), (ptrdiff_t)(n)))

/* An arena starts zeroed ({0}); the first allocation creates its first block. */
void *arena_alloc(struct arena *a, ptrdiff_t size, ptrdiff_t align, ptrdiff_t count);
/*
 * Grow an array allocated from this arena from old_count to new_count elements,
 * copying the old contents (the old storage is left in the arena).
 */
void *arena_grow(struct arena *a, void *old, ptrdiff_t size, ptrdiff_t align, ptrdiff_t old_count,
		 ptrdiff_t new_count);
/* Copy s into the arena; the copy is NUL-terminated (not counted in n). */
struct str arena_strdup(struct arena *a, struct str s);
/* NUL-terminated copy for the edges (libraries that want C strings). */
char *arena_cstr(struct arena *a, struct str s);
/* printf into the arena. */
struct str arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void arena_free(struct arena *a);
/* Print a message and exit(70). The single place where OOM ends the program. */
_Noreturn void arena_oom(void);

#endif
