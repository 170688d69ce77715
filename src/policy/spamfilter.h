/*
 * spamfilter.h - spam-filter block patterns (IP, sender, subject), as the
 * security officer in the seed case entered them, and matching mail against
 * them.
 *
 * A pattern matches when every non-empty field matches: the IP exactly or by
 * CIDR/range; the sender as a whole address, case-insensitively ("@xx1.com"
 * or "*@xx1.com" match the whole domain); the subject as a case-insensitive
 * substring. Empty, "*" and "any" fields are wildcards; a pattern with no
 * field at all is refused when loading (it would block all mail).
 */
#ifndef RETRACE_POLICY_SPAMFILTER_H
#define RETRACE_POLICY_SPAMFILTER_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/ip.h"
#include "base/str.h"

struct spam_pattern {
	struct ip_range ip;
	bool has_ip;
	struct str ip_text, sender, subject; /* sender without <>; empty = wildcard */
	long line;
};

struct spam_patterns {
	struct spam_pattern *v; /* file order */
	size_t n;
	size_t rows, skipped;
};

/*
 * Read a pattern CSV (columns ip, sender, subject; any subset, at least one).
 * Every bad row is reported as file:line and skipped. Returns 0, or -1 when
 * the header names none of the columns or no pattern could be read.
 */
int spamfilter_load_csv(struct spam_patterns *out, struct arena *a, struct str buf,
			const char *file, struct diag *d);
/* Header score of the first line(s), 0 unless a sender or subject column is named. */
int spamfilter_sniff(struct str head);
/*
 * Index of the first pattern matching the message, or -1. ip may be NULL
 * (unknown: patterns with an IP do not match); sender may be a bare address,
 * "<addr>" or "Name <addr>".
 */
int spamfilter_match(const struct spam_patterns *sp, const struct ip *ip, struct str sender,
		     struct str subject);
/* Pattern k alone matches the message (as spamfilter_match); false if k is out of range. */
bool spamfilter_match_one(const struct spam_patterns *sp, size_t k, const struct ip *ip,
			  struct str sender, struct str subject);

#endif
