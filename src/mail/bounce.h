/*
 * bounce.h - is this message a bounce, and what does it say?
 *
 * A bounce (non-delivery report) tells the sender of an earlier message that
 * it could not be delivered. It comes as a standard DSN (RFC 3464:
 * multipart/report with a message/delivery-status part) or as plain text in
 * one of the MTA dialects (sendmail, qmail, Postfix, Exim, Exchange, Gmail,
 * Domino, ...). Auto-replies (RFC 3834, vacation) and ARF feedback reports
 * (RFC 5965) look similar but are not bounces: they get their own kind.
 *
 * From a bounce we extract the failed recipients (address, action, status,
 * SMTP reply code, diagnostic text, remote MTA), the returned original message
 * (Message-ID, From, To, Subject, Date), the reporting MTA, and whether the
 * refusal was about spam or policy. In the seed case the bounces to KIM said
 * "553 blocked Using Master Spam Pattern": a spam/policy refusal of mail that
 * KIM's account had really sent, which is what makes the bounces genuine.
 */
#ifndef RETRACE_MAIL_BOUNCE_H
#define RETRACE_MAIL_BOUNCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/str.h"
#include "mail/message.h"

enum bounce_kind {
	BOUNCE_NONE = 0,  /* an ordinary message */
	BOUNCE_DSN,       /* RFC 3464 delivery status notification */
	BOUNCE_TEXT,      /* a non-delivery report in an MTA's own plain-text dialect */
	BOUNCE_AUTOREPLY, /* RFC 3834 auto-reply / vacation: not a bounce */
	BOUNCE_FEEDBACK,  /* ARF feedback (abuse) report: not a bounce */
};

enum {
	BOUNCE_RCPTS_MAX = 64,         /* recipients kept per report */
	BOUNCE_TEXT_MAX = 256 * 1024,  /* bytes of a decoded part looked at */
	BOUNCE_DIAG_MAX = 1024,        /* bytes of diagnostic text kept per recipient */
	BOUNCE_ORIG_RECEIVED_MAX = 16, /* Received values of the returned original kept */
};

/* Where the returned original's headers were found. */
enum bounce_orig_source {
	BOUNCE_ORIG_NONE = 0,
	BOUNCE_ORIG_RFC822,  /* a message/rfc822 part */
	BOUNCE_ORIG_HEADERS, /* a text/rfc822-headers part */
	BOUNCE_ORIG_QUOTED, /* header lines quoted in the text after a "copy of the message" line */
};

struct bounce_rcpt {
	struct str addr;     /* Final-Recipient (or the address the text names), no <> */
	struct str original; /* Original-Recipient, when given */
	struct str action;   /* failed, delayed, delivered, relayed, expanded ("failed" for text) */
	struct str status;   /* RFC 3463 enhanced code "5.7.1", empty if none was given */
	struct str reply_code;   /* SMTP reply "553", empty if none */
	struct str diagnostic;   /* the remote server's text, white space collapsed */
	struct str remote_mta;   /* Remote-MTA host, or the host the text names */
	struct str last_attempt; /* Last-Attempt-Date as written */
	bool spam_policy; /* the diagnostic speaks of spam, blocking or policy (or status X.7.X) */
};

struct bounce_original {
	enum bounce_orig_source source;
	struct str message_id; /* without <> */
	struct str from, to, subject, date;
	int64_t date_epoch;
	bool has_date;
	/*
	 * The returned original's own Received values (newest first), when the
	 * bounce returned them: they tell whether the original ever passed
	 * through our servers, which decides genuine vs backscatter when no MTA
	 * log is at hand.
	 */
	struct str received[BOUNCE_ORIG_RECEIVED_MAX];
	size_t nreceived;
};

struct bounce {
	enum bounce_kind kind;
	struct str reporting_mta; /* Reporting-MTA host, or the host the text names */
	struct str arrival_date;  /* Arrival-Date as written */
	struct bounce_rcpt *rcpts;
	size_t nrcpts;
	struct bounce_original orig;
	bool spam_policy;         /* any recipient's refusal was about spam or policy */
	struct str feedback_type; /* ARF Feedback-Type (abuse, fraud, ...) */
	struct str evidence;      /* what decided the kind, for the report ("qmail-send text") */
};

/*
 * Decide what m is and extract the report. raw must be the bytes m was parsed
 * from: the MIME parts are read by parsing raw again with GMime (message_parse
 * keeps only headers), every result is copied into arena a, and GMime objects
 * are freed before return. Always fills *out (kind BOUNCE_NONE for ordinary
 * mail) and returns 0; -1 only if raw cannot be read as a message at all.
 */
int bounce_analyze(const struct message *m, struct str raw, struct arena *a, struct bounce *out,
		   struct diag *d);

/* "none", "dsn", "text", "autoreply", "feedback" */
const char *bounce_kind_name(enum bounce_kind k);
/* True for BOUNCE_DSN and BOUNCE_TEXT. */
bool bounce_is_bounce(enum bounce_kind k);

#endif
