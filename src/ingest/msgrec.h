/*
 * msgrec.h - what the analysis keeps of each message read (an .eml, an mbox
 * entry, a Maildir file): a compact record copied out of the parse, so the
 * message's own memory is freed right after it is read.
 */
#ifndef RETRACE_INGEST_MSGREC_H
#define RETRACE_INGEST_MSGREC_H

#include <stdbool.h>
#include <stdint.h>

#include "base/ip.h"
#include "base/str.h"
#include "event/event.h"

struct msgrec {
	struct evref ref;      /* where the message starts */
	struct evref ref_top;  /* its newest Received header */
	struct evref ref_orig; /* the returned original's Message-ID (bounces) */
	int64_t date;
	int tz_offset_min;
	bool hop_dated; /* date and zone come from our newest Received stamp */
	struct str from, to, subject, msgid, return_path;
	/* the Received chain as our edge saw it */
	struct str top_by;     /* host that added the newest hop */
	struct ip top_from_ip; /* client of the newest hop */
	bool has_top_from_ip;
	struct str top_from_name;
	struct ip origin_ip; /* oldest hop's client IP (where the message entered the chain) */
	bool has_origin_ip;
	struct str origin_by;
	int nhops;
	/* the trust boundary: the newest hop whose client is not ours, as our server recorded it */
	struct ip edge_ip;
	bool has_edge_ip;
	struct str edge_from_name; /* the client's name as our server recorded it (rDNS or HELO) */
	struct str edge_by;        /* our server that wrote that hop */
	struct evref ref_edge;     /* its Received: line */
	int trusted_hops;          /* hops written by our own servers (0 when none is ours) */
	struct str chain; /* the Received chain read bottom-up, one "from .. by .." per hop */
	/* bounce analysis */
	bool is_bounce;
	const char *bounce_kind; /* "dsn", "text", ... */
	struct str orig_msgid, orig_rcpt, orig_from, orig_subject;
	int64_t orig_date;
	struct str status, diagnostic, reporting_mta;
	bool spam_related;
	/* the returned original's own Received chain: 0 not returned, 1 it passed through one
	 * of our servers, 2 it never did (it went from elsewhere straight to the bouncer) */
	int orig_path;
	/* correlation results, filled by the analysis */
	int matched_sent; /* -1: not judged, 0: unmatched, 1: matched a sent message */
	int64_t sent_idx; /* index into the run's sent messages when matched, else -1 */
	int spam_pattern; /* index of the spam-filter pattern it matches, -1 none */
};

#endif
