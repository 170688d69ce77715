/*
 * source.c - file access for evidence. Compressed files are detected by magic
 * bytes and decoded by libarchive's raw format with all filters, so every
 * compression Debian's libarchive knows works without code per format.
 */
#include "evidence/source.h"

#include <archive.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static bool magic_compressed(const unsigned char *b, size_t n, const char **name)
{
	if (n >= 2 && b[0] == 0x1f && b[1] == 0x8b)
		*name = "gzip";
	else if (n >= 3 && b[0] == 'B' && b[1] == 'Z' && b[2] == 'h')
		*name = "bzip2";
	else if (n >= 6 && !memcmp(b,
				   "\xfd"
				   "7zXZ\0",
				   6))
		*name = "xz";
	else if (n >= 4 && !memcmp(b, "\x28\xb5\x2f\xfd", 4))
		*name = "zstd";
	else
		return false;
	return true;
}

int source_open(struct source *s, const char *path, struct diag *d)
{
	*s = (struct source){.path = path, .fd = -1};
	int fd = strcmp(path, "-") == 0 ? dup(0) : open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1) {
		diag_errorf(d, "cannot open: %s", strerror(errno));
		return -1;
	}
	unsigned char magic[8];
	ssize_t got = pread(fd, magic, sizeof(magic), 0);
	const char *name = NULL;
	if (got > 0 && magic_compressed(magic, (size_t)got, &name)) {
		struct archive *ar = archive_read_new();
		if (!ar)
			arena_oom();
		archive_read_support_filter_all(ar);
		archive_read_support_format_raw(ar);
		struct archive_entry *e;
		if (archive_read_open_fd(ar, fd, 1 << 16) != ARCHIVE_OK ||
		    archive_read_next_header(ar, &e) != ARCHIVE_OK) {
			diag_errorf(d, "cannot decompress (%s): %s", name,
				    archive_error_string(ar));
			archive_read_free(ar);
			close(fd);
			return -1;
		}
		s->ar = ar;
		s->compressed = true;
		s->filter = name;
	}
	s->fd = fd;
	return 0;
}

long source_read(struct source *s, char *buf, size_t n, struct diag *d)
{
	if (s->eof)
		return 0;
	if (s->ar) {
		la_ssize_t r = archive_read_data(s->ar, buf, n);
		if (r < 0) {
			diag_errorf(d, "decompression failed after %llu bytes: %s",
				    (unsigned long long)s->consumed, archive_error_string(s->ar));
			return -1;
		}
		if (r == 0)
			s->eof = true;
		s->consumed += (uint64_t)r;
		return (long)r;
	}
	for (;;) {
		ssize_t r = read(s->fd, buf, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			diag_errorf(d, "read failed: %s", strerror(errno));
			return -1;
		}
		if (r == 0)
			s->eof = true;
		s->consumed += (uint64_t)r;
		return (long)r;
	}
}

void source_close(struct source *s)
{
	if (s->ar)
		archive_read_free(s->ar);
	if (s->fd >= 0)
		close(s->fd);
	s->ar = NULL;
	s->fd = -1;
}

int source_peek(const char *path, char *buf, size_t *n, bool *compressed, struct diag *d)
{
	struct source s;
	if (source_open(&s, path, d) == -1)
		return -1;
	size_t got = 0;
	while (got < SOURCE_PEEK_BYTES) {
		long r = source_read(&s, buf + got, SOURCE_PEEK_BYTES - got, d);
		if (r < 0) {
			source_close(&s);
			return -1;
		}
		if (r == 0)
			break;
		got += (size_t)r;
	}
	*n = got;
	*compressed = s.compressed;
	source_close(&s);
	return 0;
}

int source_slurp(const char *path, size_t cap, struct arena *a, struct str *out, struct diag *d)
{
	struct source s;
	if (source_open(&s, path, d) == -1)
		return -1;
	size_t size = 0, alloc = 1 << 16;
	char *buf = malloc(alloc);
	if (!buf)
		arena_oom();
	for (;;) {
		if (size == alloc) {
			if (alloc >= cap + 1) {
				diag_errorf(d, "larger than %zu bytes; not read", cap);
				goto fail;
			}
			alloc *= 2;
			char *nb = realloc(buf, alloc);
			if (!nb)
				arena_oom();
			buf = nb;
		}
		long r = source_read(&s, buf + size, alloc - size, d);
		if (r < 0)
			goto fail;
		if (r == 0)
			break;
		size += (size_t)r;
		if (size > cap) {
			diag_errorf(d, "larger than %zu bytes; not read", cap);
			goto fail;
		}
	}
	source_close(&s);
	*out = arena_strdup(a, (struct str){buf, size});
	free(buf);
	return 0;
fail:
	source_close(&s);
	free(buf);
	return -1;
}

int lines_open(struct lines *lr, const char *path, struct diag *d)
{
	*lr = (struct lines){0};
	if (source_open(&lr->src, path, d) == -1)
		return -1;
	lr->buf = malloc(SOURCE_BUF_BYTES);
	if (!lr->buf)
		arena_oom();
	return 0;
}

/* Refill: move the unread tail to the front and read more. 1 read, 0 eof, -1 error. */
static int lines_fill(struct lines *lr, struct diag *d)
{
	if (lr->beg > 0) {
		memmove(lr->buf, lr->buf + lr->beg, lr->end - lr->beg);
		lr->end -= lr->beg;
		lr->beg = 0;
	}
	if (lr->end == SOURCE_BUF_BYTES)
		return 1;
	long r = source_read(&lr->src, lr->buf + lr->end, SOURCE_BUF_BYTES - lr->end, d);
	if (r < 0)
		return -1;
	lr->end += (size_t)r;
	return r > 0;
}

int lines_open_range(struct lines *lr, const char *path, uint64_t start, uint64_t end,
		     struct diag *d)
{
	if (lines_open(lr, path, d) == -1)
		return -1;
	if (lr->src.compressed) {
		diag_errorf(d, "a compressed file cannot be read from an offset");
		lines_close(lr);
		return -1;
	}
	if (start && lseek(lr->src.fd, (off_t)start, SEEK_SET) == (off_t)-1) {
		diag_errorf(d, "cannot seek to %llu: %s", (unsigned long long)start,
			    strerror(errno));
		lines_close(lr);
		return -1;
	}
	lr->next_off = start;
	lr->end_off = end;
	return 0;
}

int lines_map_range(struct lines *lr, const char *path, uint64_t start, uint64_t end,
		    struct diag *d)
{
	*lr = (struct lines){0};
	struct stat st;
	long page = sysconf(_SC_PAGESIZE);
	if (end <= start || page <= 0 || !strcmp(path, "-")) {
		diag_errorf(d, "cannot map this input");
		return -1;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1) {
		diag_errorf(d, "cannot open: %s", strerror(errno));
		return -1;
	}
	/* only plain regular files whose size covers the range; compressed ones are streamed */
	unsigned char magic[8];
	const char *filter;
	ssize_t nm = pread(fd, magic, sizeof(magic), 0);
	bool packed = nm > 0 && magic_compressed(magic, (size_t)nm, &filter);
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) || packed || (uint64_t)st.st_size < end) {
		close(fd);
		diag_errorf(d, "cannot map this input");
		return -1;
	}
	uint64_t base = start - start % (uint64_t)page;
	size_t len = (size_t)(end - base);
	void *m = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, (off_t)base);
	close(fd);
	if (m == MAP_FAILED) {
		diag_errorf(d, "cannot map: %s", strerror(errno));
		return -1;
	}
	(void)madvise(m, len, MADV_SEQUENTIAL | MADV_WILLNEED);
	lr->src.path = path;
	lr->src.fd = -1;
	lr->map = m;
	lr->map_len = len;
	lr->map_off = base;
	lr->next_off = start;
	lr->end_off = end;
	return 0;
}

/* lines_next over a mapping: the same lines, numbers and skips as the buffered reader */
static int lines_next_mapped(struct lines *lr, struct str *out, struct diag *d)
{
	while (lr->next_off < lr->end_off) {
		const char *p = lr->map + (lr->next_off - lr->map_off);
		size_t avail = (size_t)(lr->end_off - lr->next_off);
		const char *nl = memchr(p, '\n', avail);
		size_t len = nl ? (size_t)(nl - p) : avail;
		lr->line++;
		lr->offset = lr->next_off;
		lr->next_off += nl ? len + 1 : len;
		if (len > SOURCE_LINE_MAX) {
			lr->too_long++;
			d->line = (long)lr->line;
			diag_warnf(d, "line longer than %d bytes, skipped", SOURCE_LINE_MAX);
			continue;
		}
		if (len && p[len - 1] == '\r')
			len--;
		*out = (struct str){p, len};
		return 1;
	}
	return 0;
}

int lines_next(struct lines *lr, struct str *out, struct diag *d)
{
	if (lr->map)
		return lines_next_mapped(lr, out, d);
	for (;;) {
		if (lr->end_off && lr->next_off >= lr->end_off)
			return 0;
		char *p = lr->buf + lr->beg;
		size_t avail = lr->end - lr->beg;
		char *nl = avail ? memchr(p, '\n', avail) : NULL;
		if (nl || (avail && lr->src.eof)) {
			size_t len = nl ? (size_t)(nl - p) : avail;
			size_t adv = nl ? len + 1 : len;
			uint64_t off = lr->next_off;
			lr->beg += adv;
			lr->next_off += adv;
			if (lr->skipping) {
				lr->skipping = false;
				continue;
			}
			lr->line++;
			lr->offset = off;
			if (len > SOURCE_LINE_MAX) {
				lr->too_long++;
				d->line = (long)lr->line;
				diag_warnf(d, "line longer than %d bytes, skipped",
					   SOURCE_LINE_MAX);
				continue;
			}
			if (len && p[len - 1] == '\r')
				len--;
			*out = (struct str){p, len};
			return 1;
		}
		if (avail > SOURCE_LINE_MAX && !lr->skipping) {
			/* no newline within the cap: drop what we have and skip to the next one */
			lr->line++;
			lr->too_long++;
			d->line = (long)lr->line;
			diag_warnf(d, "line longer than %d bytes, skipped", SOURCE_LINE_MAX);
			lr->skipping = true;
		}
		if (lr->skipping) {
			lr->next_off += avail;
			lr->beg = lr->end;
		}
		int r = lines_fill(lr, d);
		if (r < 0)
			return -1;
		if (r == 0 && lr->beg == lr->end)
			return 0;
	}
}

void lines_close(struct lines *lr)
{
	if (lr->map) {
		munmap(lr->map, lr->map_len);
		lr->map = NULL;
		return;
	}
	source_close(&lr->src);
	free(lr->buf);
	lr->buf = NULL;
}
