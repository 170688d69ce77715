/*
 * received.h - one Received: header value parsed into a hop, and the trust
 * walk over a chain of hops.
 *
 * A Received header is written by the server that accepted the message: "from
 * <what the client said> (<what the server saw>) by <the server> with <protocol>
 * id <queue id> for <recipient>; <date>". Only the server's own observations
 * (the connecting IP, its reverse DNS) are trustworthy, and only when the server
 * is ours; the name after "from" is whatever the client claimed. The parser is
 * hand-written and forgiving: it knows the shapes sendmail, Postfix, Exim,
 * qmail, Exchange, Gmail, CommuniGate, Courier and the webmail gateways write,
 * and takes what it recognises from anything else.
 *
 * Hops are read newest first (the order they appear in the message): hop 0
 * was added by the last server, which in collected evidence is ours.
 */
#ifndef RETRACE_MAIL_RECEIVED_H
#define RETRACE_MAIL_RECEIVED_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/ip.h"
#include "base/str.h"
#include "base/time.h"

enum {
	RECEIVED_MAX_BYTES = 16 * 1024, /* longer header values are refused */
	RECEIVED_HOPS_MAX = 100,        /* hops kept per message (RFC 5321 loop limit is ~100) */
	RECEIVED_TOKENS_MAX = 512,      /* words and comments looked at per header */
};

struct received_hop {
	struct str raw; /* the cleaned value: NULs dropped, folding turned into spaces */

	/* the client, as it claimed and as the receiving server saw it */
	struct str from_name; /* the word after "from": usually the HELO name, as written */
	struct str from_rdns; /* reverse-DNS name the receiving server recorded, if any */
	struct str helo;      /* HELO/EHLO argument when the header says so ("HELO x", "helo=x") */
	bool helo_stated;     /* the header named the HELO explicitly (helo may still be empty) */
	struct ip from_ip;    /* the connecting IP */
	bool has_from_ip;
	bool ip_from_literal; /* from_ip came from the "from" word itself (a literal or bare IP),
				 not from the server's comment: still the best we have */
	struct str ident;     /* ident / authenticated user the server recorded */

	/* the receiving server and the transaction */
	struct str by;            /* the server that wrote this header */
	struct str with;          /* protocol word: SMTP, ESMTP, ESMTPSA, LMTP, HTTP, local ... */
	struct str via;           /* "via" clause (smap, HTTP, smtpd) */
	struct str id;            /* queue id, without <> */
	struct str for_addr;      /* envelope recipient, without <> (only when it holds an '@') */
	struct str envelope_from; /* "(envelope-from <x>)" and the like, without <> */
	struct str tls;           /* "(using TLSv1.2 with cipher ...)" text, if any */
	struct civil date;
	bool has_date;

	bool authenticated; /* ESMTPA/ESMTPSA/LMTPA/ASMTP, "(authenticated ...)", "(AUTH: ...)" */
	bool local; /* no network client: local pickup, qmail "invoked by", fetchmail, spool */
};

/*
 * Parse one Received header value (without the "Received:" name; folded or
 * unfolded, CRLF or LF). The value is cleaned into a copy in arena a (NUL bytes
 * dropped, CR/LF/TAB turned into spaces) and every slice of *out points into
 * that copy, so it lives as long as the arena. Returns 0 when the value was
 * read, even partially (fields not found are empty); -1 when it is longer than
 * RECEIVED_MAX_BYTES or holds nothing a Received header holds (diag says why).
 */
int received_parse(struct str value, struct arena *a, struct received_hop *out, struct diag *d);

/* Answer of a trust policy about one client. */
enum received_zone {
	RECEIVED_EXTERNAL = 0, /* not ours: the chain stops being trustworthy here */
	RECEIVED_OURS,         /* one of our servers or networks */
	RECEIVED_OURS_MSA,     /* our submission server: it authenticated its clients, so the
				  hops below it were made by our own users and are trusted too */
};

/*
 * What "ours" means. The asset inventory lives in another part, so the caller
 * supplies it as a callback: zone() is asked about a hop's client, with ip
 * NULL when the hop recorded no address (host is then its rDNS or from name).
 */
struct received_trust_policy {
	enum received_zone (*zone)(void *ctx, const struct ip *ip, struct str host);
	void *ctx;
	/* Also trust a hop whose client authenticated (SMTP AUTH) from outside,
	 * as SpamAssassin does. Off by default: a stolen password is exactly how
	 * an outside host gets such a hop, so for an investigation it is the origin. */
	bool trust_authenticated;
};

/*
 * Walk hops[0..n) newest first and return the index of the first hop whose
 * client is not ours: that hop was written by our boundary server (so its
 * record of the client is trustworthy) and its from_ip is the origin as our
 * edge saw it. Hops [0, result) are our own relays. Local hops (no network
 * client) pass through. Returns n when every hop is ours (no outside origin).
 */
size_t received_trust(const struct received_hop *hops, size_t n,
		      const struct received_trust_policy *policy);

#endif
