/*
 * auth.h - who logged in to what, from where: per (account, source address)
 * and per source address statistics over EV_AUTH events of every service
 * (SMTP AUTH, sshd, dovecot, PAM).
 *
 * State is bounded by AUTH_PAIRS_MAX and AUTH_SOURCES_MAX; events beyond the
 * caps are counted in `dropped`. Failure times per source are kept in a
 * bounded ring so slow guessing (under per-minute thresholds) can be measured.
 */
#ifndef RETRACE_DETECT_AUTH_H
#define RETRACE_DETECT_AUTH_H

#include "base/arena.h"
#include "base/map.h"
#include "event/event.h"

enum {
	AUTH_PAIRS_MAX = 1 << 20,
	AUTH_SOURCES_MAX = 1 << 20,
	AUTH_FAIL_TIMES = 64,
	AUTH_PAM_RECENT = 16, /* PAM failures remembered to pair with login's own line */
	AUTH_PAM_WINDOW = 10, /* seconds between the two lines of one attempt */
};

/* A PAM module's telnet/login failure line, waiting for login's line about the same attempt. */
struct auth_pam_memo {
	uint64_t key; /* host, pid, account and source, hashed */
	int64_t ts;
	bool used;
};

struct auth_pair {
	struct str account; /* as logged ("" when the log does not name it) */
	struct ip ip;
	bool has_ip;
	enum service service;
	uint32_t ok, fail;
	int64_t first_ok, last_ok, first_fail, last_fail;
	struct evref ref_first_ok, ref_last_ok, ref_first_fail;
	struct str mech; /* of the first success */
};

struct auth_source {
	struct ip ip;
	uint32_t ok, fail;
	uint32_t accounts_tried; /* distinct accounts with failures */
	uint32_t fail_pre_ok;    /* failures before this source's first success (events arrive
				    in time order): guessing looks like this, a user's typo does not */
	int64_t first_fail, last_fail, first_ok;
	struct evref ref_first_fail, ref_first_ok;
	enum service service;             /* of the first failure */
	int64_t fail_ts[AUTH_FAIL_TIMES]; /* first failure times, for rate analysis */
	uint32_t nfail_ts;
};

struct auth_tracker {
	struct arena *a;
	struct map pair_map, src_map;
	struct auth_pair *pairs;
	struct auth_source *srcs;
	size_t npairs, nsrcs, cap_pairs, cap_srcs;
	uint64_t events, dropped;
	uint64_t duplicates; /* login lines repeating an attempt a PAM line already counted */
	struct auth_pam_memo pam_recent[AUTH_PAM_RECENT];
	unsigned pam_next;
};

void auth_init(struct auth_tracker *t, struct arena *a);
/* Account for one event (ignores kinds other than EV_AUTH). */
void auth_feed(struct auth_tracker *t, const struct event *ev);
const struct auth_source *auth_source_of(const struct auth_tracker *t, const struct ip *ip);

#endif
