/*
 * message.h - one RFC 5322 message (an .eml file, an mbox entry or a Maildir
 * file) parsed into plain C data: the header fields an investigation cites,
 * each with the line it stands on, and the Received chain.
 *
 * Parsing uses GMime (MIME structure, RFC 2047 decoding, address lists). All
 * results are copied into the caller's arena and the GMime objects are freed
 * before message_parse() returns, so nothing above this module sees GMime.
 * GMime keeps process-wide state: main() calls message_init() once before the
 * first message_parse() and message_shutdown() once at exit (tests and fuzz
 * targets do the same).
 *
 * Forgeable vs trustworthy: From, To, Reply-To, Return-Path, Message-ID and
 * Date are whatever the sender wrote; only the Received hops our own servers
 * added are trustworthy (received.h, docs/mail.md).
 */
#ifndef RETRACE_MAIL_MESSAGE_H
#define RETRACE_MAIL_MESSAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/str.h"
#include "mail/received.h"

enum {
	MESSAGE_MAX_BYTES = 32 * 1024 * 1024, /* bytes of a message parsed; the rest is ignored */
	MESSAGE_HEADERS_MAX = 1000,           /* top-level header fields kept */
	MESSAGE_HEADER_MAX_BYTES = 64 * 1024, /* one field's value, longer ones are cut */
	MESSAGE_ADDRS_MAX = 256,              /* addresses kept per address field */
	MESSAGE_REFS_MAX = 128,               /* References ids kept */
	MESSAGE_PARTS_MAX = 256,              /* MIME parts walked (bounce.c) */
	MESSAGE_DEPTH_MAX = 8,                /* nesting of multiparts and attached messages */
};

/* One header field as written: name, unfolded value, 1-based line of its first line. */
struct message_header {
	struct str name;
	struct str value; /* unfolded (CRLF + WSP -> WSP), trimmed, not decoded */
	long line;
};

/* A decoded mailbox: display name in UTF-8 (RFC 2047 decoded) and addr-spec. */
struct message_addr {
	struct str name;
	struct str addr;
};

struct message_addrs {
	struct message_addr *v;
	size_t n;
	long line; /* line of the field, 0 when absent */
};

/* A field kept as text, with its line (0 when absent). */
struct message_field {
	struct str value;
	long line;
};

struct message_hop {
	struct received_hop hop;
	long line;   /* line of its Received: field, for citations */
	bool parsed; /* false: the value was refused (too long, empty); hop holds only raw */
};

struct message {
	struct message_addrs from, sender, to, cc, bcc, reply_to;
	struct message_field subject; /* decoded RFC 2047 to UTF-8 */
	struct message_field date;    /* the text as written */
	int64_t date_epoch;           /* UTC seconds, valid when has_date */
	int date_offset_min;          /* the offset the Date was written with */
	bool has_date;
	struct message_field message_id;  /* without <> */
	struct message_field return_path; /* address without <>; empty for the null sender <> */
	bool return_path_null;            /* Return-Path: <> (the bounce sender) */
	struct message_field in_reply_to; /* first id, without <> */
	struct message_field references;  /* raw text; ids in refs[] */
	struct str *refs;
	size_t nrefs;
	struct message_field content_type; /* "multipart/report; ..." as written */
	struct message_field x_mailer, x_originating_ip;
	struct message_field auto_submitted, precedence;

	/* Received chain, newest first (order of appearance) */
	struct message_hop *hops;
	size_t nhops;

	/* every top-level field in order; the X- fields of note are also listed apart */
	struct message_header *headers;
	size_t nheaders;
	struct message_header *xnote; /* X-Spam-*, X-Virus-*, X-Mailer, X-Originating-IP, ... */
	size_t nxnote;

	long line_base; /* lines skipped before the headers (an mbox "From " line): 0 or 1 */
	long body_line; /* first line of the body, 0 when there is none */
	bool truncated; /* input was longer than MESSAGE_MAX_BYTES or had too many fields */
};

/* Set up GMime; call once per process before message_parse(). */
void message_init(void);
/* Release GMime's process-wide state; call once at exit. */
void message_shutdown(void);

/*
 * Parse raw (a whole message; a leading mbox "From " line is skipped) into
 * *out, every string copied into arena a. Broken MIME never fails the parse:
 * whatever headers were read are kept. Returns -1 only when raw holds no
 * header field at all (diag says why); over-long input is parsed up to
 * MESSAGE_MAX_BYTES with a warning and out->truncated set.
 */
int message_parse(struct str raw, struct arena *a, struct message *out, struct diag *d);

/* The first top-level field called name (case-insensitive), or NULL. */
const struct message_header *message_header_get(const struct message *m, struct str name);

/*
 * Iterate the fields of a header block held in memory (a text/rfc822-headers
 * part, a message/delivery-status group, headers quoted in a bounce body).
 * *rest is advanced; returns 1 with name/value (value unfolded into the arena
 * when folded, else a slice of the input), 0 at a blank line or the end, and
 * skips lines that are not fields. *line counts lines consumed (may be NULL).
 */
int message_field_next(struct str *rest, struct arena *a, struct str *name, struct str *value,
		       long *line);

/* "a@b" out of "Name <a@b>", "<a@b>", "a@b (comment)", "rfc822; a@b"; empty if none. */
struct str message_addr_spec(struct str s);

#endif
