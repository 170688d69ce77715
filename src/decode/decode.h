/*
 * decode.h - turning one log record into one struct event.
 *
 * Syslog-framed lines are parsed once (syslog_parse) and dispatched on the
 * program name to the one decoder that handles it (decode_for_program): no
 * decoder is tried on a line that is not its own. Decoders allocate nothing:
 * the event's slices point into the line.
 */
#ifndef RETRACE_DECODE_DECODE_H
#define RETRACE_DECODE_DECODE_H

#include <stdbool.h>

#include "base/diag.h"
#include "base/str.h"
#include "base/time.h"
#include "event/event.h"

enum { LINE_MAX_BYTES = 64 * 1024 };

/* The parts every syslog line shares. */
struct syslog_line {
	struct civil time; /* year/zone missing for RFC 3164 stamps */
	struct str host;
	struct str program; /* "sendmail", "sm-mta", "postfix/smtpd", "sshd" */
	uint32_t pid;       /* 0 if absent */
	struct str msg;     /* after "program[pid]: " */
	/*
	 * N of "last message repeated N times" (program and msg empty then) or of
	 * rsyslog's "message repeated N times: [ msg ]" (msg is the inner text); 0
	 * otherwise. The line stands for N more copies of a message.
	 */
	uint32_t repeated;
};

/*
 * Parse "Mmm dd hh:mm:ss host program[pid]: msg" and the RFC 3339-stamped
 * form rsyslog writes ("2024-03-14T00:00:09+09:00 host program[pid]: msg").
 * 0, or -1 with a diagnostic saying what was expected.
 */
int syslog_parse(struct str line, struct syslog_line *out, struct diag *d);

/* The last "Mmm dd hh:mm:ss" stamp read and its value: lines share seconds. */
struct stamp_cache {
	char text[15];
	struct civil time; /* month 0: empty */
};

/* syslog_parse, reusing cache (may be NULL) for a stamp equal to the last one. */
int syslog_parse_cached(struct str line, struct syslog_line *out, struct stamp_cache *cache,
			struct diag *d);

/* A decoder for the messages of some syslog programs. */
struct line_decoder {
	const char *name;            /* "sendmail", "sshd" */
	const char *const *programs; /* program names it owns, NULL-terminated */
	/*
	 * Fill ev (already cleared, time and host set by the caller) from sl->msg.
	 * Returns 0 when the line was understood (ev->kind may stay EV_NONE for
	 * lines with nothing of interest), -1 when it is malformed for this program.
	 */
	int (*decode)(const struct syslog_line *sl, struct event *ev, struct diag *d);
};

/* The decoder owning a program name (exact match, or "prefix/..." for postfix), or NULL. */
const struct line_decoder *decode_for_program(struct str program);
/* True if any decoder is registered for the program (used by sniffing). */
bool decode_knows_program(struct str program);

/*
 * The whole path of one syslog line: syslog_parse, the time resolved through
 * clk (which supplies year and zone and follows the December-to-January
 * rollover of a file read in order), then the decoder owning the program.
 * ev is cleared first, then gets time, host, program, pid and what the decoder
 * fills; for "message repeated N times" lines ev->count is N. A program no
 * decoder owns, and "last message repeated" lines, leave ev->kind EV_NONE and
 * return 0. The caller sets the provenance (ev->evidence/line/offset) after.
 * 0, or -1 with a diagnostic (malformed syslog framing, or a line the
 * program's decoder calls malformed).
 */
int decode_syslog_line(struct str line, struct syslog_clock *clk, struct event *ev, struct diag *d);
/*
 * Recent program -> decoder answers, so that the program table is searched
 * once per distinct program name rather than once per line. Owned by one
 * reader (no sharing between threads); zero-initialise it.
 */
enum { DECODE_CACHE_SLOTS = 32, DECODE_CACHE_NAME = 30 };
struct decode_cache_slot {
	uint8_t n; /* name length, 0: empty slot */
	char name[DECODE_CACHE_NAME];
	const struct line_decoder *dec; /* NULL: no decoder owns it */
};
struct decode_cache {
	struct stamp_cache stamp;
	struct decode_cache_slot slot[DECODE_CACHE_SLOTS]; /* two-way sets */
};

/*
 * As decode_syslog_line; *known (if not NULL) tells whether a decoder owns
 * the program; cache (may be NULL) remembers the answers.
 */
int decode_syslog_known(struct str line, struct syslog_clock *clk, struct decode_cache *cache,
			struct event *ev, struct diag *d, bool *known);

#endif
