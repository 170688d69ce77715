/*
 * sendmail.c - the sendmail 8.x decoder (programs sendmail, sm-mta,
 * sm-msp-queue, sm-mta-rx, sm-acceptingconnections and any "sendmail*").
 *
 * A message may start with a queue id ("k1SN9pkK015806: "; 8-32 letters and
 * digits ending in a digit) or "NOQUEUE: "; the id goes to ev->qid. Shapes:
 *
 *   from=<a>, size=176, class=0, nrcpts=1, msgid=<m>, bodytype=8BITMIME, proto=ESMTP,
 *       daemon=MTA, relay=host [1.2.3.4] (may be forged)          -> EV_MAIL_FROM
 *       relay gives src_host/src_ip; "relay=[1.2.3.4]" has no name; "relay=root@localhost"
 *       (local submission) gives src_host "localhost" and user "root". The null sender
 *       "from=<>" keeps mail_from "<>"; other addresses lose their <>.
 *   to=<a>,<b>, ctladdr=, delay=, xdelay=, mailer=, pri=, relay=xx1.com. [1.2.3.4], dsn=,
 *       stat=Sent (...)                                           -> EV_MAIL_TO
 *       relay gives dst_host (trailing dot dropped)/dst_ip; rcpt keeps the list as logged.
 *       outcome SUCCESS for "Sent...", UNKNOWN for "queued"/"quarantined", else FAILURE
 *       (Deferred, User unknown, Host unknown, Service unavailable, ...); dsn says 4.x/5.x.
 *   AUTH=server, relay=[1.2.3.4], authid=KIM, mech=PLAIN, bits=0  -> EV_AUTH SUCCESS, user=authid
 *       (with or without a queue id). "AUTH=client" (we logged in to a smarthost) is
 *       EV_NONE with user, mech and dst filled: it is no login to this server.
 *   AUTH failure (PLAIN): <SASL text>[, user=U], relay=R          -> EV_AUTH FAILURE, mech PLAIN;
 *       the LAST ", relay=" is the client (user= is the client's text and may carry a
 *       forged ", relay=" of its own); user is empty when sendmail did not log it.
 *   PEER: possible SMTP attack: command=AUTH, count=5             -> EV_AUTH FAILURE, count 5
 *       (another command: EV_MAIL_REJECT, reason names it)
 *   ruleset=check_mail|check_rcpt|check_relay|..., arg1=, [arg2=,] relay=, reject=550 ...
 *                                                                 -> EV_MAIL_REJECT
 *       rule_name = ruleset, reason = the reject text, dsn = its enhanced code; arg1 is
 *       mail_from for check_mail, rcpt for check_rcpt; "..., discard" instead of reject=
 *       gives reason "discard". Any key=value line with reject= (milter=..., reject=) is a
 *       reject too (rule_name = its first key), as is "Milter: ..., reject=...".
 *   rejecting commands from PEER due to pre-greeting traffic ...  -> EV_MAIL_REJECT
 *   PEER: EXPN root [rejected] (also VRFY, any case)              -> EV_MAIL_REJECT
 *   <addr>... User unknown / No such user here / any text         -> EV_MAIL_REJECT, rcpt=addr
 *   PEER did not issue MAIL/EXPN/VRFY/ETRN during connection to X -> EV_MAIL_CONNECT FAILURE
 *   lost input channel from PEER to X after Y                      -> EV_MAIL_CONNECT FAILURE
 *   timeout waiting for input from PEER during Y                   -> EV_MAIL_CONNECT FAILURE
 *   tcpwrappers (host, 1.2.3.4) rejection                          -> EV_MAIL_CONNECT FAILURE
 *   connect from PEER                                              -> EV_MAIL_CONNECT SUCCESS
 *   QID2: DSN: text / QID2: return to sender: text / sender notify: / postmaster notify:
 *                                                                 -> EV_NONE, reason = "DSN: text"
 *       The MTA is generating a bounce (queue id QID2) for message QID. Decision: EV_NONE,
 *       because the bounce is a message of its own whose from=<>/to= lines follow under
 *       QID2 and are decoded as such; ev->qid is the original message, reason the notice.
 *   Everything else (STARTTLS=, milter, clone, SYSERR, Authentication-Warning, ...)
 *                                                                 -> EV_NONE, reason = text
 * PEER is "host [ip]", "[ip]", "host [IPv6:...]", each optionally "(may be forged)".
 *
 * key=value lists (decode/kv.c, keys in any case): values run to the next
 * ", key=" outside <>, () and [] and quotes, so "to=<a>,<b>" and
 * "ctladdr=root (0/0)" stay whole; stat= and reject= always run to the end of
 * the line. A value whose brackets never close is cut at the next ", key="
 * instead, and for repeated keys the last wins: the fields sendmail writes
 * last (relay, stat) cannot be hidden by text a client put in an earlier
 * field. Malformed: an empty message, a from=/to= without a value, a
 * non-numeric size=, nrcpts= or count=. Every slice points into the line;
 * nothing is allocated.
 */
#include <stddef.h>

#include "decode/decoders.h"
#include "decode/kv.h"

/* The sendmail fields retrace knows; the last occurrence of a key wins. */
struct sm_fields {
	struct str from, size, mclass, pri, nrcpts, msgid, proto, daemon, relay, to, delay, xdelay,
		mailer, stat, ctladdr, dsn, bodytype, tls_verify, auth, authid, mech, bits, ruleset,
		arg1, arg2, reject, user, command, count, quarantine;
	struct str first_key;
	bool discard;
};

/* The field of a key (lowercased by kv), by length and then first byte. */
static struct str *sm_field(void *fields, struct str k)
{
	struct sm_fields *f = fields;
	switch (k.n) {
	case 2:
		return kv_pick(k, STR("to"), &f->to);
	case 3:
		if (k.p[0] == 'p')
			return kv_pick(k, STR("pri"), &f->pri);
		return kv_pick(k, STR("dsn"), &f->dsn);
	case 4:
		switch (k.p[0]) {
		case 'f':
			return kv_pick(k, STR("from"), &f->from);
		case 's':
			return k.p[1] == 'i' ? kv_pick(k, STR("size"), &f->size)
					     : kv_pick(k, STR("stat"), &f->stat);
		case 'a':
			if (k.p[1] == 'u')
				return kv_pick(k, STR("auth"), &f->auth);
			return k.p[3] == '1' ? kv_pick(k, STR("arg1"), &f->arg1)
					     : kv_pick(k, STR("arg2"), &f->arg2);
		case 'm':
			return kv_pick(k, STR("mech"), &f->mech);
		case 'b':
			return kv_pick(k, STR("bits"), &f->bits);
		case 'u':
			return kv_pick(k, STR("user"), &f->user);
		}
		return NULL;
	case 5:
		switch (k.p[0]) {
		case 'c':
			return k.p[1] == 'l' ? kv_pick(k, STR("class"), &f->mclass)
					     : kv_pick(k, STR("count"), &f->count);
		case 'm':
			return kv_pick(k, STR("msgid"), &f->msgid);
		case 'p':
			return kv_pick(k, STR("proto"), &f->proto);
		case 'r':
			return kv_pick(k, STR("relay"), &f->relay);
		case 'd':
			return kv_pick(k, STR("delay"), &f->delay);
		}
		return NULL;
	case 6:
		switch (k.p[0]) {
		case 'n':
			return kv_pick(k, STR("nrcpts"), &f->nrcpts);
		case 'd':
			return kv_pick(k, STR("daemon"), &f->daemon);
		case 'x':
			return kv_pick(k, STR("xdelay"), &f->xdelay);
		case 'm':
			return kv_pick(k, STR("mailer"), &f->mailer);
		case 'r':
			return kv_pick(k, STR("reject"), &f->reject);
		case 'a':
			return kv_pick(k, STR("authid"), &f->authid);
		}
		return NULL;
	case 7:
		if (k.p[0] == 'r')
			return kv_pick(k, STR("ruleset"), &f->ruleset);
		return k.p[1] == 't' ? kv_pick(k, STR("ctladdr"), &f->ctladdr)
				     : kv_pick(k, STR("command"), &f->command);
	case 8:
		return kv_pick(k, STR("bodytype"), &f->bodytype);
	case 10:
		if (k.p[0] == 't')
			return kv_pick(k, STR("tls_verify"), &f->tls_verify);
		return kv_pick(k, STR("quarantine"), &f->quarantine);
	}
	return NULL;
}

/* Keys in any case; stat= and reject= run to the end of the line. */
static const struct kv_schema sm_kv = {
	.flags = KV_ICASE,
	.to_end = {STR_INIT("stat"), STR_INIT("reject")},
	.field = sm_field,
};

/* An ASCII letter or digit; bit 5 folds 'A'-'Z' onto 'a'-'z' and nothing else onto them. */
static bool is_alnum(char c)
{
	return ((unsigned)(c - '0') < 10) | ((unsigned)((c | 0x20) - 'a') < 26);
}

/* A queue id followed by ": " at the start of *s; advances *s past it. */
static bool take_qid(struct str *s, struct str *qid)
{
	size_t i = 0;
	while (i < s->n && i <= 32 && is_alnum(s->p[i]))
		i++;
	if (i < 8 || i > 32 || i >= s->n || s->p[i] != ':' ||
	    (i + 1 < s->n && s->p[i + 1] != ' ') || !(s->p[i - 1] >= '0' && s->p[i - 1] <= '9'))
		return false;
	*qid = str_sub(*s, 0, i);
	*s = str_skip_blanks(str_skip(*s, i + 1));
	return true;
}

/* Drop trailing parenthesised groups: "host [ip] (may be forged)" -> "host [ip]". */
static struct str strip_parens(struct str s)
{
	s = str_trim(s);
	while (s.n && s.p[s.n - 1] == ')') {
		ptrdiff_t open = str_rchr(s, '(');
		if (open < 0)
			break;
		s = str_trim(str_sub(s, 0, (size_t)open));
	}
	return s;
}

/*
 * A peer as sendmail writes it: "host [ip]", "[ip]", "host", "user@host",
 * any of them followed by "(may be forged)". An address that does not parse
 * (some logs anonymise it) leaves *has_ip false and the name alone.
 */
static void parse_peer(struct str s, struct str *host, struct ip *ip, bool *has_ip,
		       struct str *user)
{
	*host = STR_NULL;
	*has_ip = false;
	s = strip_parens(s);
	if (s.n && s.p[s.n - 1] == ']') {
		ptrdiff_t open = str_rchr(s, '[');
		if (open >= 0) {
			struct str inner = str_sub(s, (size_t)open + 1, s.n - 1);
			*has_ip = ip_parse(inner, ip) == 0;
			s = str_trim(str_sub(s, 0, (size_t)open));
			if (s.n && s.p[0] == '[')
				s = STR_NULL; /* "[1.2.3.4] [1.2.3.4]": no name was found */
		}
	} else if (user && str_chr(s, '@') > 0 && str_chr(s, ' ') < 0) {
		ptrdiff_t at = str_rchr(s, '@');
		*user = str_sub(s, 0, (size_t)at);
		s = str_skip(s, (size_t)at + 1);
	}
	if (s.n && s.p[s.n - 1] == '.')
		s.n--;
	*host = s;
}

static void set_src(struct event *ev, struct str peer, bool with_user)
{
	struct str user = STR_NULL;
	parse_peer(peer, &ev->src_host, &ev->src_ip, &ev->has_src_ip, with_user ? &user : NULL);
	if (user.n)
		ev->user = user;
}

/* "<a>" -> "a"; the null path "<>" stays "<>" so it is not mistaken for absent. */
static struct str addr_strip(struct str s)
{
	s = str_trim(s);
	if (s.n == 2 && s.p[0] == '<' && s.p[1] == '>')
		return s;
	return str_unquote(s, '<', '>');
}

/* The enhanced status code ("5.7.1") in a reply text such as "550 5.7.1 <a>... denied". */
static struct str find_dsn(struct str s)
{
	for (size_t i = 0; i + 5 <= s.n && i < 16; i++) {
		if ((s.p[i] == '2' || s.p[i] == '4' || s.p[i] == '5') && s.p[i + 1] == '.' &&
		    (i == 0 || s.p[i - 1] == ' ')) {
			size_t j = i + 2;
			int dots = 1;
			while (j < s.n && ((s.p[j] >= '0' && s.p[j] <= '9') || s.p[j] == '.')) {
				dots += s.p[j] == '.';
				j++;
			}
			if (dots == 2 && s.p[j - 1] != '.' && (j == s.n || s.p[j] == ' '))
				return str_sub(s, i, j);
		}
	}
	return STR_NULL;
}

static int to_u64(struct str v, const char *key, uint64_t max, uint64_t *out, struct diag *d)
{
	if (str_to_u64(v, max, out) == -1) {
		diag_errorf(d, "%s=: expected a number, got '%.*s'", key,
			    STR_FMT(str_sub(v, 0, 40)));
		return -1;
	}
	return 0;
}

static enum event_outcome stat_outcome(struct str stat)
{
	switch (stat.n ? ascii_lower(stat.p[0]) : 0) {
	case 's':
		if (str_istarts(stat, STR("Sent")))
			return OUTCOME_SUCCESS;
		break;
	case 'q':
		if (str_istarts(stat, STR("queued")) || str_istarts(stat, STR("quarantined")))
			return OUTCOME_UNKNOWN;
		break;
	default:
		break;
	}
	return OUTCOME_FAILURE;
}

static int decode_from(const struct sm_fields *f, struct event *ev, struct diag *d)
{
	uint64_t v;
	if (f->from.n == 0) {
		diag_errorf(d, "from= with no sender (expected from=<address>)");
		return -1;
	}
	ev->kind = EV_MAIL_FROM;
	ev->mail_from = addr_strip(f->from);
	if (f->size.n) {
		if (to_u64(f->size, "size", UINT64_MAX >> 1, &v, d) == -1)
			return -1;
		ev->size = v;
	}
	if (f->nrcpts.n) {
		if (to_u64(f->nrcpts, "nrcpts", UINT32_MAX, &v, d) == -1)
			return -1;
		ev->nrcpts = (uint32_t)v;
	}
	ev->mail_class = f->mclass;
	ev->pri = f->pri;
	ev->msgid = str_unquote(str_trim(f->msgid), '<', '>');
	ev->proto = f->proto;
	ev->relay = f->relay;
	if (f->relay.n)
		set_src(ev, f->relay, true);
	if (f->auth.n && !str_ieq(f->auth, STR("server")) && !str_ieq(f->auth, STR("client")))
		ev->user = f->auth;
	return 0;
}

static int decode_to(const struct sm_fields *f, struct event *ev, struct diag *d)
{
	if (f->to.n == 0) {
		diag_errorf(d, "to= with no recipient (expected to=<address>)");
		return -1;
	}
	ev->kind = EV_MAIL_TO;
	ev->rcpt = f->to;
	ev->ctladdr = f->ctladdr;
	ev->delay = f->delay;
	ev->xdelay = f->xdelay;
	ev->mailer = f->mailer;
	ev->pri = f->pri;
	ev->dsn = f->dsn;
	ev->stat = f->stat;
	ev->relay = f->relay;
	ev->outcome = stat_outcome(f->stat);
	if (f->relay.n)
		parse_peer(f->relay, &ev->dst_host, &ev->dst_ip, &ev->has_dst_ip, NULL);
	return 0;
}

static void decode_reject(const struct sm_fields *f, struct event *ev)
{
	ev->kind = EV_MAIL_REJECT;
	ev->outcome = OUTCOME_FAILURE;
	ev->rule_name = f->ruleset.n ? f->ruleset : f->first_key;
	ev->relay = f->relay;
	ev->reason = f->reject.n ? f->reject : STR("discard");
	ev->dsn = find_dsn(f->reject);
	if (str_ieq(f->ruleset, STR("check_mail")))
		ev->mail_from = addr_strip(f->arg1);
	else if (str_ieq(f->ruleset, STR("check_rcpt")))
		ev->rcpt = f->arg1;
	if (f->relay.n)
		set_src(ev, f->relay, false);
	else if (str_ieq(f->ruleset, STR("check_relay")) && ip_parse(f->arg2, &ev->src_ip) == 0)
		ev->has_src_ip = true;
}

static int decode_kv(struct str msg, struct event *ev, struct diag *d)
{
	struct sm_fields f = {0};
	/* "discard" alone (ruleset=..., relay=..., discard) is a key without '=' */
	if (str_ends(msg, STR(", discard"))) {
		f.discard = true;
		msg.n -= 9;
	}
	(void)kv_parse(msg, &sm_kv, &f, &f.first_key);
	if (str_ieq(f.first_key, STR("from")))
		return decode_from(&f, ev, d);
	if (str_ieq(f.first_key, STR("to")))
		return decode_to(&f, ev, d);
	if (f.reject.n || (f.ruleset.n && f.discard)) {
		decode_reject(&f, ev);
		return 0;
	}
	if (str_ieq(f.first_key, STR("AUTH"))) {
		ev->user = f.authid;
		ev->mech = f.mech;
		ev->relay = f.relay;
		if (str_ieq(f.auth, STR("server"))) {
			ev->kind = EV_AUTH;
			ev->outcome = OUTCOME_SUCCESS;
			set_src(ev, f.relay, false);
		} else {
			ev->reason = msg;
			parse_peer(f.relay, &ev->dst_host, &ev->dst_ip, &ev->has_dst_ip, NULL);
		}
		return 0;
	}
	ev->relay = f.relay;
	ev->reason = msg;
	return 0;
}

/* "AUTH failure (MECH): text[, user=U], relay=PEER" */
static int decode_auth_failure(struct str msg, struct event *ev, struct diag *d)
{
	struct str s = str_skip(msg, 13);
	ptrdiff_t close = str_chr(s, ')');
	if (s.n == 0 || s.p[0] != '(' || close < 0) {
		diag_errorf(d, "expected 'AUTH failure (MECH): ...'");
		return -1;
	}
	ev->kind = EV_AUTH;
	ev->outcome = OUTCOME_FAILURE;
	ev->mech = str_sub(s, 1, (size_t)close);
	s = str_trim(str_skip(s, (size_t)close + 1));
	if (s.n && s.p[0] == ':')
		s = str_trim(str_skip(s, 1));
	ptrdiff_t relay = str_find_last(s, STR(", relay="));
	if (relay >= 0) {
		ev->relay = str_skip(s, (size_t)relay + 8);
		set_src(ev, ev->relay, false);
		s = str_sub(s, 0, (size_t)relay);
	}
	ptrdiff_t user = str_find(s, STR(", user="));
	if (user >= 0) {
		ev->user = str_skip(s, (size_t)user + 7);
		s = str_sub(s, 0, (size_t)user);
	}
	ev->reason = s;
	return 0;
}

/* Split "PEER: rest" where PEER ends in ']' or ')'. */
static bool split_peer(struct str msg, struct str *peer, struct str *rest)
{
	ptrdiff_t a = str_find(msg, STR("]: ")), b = str_find(msg, STR("): "));
	ptrdiff_t at = a < 0 ? b : (b < 0 || a < b ? a : b);
	if (at < 0)
		return false;
	*peer = str_sub(msg, 0, (size_t)at + 1);
	*rest = str_skip_blanks(str_skip(msg, (size_t)at + 3));
	return true;
}

/* The text between prefix (at the start) and the first occurrence of stop after it. */
static bool between(struct str msg, struct str prefix, struct str stop, struct str *out)
{
	if (!str_starts(msg, prefix))
		return false;
	struct str s = str_skip(msg, prefix.n);
	ptrdiff_t at = str_find(s, stop);
	if (at < 0)
		return false;
	*out = str_sub(s, 0, (size_t)at);
	return true;
}

static int decode_free(struct str msg, struct event *ev, struct diag *d)
{
	struct str peer, rest;

	if (str_starts(msg, STR("AUTH failure ")))
		return decode_auth_failure(msg, ev, d);
	bool has_peer = split_peer(msg, &peer, &rest);
	if (has_peer && str_starts(rest, STR("possible SMTP attack: "))) {
		struct sm_fields f = {0};
		uint64_t n = 1;
		(void)kv_parse(str_skip(rest, 22), &sm_kv, &f, &f.first_key);
		if (f.count.n && to_u64(f.count, "count", UINT32_MAX, &n, d) == -1)
			return -1;
		set_src(ev, peer, false);
		ev->outcome = OUTCOME_FAILURE;
		ev->count = (uint32_t)n;
		ev->reason = rest;
		ev->kind = str_ieq(f.command, STR("AUTH")) ? EV_AUTH : EV_MAIL_REJECT;
		return 0;
	}
	if (has_peer && str_ends(rest, STR("[rejected]"))) {
		set_src(ev, peer, false);
		ev->kind = EV_MAIL_REJECT;
		ev->outcome = OUTCOME_FAILURE;
		ev->reason = rest;
		return 0;
	}
	if (between(msg, STR("rejecting commands from "), STR(" due to "), &peer)) {
		set_src(ev, peer, false);
		ev->kind = EV_MAIL_REJECT;
		ev->outcome = OUTCOME_FAILURE;
		ev->reason = str_skip(msg, (size_t)str_find(msg, STR(" due to ")) + 1);
		return 0;
	}
	ptrdiff_t at = str_find(msg, STR(" did not issue "));
	if (at > 0 || between(msg, STR("lost input channel from "), STR(" to "), &peer) ||
	    between(msg, STR("timeout waiting for input from "), STR(" during "), &peer)) {
		if (at > 0) {
			peer = str_sub(msg, 0, (size_t)at);
			ev->reason = str_skip(msg, (size_t)at + 1);
		} else {
			ev->reason = msg;
		}
		set_src(ev, peer, false);
		ev->kind = EV_MAIL_CONNECT;
		ev->outcome = OUTCOME_FAILURE;
		return 0;
	}
	if (between(msg, STR("tcpwrappers ("), STR(")"), &peer)) {
		struct str p = peer;
		ev->src_host = str_trim(str_cut(&p, ','));
		ev->has_src_ip = ip_parse(p, &ev->src_ip) == 0;
		ev->kind = EV_MAIL_CONNECT;
		ev->outcome = OUTCOME_FAILURE;
		ev->reason = msg;
		return 0;
	}
	if (str_starts(msg, STR("connect from "))) {
		set_src(ev, str_skip(msg, 13), false);
		ev->kind = EV_MAIL_CONNECT;
		ev->outcome = OUTCOME_SUCCESS;
		return 0;
	}
	ptrdiff_t r;
	if (str_starts(msg, STR("Milter")) && (r = str_find(msg, STR(", reject="))) >= 0) {
		ev->kind = EV_MAIL_REJECT;
		ev->outcome = OUTCOME_FAILURE;
		ev->rule_name = STR("milter");
		ev->reason = str_trim(str_skip(msg, (size_t)r + 9));
		ev->dsn = find_dsn(ev->reason);
		return 0;
	}
	ptrdiff_t dots = str_find(msg, STR(">... "));
	if (msg.p[0] == '<' && dots > 0) {
		ev->kind = EV_MAIL_REJECT;
		ev->outcome = OUTCOME_FAILURE;
		ev->rcpt = str_sub(msg, 1, (size_t)dots);
		ev->reason = str_trim(str_skip(msg, (size_t)dots + 5));
		return 0;
	}
	ev->reason = msg;
	return 0;
}

static int sendmail_decode(const struct syslog_line *sl, struct event *ev, struct diag *d)
{
	struct str msg = str_trim(sl->msg), qid2;

	ev->service = SVC_SMTP;
	if (str_starts(msg, STR("NOQUEUE: ")))
		msg = str_skip_blanks(str_skip(msg, 9));
	else
		(void)take_qid(&msg, &ev->qid);
	if (msg.n == 0) {
		diag_errorf(d, "empty sendmail message (expected 'QID: key=value, ...' or text)");
		return -1;
	}
	if (take_qid(&msg, &qid2)) {
		ev->reason = msg; /* a bounce being generated as qid2 (see the top) */
		return 0;
	}
	if (kv_key(msg))
		return decode_kv(msg, ev, d);
	return decode_free(msg, ev, d);
}

static const char *const sendmail_programs[] = {
	"sendmail",  "sm-mta", "sm-msp-queue", "sm-mta-rx", "sm-acceptingconnections",
	"sendmail*", NULL,
};

const struct line_decoder decoder_sendmail = {
	.name = "sendmail",
	.programs = sendmail_programs,
	.decode = sendmail_decode,
};
