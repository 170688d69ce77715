/*
 * mailflow.h - what left and entered the mail server: MTA transactions
 * (assembled by queue id in mail/txn) folded into per-sender statistics and a
 * table of sent messages by Message-ID, so bounces can be matched against
 * what our server really sent.
 *
 * Bounded by FLOW_ACCOUNTS_MAX senders and FLOW_SENT_MAX remembered messages
 * (older ones are not evicted: further ones are counted in sent_dropped).
 */
#ifndef RETRACE_DETECT_MAILFLOW_H
#define RETRACE_DETECT_MAILFLOW_H

#include "base/arena.h"
#include "base/map.h"
#include "event/event.h"
#include "mail/txn.h"

enum {
	FLOW_ACCOUNTS_MAX = 1 << 16,
	FLOW_SENT_MAX = 1 << 22,
	FLOW_SRCS = 8,
	FLOW_REFS = 8,
	FLOW_WINDOW = 64, /* recent external messages per source kept to measure a 24 h peak */
};

/* One client address a sender submitted from. */
struct flow_src {
	struct ip ip;
	bool has_ip;
	uint32_t msgs;
	uint32_t external;   /* messages relayed outside */
	int64_t first, last; /* of the external ones */
	struct evref ref_auth, ref_from, ref_first_ext, ref_last_ext;
	/* times of the latest external messages (a ring), for the most in any 24 hours */
	int64_t window[FLOW_WINDOW];
	uint32_t nwindow, wpos;
	uint32_t peak24; /* capped at FLOW_WINDOW */
};

/* A sender: the authenticated account, or the envelope sender when none. */
struct flow_sender {
	struct str account; /* SMTP AUTH id, "" when the mail was not authenticated */
	struct str address; /* envelope sender seen with it */
	uint32_t msgs;
	uint32_t rcpts_external, rcpts_local;
	uint32_t delivered_external;
	int64_t first, last;
	struct flow_src src[FLOW_SRCS];
	int nsrc;
	uint32_t src_other; /* messages from further addresses */
	struct str sample_rcpt[4];
	int nsample;
	struct evref refs[FLOW_REFS];
	int nrefs;
};

/* A message our server accepted and tried to deliver. */
struct sent_msg {
	struct str msgid;
	struct str from;
	struct str rcpt; /* first recipient */
	int32_t sender;  /* index into senders */
	int64_t ts;
	struct evref ref_from, ref_to;
	bool external; /* at least one recipient relayed outside */
	bool delivered;
	struct ip client;
	bool has_client;
};

struct mailflow {
	struct arena *a;
	struct txn_table *txn;
	struct map sender_map, sent_map;
	struct flow_sender *senders;
	size_t nsenders, capsenders;
	struct sent_msg *sent;
	size_t nsent, capsent;
	uint64_t txns, bounces_in, local_in, sent_dropped, senders_dropped;
	struct str mta_hosts[8]; /* syslog host names of the MTA logs */
	/*
	 * What bounces ask about, known before the logs are read (messages come
	 * first): only sent messages matching one are remembered, so memory is
	 * bounded by the bounces, not by the mail volume.
	 */
	struct map want_ids, want_env;
	bool want_all; /* remember every sent message (tests, or no filter set) */
	int nmta_hosts;
};

void mailflow_init(struct mailflow *m, struct arena *a);
/* Remember sent messages with this Message-ID (from a bounce's returned original). */
void mailflow_want_msgid(struct mailflow *m, struct str msgid);
/* Remember sent messages from this sender to this recipient (bounces without an id). */
void mailflow_want_envelope(struct mailflow *m, struct str from, struct str rcpt);
/* Feed one event; mail events go through transaction assembly. */
void mailflow_feed(struct mailflow *m, const struct event *ev);
/* End of the evidence: complete the transactions still open. */
void mailflow_finish(struct mailflow *m);
/* The sent message with this Message-ID (no <>), or NULL. */
const struct sent_msg *mailflow_sent(const struct mailflow *m, struct str msgid);
/* True if host is one of the MTA hosts whose logs were read (case-insensitive, first label). */
bool mailflow_is_mta_host(const struct mailflow *m, struct str host);

#endif
