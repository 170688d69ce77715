/*
 * analyze.h - from what the intake kept to a case: findings that link
 * entities across sources, then the verdict by the named rules of
 * docs/verdicts.md, the timeline, recommendations and limits.
 *
 * The analysis is split by subject (analyze_auth.c, analyze_mail.c,
 * analyze_policy.c) and ends in verdict.c; struct ctx carries what they share.
 */
#ifndef RETRACE_CASE_ANALYZE_H
#define RETRACE_CASE_ANALYZE_H

#include "case/case.h"
#include "ingest/run.h"

/* Thresholds, documented in docs/verdicts.md. */
struct analyze_params {
	uint32_t guess_min_failures;  /* failures from one outside source that make it a guesser */
	uint32_t campaign_min_msgs;   /* external messages from one sender in 24 h */
	int64_t slow_min_span;        /* seconds a slow guesser must keep going */
	uint32_t ips_window_attempts; /* IPS-style threshold: attempts ... */
	int64_t ips_window_secs;      /* ... within this many seconds */
	int64_t bounce_match_secs;    /* how far a bounce may be from the message it answers */
};

void analyze_default_params(struct analyze_params *p);
/* Build the case from the run. */
int case_analyze(struct case_file *c, struct run *r, const struct analyze_params *p);

/* Shared by the analyze_*.c files (internal). */
struct actx {
	struct case_file *c;
	struct run *r;
	const struct analyze_params *p;
	/* per outside login pair (index into r->auth.pairs): signals */
	bool *sender_campaign; /* per r->flow.senders */
	/* results other parts use */
	int n_outside_logins, n_suspicious_logins, n_ssh_compromise;
	struct str login_why[8]; /* "who from where (service); corroboration..." per login */
	int nlogin_why;
	int n_campaigns, n_campaigns_outside;
	int n_bounces, n_bounces_genuine, n_bounces_backscatter, n_bounces_spam_genuine;
	bool have_mta_logs;
	bool bounces_by_chain; /* judged from returned Received chains (no MTA log) */
	bool have_auth_logs_ssh;
};

bool actx_inside(const struct actx *x, const struct ip *ip);
/* The address of an account: itself if it has '@', else learned from mail flows. */
struct str actx_account_address(const struct actx *x, struct str account);
/* Did this account's mail from ip form a campaign (analyze_mail ran first)? */
bool analyze_campaign_from(const struct actx *x, struct str account, const struct ip *ip);
/* Genuine bounces refusing as spam (or by policy) mail the account sent from ip. */
uint32_t analyze_genuine_bounces_from(const struct actx *x, struct str account,
				      const struct ip *ip);
void analyze_auth(struct actx *x);
void analyze_mail(struct actx *x);
void analyze_policy(struct actx *x);
void analyze_verdict(struct actx *x);

#endif
