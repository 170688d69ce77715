/*
 * txn.h - MTA transactions assembled from per-line events by queue id.
 *
 * Sendmail writes one message's story over several lines that share a queue
 * id: "AUTH=server ... authid=KIM" (who logged in), "from=<KIM@...>, size=,
 * nrcpts=, msgid=, relay=" (accepted), and one or more "to=..., stat=" lines
 * (delivery attempts, possibly deferred and retried hours later). txn_feed
 * collects them per (logging host, queue id) and hands each finished
 * transaction to the callback given to txn_new:
 *   - complete: the from= line was seen and every recipient has a final status
 *     (Sent, or a permanent failure; Deferred and queued are not final) and at
 *     least nrcpts recipients have one; or the MTA logged that the message
 *     left its queue (see "queue end" below), whatever the recipients' states;
 *   - flushed: still open when txn_flush was called (end of input);
 *   - evicted: the table was full (max_open) and this one was the least
 *     recently updated; evictions are counted.
 * Postfix and exim tell the same story in other lines, which fit the same
 * table (one event per line, keyed the same way):
 *   - parts: an EV_NONE with a queue id and a message id (postfix cleanup's
 *     "message-id=") or a client address (postfix smtpd's "client=" without a
 *     SASL login) opens or updates the transaction with that alone; a later
 *     from= line without a message id, protocol or client keeps the earlier
 *     ones. Postfix's qmgr from= gives the sender, size and nrcpt; its
 *     client= line with a SASL login is an EV_AUTH success like sendmail's.
 *   - login on the acceptance line: an EV_MAIL_FROM that carries ev->mech
 *     (exim's "<= ... A=authenticator:user") is the login of that message:
 *     has_auth, auth_user = ev->user, auth_mech = ev->mech, ref_auth = that
 *     line. (Sendmail's from= lines never carry a mech, so they are unchanged.)
 *   - queue end: an EV_NONE with a queue id whose stat is "removed" (postfix)
 *     or "Completed" (exim) ends an open transaction as complete; for a queue
 *     id no transaction is open for it is ignored (never opens one).
 *   - exim: its acceptance line does not say how many recipients follow, so a
 *     transaction whose EV_MAIL_FROM came from a program named "exim*" ends
 *     only at "Completed" (or flush, or eviction), not at its first delivery.
 * Events without a queue id, and kinds other than EV_AUTH, EV_MAIL_FROM,
 * EV_MAIL_TO, EV_MAIL_REJECT and the EV_NONE parts and ends above, are
 * ignored, except that every AUTH=server
 * success (with or without a queue id) is remembered per SMTP session (host,
 * pid) in a small fixed cache (TXN_SESSIONS entries, newest wins) so later
 * messages of that session inherit the login (t->auth_from_session).
 *
 * Memory: the table copies what it keeps (event slices die with their line)
 * into fixed-size slots it owns and reuses, allocated on first use and never
 * more than max_open of them: at most max_open * sizeof(one slot), about 15 KiB
 * each (TXN_RCPTS_MAX recipients of capped text), so about 15 MiB for the
 * default TXN_OPEN_DEFAULT. Text longer than its slot is cut (t->truncated);
 * recipients beyond TXN_RCPTS_MAX are counted, not kept. A line for a
 * transaction already handed out opens a new one (it will end flushed).
 */
#ifndef RETRACE_MAIL_TXN_H
#define RETRACE_MAIL_TXN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/ip.h"
#include "base/str.h"
#include "event/event.h"

enum {
	TXN_OPEN_DEFAULT = 1024,
	TXN_OPEN_MAX = 1 << 20,
	TXN_RCPTS_MAX = 16,
	TXN_SESSIONS = 256,        /* SMTP sessions whose AUTH is remembered (by host, pid) */
	TXN_SESSION_WINDOW = 3600, /* seconds a session's AUTH applies to its later messages */
};

enum txn_rcpt_status {
	TXN_RCPT_PENDING = 0, /* named by a line without a delivery status */
	TXN_RCPT_QUEUED,      /* stat=queued / quarantined: waiting, not final */
	TXN_RCPT_DEFERRED,    /* temporary failure (dsn 4.x.x or "Deferred"): not final */
	TXN_RCPT_SENT,        /* final */
	TXN_RCPT_FAILED,      /* permanent failure (bounced): final */
};

enum txn_end { TXN_END_COMPLETE, TXN_END_FLUSHED, TXN_END_EVICTED };

struct txn_rcpt {
	struct str addr; /* without <> */
	enum txn_rcpt_status status;
	struct str relay_host; /* next hop as logged, trailing dot dropped */
	struct ip dst_ip;
	bool has_dst_ip;
	struct str dsn, stat, mailer;
	uint32_t attempts; /* to= lines naming this recipient */
	int64_t ts;        /* time of the latest attempt */
	struct evref ref;  /* line of the latest attempt */
};

/* A transaction as handed to the callback: valid only during the call. */
struct txn {
	struct str qid, host;   /* queue id, logging host */
	struct str client_host; /* the relay= of from= (or of AUTH) */
	struct ip client_ip;
	bool has_client_ip;
	bool has_auth, has_from;
	/*
	 * The AUTH was not logged with this queue id but by the same SMTP session
	 * (same host and pid, same client address, at most TXN_SESSION_WINDOW
	 * seconds before the from= line): sendmail logs AUTH once per session,
	 * with the first message's queue id or none, so a second message sent in
	 * the same session gets its login from there.
	 */
	bool auth_from_session;
	struct str auth_user, auth_mech; /* from AUTH=server ... authid=, mech= */
	uint32_t auth_failures;          /* AUTH failure lines with this queue id */
	struct str mail_from;            /* envelope sender; "<>" for the null sender */
	struct str msgid, proto;
	uint64_t size;
	uint32_t nrcpts;  /* as the from= line says */
	uint32_t rejects; /* reject lines with this queue id (refused RCPT, milter) */
	const struct txn_rcpt *rcpts;
	size_t nrcpt;
	uint32_t rcpts_dropped; /* recipients beyond TXN_RCPTS_MAX */
	int64_t first_ts, last_ts;
	struct evref ref_first, ref_auth, ref_from; /* lines of the first record, AUTH, from= */
	enum txn_end end;
	bool truncated; /* some text did not fit its slot and was cut */
};

struct txn_stats {
	uint64_t opened, completed, flushed, evicted;
	uint64_t rcpts_dropped; /* over all transactions */
	uint64_t ignored;       /* events fed without a queue id or of another kind */
	size_t open;            /* now */
	size_t max_open;
};

struct txn_table;

/*
 * A table keeping at most max_open open transactions (0: TXN_OPEN_DEFAULT;
 * capped at TXN_OPEN_MAX). on_txn receives every transaction that ends; what it
 * is given lives only during the call.
 */
struct txn_table *txn_new(size_t max_open, void (*on_txn)(void *ctx, const struct txn *t),
			  void *ctx);
/* Account for one event (its slices need to live only during the call). */
void txn_feed(struct txn_table *t, const struct event *ev);
/* Hand every open transaction to the callback (oldest first), ended as flushed. */
void txn_flush(struct txn_table *t);
struct txn_stats txn_stats(const struct txn_table *t);
/* Free the table; open transactions are dropped (call txn_flush first to see them). */
void txn_free(struct txn_table *t);
const char *txn_rcpt_status_name(enum txn_rcpt_status s);
const char *txn_end_name(enum txn_end e);

#endif
