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
};

/* One client address a sender submitted from. */
struct flow_src {
	struct ip ip;
	bool has_ip;
	uint32_t msgs;
	int64_t first, last;
	struct evref ref_auth, ref_from;
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
	int nmta_hosts;
};

void mailflow_init(struct mailflow *m, struct arena *a);
/* Feed one event; mail events go through transaction assembly. */
void mailflow_feed(struct mailflow *m, const struct event *ev);
/* End of the evidence: complete the transactions still open. */
void mailflow_finish(struct mailflow *m);
/* The sent message with this Message-ID (no <>), or NULL. */
const struct sent_msg *mailflow_sent(const struct mailflow *m, struct str msgid);
/* True if host is one of the MTA hosts whose logs were read (case-insensitive, first label). */
bool mailflow_is_mta_host(const struct mailflow *m, struct str host);

#endif
