/*
 * evfile.c - skip accounting. Reasons are few and repetitive (one per kind of
 * problem), so a small fixed table with an overflow counter is enough.
 */
#include "evidence/evfile.h"

#include <stdio.h>
#include <string.h>

void evfile_skip(struct evidence_file *f, uint64_t line, const char *reason)
{
	f->skipped++;
	for (uint32_t i = 0; i < f->nreasons; i++)
		if (!strncmp(f->reasons[i].text, reason, sizeof(f->reasons[i].text) - 1)) {
			f->reasons[i].count++;
			return;
		}
	if (f->nreasons == EVFILE_REASONS_MAX) {
		f->other_reasons++;
		return;
	}
	struct skip_reason *r = &f->reasons[f->nreasons++];
	snprintf(r->text, sizeof(r->text), "%s", reason);
	r->count = 1;
	r->first_line = line;
}
