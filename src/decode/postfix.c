/*
 * postfix.c - the Postfix decoder: every program "postfix/NAME" (smtpd,
 * cleanup, qmgr, smtp, lmtp, local, virtual, pipe, bounce, error, anvil,
 * postscreen, pickup, ...), also with a multi-instance or service prefix
 * ("postfix-out/smtp", "postfix/submission/smtpd"); the daemon is the last
 * component of the program name. Every event gets service SMTP.
 *
 * Postfix tells one message's story in several programs that share a queue id
 * (5-32 letters and digits: short hex ids "3F1A2B4C5D" or long ids
 * "4ZPKqk3bJHz9sK4"), which goes to ev->qid; mail/txn.c assembles them:
 *   QID: client=PEER[, sasl_method=M, sasl_username=U]  (smtpd)
 *       -> EV_AUTH SUCCESS (user U, mech M) when a SASL login is named, else
 *          EV_NONE reason "client"; both carry the client (src_host/src_ip/port)
 *   QID: message-id=<m>                       (cleanup)   -> EV_NONE, msgid m
 *   QID: from=<a>, size=N, nrcpt=N (queue active) (qmgr) -> EV_MAIL_FROM
 *       "from=<>" keeps mail_from "<>"; "from=<a>, status=expired, returned to
 *       sender" is EV_NONE (reason = the text).
 *   QID: to=<a>, [orig_to=<b>,] relay=HOST[IP]:PORT, delay=, delays=, dsn=,
 *       status=sent|deferred|bounced|expired (text)   -> EV_MAIL_TO
 *       outcome SUCCESS for sent, FAILURE otherwise (dsn 4.x.x or "deferred"
 *       is a temporary failure for txn); rcpt keeps "<a>" as logged; relay
 *       gives dst_host/dst_ip/dst_port ("none" gives nothing). status=
 *       deliverable/undeliverable (address verification probes) is EV_NONE.
 *       mailer is the delivering daemon in the names src/detect/mailflow.c
 *       knows: smtp and relay as themselves (a relay: outbound), lmtp and
 *       local as themselves, virtual as "local" and pipe as "prog" (local
 *       deliveries; ev->program keeps the daemon's own name); error, retry
 *       and discard (no delivery at all) leave it empty; any other daemon
 *       gives its own name.
 *   QID: removed                              (qmgr)      -> EV_NONE, stat "removed"
 *       (txn ends the message there)
 *   QID: sender non-delivery notification: QID2 (bounce) -> EV_NONE, reason the text
 *       (the bounce is a message of its own whose lines follow under QID2)
 * Rejections (qid or "NOQUEUE"):
 *   reject: STAGE from PEER: 554 5.7.1 text; from=<a> to=<b> proto=P helo=<h>
 *       (postscreen separates the tail with ", ")    -> EV_MAIL_REJECT
 *       rule_name STAGE (RCPT, MAIL, CONNECT, EHLO, DATA, VRFY, ...) or
 *       "milter" for milter-reject:, reason the reply, dsn its enhanced code,
 *       mail_from a, rcpt <b>, proto P. "discard:" is a reject too; "reject:
 *       header|body ... from PEER; from=...: text" (cleanup checks) gives the
 *       client and reason = the whole text. reject_warning:, hold:,
 *       redirect:, filter:, info:, warning: header ... are EV_NONE.
 * Authentication:
 *   warning: PEER: SASL MECH authentication failed: text[, sasl_username=U]
 *       -> EV_AUTH FAILURE, mech MECH as logged, user U (the last one: the
 *          text before it is the SASL library's). Server-side trouble ("Connection
 *          lost to authentication server", "Invalid authentication mechanism")
 *          is EV_NONE with the client.
 * Connections (smtpd):
 *   connect from PEER                                     -> EV_MAIL_CONNECT SUCCESS
 *   disconnect from PEER ehlo=1 auth=0/1 ... commands=N/M -> EV_MAIL_CONNECT, FAILURE
 *       with reason "auth failed" when auth=A/B has A < B, else outcome UNKNOWN
 *   lost connection after X from PEER, timeout after X from PEER,
 *   SSL_accept error from PEER: ..., warning: ... limit exceeded: N from PEER ...
 *                                                         -> EV_MAIL_CONNECT FAILURE
 *   too many errors after X from PEER, improper command pipelining after X
 *   from PEER, warning: non-SMTP command from PEER: ...   -> EV_MAIL_REJECT
 *   warning: hostname H does not resolve to address IP    -> EV_NONE, src, "bad dns"
 * postscreen:
 *   CONNECT from [IP]:PORT to [IP]:PORT                   -> EV_MAIL_CONNECT SUCCESS
 *   PREGREET ..., BARE NEWLINE ..., NON-SMTP COMMAND ... from [IP]:PORT
 *                                                         -> EV_MAIL_REJECT
 *   HANGUP ..., COMMAND TIME|COUNT|LENGTH LIMIT ..., BLACKLISTED|DENYLISTED [IP]:PORT
 *                                                         -> EV_MAIL_CONNECT FAILURE
 *   PASS NEW|OLD, DNSBL rank N for, DISCONNECT, WHITELISTED|ALLOWLISTED [IP]:PORT
 *                                                         -> EV_NONE with the client
 * Everything else (anvil statistics, TLS notes, smtp "host X said", warnings,
 * fatal:, ...) is EV_NONE with reason = the text.
 *
 * PEER is "host[ip]", "host[ip]:port" or "[ip]:port"; the name "unknown"
 * (postfix's "no verified name") is dropped. key=value lists (decode/kv.c, keys
 * as written): values run to the next ", key=" outside <>, () and [] and
 * quotes; status= always runs to the end. Malformed (-1): an empty message,
 * from= or to= without a value, size= or nrcpt= not a number. Every slice
 * points into the line.
 */
#include "decode/decoders.h"
#include "decode/kv.h"

enum { QID_MIN = 5, QID_MAX = 32 };

/* The postfix fields retrace reads; the last occurrence of a key wins. */
struct pf_fields {
	struct str from, to, orig_to, relay, delay, dsn, status, size, nrcpt, client, sasl_method,
		sasl_username, proto, helo;
};

/* The field of a key (matched as written), by length and then first byte. */
static struct str *pf_field(void *fields, struct str k)
{
	struct pf_fields *f = fields;
	switch (k.n) {
	case 2:
		return kv_pick(k, STR("to"), &f->to);
	case 3:
		return kv_pick(k, STR("dsn"), &f->dsn);
	case 4:
		switch (k.p[0]) {
		case 'f':
			return kv_pick(k, STR("from"), &f->from);
		case 's':
			return kv_pick(k, STR("size"), &f->size);
		case 'h':
			return kv_pick(k, STR("helo"), &f->helo);
		}
		return NULL;
	case 5:
		switch (k.p[0]) {
		case 'r':
			return kv_pick(k, STR("relay"), &f->relay);
		case 'd':
			return kv_pick(k, STR("delay"), &f->delay);
		case 'n':
			return kv_pick(k, STR("nrcpt"), &f->nrcpt);
		case 'p':
			return kv_pick(k, STR("proto"), &f->proto);
		}
		return NULL;
	case 6:
		if (k.p[0] == 's')
			return kv_pick(k, STR("status"), &f->status);
		return kv_pick(k, STR("client"), &f->client);
	case 7:
		return kv_pick(k, STR("orig_to"), &f->orig_to);
	case 11:
		return kv_pick(k, STR("sasl_method"), &f->sasl_method);
	case 13:
		return kv_pick(k, STR("sasl_username"), &f->sasl_username);
	}
	return NULL;
}

/* "k=v, k=v"; status= runs to the end of the line (its text may hold ", x="). */
static const struct kv_schema pf_kv = {
	.to_end = {STR_INIT("status")},
	.field = pf_field,
};

/* The same where " k=" also separates: the "from=<a> to=<b> proto=P" reject tail. */
static const struct kv_schema pf_kv_spaced = {
	.flags = KV_SPACED,
	.to_end = {STR_INIT("status")},
	.field = pf_field,
};

/*
 * A queue id followed by ':' (then a blank or the end) at the start of *s;
 * advances *s past it. Short ids are upper-case hex; long ids hold a digit.
 */
enum { Q_ALNUM = 1, Q_DIGIT = 2, Q_HEX = 4 }; /* byte classes of queue ids */
#define Q2(c, k)  [(c)] = (k), [(c) + 1] = (k)
#define Q4(c, k)  Q2(c, k), Q2((c) + 2, k)
#define Q8(c, k)  Q4(c, k), Q4((c) + 4, k)
#define Q26(c, k) Q8(c, k), Q8((c) + 8, k), Q8((c) + 16, k), Q2((c) + 24, k)
static const unsigned char qid_class[256] = {
	Q26('a', Q_ALNUM),
	Q8('0', Q_ALNUM | Q_DIGIT | Q_HEX),
	Q2('8', Q_ALNUM | Q_DIGIT | Q_HEX),
	Q4('A', Q_ALNUM | Q_HEX), /* upper-case hex: A-F */
	Q2('E', Q_ALNUM | Q_HEX),
	Q8('G', Q_ALNUM), /* G-Z */
	Q8('O', Q_ALNUM),
	Q4('W', Q_ALNUM),
};

static bool take_qid(struct str *s, struct str *qid)
{
	size_t i = 0, lim = s->n < QID_MAX + 1 ? s->n : QID_MAX + 1;
	unsigned all = Q_HEX, any = 0; /* hex: every byte is; digit: some byte is */
	for (unsigned k; i < lim && ((k = qid_class[(unsigned char)s->p[i]]) & Q_ALNUM); i++) {
		all &= k;
		any |= k;
	}
	bool hex = all & Q_HEX, digit = any & Q_DIGIT;
	if (i < QID_MIN || i > QID_MAX || i >= s->n || s->p[i] != ':' ||
	    (i + 1 < s->n && s->p[i + 1] != ' ') || !(hex || digit))
		return false;
	*qid = str_sub(*s, 0, i);
	*s = str_skip_blanks(str_skip(*s, i + 1));
	return true;
}

/*
 * A peer at the start of s: "host[ip]", "host[ip]:port", "[ip]:port" or a
 * bare name. Sets the source (or, when dst, the destination) and returns the
 * bytes used. An address that does not parse leaves the name alone.
 */
static size_t take_peer(struct str s, struct event *ev, bool dst)
{
	ptrdiff_t open = str_chr(s, '[');
	ptrdiff_t sp = str_chr(open >= 0 ? str_sub(s, 0, (size_t)open) : s, ' ');
	struct str host, addr = STR_NULL;
	size_t used;
	uint64_t port = 0;
	if (open >= 0 && sp < 0) {
		struct str rest = str_skip(s, (size_t)open + 1);
		ptrdiff_t close = str_chr(rest, ']');
		host = str_sub(s, 0, (size_t)open);
		if (close < 0) {
			addr = rest;
			used = s.n;
		} else {
			addr = str_sub(rest, 0, (size_t)close);
			used = (size_t)open + 1 + (size_t)close + 1;
			struct str after = str_skip(s, used);
			if (after.n > 1 && after.p[0] == ':' && ascii_digit(after.p[1])) {
				after = str_skip(after, 1);
				size_t nd = str_take_digits(&after, &port);
				used += 1 + nd;
				if (port > 65535)
					port = 0;
			}
		}
	} else {
		used = sp < 0 ? s.n : (size_t)sp;
		host = str_sub(s, 0, used);
		if (host.n && host.p[host.n - 1] == ':') {
			host.n--;
		}
	}
	if (str_eq(host, STR("unknown")))
		host = STR_NULL;
	struct ip ip;
	bool has = addr.n && ip_parse(addr, &ip) == 0;
	if (dst) {
		ev->dst_host = host.n || has ? host : addr;
		ev->dst_ip = has ? ip : ev->dst_ip;
		ev->has_dst_ip = has;
		ev->dst_port = (uint16_t)port;
	} else {
		ev->src_host = host.n || has ? host : addr;
		ev->src_ip = has ? ip : ev->src_ip;
		ev->has_src_ip = has;
		ev->src_port = (uint16_t)port;
	}
	return used;
}

/* "<a>" -> "a"; the null path "<>" stays "<>" so it is not mistaken for absent. */
static struct str addr_strip(struct str s)
{
	s = str_trim(s);
	if (s.n == 2 && s.p[0] == '<' && s.p[1] == '>')
		return s;
	return str_unquote(s, '<', '>');
}

/* The enhanced status code ("5.7.1") near the start of a reply text. */
static struct str find_dsn(struct str s)
{
	for (size_t i = 0; i + 5 <= s.n && i < 16; i++) {
		if ((s.p[i] == '2' || s.p[i] == '4' || s.p[i] == '5') && s.p[i + 1] == '.' &&
		    (i == 0 || s.p[i - 1] == ' ')) {
			size_t j = i + 2;
			int dots = 1;
			while (j < s.n && (ascii_digit(s.p[j]) || s.p[j] == '.')) {
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

static void set_kind(struct event *ev, enum event_kind k, enum event_outcome o)
{
	ev->kind = k;
	ev->outcome = o;
}

/* The daemon: the last '/' component of the program name. */
static struct str daemon_of(struct str program)
{
	ptrdiff_t slash = str_rchr(program, '/');
	return slash >= 0 ? str_skip(program, (size_t)slash + 1) : program;
}

/* The mailer name mailflow.c understands for a delivering daemon (see the top). */
static struct str mailer_of(struct str daemon)
{
	static const struct str map[][2] = {
		{STR_INIT("smtp"), STR_INIT("smtp")},     {STR_INIT("relay"), STR_INIT("relay")},
		{STR_INIT("lmtp"), STR_INIT("lmtp")},     {STR_INIT("local"), STR_INIT("local")},
		{STR_INIT("virtual"), STR_INIT("local")}, {STR_INIT("pipe"), STR_INIT("prog")},
		{STR_INIT("error"), STR_INIT("")},        {STR_INIT("retry"), STR_INIT("")},
		{STR_INIT("discard"), STR_INIT("")},
	};
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (str_eq(daemon, map[i][0]))
			return map[i][1];
	return daemon;
}

static int decode_from(struct str msg, struct event *ev, struct diag *d)
{
	struct pf_fields f = {0};
	uint64_t v;
	(void)kv_parse(msg, &pf_kv, &f, NULL);
	if (f.from.n == 0) {
		diag_errorf(d, "from= with no sender (expected from=<address>)");
		return -1;
	}
	if (f.status.n) {
		ev->mail_from = addr_strip(f.from);
		ev->reason = msg;
		return 0;
	}
	ev->kind = EV_MAIL_FROM;
	ev->mail_from = addr_strip(f.from);
	if (f.size.n) {
		if (to_u64(f.size, "size", UINT64_MAX >> 1, &v, d) == -1)
			return -1;
		ev->size = v;
	}
	if (f.nrcpt.n) {
		struct str n = f.nrcpt;
		ptrdiff_t sp = str_chr(n, ' ');
		if (sp >= 0)
			n = str_sub(n, 0, (size_t)sp); /* "2 (queue active)" */
		if (to_u64(n, "nrcpt", UINT32_MAX, &v, d) == -1)
			return -1;
		ev->nrcpts = (uint32_t)v;
	}
	return 0;
}

static int decode_to(struct str msg, struct str program, struct event *ev, struct diag *d)
{
	struct pf_fields f = {0};
	(void)kv_parse(msg, &pf_kv, &f, NULL);
	if (f.to.n == 0) {
		diag_errorf(d, "to= with no recipient (expected to=<address>)");
		return -1;
	}
	ev->rcpt = f.to;
	ev->relay = f.relay;
	ev->delay = f.delay;
	ev->dsn = f.dsn;
	ev->stat = f.status;
	if (str_starts(f.status, STR("deliverable")) ||
	    str_starts(f.status, STR("undeliverable"))) {
		ev->reason = STR("address verification");
		return 0;
	}
	ev->kind = EV_MAIL_TO;
	ev->mailer = mailer_of(daemon_of(program));
	if (str_starts(f.status, STR("sent")))
		ev->outcome = OUTCOME_SUCCESS;
	else if (f.status.n)
		ev->outcome = OUTCOME_FAILURE;
	if (f.relay.n && !str_eq(f.relay, STR("none")))
		(void)take_peer(f.relay, ev, true);
	return 0;
}

/* "client=PEER[, sasl_method=M, sasl_username=U, ...]" */
static void decode_client(struct str msg, struct event *ev)
{
	struct pf_fields f = {0};
	(void)kv_parse(msg, &pf_kv, &f, NULL);
	(void)take_peer(f.client, ev, false);
	if (f.sasl_username.n) {
		set_kind(ev, EV_AUTH, OUTCOME_SUCCESS);
		ev->user = f.sasl_username;
		ev->mech = f.sasl_method;
	} else {
		ev->reason = STR("client");
	}
}

/* The "; from=<a> to=<b> proto=P helo=<h>" tail of a reject line. */
static void reject_tail(struct str tail, struct event *ev)
{
	struct pf_fields f = {0};
	(void)kv_parse(tail, &pf_kv_spaced, &f, NULL);
	if (f.from.n)
		ev->mail_from = addr_strip(f.from);
	if (f.to.n && !str_eq(f.to, STR("<>")))
		ev->rcpt = f.to;
	ev->proto = f.proto;
}

/*
 * Offset of the "; " that starts the key=value tail of a reject reply, or -1:
 * the last "; from=", else the last "; to=", "; proto=" or "; helo=" in that
 * order. One backward pass, which can stop at the first "; from=" it meets.
 */
static ptrdiff_t tail_start(struct str s)
{
	ptrdiff_t to = -1, proto = -1, helo = -1;
	for (size_t i = s.n; i-- > 0;) {
		if (s.p[i] != ';' || i + 1 >= s.n || s.p[i + 1] != ' ')
			continue;
		struct str k = str_skip(s, i + 2);
		if (str_starts(k, STR("from=")))
			return (ptrdiff_t)i;
		if (to < 0 && str_starts(k, STR("to=")))
			to = (ptrdiff_t)i;
		else if (proto < 0 && str_starts(k, STR("proto=")))
			proto = (ptrdiff_t)i;
		else if (helo < 0 && str_starts(k, STR("helo=")))
			helo = (ptrdiff_t)i;
	}
	return to >= 0 ? to : proto >= 0 ? proto : helo;
}

/*
 * "reject: STAGE from PEER: reply[; tail]" (and milter-reject:, discard:),
 * or "reject: header|body TEXT from PEER; tail: reply" from cleanup.
 */
static void decode_reject(struct str action, struct str s, struct event *ev)
{
	set_kind(ev, EV_MAIL_REJECT, OUTCOME_FAILURE);
	if (str_starts(s, STR("header ")) || str_starts(s, STR("body "))) {
		ptrdiff_t tail = str_find(s, STR("; from="));
		struct str head = tail >= 0 ? str_sub(s, 0, (size_t)tail) : s;
		ptrdiff_t from = str_find_last(head, STR(" from "));
		ev->rule_name = str_sub(s, 0, (size_t)str_chr(s, ' '));
		ev->reason = s;
		if (from >= 0)
			(void)take_peer(str_skip(head, (size_t)from + 6), ev, false);
		if (tail >= 0) {
			struct str t = str_skip(s, (size_t)tail + 2);
			ptrdiff_t helo = str_find(t, STR("helo=<"));
			ptrdiff_t colon = helo >= 0
						  ? str_find(str_skip(t, (size_t)helo), STR(">: "))
						  : str_find(t, STR(": "));
			if (colon >= 0 && helo >= 0)
				colon += helo + 1;
			if (colon >= 0) {
				ev->dsn = find_dsn(str_skip(t, (size_t)colon + 2));
				t = str_sub(t, 0, (size_t)colon);
			}
			reject_tail(t, ev);
		}
		return;
	}
	ptrdiff_t from = str_find(s, STR(" from "));
	if (from < 0) {
		ev->reason = s;
		return;
	}
	ev->rule_name =
		str_eq(action, STR("milter-reject")) ? STR("milter") : str_sub(s, 0, (size_t)from);
	struct str rest = str_skip(s, (size_t)from + 6);
	rest = str_skip(rest, take_peer(rest, ev, false));
	if (rest.n && rest.p[0] == ':')
		rest = str_skip(rest, 1);
	rest = str_skip_blanks(rest);
	ptrdiff_t tail = tail_start(rest);
	if (tail >= 0) {
		reject_tail(str_skip(rest, (size_t)tail + 2), ev);
		rest = str_sub(rest, 0, (size_t)tail);
	}
	ev->reason = rest;
	ev->dsn = find_dsn(rest);
}

/* "disconnect from PEER ehlo=1 auth=0/1 ... commands=2/3" */
static void decode_disconnect(struct str s, struct event *ev)
{
	s = str_skip(s, take_peer(s, ev, false));
	ev->kind = EV_MAIL_CONNECT;
	ev->reason = STR("disconnect");
	ptrdiff_t at = str_find(s, STR(" auth="));
	if (at < 0)
		return;
	struct str v = str_skip(s, (size_t)at + 6);
	uint64_t ok = 0, all = 0;
	if (str_take_digits(&v, &ok) && v.n && v.p[0] == '/') {
		v = str_skip(v, 1);
		if (str_take_digits(&v, &all) && ok < all) {
			ev->outcome = OUTCOME_FAILURE;
			ev->reason = STR("auth failed");
		}
	}
}

/* "... from PEER..." phrases of smtpd and postscreen, by prefix. */
static const struct phrase {
	struct str prefix;
	enum event_kind kind;
	enum event_outcome outcome;
	struct str reason; /* empty: the message, unless the outcome is success */
} phrases[] = {
	{STR_INIT("connect from "), EV_MAIL_CONNECT, OUTCOME_SUCCESS, STR_INIT("")},
	{STR_INIT("lost connection after "), EV_MAIL_CONNECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("timeout after "), EV_MAIL_CONNECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("SSL_accept error from "), EV_MAIL_CONNECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("too many errors after "), EV_MAIL_REJECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("improper command pipelining after "), EV_MAIL_REJECT, OUTCOME_FAILURE,
	 STR_INIT("")},
	{STR_INIT("CONNECT from "), EV_MAIL_CONNECT, OUTCOME_SUCCESS, STR_INIT("")},
	{STR_INIT("PREGREET "), EV_MAIL_REJECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("BARE NEWLINE "), EV_MAIL_REJECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("NON-SMTP COMMAND "), EV_MAIL_REJECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("HANGUP "), EV_MAIL_CONNECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("COMMAND TIME LIMIT "), EV_MAIL_CONNECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("COMMAND COUNT LIMIT "), EV_MAIL_CONNECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("COMMAND LENGTH LIMIT "), EV_MAIL_CONNECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("COMMAND PIPELINING "), EV_MAIL_REJECT, OUTCOME_FAILURE, STR_INIT("")},
	{STR_INIT("BLACKLISTED "), EV_MAIL_CONNECT, OUTCOME_FAILURE, STR_INIT("denylisted")},
	{STR_INIT("DENYLISTED "), EV_MAIL_CONNECT, OUTCOME_FAILURE, STR_INIT("denylisted")},
	{STR_INIT("PASS NEW "), EV_NONE, OUTCOME_UNKNOWN, STR_INIT("pass")},
	{STR_INIT("PASS OLD "), EV_NONE, OUTCOME_UNKNOWN, STR_INIT("pass")},
	{STR_INIT("WHITELISTED "), EV_NONE, OUTCOME_UNKNOWN, STR_INIT("allowlisted")},
	{STR_INIT("ALLOWLISTED "), EV_NONE, OUTCOME_UNKNOWN, STR_INIT("allowlisted")},
	{STR_INIT("DISCONNECT "), EV_NONE, OUTCOME_UNKNOWN, STR_INIT("disconnect")},
	{STR_INIT("DNSBL rank "), EV_NONE, OUTCOME_UNKNOWN, STR_INIT("dnsbl")},
	{STR_INIT("Anonymous TLS connection established from "), EV_NONE, OUTCOME_UNKNOWN,
	 STR_INIT("tls")},
	{STR_INIT("Untrusted TLS connection established from "), EV_NONE, OUTCOME_UNKNOWN,
	 STR_INIT("tls")},
	{STR_INIT("Trusted TLS connection established from "), EV_NONE, OUTCOME_UNKNOWN,
	 STR_INIT("tls")},
	{STR_INIT("Verified TLS connection established from "), EV_NONE, OUTCOME_UNKNOWN,
	 STR_INIT("tls")},
};

/*
 * The client of a phrase: after " from " if the phrase has one, else the
 * first "[" token (postscreen's "PASS NEW [ip]:port", "DNSBL rank 3 for [ip]").
 */
static void phrase_peer(struct str rest, struct event *ev)
{
	ptrdiff_t from = str_find(rest, STR("from "));
	if (from == 0 || (from > 0 && rest.p[from - 1] == ' ')) {
		(void)take_peer(str_skip(rest, (size_t)from + 5), ev, false);
		return;
	}
	ptrdiff_t open = str_chr(rest, '[');
	if (open >= 0 && (open == 0 || rest.p[open - 1] == ' '))
		(void)take_peer(str_skip(rest, (size_t)open), ev, false);
}

static bool decode_phrase(struct str msg, struct event *ev)
{
	for (const struct phrase *ph = phrases; ph < phrases + sizeof(phrases) / sizeof(phrases[0]);
	     ph++) {
		if (ph->prefix.p[0] != msg.p[0] || !str_starts(msg, ph->prefix))
			continue;
		struct str rest = str_skip(msg, ph->prefix.n);
		set_kind(ev, ph->kind, ph->outcome);
		if (ph->reason.n)
			ev->reason = ph->reason;
		else if (ph->outcome != OUTCOME_SUCCESS)
			ev->reason = msg;
		if (str_ends(ph->prefix, STR("from ")))
			rest = str_skip(rest, take_peer(rest, ev, false));
		else
			phrase_peer(rest, ev);
		if (str_eq(ph->prefix, STR("CONNECT from ")) && str_starts(rest, STR(" to ")))
			(void)take_peer(str_skip(rest, 4), ev, true);
		return true;
	}
	return false;
}

/* "warning: ..." lines of smtpd (SASL failures, limits, bad DNS, non-SMTP). */
static void decode_warning(struct str s, struct event *ev)
{
	static const struct str failed = STR_INIT(" authentication failed"),
				dns = STR_INIT(" does not resolve to address ");
	ptrdiff_t sasl = str_find(s, STR(": SASL ")), af = sasl > 0 ? str_find(s, failed) : -1, at;
	ev->reason = s;
	if (af > sasl && str_chr(str_sub(s, 0, (size_t)sasl), ' ') < 0) {
		struct str peer = str_sub(s, 0, (size_t)sasl);
		struct str rest = str_skip(s, (size_t)sasl + 7);
		/* af in rest; it overlaps ": SASL " only when no mechanism is named */
		af = af >= sasl + 7 ? af - (sasl + 7) : str_find(rest, failed);
		(void)take_peer(peer, ev, false);
		ev->mech = str_sub(rest, 0, (size_t)af);
		rest = str_skip_blanks(str_skip(rest, (size_t)af + 22));
		if (rest.n && rest.p[0] == ':')
			rest = str_skip_blanks(str_skip(rest, 1));
		ptrdiff_t u = str_find_last(rest, STR(", sasl_username="));
		if (u >= 0) {
			ev->user = str_trim(str_skip(rest, (size_t)u + 16));
			rest = str_sub(rest, 0, (size_t)u);
		}
		ev->reason = rest;
		if (str_starts(rest, STR("Connection lost to authentication server")) ||
		    str_starts(rest, STR("Invalid authentication mechanism")))
			return; /* the server's trouble, not a credential tried */
		set_kind(ev, EV_AUTH, OUTCOME_FAILURE);
		return;
	}
	if (str_starts(s, STR("non-SMTP command from "))) {
		set_kind(ev, EV_MAIL_REJECT, OUTCOME_FAILURE);
		(void)take_peer(str_skip(s, 22), ev, false);
		return;
	}
	if (str_starts(s, STR("hostname ")) && (at = str_find(s, dns)) > 0) {
		struct str rest = str_skip(s, 9);
		/* at in rest; it overlaps "hostname " only when no name is given */
		at = at >= 9 ? at - 9 : str_find(rest, dns);
		struct str addr = str_skip(rest, (size_t)at + 29);
		ptrdiff_t end = str_find(addr, STR(": "));
		if (end >= 0)
			addr = str_sub(addr, 0, (size_t)end);
		ev->src_host = str_sub(rest, 0, (size_t)at);
		ev->has_src_ip = ip_parse(str_trim(addr), &ev->src_ip) == 0;
		ev->reason = STR("bad dns");
		return;
	}
	ptrdiff_t lim = str_find(s, STR(" limit exceeded: ")), from;
	if (lim > 0 && (from = str_find(s, STR(" from "))) > lim) {
		set_kind(ev, EV_MAIL_CONNECT, OUTCOME_FAILURE);
		(void)take_peer(str_skip(s, (size_t)from + 6), ev, false);
		return;
	}
	/* "warning: host[ip]: something" names the client */
	ptrdiff_t colon = str_find(s, STR("]: "));
	if (colon > 0 && str_chr(str_sub(s, 0, (size_t)colon), ' ') < 0)
		(void)take_peer(str_sub(s, 0, (size_t)colon + 1), ev, false);
}

/* Actions of a reject-like line: "ACTION: ..." after the queue id or NOQUEUE. */
static bool take_action(struct str msg, struct str *action, struct str *rest)
{
	static const struct str actions[] = {
		STR_INIT("reject"),         STR_INIT("milter-reject"), STR_INIT("discard"),
		STR_INIT("reject_warning"), STR_INIT("hold"),          STR_INIT("redirect"),
		STR_INIT("filter"),         STR_INIT("info"),          STR_INIT("warning"),
		STR_INIT("prepend"),        STR_INIT("replace"),
	};
	for (const struct str *a = actions; a < actions + sizeof(actions) / sizeof(actions[0]);
	     a++) {
		if (a->p[0] == msg.p[0] && msg.n > a->n + 1 && msg.p[a->n] == ':' &&
		    msg.p[a->n + 1] == ' ' && str_starts(msg, *a)) {
			*action = *a;
			*rest = str_skip_blanks(str_skip(msg, a->n + 2));
			return true;
		}
	}
	return false;
}

/*
 * A message after its queue id (or NOQUEUE), msg not empty. The first byte
 * picks the key=value forms; the ACTION: and phrase tables test it first too.
 */
static int decode_queued(struct str msg, const struct syslog_line *sl, struct event *ev,
			 struct diag *d)
{
	struct str action, rest;
	switch (msg.p[0]) {
	case 'c':
		if (str_starts(msg, STR("client="))) {
			decode_client(msg, ev);
			return 0;
		}
		break;
	case 'm':
		if (str_starts(msg, STR("message-id="))) {
			ev->msgid = str_unquote(str_trim(str_skip(msg, 11)), '<', '>');
			return 0;
		}
		break;
	case 'f':
		if (str_starts(msg, STR("from=")))
			return decode_from(msg, ev, d);
		break;
	case 't':
		if (str_starts(msg, STR("to=")))
			return decode_to(msg, sl->program, ev, d);
		break;
	case 'r':
		if (str_eq(msg, STR("removed"))) {
			ev->stat = STR("removed");
			return 0;
		}
		break;
	case 'u':
		if (str_starts(msg, STR("uid="))) {
			ev->reason = STR("pickup");
			return 0;
		}
		break;
	case 'd':
		if (str_starts(msg, STR("disconnect from "))) {
			decode_disconnect(str_skip(msg, 16), ev);
			return 0;
		}
		break;
	default:
		break;
	}
	if (take_action(msg, &action, &rest)) {
		if (str_eq(action, STR("reject")) || str_eq(action, STR("milter-reject")) ||
		    str_eq(action, STR("discard")))
			decode_reject(action, rest, ev);
		else if (str_eq(action, STR("warning")) && ev->qid.n == 0)
			decode_warning(rest, ev);
		else
			ev->reason = msg;
		return 0;
	}
	if (!decode_phrase(msg, ev))
		ev->reason = msg;
	return 0;
}

static int postfix_decode(const struct syslog_line *sl, struct event *ev, struct diag *d)
{
	struct str msg = str_trim(sl->msg);

	ev->service = SVC_SMTP;
	if (str_starts(msg, STR("NOQUEUE: ")))
		msg = str_skip_blanks(str_skip(msg, 9));
	else
		(void)take_qid(&msg, &ev->qid);
	if (msg.n == 0) {
		diag_errorf(d, "empty postfix message (expected 'QID: key=value, ...' or text)");
		return -1;
	}
	return decode_queued(msg, sl, ev, d);
}

static const char *const postfix_programs[] = {"postfix", "postfix-*", NULL};

const struct line_decoder decoder_postfix = {
	.name = "postfix",
	.programs = postfix_programs,
	.decode = postfix_decode,
};
