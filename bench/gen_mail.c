/*
 * gen_mail.c - the mail servers' lines for retrace-bench-gen: Postfix on mx1
 * (inbound mail delivered over LMTP to imap1, submission with SASL, DNSBL and
 * unknown-user refusals, scanners, deferrals and bounces with their
 * non-delivery notifications), sendmail on mail2 (inbound, AUTH submission,
 * check_relay/check_rcpt refusals, DSNs) and Dovecot on imap1 (IMAP/POP3
 * sessions, LMTP deliveries, failed logins as the passdb and the login
 * process each log them). Formats follow Postfix 3.7, sendmail 8.17 and
 * Dovecot 2.3 as Debian 12 logs them (see ../shared/conformance for samples).
 *
 * A message's story is told over several lines and, for Postfix, over two
 * moments: the acceptance now and the delivery in a task a second or two
 * later, so other lines interleave as they do in real logs. Recipients and
 * outcomes of a message are derived from a seed kept in the task, not stored.
 */
#include <string.h>

#include "gen.h"

enum outcome { OC_SENT, OC_DEFERRED, OC_BOUNCED, OC_SPAMREJ };

static const char *const dnsbl[] = {"zen.spamhaus.org", "b.barracudacentral.org", "bl.spamcop.net"};

static char *put_hex(char *d, uint64_t v, int n)
{
	for (int i = n - 1; i >= 0; i--, v >>= 4)
		d[i] = "0123456789abcdef"[v & 15];
	return d + n;
}

/* An external person's address derived from h ("first.last@domain"); *e its domain. */
static char *put_ext_addr(char *d, uint64_t h, uint32_t *e)
{
	uint64_t h2 = mix64(h ^ 0x5eed);
	*e = hash_below(mix64(h ^ 0xe1), NEXT_RCPT);
	return putf(d, "%s.%s@%s", gen_given[hash_below(h2, 26)],
		    gen_surname[hash_below(mix64(h2), 40)], gen_exts[*e].domain);
}

/* "name[ip]" of a peer: an external domain's server k, or "unknown[ip]" when e < 0. */
static char *put_peer(char *d, int e, uint32_t k, uint32_t ip)
{
	if (e < 0)
		return putf(d, "unknown[%I]", ip);
	return putf(d, "%s%u%s[%I]", gen_exts[e].in_pre, 10 + k, gen_exts[e].in_suf, ip);
}

/* "<hex.hex@domain>" message-id derived from v. */
static char *put_msgid(char *d, uint64_t v, const char *domain)
{
	*d++ = '<';
	d = put_hex(d, mix64(v), 16);
	*d++ = '.';
	d = put_hex(d, mix64(v ^ 0xabc), 8);
	return putf(d, "@%s>", domain);
}

static char *put_session(char *d, uint64_t s)
{
	d = put_b64(d, s, 10);
	return put_b64(d, s >> 20, 6);
}

/* Postfix's ", delay=T, delays=a/b/c/d" (seconds with two decimals). */
static char *put_delays(struct gen *g, char *d)
{
	uint32_t v[4] = {rng_range(&g->r, 5, 90), rng_below(&g->r, 3), rng_range(&g->r, 1, 40),
			 rng_range(&g->r, 2, 300)};
	uint32_t tot = v[0] + v[1] + v[2] + v[3];
	d = putf(d, ", delay=%u.", tot / 100);
	d = put_u0(d, tot % 100, 2);
	for (int i = 0; i < 4; i++) {
		d = putf(d, i ? "/%u." : ", delays=%u.", v[i] / 100);
		d = put_u0(d, v[i] % 100, 2);
	}
	return d;
}

/* ---- Postfix (mx1) ------------------------------------------------------- */

static uint64_t qid_new(struct gen *g)
{
	/* an odd multiplier permutes the 44-bit space: ids are unique */
	return (++g->qid_ctr * 0x9E3779B97F4Bu + 0x5A17C3u) & 0xFFFFFFFFFFFu;
}

/* One mx1 line; fmt's verbs are %Q (q) then, if it has one, %s (text). */
static void pf_line(struct gen *g, int64_t t, const char *prog, uint32_t pid, const char *fmt,
		    uint64_t q, const char *text)
{
	char *d = line_begin(g, t, H_MX1, prog, pid);
	line_end(g, putf(d, fmt, q, text), CAT_POSTFIX);
}

static void pf_connect(struct gen *g, int64_t t, const char *smtpd, uint32_t spid, int e,
		       uint32_t k, uint32_t ip, const char *tail)
{
	char *d = line_begin(g, t, H_MX1, smtpd, spid);
	d = put_peer(putf(d, tail ? "disconnect from " : "connect from "), e, k, ip);
	line_end(g, putf(d, "%s", tail ? tail : ""), CAT_POSTFIX);
}

/*
 * The lines of a message smtpd accepted: client (with the SASL login when
 * sasl_user >= 0), cleanup's message-id, qmgr's envelope sender.
 */
static void pf_accept(struct gen *g, int64_t t, const char *smtpd, uint32_t spid, uint64_t q, int e,
		      uint32_t k, uint32_t ip, int sasl_user, const char *from, uint64_t mid,
		      const char *mid_dom, uint32_t nrcpt)
{
	char *d = line_begin(g, t, H_MX1, smtpd, spid);
	d = put_peer(putf(d, "%Q: client=", q), e, k, ip);
	if (sasl_user >= 0)
		d = putf(d, ", sasl_method=%s, sasl_username=%s", sasl_user % 3 ? "PLAIN" : "LOGIN",
			 g->user[sasl_user].login);
	line_end(g, d, CAT_POSTFIX);
	d = line_begin(g, t, H_MX1, "postfix/cleanup", pool_pid(g, H_MX1, P_CLEANUP, 100));
	line_end(g, put_msgid(putf(d, "%Q: message-id=", q), mid, mid_dom), CAT_POSTFIX);
	d = line_begin(g, t, H_MX1, "postfix/qmgr", g->host[H_MX1].qmgr_pid);
	d = putf(d, "%Q: from=<%s>, size=%u, nrcpt=%u (queue active)", q, from,
		 rng_range(&g->r, 1800, *from ? 180000 : 9000), nrcpt);
	line_end(g, d, CAT_POSTFIX);
}

/* Dovecot's side of an LMTP delivery from mx1. */
static void dc_lmtp(struct gen *g, int64_t t, uint32_t u, uint64_t mid, const char *mid_dom)
{
	uint32_t pid = host_newpid(g, H_IMAP1);
	char *d = line_begin(g, t, H_IMAP1, "dovecot", 0);
	line_end(g, putf(d, "lmtp(%u): Connect from 10.0.0.10", pid), CAT_DOVECOT);
	d = line_begin(g, t, H_IMAP1, "dovecot", 0);
	d = put_session(putf(d, "lmtp(%s)<%u><", g->user[u].login, pid), mix64(mid ^ 7));
	d = put_msgid(putf(d, ">: msgid="), mid, mid_dom);
	line_end(g, putf(d, ": saved mail to INBOX"), CAT_DOVECOT);
	d = line_begin(g, t, H_IMAP1, "dovecot", 0);
	line_end(g, putf(d, "lmtp(%u): Disconnect from 10.0.0.10: Logged out (state=READY)", pid),
		 CAT_DOVECOT);
}

static void pf_local_delivery(struct gen *g, int64_t t, uint64_t q, uint32_t u, uint64_t mid,
			      const char *mid_dom)
{
	const char *login = g->user[u].login;
	char *d = line_begin(g, t, H_MX1, "postfix/lmtp", pool_pid(g, H_MX1, P_LMTP, 100));
	d = putf(d, "%Q: to=<%s@" DOMAIN ">, relay=imap1." DOMAIN "[10.0.0.12]:24", q, login);
	d = put_delays(g, d);
	d = putf(d, ", dsn=2.0.0, status=sent (250 2.0.0 <%s@" DOMAIN "> ", login);
	d = put_b64(put_b64(d, rng_next(&g->r), 10), rng_next(&g->r), 10);
	line_end(g, putf(d, " Saved)"), CAT_POSTFIX);
	dc_lmtp(g, t, u, mid, mid_dom);
	pf_line(g, t, "postfix/qmgr", g->host[H_MX1].qmgr_pid, "%Q: removed", q, "");
}

void pf_inbound(struct gen *g, int64_t t, uint32_t e, uint32_t u, bool null_sender)
{
	uint32_t k = rng_below(&g->r, EXT_HOSTS), ip = ext_ip(e, k);
	uint32_t spid = pool_pid(g, H_MX1, P_SMTPD, 100);
	uint64_t q = qid_new(g), mid = rng_next(&g->r);
	char from[80] = "";
	if (!null_sender)
		*putf(from, "%s.%s@%s", gen_given[rng_below(&g->r, 26)],
		      gen_surname[rng_below(&g->r, 40)], gen_exts[e].domain) = '\0';
	pf_connect(g, t, "postfix/smtpd", spid, (int)e, k, ip, NULL);
	pf_accept(g, t, "postfix/smtpd", spid, q, (int)e, k, ip, -1, from, mid, gen_exts[e].domain,
		  1);
	pf_connect(g, t, "postfix/smtpd", spid, (int)e, k, ip,
		   " ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7");
	task_at(g, t + rng_below(&g->r, 3), T_PF_DELIVER, q, u, (uint32_t)(mid >> 32),
		(uint32_t)mid, 0x80000000u | e);
}

/* One recipient's outcome: deterministic from the message and the index. */
static enum outcome rcpt_outcome(uint64_t rseed, uint32_t i, enum profile p)
{
	uint32_t v = hash_below(mix64(rseed + i * 0x51ed27u), 1000);
	if (p == PR_BENIGN)
		return v < 970 ? OC_SENT : v < 990 ? OC_DEFERRED : OC_BOUNCED;
	return v < 650 ? OC_SENT : v < 850 ? OC_BOUNCED : v < 950 ? OC_DEFERRED : OC_SPAMREJ;
}

/* The sender non-delivery notification of q to local user u, delivered at once. */
static void pf_bounce_notice(struct gen *g, int64_t t, uint64_t q, uint32_t u)
{
	uint64_t q2 = qid_new(g), mid = rng_next(&g->r);
	char *d = line_begin(g, t, H_MX1, "postfix/bounce", host_newpid(g, H_MX1));
	line_end(g, putf(d, "%Q: sender non-delivery notification: %Q", q, q2), CAT_POSTFIX);
	d = line_begin(g, t, H_MX1, "postfix/cleanup", pool_pid(g, H_MX1, P_CLEANUP, 100));
	d = putf(d, "%Q: message-id=<%U.%Q@mx1." DOMAIN ">", q2,
		 (uint64_t)t * 1000 + rng_below(&g->r, 1000), q2);
	line_end(g, d, CAT_POSTFIX);
	d = line_begin(g, t, H_MX1, "postfix/qmgr", g->host[H_MX1].qmgr_pid);
	d = putf(d, "%Q: from=<>, size=%u, nrcpt=1 (queue active)", q2,
		 rng_range(&g->r, 2500, 9000));
	line_end(g, d, CAT_POSTFIX);
	pf_local_delivery(g, t, q2, u, mid, "mx1." DOMAIN);
}

/* One outbound recipient's line; true when the message must wait for a retry. */
static bool pf_deliver_rcpt(struct gen *g, int64_t t, uint64_t q, uint64_t rseed, uint32_t i,
			    enum outcome oc)
{
	uint32_t e;
	char addr[96];
	*put_ext_addr(addr, rseed + i, &e) = '\0';
	const char *mx = gen_exts[e].mx;
	char *d = line_begin(g, t, H_MX1, "postfix/smtp", pool_pid(g, H_MX1, P_SMTP, 100));
	d = putf(d, "%Q: to=<%s>, relay=%s[%I]:25", q, addr, mx,
		 ext_ip(e, (uint32_t)(rseed >> 8) + i));
	d = put_delays(g, d);
	switch (oc) {
	case OC_SENT:
		d = put_b64(putf(d, ", dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as "),
			    rng_next(&g->r), 10);
		d = putf(d, ")");
		break;
	case OC_DEFERRED:
		d = putf(d,
			 ", dsn=4.7.1, status=deferred (host %s said: 450 4.7.1 <%s>: Recipient "
			 "address rejected: Greylisted, try again later (in reply to RCPT TO "
			 "command))",
			 mx, addr);
		break;
	case OC_BOUNCED:
		d = putf(d,
			 ", dsn=5.1.1, status=bounced (host %s said: 550 5.1.1 <%s>: Recipient "
			 "address rejected: User unknown in virtual mailbox table (in reply to "
			 "RCPT TO command))",
			 mx, addr);
		break;
	case OC_SPAMREJ:
		d = putf(d,
			 ", dsn=5.7.1, status=bounced (host %s said: 550 5.7.1 Message rejected "
			 "as spam by Content Filtering. (in reply to end of DATA command))",
			 mx);
		break;
	}
	line_end(g, d, CAT_POSTFIX);
	return oc == OC_DEFERRED;
}

/*
 * A delivery task: T_PF_DELIVER with d's top bit set delivers an inbound
 * message (x: qid, a: user, b:c message-id seed, d: domain) to imap1; else it
 * delivers outbound message x of user a to d & 255 external recipients
 * (b:c their seed, d >> 8 the profile). T_PF_RETRY delivers the deferred ones.
 * A bounced recipient makes a notification to the sender; a deferred one a
 * retry 5-30 minutes later, and qmgr removes the message when all are done.
 */
void pf_deliver_task(struct gen *g, const struct task *tk)
{
	uint64_t v = ((uint64_t)tk->b << 32) | tk->c, q = tk->x;
	if (tk->kind == T_PF_DELIVER && (tk->d & 0x80000000u)) {
		pf_local_delivery(g, tk->t, q, tk->a, v, gen_exts[tk->d & 0xffff].domain);
		return;
	}
	bool retry = tk->kind == T_PF_RETRY, deferred = false;
	uint32_t n = tk->d & 255;
	enum profile p = (enum profile)(tk->d >> 8);
	for (uint32_t i = 0; i < n; i++) {
		enum outcome oc = rcpt_outcome(v, i, p);
		if (retry && oc != OC_DEFERRED)
			continue;
		deferred |= pf_deliver_rcpt(g, tk->t, q, v, i, retry ? OC_SENT : oc);
		if (oc == OC_BOUNCED || oc == OC_SPAMREJ)
			pf_bounce_notice(g, tk->t, q, tk->a);
	}
	if (deferred) {
		task_at(g, tk->t + rng_range(&g->r, 300, 1800), T_PF_RETRY, q, tk->a, tk->b, tk->c,
			tk->d);
		return;
	}
	pf_line(g, tk->t, "postfix/qmgr", g->host[H_MX1].qmgr_pid, "%Q: removed", q, "");
}

void pf_submit(struct gen *g, int64_t t, uint32_t u, uint32_t ip, uint32_t n, enum profile p)
{
	const char *smtpd = "postfix/submission/smtpd";
	uint32_t spid = pool_pid(g, H_MX1, P_SUBMIT, 50);
	uint64_t q = qid_new(g), mid = rng_next(&g->r), rseed = rng_next(&g->r);
	char from[40];
	*putf(from, "%s@" DOMAIN, g->user[u].login) = '\0';
	pf_connect(g, t, smtpd, spid, -1, 0, ip, NULL);
	pf_accept(g, t, smtpd, spid, q, -1, 0, ip, (int)u, from, mid, DOMAIN, n);
	pf_connect(g, t, smtpd, spid, -1, 0, ip,
		   " ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=8");
	task_at(g, t + rng_range(&g->r, 0, 2), T_PF_DELIVER, q, u, (uint32_t)(rseed >> 32),
		(uint32_t)rseed, n | ((uint32_t)p << 8));
}

void pf_auth_fail(struct gen *g, int64_t t, const char *name, bool full, uint32_t ip)
{
	const char *smtpd = "postfix/submission/smtpd";
	uint32_t spid = pool_pid(g, H_MX1, P_SUBMIT, 50);
	pf_connect(g, t, smtpd, spid, -1, 0, ip, NULL);
	char *d = line_begin(g, t, H_MX1, smtpd, spid);
	d = putf(d,
		 "warning: unknown[%I]: SASL LOGIN authentication failed: UGFzc3dvcmQ6, "
		 "sasl_username=%s%s",
		 ip, name, full ? "@" DOMAIN : "");
	line_end(g, d, CAT_POSTFIX);
	d = line_begin(g, t, H_MX1, smtpd, spid);
	line_end(g, putf(d, "lost connection after AUTH from unknown[%I]", ip), CAT_POSTFIX);
	pf_connect(g, t, smtpd, spid, -1, 0, ip, " ehlo=1 auth=0/1 commands=1/2");
}

static void pf_reject(struct gen *g, int64_t t)
{
	uint32_t ip = noise_ip(&g->r), spid = pool_pid(g, H_MX1, P_SMTPD, 100);
	uint32_t k = rng_below(&g->r, 100);
	pf_connect(g, t, "postfix/smtpd", spid, -1, 0, ip, NULL);
	char *d = line_begin(g, t, H_MX1, "postfix/smtpd", spid);
	d = putf(d, "NOQUEUE: reject: RCPT from unknown[%I]: ", ip);
	if (k < 55)
		d = putf(d, "554 5.7.1 Service unavailable; Client host [%I] blocked using %s; ",
			 ip, dnsbl[rng_below(&g->r, 3)]);
	else if (k < 80)
		d = putf(d, "450 4.7.1 Client host rejected: cannot find your hostname, [%I]; ",
			 ip);
	else if (k < 95)
		d = putf(d,
			 "550 5.1.1 <%s@" DOMAIN ">: Recipient address rejected: User unknown in "
			 "local recipient table; ",
			 gen_given[rng_below(&g->r, 26)]);
	else
		d = putf(d, "554 5.7.1 <info@%s>: Relay access denied; ",
			 gen_exts[rng_below(&g->r, NEXT_RCPT)].domain);
	d = putf(d, "from=<");
	d = put_b64(d, rng_next(&g->r) & 0x0F0F0F0F0F0Fu, 7);
	d = put_hex(putf(d, "@"), rng_next(&g->r), 6);
	d = putf(d, ".top> to=<%s@" DOMAIN "> proto=ESMTP helo=<",
		 g->user[rng_below(&g->r, NUSERS)].login);
	d = put_hex(d, rng_next(&g->r), 8);
	line_end(g, putf(d, ".example.net>"), CAT_POSTFIX);
	pf_connect(g, t, "postfix/smtpd", spid, -1, 0, ip,
		   " ehlo=1 mail=1 rcpt=0/1 rset=1 quit=1 commands=4/5");
}

/* Scanners and broken clients: connections that never get to MAIL. */
static void pf_noise(struct gen *g, int64_t t)
{
	static const char *const after[] = {"CONNECT", "EHLO", "STARTTLS", "RSET"};
	uint32_t ip = noise_ip(&g->r), spid = pool_pid(g, H_MX1, P_SMTPD, 100);
	uint32_t k = rng_below(&g->r, 100);
	char *d;
	if (k < 8) {
		d = line_begin(g, t, H_MX1, "postfix/anvil", g->host[H_MX1].anvil_pid);
		d = putf(d, "statistics: max connection rate 2/60s for (smtp:%I) at ", ip);
		memcpy(d, stamp_of(g, t > 600 ? t - 600 : t), 15);
		line_end(g, d + 15, CAT_POSTFIX);
		return;
	}
	pf_connect(g, t, "postfix/smtpd", spid, -1, 0, ip, NULL);
	if (k < 40) {
		d = line_begin(g, t, H_MX1, "postfix/smtpd", spid);
		line_end(g, putf(d, "SSL_accept error from unknown[%I]: lost connection", ip),
			 CAT_POSTFIX);
	}
	d = line_begin(g, t, H_MX1, "postfix/smtpd", spid);
	d = putf(d, "lost connection after %s from unknown[%I]", after[rng_below(&g->r, 4)], ip);
	line_end(g, d, CAT_POSTFIX);
	pf_connect(g, t, "postfix/smtpd", spid, -1, 0, ip, " ehlo=1 commands=1");
}

/* A user picked for sending mail: heavy senders three times as often. */
static uint32_t pick_sender(struct gen *g)
{
	for (;;) {
		uint32_t u = rng_below(&g->r, NUSERS);
		if (g->user[u].heavy || rng_below(&g->r, 3) == 0)
			return u;
	}
}

static uint32_t user_ip(const struct gen *g, uint32_t u)
{
	return g->user[u].remote ? g->user[u].home_ip : g->user[u].ws_ip;
}

void bg_postfix(struct gen *g, int64_t t)
{
	uint32_t k = rng_below(&g->r, 100);
	if (k < 52) {
		pf_inbound(g, t, rng_below(&g->r, NEXT), rng_below(&g->r, NUSERS), false);
	} else if (k < 68) {
		uint32_t u = pick_sender(g);
		pf_submit(g, t, u, user_ip(g, u), rng_pct(&g->r, 80) ? 1 : rng_range(&g->r, 2, 3),
			  PR_BENIGN);
	} else if (k < 84) {
		pf_reject(g, t);
	} else {
		pf_noise(g, t);
	}
}

/* ---- sendmail (mail2) ---------------------------------------------------- */

/* A sendmail queue id: six base-60 characters of the time, two of sequence, the pid. */
static char *put_smqid(struct gen *g, char *d, int64_t t, uint32_t pid)
{
	static const char b60[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx";
	int64_t y, m, dd, s = t % 86400;
	civil_from_days(t / 86400, &y, &m, &dd);
	int64_t v[8] = {
		(y - 1900) % 60,     m - 1, dd, s / 3600, s / 60 % 60, s % 60, rng_below(&g->r, 60),
		rng_below(&g->r, 60)};
	for (int i = 0; i < 8; i++)
		*d++ = b60[v[i]];
	d = put_u0(d, pid % 1000000, 6);
	*d = '\0';
	return d;
}

static char *sm_begin(struct gen *g, int64_t t, uint32_t pid, const char *qid)
{
	return putf(line_begin(g, t, H_MAIL2, "sm-mta", pid), "%s: ", qid);
}

void sm_inbound(struct gen *g, int64_t t, uint32_t e, uint32_t u, bool null_sender)
{
	uint32_t pid = host_newpid(g, H_MAIL2), k = rng_below(&g->r, EXT_HOSTS);
	uint32_t size = rng_range(&g->r, 1500, 90000), ip = ext_ip(e, k);
	const struct ext *x = &gen_exts[e];
	char qid[16], *d;
	put_smqid(g, qid, t, pid);
	if (rng_pct(&g->r, 60)) {
		d = putf(sm_begin(g, t, pid, qid), "STARTTLS=server, relay=%s%u%s [%I], ",
			 x->in_pre, 10 + k, x->in_suf, ip);
		d = putf(d, "version=TLSv1.3, verify=NO, cipher=TLS_AES_256_GCM_SHA384, "
			    "bits=256/256");
		line_end(g, d, CAT_SENDMAIL);
	}
	d = sm_begin(g, t, pid, qid);
	d = putf(d, "from=<%s%s%s>, size=%u, class=0, nrcpts=1, msgid=",
		 null_sender ? "" : gen_given[rng_below(&g->r, 26)], null_sender ? "" : "@",
		 null_sender ? "" : x->domain, size);
	d = put_msgid(d, rng_next(&g->r), x->domain);
	d = putf(d, ", bodytype=8BITMIME, proto=ESMTPS, daemon=MTA, relay=%s%u%s [%I]", x->in_pre,
		 10 + k, x->in_suf, ip);
	line_end(g, d, CAT_SENDMAIL);
	d = sm_begin(g, t, host_newpid(g, H_MAIL2), qid);
	d = putf(d,
		 "to=<%s@" DOMAIN ">, delay=00:00:0%u, xdelay=00:00:00, mailer=local, pri=%u, "
		 "dsn=2.0.0, stat=Sent",
		 g->user[u].login, rng_below(&g->r, 4), 30000 + size);
	line_end(g, d, CAT_SENDMAIL);
}

/* One recipient's to= line; a bounce makes sendmail's DSN to the sender, delivered locally. */
static void sm_deliver_rcpt(struct gen *g, int64_t t, uint32_t dpid, const char *qid, uint32_t u,
			    uint64_t rseed, uint32_t i, uint32_t size, enum outcome oc)
{
	static const char *const stat[] = {"",
					   "dsn=4.7.1, stat=Deferred: 450 4.7.1 Greylisted, "
					   "try again later",
					   "dsn=5.1.1, stat=User unknown",
					   "dsn=5.7.1, stat=Service unavailable"};
	uint32_t e, secs = rng_range(&g->r, 1, 4);
	char addr[96];
	*put_ext_addr(addr, rseed + i, &e) = '\0';
	char *d = sm_begin(g, t, dpid, qid);
	d = putf(d,
		 "to=<%s>, delay=00:00:0%u, xdelay=00:00:0%u, mailer=esmtp, pri=%u, relay=%s. "
		 "[%I], ",
		 addr, secs, rng_below(&g->r, secs + 1), 120000 + size, gen_exts[e].mx,
		 ext_ip(e, (uint32_t)(rseed >> 8) + i));
	if (oc == OC_SENT)
		d = putf(put_b64(putf(d, "dsn=2.0.0, stat=Sent ("), rng_next(&g->r), 8),
			 " Message accepted for delivery)");
	else
		d = putf(d, "%s", stat[oc]);
	line_end(g, d, CAT_SENDMAIL);
	if (oc != OC_BOUNCED && oc != OC_SPAMREJ)
		return;
	char q2[16];
	put_smqid(g, q2, t, dpid);
	d = sm_begin(g, t, dpid, qid);
	line_end(g,
		 putf(d, "%s: DSN: %s", q2,
		      oc == OC_BOUNCED ? "User unknown" : "Service unavailable"),
		 CAT_SENDMAIL);
	d = sm_begin(g, t, dpid, q2);
	d = putf(d,
		 "to=<%s@" DOMAIN ">, delay=00:00:00, xdelay=00:00:00, mailer=local, pri=%u, "
		 "dsn=2.0.0, stat=Sent",
		 g->user[u].login, 30000 + rng_range(&g->r, 2000, 9000));
	line_end(g, d, CAT_SENDMAIL);
}

void sm_submit(struct gen *g, int64_t t, uint32_t u, uint32_t ip, uint32_t n, enum profile p)
{
	uint32_t pid = host_newpid(g, H_MAIL2), size = rng_range(&g->r, 1500, 60000);
	uint64_t rseed = rng_next(&g->r);
	char qid[16];
	put_smqid(g, qid, t, pid);
	char *d = sm_begin(g, t, pid, qid);
	d = putf(d, "AUTH=server, relay=[%I], authid=%s, mech=LOGIN, bits=0", ip, g->user[u].login);
	line_end(g, d, CAT_SENDMAIL);
	d = sm_begin(g, t, pid, qid);
	d = putf(d, "from=<%s@" DOMAIN ">, size=%u, class=0, nrcpts=%u, msgid=", g->user[u].login,
		 size, n);
	d = put_msgid(d, rng_next(&g->r), "mail2." DOMAIN);
	line_end(g, putf(d, ", bodytype=8BITMIME, proto=ESMTPA, daemon=MTA, relay=[%I]", ip),
		 CAT_SENDMAIL);
	uint32_t dpid = host_newpid(g, H_MAIL2);
	for (uint32_t i = 0; i < n; i++)
		sm_deliver_rcpt(g, t, dpid, qid, u, rseed, i, size, rcpt_outcome(rseed, i, p));
}

void sm_auth_fail(struct gen *g, int64_t t, const char *name, uint32_t ip)
{
	uint32_t pid = host_newpid(g, H_MAIL2);
	char qid[16];
	put_smqid(g, qid, t, pid);
	char *d = sm_begin(g, t, pid, qid);
	d = putf(d,
		 "AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication "
		 "failure: checkpass failed, user=%s, relay=[%I]",
		 name, ip);
	line_end(g, d, CAT_SENDMAIL);
	d = sm_begin(g, t, pid, qid);
	line_end(g, putf(d, "[%I] did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA", ip),
		 CAT_SENDMAIL);
}

static void sm_noise(struct gen *g, int64_t t)
{
	uint32_t pid = host_newpid(g, H_MAIL2), ip = noise_ip(&g->r), k = rng_below(&g->r, 100);
	char qid[16];
	put_smqid(g, qid, t, pid);
	char *d = sm_begin(g, t, pid, qid);
	if (k < 40)
		d = putf(d,
			 "ruleset=check_relay, arg1=[%I], arg2=%I, relay=[%I], reject=550 5.7.1 "
			 "Mail from %I refused - see https://www.spamhaus.org/",
			 ip, ip, ip, ip);
	else if (k < 65)
		d = putf(d,
			 "ruleset=check_rcpt, arg1=<%s@" DOMAIN ">, relay=[%I], reject=550 5.1.1 "
			 "<%s@" DOMAIN ">... User unknown",
			 gen_surname[k % 40], ip, gen_surname[k % 40]);
	else if (k < 90)
		d = putf(d, "[%I] did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA", ip);
	else
		d = putf(d, "lost input channel from [%I] to MTA after rcpt", ip);
	line_end(g, d, CAT_SENDMAIL);
}

void bg_sendmail(struct gen *g, int64_t t)
{
	uint32_t k = rng_below(&g->r, 100);
	if (k < 55) {
		sm_inbound(g, t, rng_below(&g->r, NEXT), rng_below(&g->r, NUSERS), false);
	} else if (k < 75) {
		uint32_t u = pick_sender(g);
		sm_submit(g, t, u, user_ip(g, u), rng_pct(&g->r, 85) ? 1 : 2, PR_BENIGN);
	} else {
		sm_noise(g, t);
	}
}

/* ---- Dovecot (imap1) ----------------------------------------------------- */

static char *put_dc_tail(char *d, const char *user, uint32_t ip, uint32_t mpid, uint64_t sess)
{
	d = putf(d, "user=<%s>, method=PLAIN, rip=%I, lip=10.0.0.12, ", user, ip);
	if (mpid)
		d = putf(d, "mpid=%u, ", mpid);
	return putf(put_session(putf(d, "TLS, session=<"), sess), ">");
}

void dc_login(struct gen *g, int64_t t, uint32_t u, uint32_t ip, bool pop3)
{
	uint32_t mpid = host_newpid(g, H_IMAP1);
	uint64_t sess = rng_next(&g->r);
	char *d = line_begin(g, t, H_IMAP1, "dovecot", 0);
	d = putf(d, "%s-login: Login: ", pop3 ? "pop3" : "imap");
	line_end(g, put_dc_tail(d, g->user[u].login, ip, mpid, sess), CAT_DOVECOT);
	task_at(g, t + rng_range(&g->r, pop3 ? 1 : 30, pop3 ? 5 : 5400), T_DC_LOGOUT, sess, u, mpid,
		pop3, 0);
}

void dc_logout(struct gen *g, int64_t t, uint32_t u, uint32_t mpid, bool pop3, uint64_t sess)
{
	char *d = line_begin(g, t, H_IMAP1, "dovecot", 0);
	d = put_session(putf(d, "%s(%s)<%u><", pop3 ? "pop3" : "imap", g->user[u].login, mpid),
			sess);
	if (pop3) {
		uint32_t n = rng_below(&g->r, 6), sz = n * rng_range(&g->r, 2000, 40000);
		d = putf(d, ">: Disconnected: Logged out top=0/0, retr=%u/%u, del=%u/%u, size=%u",
			 n, sz, n, n, sz);
	} else {
		d = putf(d,
			 ">: Disconnected: Logged out in=%u out=%u deleted=0 expunged=0 trashed=0 "
			 "hdr_count=%u hdr_bytes=%u body_count=%u body_bytes=%u",
			 rng_range(&g->r, 200, 9000), rng_range(&g->r, 1000, 900000),
			 rng_below(&g->r, 40), rng_below(&g->r, 60000), rng_below(&g->r, 8),
			 rng_below(&g->r, 400000));
	}
	line_end(g, d, CAT_DOVECOT);
}

void dc_fail(struct gen *g, int64_t t, const char *name, uint32_t ip)
{
	uint64_t sess = rng_next(&g->r);
	uint32_t wpid = pool_pid(g, H_IMAP1, P_AUTHW, 1000);
	char *d = line_begin(g, t, H_IMAP1, "dovecot", 0);
	d = putf(d,
		 "auth-worker(%u): conn unix:auth-worker (pid=%u,uid=113): auth-worker<%u>: ", wpid,
		 g->host[H_IMAP1].anvil_pid, rng_range(&g->r, 1, 900));
	d = put_session(putf(d, "pam(%s,%I,<", name, ip), sess);
	line_end(g,
		 putf(d,
		      ">): pam_authenticate() failed: Authentication failure (Password mismatch?)"),
		 CAT_DOVECOT);
	d = line_begin(g, t, H_IMAP1, "dovecot", 0);
	d = putf(d,
		 "imap-login: Login aborted: Connection closed (auth failed, 1 attempts in %u "
		 "secs) (auth_failed): ",
		 rng_range(&g->r, 2, 6));
	line_end(g, put_dc_tail(d, name, ip, 0, sess), CAT_DOVECOT);
}

void bg_dovecot(struct gen *g, int64_t t)
{
	uint32_t u = rng_below(&g->r, NUSERS), k = rng_below(&g->r, 10000);
	struct user *U = &g->user[u];
	uint32_t ip = user_ip(g, u);
	/*
	 * A user makes about 30 IMAP/POP3 logins a day. Inside users mistype
	 * about once a week, remote workers about once in three weeks; the
	 * right password follows within a minute.
	 */
	if (k < (U->remote ? 17u : 67u)) {
		dc_fail(g, t, U->login, ip);
		U->mistyped = !U->remote;
		task_at(g, t + rng_range(&g->r, 8, 40), T_DC_RETRY, 0, u, ip, 0, 0);
	} else {
		dc_login(g, t, u, ip, k > 9300);
	}
}
