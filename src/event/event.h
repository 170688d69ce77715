/*
 * event.h - the one normalized event every log decoder writes.
 *
 * A flat, fixed struct: the hot path fills one and reuses it for every line, so
 * decoders allocate nothing. String fields are slices into the record being
 * decoded (valid only while it is), an empty slice meaning "absent". Every
 * event carries its provenance (evidence id, line, byte offset) so a finding
 * can cite file:line. Field names on export follow the Elastic Common Schema;
 * the comment beside each field names its ECS counterpart.
 */
#ifndef RETRACE_EVENT_EVENT_H
#define RETRACE_EVENT_EVENT_H

#include <stdbool.h>
#include <stdint.h>

#include "base/ip.h"
#include "base/str.h"
#include "base/time.h"

enum event_kind {
	EV_NONE = 0, /* recognised line that carries nothing the analyzers use */
	EV_AUTH,     /* a login attempt: SMTP AUTH, sshd, dovecot, PAM (outcome says how it went) */
	EV_MAIL_FROM,    /* an MTA accepted a message into its queue (envelope sender side) */
	EV_MAIL_TO,      /* a delivery attempt for one or more recipients of a queued message */
	EV_MAIL_REJECT,  /* an MTA refused a command or a message (ruleset, NOQUEUE, policy) */
	EV_MAIL_CONNECT, /* a client connected or was refused before any transaction */
	EV_IPS_ALERT,    /* an intrusion-prevention alert */
	EV_FW_PACKET,    /* a packet logged by a firewall */
	EV_KIND_COUNT
};

enum event_outcome { OUTCOME_UNKNOWN = 0, OUTCOME_SUCCESS, OUTCOME_FAILURE };

/* Services named by logs and alerts; a port number refines them when known. */
enum service {
	SVC_UNKNOWN = 0,
	SVC_SMTP,
	SVC_SSH,
	SVC_TELNET,
	SVC_IMAP,
	SVC_POP3,
	SVC_FTP,
	SVC_OTHER,
};

struct event {
	/* when and who wrote it */
	int64_t ts;        /* @timestamp: seconds since the epoch, UTC; TIME_UNKNOWN if none */
	struct civil when; /* the stamp as written (month 0: none); yearless stamps are resolved
			      again, in file order, by whoever merges decoded lines */
	int tz_offset_min; /* offset the source wrote the time in (for display) */
	enum event_kind kind;
	enum event_outcome outcome; /* event.outcome */
	enum service service;
	struct str host;    /* host.name of the logging host */
	struct str program; /* process.name: sendmail, sm-mta, sshd, ... */
	uint32_t pid;       /* process.pid, 0 if absent */

	/* network */
	struct ip src_ip; /* source.ip (the client / attacker side) */
	bool has_src_ip;
	uint16_t src_port;   /* source.port */
	struct str src_host; /* source.domain: the name the MTA recorded for the client */
	struct ip dst_ip;    /* destination.ip */
	bool has_dst_ip;
	uint16_t dst_port;   /* destination.port */
	struct str dst_host; /* destination.domain: next-hop relay for deliveries */
	struct str
		proto; /* network.transport for packets; SMTP protocol (ESMTP, ESMTPA) for mail */

	/* accounts */
	struct str user; /* user.name: the authenticated or attempted account */
	struct str mech; /* authentication mechanism (PLAIN, LOGIN, password, publickey) */

	/* mail (sendmail's Table 8 fields keep their raw text) */
	struct str qid;       /* MTA queue id (transaction key) */
	struct str mail_from; /* email.from.address (envelope) */
	struct str rcpt;      /* email.to.address: one or a comma list as logged */
	struct str msgid;     /* email.message_id, without <> */
	uint64_t size;        /* message size in bytes */
	uint32_t nrcpts;
	struct str mail_class, pri, delay, xdelay, mailer, stat, ctladdr, dsn, relay;
	struct str reason; /* free text: reject reason, failure detail */

	/* alerts */
	struct str rule_name; /* rule.name: IPS signature */
	struct str rule_id;   /* rule.id */
	uint32_t count;       /* attempts an alert aggregates (1 if unstated) */
	bool blocked;         /* event.action blocked/dropped */

	/* provenance */
	uint32_t evidence; /* index of the evidence file in the run */
	uint64_t line;     /* 1-based line (or record) number in that file */
	uint64_t offset;   /* byte offset of the record */
};

/* A citation: record `line` of evidence file number `evidence`. */
struct evref {
	uint32_t evidence;
	uint64_t line;
};

static inline struct evref event_ref(const struct event *ev)
{
	return (struct evref){ev->evidence, ev->line};
}

/* Reset ev to an empty event (keeping nothing from the previous record). Inline: every
 * line pays for it, and a memset of a known size compiles to a few vector stores. */
static inline void event_clear(struct event *ev)
{
	__builtin_memset(ev, 0, sizeof(*ev));
	ev->ts = TIME_UNKNOWN;
	ev->count = 1;
}
const char *event_kind_name(enum event_kind k);
const char *service_name(enum service s);
/* Service of a well-known TCP port, SVC_OTHER if none. */
enum service service_from_port(uint16_t port);

#endif
