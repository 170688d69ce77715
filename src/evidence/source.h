/*
 * source.h - reading evidence files: plain, compressed (gzip, bzip2, xz, zstd,
 * through libarchive's raw filters) or standard input, as a byte stream, as
 * lines, or whole (for small, capped kinds).
 *
 * Line framing uses memchr over a large buffer; a line longer than
 * SOURCE_LINE_MAX is reported and skipped, never truncated into something that
 * looks like a different record.
 */
#ifndef RETRACE_EVIDENCE_SOURCE_H
#define RETRACE_EVIDENCE_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/str.h"

enum {
	SOURCE_BUF_BYTES = 1 << 20,
	SOURCE_LINE_MAX = 64 * 1024,
	SOURCE_PEEK_BYTES = 8192,
};

struct archive;

struct source {
	const char *path; /* for messages; "-" is standard input */
	int fd;
	struct archive *ar; /* non-NULL when the file is compressed */
	bool compressed;
	const char *filter; /* "gzip", "bzip2", "xz", "zstd" or NULL */
	uint64_t consumed;  /* decompressed bytes read so far */
	bool eof;
};

/* Open path ("-" for stdin). Compression is recognised from the content. */
int source_open(struct source *s, const char *path, struct diag *d);
/* Read up to n decompressed bytes; returns bytes read, 0 at end, -1 on error. */
long source_read(struct source *s, char *buf, size_t n, struct diag *d);
void source_close(struct source *s);
/*
 * The first up to SOURCE_PEEK_BYTES decompressed bytes of a file, for
 * sniffing, into buf (size SOURCE_PEEK_BYTES). *compressed tells whether it was.
 */
int source_peek(const char *path, char *buf, size_t *n, bool *compressed, struct diag *d);
/* The whole decompressed content, refused when larger than cap. */
int source_slurp(const char *path, size_t cap, struct arena *a, struct str *out, struct diag *d);

/* A pull reader of lines. */
struct lines {
	struct source src;
	char *buf;         /* SOURCE_BUF_BYTES, malloc'd */
	size_t beg, end;   /* unread bytes in buf */
	uint64_t line;     /* number of the line last returned */
	uint64_t offset;   /* byte offset of the line last returned */
	uint64_t next_off; /* byte offset of the next line */
	uint64_t too_long; /* lines skipped for length */
	bool skipping;     /* inside an overlong line */
	uint64_t end_off;  /* stop before a line starting here (0: read to the end) */
	/* mapped mode (lines_map_range): the range is in memory, lines stay valid */
	char *map;        /* mmap'd, page-aligned, NULL in buffered mode */
	size_t map_len;   /* bytes mapped */
	uint64_t map_off; /* file offset of map[0] */
};

int lines_open(struct lines *lr, const char *path, struct diag *d);
/*
 * Lines of the byte range [start, end) of an uncompressed file, where start
 * is the first byte of a line: the lines that begin in the range. Line
 * numbers count from 1 at start; offsets stay those of the whole file.
 */
int lines_open_range(struct lines *lr, const char *path, uint64_t start, uint64_t end,
		     struct diag *d);
/*
 * As lines_open_range for the range [start, end) (end > start) of a regular,
 * uncompressed file, but mapped into memory: every line returned stays valid
 * until lines_close, so callers may keep slices of it without copying. -1
 * when the file cannot be mapped (compressed, not a regular file, range past
 * its end); the caller then reads it with lines_open_range. A file truncated
 * while it is mapped ends the process with SIGBUS, as with any mapping.
 */
int lines_map_range(struct lines *lr, const char *path, uint64_t start, uint64_t end,
		    struct diag *d);
/*
 * The next line without its end-of-line (LF or CRLF) in *out, valid until the
 * next call. Returns 1, 0 at end, -1 on a read error. Overlong lines are
 * counted in too_long, reported through d, and skipped.
 */
int lines_next(struct lines *lr, struct str *out, struct diag *d);
void lines_close(struct lines *lr);

#endif
