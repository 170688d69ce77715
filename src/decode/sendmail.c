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
 * key=value lists: values run to the next ", key=" outside <>, () and [] and
 * quotes, so "to=<a>,<b>" and "ctladdr=root (0/0)" stay whole; stat= and
 * reject= always run to the end of the line. A value whose brackets never
 * close is cut at the next ", key=" instead, and for repeated keys the last
 * wins: the fields sendmail writes last (relay, stat) cannot be hidden by
 * text a client put in an earlier field. Malformed: an empty message, a
 * from=/to= without a value, a non-numeric size=, nrcpts= or count=.
 * Every slice points into the line; nothing is allocated.
 */
#include <stddef.h>

#include "decode/decoders.h"

enum { KEY_MAX = 32 };

/* The sendmail fields retrace knows; the last occurrence of a key wins. */
struct sm_fields {
	struct str from, size, mclass, pri, nrcpts, msgid, proto, daemon, relay, to, delay, xdelay,
		mailer, stat, ctladdr, dsn, bodytype, tls_verify, auth, authid, mech, bits, ruleset,
		arg1, arg2, reject, user, command, count, quarantine;
	struct str first_key;
	bool discard;
};

static const struct {
	struct str name;
	size_t off;
} sm_keys[] = {
	{{"from", 4}, offsetof(struct sm_fields, from)},
	{{"size", 4}, offsetof(struct sm_fields, size)},
	{{"class", 5}, offsetof(struct sm_fields, mclass)},
	{{"pri", 3}, offsetof(struct sm_fields, pri)},
	{{"nrcpts", 6}, offsetof(struct sm_fields, nrcpts)},
	{{"msgid", 5}, offsetof(struct sm_fields, msgid)},
	{{"proto", 5}, offsetof(struct sm_fields, proto)},
	{{"daemon", 6}, offsetof(struct sm_fields, daemon)},
	{{"relay", 5}, offsetof(struct sm_fields, relay)},
	{{"to", 2}, offsetof(struct sm_fields, to)},
	{{"delay", 5}, offsetof(struct sm_fields, delay)},
	{{"xdelay", 6}, offsetof(struct sm_fields, xdelay)},
	{{"mailer", 6}, offsetof(struct sm_fields, mailer)},
	{{"stat", 4}, offsetof(struct sm_fields, stat)},
	{{"ctladdr", 7}, offsetof(struct sm_fields, ctladdr)},
	{{"dsn", 3}, offsetof(struct sm_fields, dsn)},
	{{"bodytype", 8}, offsetof(struct sm_fields, bodytype)},
	{{"tls_verify", 10}, offsetof(struct sm_fields, tls_verify)},
	{{"auth", 4}, offsetof(struct sm_fields, auth)},
	{{"authid", 6}, offsetof(struct sm_fields, authid)},
	{{"mech", 4}, offsetof(struct sm_fields, mech)},
	{{"bits", 4}, offsetof(struct sm_fields, bits)},
	{{"ruleset", 7}, offsetof(struct sm_fields, ruleset)},
	{{"arg1", 4}, offsetof(struct sm_fields, arg1)},
	{{"arg2", 4}, offsetof(struct sm_fields, arg2)},
	{{"reject", 6}, offsetof(struct sm_fields, reject)},
	{{"user", 4}, offsetof(struct sm_fields, user)},
	{{"command", 7}, offsetof(struct sm_fields, command)},
	{{"count", 5}, offsetof(struct sm_fields, count)},
	{{"quarantine", 10}, offsetof(struct sm_fields, quarantine)},
};

static bool is_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Length of a "key=" at s[i] (the key, without '='), or 0. */
static size_t key_at(struct str s, size_t i)
{
	size_t j = i;
	if (j >= s.n || !((s.p[j] >= 'a' && s.p[j] <= 'z') || (s.p[j] >= 'A' && s.p[j] <= 'Z')))
		return 0;
	while (j < s.n && j - i <= KEY_MAX && (is_alnum(s.p[j]) || s.p[j] == '_' || s.p[j] == '-'))
		j++;
	if (j >= s.n || s.p[j] != '=' || j - i > KEY_MAX)
		return 0;
	return j - i;
}

/*
 * End of the value that starts s: the offset of the ',' of the next ", key="
 * outside brackets and quotes (when nest), or anywhere (when !nest). SIZE_MAX
 * when nest and the brackets or quotes are still open at the end of the line.
 */
static size_t value_end(struct str s, bool nest)
{
	/* byte classes: 0 plain (skipped in a tight loop), 1 ',', 2 open, 3 close, 4 '"', 5 '\\' */
	static const unsigned char cls[256] = {
		[','] = 1, ['<'] = 2, ['('] = 2, ['['] = 2,  ['>'] = 3,
		[')'] = 3, [']'] = 3, ['"'] = 4, ['\\'] = 5,
	};
	int depth = 0;
	bool inq = false;
	const unsigned char *p = (const unsigned char *)s.p;
	for (size_t i = 0; i < s.n; i++) {
		while (i < s.n && !cls[p[i]])
			i++;
		if (i >= s.n)
			break;
		unsigned char c = cls[p[i]];
		if (nest && inq) {
			if (c == 5)
				i++;
			else if (c == 4)
				inq = false;
			continue;
		}
		if (!nest || c == 1) {
			if (c == 1 && depth == 0 && i + 1 < s.n && p[i + 1] == ' ' &&
			    key_at(s, i + 2))
				return i;
			continue;
		}
		if (c == 4)
			inq = true;
		else if (c == 2)
			depth++;
		else if (c == 3 && depth > 0)
			depth--;
	}
	return nest && (depth || inq) ? SIZE_MAX : s.n;
}

/*
 * Next "key=value" of *rest. 1 and the pair, 0 at the end, -1 if *rest does
 * not start with "key=" (free text).
 */
static int kv_next(struct str *rest, struct str *key, struct str *val)
{
	struct str s = str_skip_blanks(*rest);
	if (s.n == 0)
		return 0;
	size_t kl = key_at(s, 0);
	if (kl == 0)
		return -1;
	*key = str_sub(s, 0, kl);
	s = str_skip(s, kl + 1);
	if (str_ieq(*key, STR("stat")) || str_ieq(*key, STR("reject"))) {
		*val = str_trim(s);
		*rest = str_skip(s, s.n);
		return 1;
	}
	size_t end = value_end(s, true);
	if (end == SIZE_MAX)
		end = value_end(s, false);
	*val = str_trim(str_sub(s, 0, end));
	*rest = str_skip(s, end + 1);
	return 1;
}

/* Parse a whole key=value message into f. -1 if it does not start with a key. */
static int kv_parse(struct str msg, struct sm_fields *f)
{
	struct str key, val;
	int r;
	bool first = true;
	while ((r = kv_next(&msg, &key, &val)) == 1) {
		if (first)
			f->first_key = key;
		first = false;
		for (size_t i = 0; i < sizeof(sm_keys) / sizeof(sm_keys[0]); i++)
			if (key.n == sm_keys[i].name.n && str_ieq(key, sm_keys[i].name)) {
				*(struct str *)((char *)f + sm_keys[i].off) = val;
				break;
			}
	}
	return first ? -1 : 0;
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
	if (str_istarts(stat, STR("Sent")))
		return OUTCOME_SUCCESS;
	if (str_istarts(stat, STR("queued")) || str_istarts(stat, STR("quarantined")))
		return OUTCOME_UNKNOWN;
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
	(void)kv_parse(msg, &f);
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
	if (split_peer(msg, &peer, &rest) && str_starts(rest, STR("possible SMTP attack: "))) {
		struct sm_fields f = {0};
		uint64_t n = 1;
		(void)kv_parse(str_skip(rest, 22), &f);
		if (f.count.n && to_u64(f.count, "count", UINT32_MAX, &n, d) == -1)
			return -1;
		set_src(ev, peer, false);
		ev->outcome = OUTCOME_FAILURE;
		ev->count = (uint32_t)n;
		ev->reason = rest;
		ev->kind = str_ieq(f.command, STR("AUTH")) ? EV_AUTH : EV_MAIL_REJECT;
		return 0;
	}
	if (split_peer(msg, &peer, &rest) && str_ends(rest, STR("[rejected]"))) {
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
	if (str_starts(msg, STR("Milter")) && str_find(msg, STR(", reject=")) >= 0) {
		ptrdiff_t r = str_find(msg, STR(", reject="));
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
	if (key_at(msg, 0))
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
