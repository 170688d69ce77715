/*
 * walk.c - recursive folder expansion with scandir(3) for a stable order.
 */
#include "evidence/walk.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void list_add(struct file_list *l, struct arena *a, const char *path)
{
	if (l->n == l->cap) {
		size_t ncap = l->cap ? l->cap * 2 : 64;
		l->path = arena_grow(a, l->path, sizeof(char *), _Alignof(char *),
				     (ptrdiff_t)l->cap, (ptrdiff_t)ncap);
		l->cap = ncap;
	}
	l->path[l->n++] = arena_cstr(a, str_from_c(path));
}

static int walk_dir(const char *dir, int depth, struct arena *a, struct file_list *l,
		    struct diag *d)
{
	struct dirent **ents;
	int n = scandir(dir, &ents, NULL, alphasort);
	if (n < 0) {
		d->file = dir;
		diag_errorf(d, "cannot read folder: %s", strerror(errno));
		return -1;
	}
	for (int i = 0; i < n; i++) {
		const char *name = ents[i]->d_name;
		if (name[0] == '.' || l->n >= WALK_FILES_MAX) {
			free(ents[i]);
			continue;
		}
		struct str p = arena_printf(a, "%s%s%s", dir,
					    dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/", name);
		struct stat st;
		if (lstat(p.p, &st) == -1) {
			d->file = p.p;
			diag_errorf(d, "cannot stat: %s", strerror(errno));
		} else if (S_ISDIR(st.st_mode)) {
			if (depth >= WALK_DEPTH_MAX) {
				d->file = p.p;
				diag_warnf(d, "folder nested deeper than %d levels, not read",
					   WALK_DEPTH_MAX);
			} else {
				walk_dir(p.p, depth + 1, a, l, d);
			}
		} else if (S_ISREG(st.st_mode)) {
			list_add(l, a, p.p);
		} else if (S_ISLNK(st.st_mode)) {
			struct stat t;
			if (stat(p.p, &t) == 0 && S_ISREG(t.st_mode))
				list_add(l, a, p.p);
		}
		free(ents[i]);
	}
	free(ents);
	return 0;
}

int walk_path(const char *path, struct arena *a, struct file_list *list, struct diag *d)
{
	struct stat st;
	if (strcmp(path, "-") == 0) {
		list_add(list, a, path);
		return 0;
	}
	if (stat(path, &st) == -1) {
		d->file = path;
		diag_errorf(d, "cannot read: %s", strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode))
		return walk_dir(path, 0, a, list, d);
	list_add(list, a, path);
	return 0;
}
