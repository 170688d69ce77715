/*
 * walk.h - expanding the paths an analyst names into a sorted list of files.
 * Folders are walked recursively (hidden entries and symbolic links to folders
 * are not followed, depth is capped), so a Maildir or a folder of collected
 * logs can be named as a whole.
 */
#ifndef RETRACE_EVIDENCE_WALK_H
#define RETRACE_EVIDENCE_WALK_H

#include <stddef.h>

#include "base/arena.h"
#include "base/diag.h"

enum { WALK_DEPTH_MAX = 16, WALK_FILES_MAX = 1000000 };

struct file_list {
	char **path; /* arena strings */
	size_t n, cap;
};

/*
 * Append the files under path (or path itself) to list, sorted by name within
 * each folder. Unreadable entries are reported through d and skipped.
 * Returns -1 if path itself cannot be read.
 */
int walk_path(const char *path, struct arena *a, struct file_list *list, struct diag *d);

#endif
