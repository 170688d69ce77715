/*
 * bounce_int.h - shared between bounce.c (MIME walk, DSN fields, the
 * decision) and bounce_text.c (the plain-text dialects). Not a public header.
 */
#ifndef RETRACE_MAIL_BOUNCE_INT_H
#define RETRACE_MAIL_BOUNCE_INT_H

#include "mail/bounce.h"

/* Addresses that cannot be the failed recipient: the bounce's own sender and
 * addressee (the original sender), the original From. */
struct bounce_exclude {
	struct str v[16];
	size_t n;
};

void bounce_exclude_add(struct bounce_exclude *x, struct str addr);
bool bounce_exclude_has(const struct bounce_exclude *x, struct str addr);

/*
 * Split a notification text at the line that introduces the returned message
 * ("--- Below this line is a copy of the message.", "----- Original message
 * -----", "Message headers follow."): returns the text before it and sets
 * *returned to the text after it (empty when there is no such line).
 */
struct str btext_split(struct str text, struct str *returned);

/* How strongly m and its notice text look like a bounce; 0 = not at all.
 * *evidence names the strongest sign. */
int btext_bounce_score(const struct message *m, struct str notice, struct str *evidence);
/* RFC 3834 auto-reply / vacation signs in the headers. */
bool btext_is_autoreply(const struct message *m, struct str *evidence);

/*
 * Failed recipients named by a plain-text notice, with the per-recipient text
 * block, codes and diagnostics. Appends to b->rcpts (capacity
 * BOUNCE_RCPTS_MAX, already allocated). Addresses in x (the bounce's own
 * parties) are never taken. Returns true when the addresses led their lines
 * (a list of recipients), false for a guess from prose.
 */
bool btext_recipients(struct arena *a, struct str notice, const struct bounce_exclude *x,
		      struct bounce *b);
/* Fill status / reply code / spam flag of r from text when r lacks them. */
void btext_codes(struct str text, struct bounce_rcpt *r);
/* Original-message header lines quoted in text ("Message-ID: <...>" ...). */
void btext_quoted_original(struct arena *a, struct str text, struct bounce_original *o);
/* The host a text dialect names as the reporting MTA ("qmail-send program at x"). */
struct str btext_reporting_mta(struct str notice);
/* White space collapsed to single spaces, trimmed, capped at max bytes. */
struct str btext_collapse(struct arena *a, struct str s, size_t max);
/* Does this diagnostic speak of spam, blocking or policy? */
bool btext_spam_policy(struct str diagnostic, struct str status);

/* Keep one Received value of the returned original (ignored past the cap). */
void borig_add_received(struct arena *a, struct bounce_original *o, struct str value);

#endif
