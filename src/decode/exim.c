/*
 * exim.c - the Exim decoder: main-log records as syslog messages (programs
 * exim, exim4, "exim*"; an optional leading "YYYY-MM-DD hh:mm:ss" that
 * syslog_timestamp adds, a "[pid]" and a "[N\M]" split marker are set aside)
 * and the raw main log itself (exim_mainlog_line, exim.h). Every event gets
 * service SMTP; a message id (6-6-2 or 6-11-4 letters and digits,
 * "1rkXyz-000123-AB") goes to ev->qid. Records:
 *   <= SENDER H=name (helo) [ip]:port P=esmtpa A=dovecot_plain:kim S=1234 id=m [for a b]
 *       -> EV_MAIL_FROM: mail_from (the null sender "<>" stays "<>"), src_host
 *          (the verified name; the helo is not kept) / src_ip / src_port, proto P,
 *          size S, msgid id (without <>), relay the H= text, nrcpts the number of
 *          "for" addresses (0 when not logged). A=AUTH:ID gives mech AUTH (the
 *          authenticator's name) and user ID: the login is on this line (one
 *          event per line), and mail/txn.c takes a from event's mech/user as the
 *          message's login. U=user (local submission) gives user without mech.
 *   => ADDR [<orig>] R=router T=transport H=name [ip] C="250 OK"   (also ->, >>)
 *       -> EV_MAIL_TO SUCCESS: rcpt ADDR (or orig when ADDR has no '@'), dst
 *          from H=, stat the C= reply (else "delivered"), dsn its enhanced code.
 *          mailer is what src/detect/mailflow.c understands: "lmtp" for a
 *          transport named *lmtp*, "prog" for *pipe*, "smtp" for *smtp* or any
 *          delivery with H=, "local" for other named transports (appendfile,
 *          maildir, dovecot_delivery, ...), empty without T= and H=.
 *   ** ADDR [<orig>] [R= T= H=]: text        -> EV_MAIL_TO FAILURE, stat = text
 *   == ADDR [<orig>] R= T= defer (-44) [H=]: text -> EV_MAIL_TO FAILURE, stat
 *          "Deferred" (a temporary failure for txn), reason = text
 *   *> ADDR ... (delivery suppressed by -N)  -> EV_NONE
 *   Completed                                -> EV_NONE, stat "Completed" (txn ends there)
 *   AUTH authenticator failed for [H=](helo) [ip]:port[ I=...]: 535 ... (set_id=kim)
 *       -> EV_AUTH FAILURE, mech AUTH, user = set_id, reason the reply
 *   H=... [F=<from>] [temporarily ]rejected RCPT <to>: text  (MAIL <from>, after DATA,
 *   EHLO, connection, ...), rejected EHLO from [ip]: ..., SMTP call from PEER dropped:
 *   ..., SMTP protocol synchronization error (...): rejected connection from H=...
 *       -> EV_MAIL_REJECT: rule_name RCPT/MAIL/DATA/EHLO/..., reason the text
 *   SMTP connection from PEER (TCP/IP connection count = N) -> EV_MAIL_CONNECT SUCCESS
 *   SMTP connection from PEER lost..., SMTP command|data timeout ... on connection from
 *   PEER, unexpected disconnection while reading SMTP command from PEER, TLS error on
 *   connection from PEER ..., Connection from PEER refused: ...
 *                                              -> EV_MAIL_CONNECT FAILURE
 *   SMTP connection from PEER closed by QUIT  -> EV_MAIL_CONNECT, outcome unknown
 *   no host name found for IP address IP      -> EV_NONE with src, "bad dns"
 * Everything else (queue runs, frozen messages, retry notes) is EV_NONE with
 * reason = the text. Fields are space-separated KEY=value tokens (values may
 * be "quoted"); the first occurrence counts and the scan stops at "for" (the
 * recipient list of "<=") and at a token ending in ':' (the remote server's
 * text follows it), so text a client or a remote server wrote cannot set
 * them. Malformed (-1): an empty message, a marker without an address, S=
 * not a number; for the raw log also a missing date. Nothing is allocated.
 */
#include "decode/exim.h"

#include "decode/decoders.h"

enum { SNIFF_LINES = 20 };

struct ex_fields {
	struct str r, t, p, a, u, s, id, c, f;
	struct str h;      /* the H= text as logged */
	struct str orig;   /* the first "<...>" token (a delivery's original address) */
	struct str reason; /* what follows the token ending in ':' */
	bool has_h, stopped;
	uint32_t nfor;
};

static bool is_alnum(char c)
{
	return ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Length of a run of at least min, at most max letters and digits at s[i]. */
static size_t alnum_run(struct str s, size_t i, size_t min, size_t max)
{
	size_t j = i;
	while (j < s.n && j - i <= max && is_alnum(s.p[j]))
		j++;
	return j - i >= min && j - i <= max ? j - i : 0;
}

/* Length of an exim message id at the start of s, followed by a blank or the end; 0 if none. */
static size_t msgid_len(struct str s)
{
	size_t a = alnum_run(s, 0, 6, 6);
	if (!a || a >= s.n || s.p[a] != '-')
		return 0;
	size_t b = alnum_run(s, a + 1, 6, 11);
	size_t i = a + 1 + b;
	if (!b || i >= s.n || s.p[i] != '-')
		return 0;
	size_t c = alnum_run(s, i + 1, 2, 4);
	i += 1 + c;
	if (!c || (i < s.n && s.p[i] != ' ' && s.p[i] != '\t'))
		return 0;
	return i;
}

/* The next blank-separated token of *s ("quoted" parts may hold blanks). */
static struct str next_token(struct str *s)
{
	struct str in = str_skip_blanks(*s);
	size_t i = 0;
	bool inq = false;
	while (i < in.n) {
		char c = in.p[i];
		if (inq) {
			if (c == '\\')
				i++;
			else if (c == '"')
				inq = false;
		} else if (c == '"') {
			inq = true;
		} else if (c == ' ' || c == '\t') {
			break;
		}
		i++;
	}
	if (i > in.n)
		i = in.n;
	struct str tok = str_sub(in, 0, i);
	*s = str_skip_blanks(str_skip(in, i));
	return tok;
}

static bool ends_colon(struct str t)
{
	return t.n && t.p[t.n - 1] == ':';
}

static struct str drop_colon(struct str t)
{
	return ends_colon(t) ? str_sub(t, 0, t.n - 1) : t;
}

/* "<a>" -> "a"; the null path "<>" stays "<>" so it is not mistaken for absent. */
static struct str addr_strip(struct str s)
{
	s = str_trim(s);
	if (s.n == 2 && s.p[0] == '<' && s.p[1] == '>')
		return s;
	return str_unquote(s, '<', '>');
}

/*
 * A host as exim writes it: "name (helo) [ip]:port", each part optional, at
 * the start of *s (after "H=" if any). Sets the source or, when dst, the
 * destination; *s advances past it; *colon says whether its last token ended
 * in ':' (the start of a free text). Returns the host text as logged.
 */
static struct str take_host(struct str *s, struct event *ev, bool dst, bool *colon)
{
	struct str rest = str_skip_blanks(*s), look = rest, tok = next_token(&look);
	const char *start = rest.p;
	struct str name = STR_NULL, addr = STR_NULL;
	uint64_t port = 0;
	*colon = false;
	if (tok.n && tok.p[0] != '(' && tok.p[0] != '[') {
		name = drop_colon(tok);
		*colon = ends_colon(tok);
		rest = look;
		tok = *colon ? STR_NULL : next_token(&look);
	}
	if (tok.n && tok.p[0] == '(') {
		*colon = ends_colon(tok);
		rest = look;
		tok = *colon ? STR_NULL : next_token(&look);
	}
	if (tok.n && tok.p[0] == '[') {
		ptrdiff_t close = str_chr(tok, ']');
		if (close > 0) {
			addr = str_sub(tok, 1, (size_t)close);
			struct str after = str_skip(tok, (size_t)close + 1);
			if (after.n > 1 && after.p[0] == ':' && ascii_digit(after.p[1])) {
				after = str_skip(after, 1);
				(void)str_take_digits(&after, &port);
				if (port > 65535)
					port = 0;
			}
		}
		*colon = ends_colon(tok);
		rest = look;
	}
	struct ip ip;
	bool has = addr.n && ip_parse(addr, &ip) == 0;
	if (dst) {
		ev->dst_host = name;
		ev->has_dst_ip = has;
		if (has)
			ev->dst_ip = ip;
		ev->dst_port = (uint16_t)port;
	} else {
		ev->src_host = name;
		ev->has_src_ip = has;
		if (has)
			ev->src_ip = ip;
		ev->src_port = (uint16_t)port;
	}
	struct str text = {start, rest.p ? (size_t)(rest.p - start) : 0};
	*s = rest;
	return drop_colon(str_trim(text));
}

/* Store a KEY=value token's value (first occurrence wins). */
static void set_key(struct ex_fields *f, struct str key, struct str val)
{
	static const struct {
		struct str key;
		size_t off;
	} keys[] = {
		{STR_INIT("R"), offsetof(struct ex_fields, r)},
		{STR_INIT("T"), offsetof(struct ex_fields, t)},
		{STR_INIT("P"), offsetof(struct ex_fields, p)},
		{STR_INIT("A"), offsetof(struct ex_fields, a)},
		{STR_INIT("U"), offsetof(struct ex_fields, u)},
		{STR_INIT("S"), offsetof(struct ex_fields, s)},
		{STR_INIT("id"), offsetof(struct ex_fields, id)},
		{STR_INIT("C"), offsetof(struct ex_fields, c)},
		{STR_INIT("F"), offsetof(struct ex_fields, f)},
	};
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (!str_eq(key, keys[i].key))
			continue;
		struct str *slot = (struct str *)((char *)f + keys[i].off);
		if (!slot->n)
			*slot = str_unquote(val, '"', '"');
		return; /* the keys differ */
	}
}

/* A "KEY=value" token: 1-8 letters and digits before the '='. */
static bool key_token(struct str tok, ptrdiff_t *eq)
{
	*eq = str_chr(tok, '=');
	if (*eq <= 0 || *eq > 8)
		return false;
	for (ptrdiff_t i = 0; i < *eq; i++)
		if (!is_alnum(tok.p[i]))
			return false;
	return true;
}

/*
 * Scan the KEY=value tokens of s (see the top). stop_for: "for" starts the
 * recipient list (counted in f->nfor). dst: H= is the next hop.
 */
static void scan(struct str s, bool stop_for, bool dst, struct ex_fields *f, struct event *ev)
{
	for (;;) {
		struct str before = s, tok = next_token(&s);
		bool colon = ends_colon(tok);
		if (!tok.n)
			return;
		if (stop_for && str_eq(tok, STR("for"))) {
			while (next_token(&s).n && f->nfor < UINT32_MAX)
				f->nfor++;
			return;
		}
		if (str_starts(tok, STR("H=")) && !f->has_h) {
			struct str h = str_skip(str_skip_blanks(before), 2);
			f->has_h = true;
			f->h = take_host(&h, ev, dst, &colon);
			s = h;
		} else {
			ptrdiff_t eq;
			if (key_token(tok, &eq))
				set_key(f, str_sub(tok, 0, (size_t)eq),
					drop_colon(str_skip(tok, (size_t)eq + 1)));
			else if (tok.p[0] == '<' && !f->orig.n)
				f->orig = drop_colon(tok);
		}
		if (colon) {
			f->reason = str_trim(s);
			f->stopped = true;
			return;
		}
	}
}

/* An enhanced status code ("5.7.1") in text, as a token of its own after a 3-digit reply code. */
static struct str find_dsn(struct str s)
{
	struct str prev = STR_NULL;
	for (int i = 0; i < 64; i++) {
		struct str tok = drop_colon(next_token(&s));
		if (!tok.n)
			break;
		if (prev.n == 3 && ascii_digit(prev.p[0]) && tok.n >= 5 && tok.n <= 11 &&
		    (tok.p[0] == '2' || tok.p[0] == '4' || tok.p[0] == '5') && tok.p[1] == '.') {
			int dots = 0;
			bool ok = tok.p[tok.n - 1] != '.';
			for (size_t j = 1; j < tok.n && ok; j++) {
				dots += tok.p[j] == '.';
				ok = ascii_digit(tok.p[j]) || tok.p[j] == '.';
			}
			if (ok && dots == 2)
				return tok;
		}
		prev = tok;
	}
	return STR_NULL;
}

static int arrival(struct str s, struct event *ev, struct diag *d)
{
	struct ex_fields f = {0};
	struct str sender = next_token(&s);
	uint64_t v;
	if (!sender.n) {
		diag_errorf(d, "'<=' with no sender (expected '<= address H=... P=... S=...')");
		return -1;
	}
	scan(s, true, false, &f, ev);
	ev->kind = EV_MAIL_FROM;
	ev->mail_from = addr_strip(sender);
	ev->relay = f.h;
	ev->proto = f.p;
	ev->msgid = str_unquote(f.id, '<', '>');
	ev->nrcpts = f.nfor;
	if (f.s.n) {
		if (str_to_u64(f.s, UINT64_MAX >> 1, &v) == -1) {
			diag_errorf(d, "S=: expected a size in bytes, got '%.*s'",
				    STR_FMT(str_sub(f.s, 0, 40)));
			return -1;
		}
		ev->size = v;
	}
	if (f.a.n) {
		ptrdiff_t colon = str_chr(f.a, ':');
		ev->mech = colon >= 0 ? str_sub(f.a, 0, (size_t)colon) : f.a;
		ev->user = colon >= 0 ? str_skip(f.a, (size_t)colon + 1) : STR_NULL;
	} else if (f.u.n) {
		ev->user = f.u;
	}
	return 0;
}

static struct str mailer_of(const struct ex_fields *f)
{
	if (str_ifind(f->t, STR("lmtp")) >= 0)
		return STR("lmtp");
	if (str_ifind(f->t, STR("pipe")) >= 0)
		return STR("prog");
	if (str_ifind(f->t, STR("smtp")) >= 0 || f->has_h)
		return STR("smtp");
	return f->t.n ? STR("local") : STR_NULL;
}

/* "=> ADDR ...", "-> ", ">> ", "*> ", "** ", "== " (the marker is m0 m1, already taken). */
static int delivery(char m0, char m1, struct str s, struct event *ev, struct diag *d)
{
	struct ex_fields f = {0};
	struct str addr = next_token(&s);
	if (!addr.n) {
		diag_errorf(d,
			    "delivery record with no address (expected '=> address R=... T=...')");
		return -1;
	}
	if (ends_colon(addr)) {
		addr = drop_colon(addr);
		f.reason = str_trim(s);
	} else {
		scan(s, false, true, &f, ev);
	}
	struct str orig = str_unquote(f.orig, '<', '>');
	ev->rcpt = str_chr(addr, '@') < 0 && orig.n ? orig : addr;
	ev->relay = f.h;
	ev->mailer = mailer_of(&f);
	if (m0 == '*' && m1 == '>') {
		ev->mailer = STR_NULL;
		ev->reason = STR("delivery suppressed");
		return 0;
	}
	ev->kind = EV_MAIL_TO;
	if (m0 == '*') {
		ev->outcome = OUTCOME_FAILURE;
		ev->stat = f.reason.n ? f.reason : STR("failed");
		ev->dsn = find_dsn(f.reason);
	} else if (m0 == '=' && m1 == '=') {
		ev->outcome = OUTCOME_FAILURE;
		ev->stat = STR("Deferred");
		ev->reason = f.reason;
		ev->dsn = find_dsn(f.reason);
	} else {
		ev->outcome = OUTCOME_SUCCESS;
		ev->stat = f.c.n ? f.c : STR("delivered");
		ev->dsn = find_dsn(f.c);
	}
	return 0;
}

/* "AUTH authenticator failed for PEER[ I=...]: reply (set_id=ID)" */
static void auth_failed(struct str msg, ptrdiff_t at, struct event *ev)
{
	struct str s = str_skip(msg, (size_t)at + 26);
	bool colon;
	ev->kind = EV_AUTH;
	ev->outcome = OUTCOME_FAILURE;
	ev->mech = str_sub(msg, 0, (size_t)at);
	if (str_starts(s, STR("H=")))
		s = str_skip(s, 2);
	ev->relay = take_host(&s, ev, false, &colon);
	while (!colon && s.n) {
		struct str tok = next_token(&s);
		colon = ends_colon(tok);
		if (!tok.n)
			break;
	}
	ev->reason = s;
	ptrdiff_t id = str_find(s, STR("(set_id="));
	if (id >= 0) {
		struct str u = str_skip(s, (size_t)id + 8);
		if (u.n && u.p[u.n - 1] == ')')
			u.n--;
		ev->user = u;
		ev->reason = str_trim(str_sub(s, 0, (size_t)id));
	}
}

/* "rejected WHAT ..." after the host: rule_name, rcpt/from and reason. */
static void rejected(struct str s, struct event *ev)
{
	ev->kind = EV_MAIL_REJECT;
	ev->outcome = OUTCOME_FAILURE;
	struct str what = next_token(&s);
	if (str_eq(what, STR("after"))) {
		what = next_token(&s);
	} else if ((str_eq(what, STR("RCPT")) || str_eq(what, STR("MAIL"))) && s.n &&
		   s.p[0] == '<') {
		struct str a = next_token(&s);
		if (what.p[0] == 'R')
			ev->rcpt = drop_colon(a);
		else
			ev->mail_from = addr_strip(drop_colon(a));
	}
	ev->rule_name = drop_colon(what);
	ptrdiff_t colon = ends_colon(what) ? -1 : str_find(s, STR(": "));
	ev->reason = colon >= 0 ? str_trim(str_skip(s, (size_t)colon + 2)) : str_trim(s);
	ev->dsn = find_dsn(ev->reason);
}

/* "H=PEER [I=..] [F=<from>] ... rejected ..." or other H= notes. */
static void host_line(struct str msg, struct event *ev)
{
	struct str s = str_skip(msg, 2);
	bool colon;
	ev->relay = take_host(&s, ev, false, &colon);
	ev->reason = msg;
	while (s.n) {
		struct str before = s, tok = next_token(&s);
		ptrdiff_t eq;
		if (str_eq(tok, STR("temporarily")))
			continue;
		if (str_eq(tok, STR("rejected"))) {
			rejected(s, ev);
			return;
		}
		if (!key_token(tok, &eq)) {
			ev->reason = str_trim(before);
			return;
		}
		if (str_starts(tok, STR("F=")) && !ev->mail_from.n)
			ev->mail_from = addr_strip(drop_colon(str_skip(tok, 2)));
	}
}

/* A PEER after the phrase at the start of s (already skipped). */
static void peer_after(struct str s, struct event *ev)
{
	bool colon;
	if (str_starts(s, STR("H=")))
		s = str_skip(s, 2);
	(void)take_host(&s, ev, false, &colon);
}

static void set_conn(struct event *ev, enum event_kind k, enum event_outcome o, struct str why)
{
	ev->kind = k;
	ev->outcome = o;
	ev->reason = why;
}

/* Lines that do not start with a record marker. */
static void free_text(struct str msg, struct event *ev)
{
	ptrdiff_t at;
	ev->reason = msg;
	if ((at = str_find(msg, STR(" authenticator failed for "))) > 0 &&
	    str_chr(str_sub(msg, 0, (size_t)at), ' ') < 0) {
		auth_failed(msg, at, ev);
	} else if (str_starts(msg, STR("H="))) {
		host_line(msg, ev);
	} else if (str_starts(msg, STR("rejected ")) && (at = str_find(msg, STR(" from "))) > 0) {
		struct str s = str_skip(msg, (size_t)at + 6);
		bool colon;
		if (str_starts(s, STR("H=")))
			s = str_skip(s, 2);
		(void)take_host(&s, ev, false, &colon);
		ev->kind = EV_MAIL_REJECT;
		ev->outcome = OUTCOME_FAILURE;
		struct str w = str_skip(msg, 9);
		ev->rule_name = str_sub(w, 0, (size_t)str_chr(w, ' '));
		ev->reason = str_trim(s);
	} else if (str_starts(msg, STR("SMTP connection from "))) {
		struct str s = str_skip(msg, 21);
		bool colon;
		(void)take_host(&s, ev, false, &colon);
		if (str_starts(s, STR("(TCP/IP connection count")) || s.n == 0)
			set_conn(ev, EV_MAIL_CONNECT, OUTCOME_SUCCESS, STR_NULL);
		else if (str_starts(s, STR("closed by QUIT")))
			set_conn(ev, EV_MAIL_CONNECT, OUTCOME_UNKNOWN, STR("disconnect"));
		else
			set_conn(ev, EV_MAIL_CONNECT, OUTCOME_FAILURE, msg);
	} else if (str_starts(msg, STR("SMTP call from ")) &&
		   str_find(msg, STR(" dropped: ")) > 0) {
		peer_after(str_skip(msg, 15), ev);
		set_conn(ev, EV_MAIL_REJECT, OUTCOME_FAILURE,
			 str_skip(msg, (size_t)str_find(msg, STR(" dropped: ")) + 1));
	} else if (str_starts(msg, STR("SMTP protocol synchronization error")) &&
		   (at = str_find(msg, STR(" from "))) > 0) {
		peer_after(str_skip(msg, (size_t)at + 6), ev);
		set_conn(ev, EV_MAIL_REJECT, OUTCOME_FAILURE, STR("synchronization error"));
	} else if ((at = str_find(msg, STR(" on connection from "))) > 0 &&
		   (str_starts(msg, STR("SMTP ")) || str_starts(msg, STR("TLS error")))) {
		peer_after(str_skip(msg, (size_t)at + 20), ev);
		set_conn(ev, EV_MAIL_CONNECT, OUTCOME_FAILURE, msg);
	} else if (str_starts(msg,
			      STR("unexpected disconnection while reading SMTP command from "))) {
		peer_after(str_skip(msg, 57), ev);
		set_conn(ev, EV_MAIL_CONNECT, OUTCOME_FAILURE, msg);
	} else if (str_starts(msg, STR("Connection from ")) && str_find(msg, STR(" refused")) > 0) {
		peer_after(str_skip(msg, 16), ev);
		set_conn(ev, EV_MAIL_CONNECT, OUTCOME_FAILURE, msg);
	} else if (str_starts(msg, STR("no host name found for IP address "))) {
		ev->has_src_ip = ip_parse(str_trim(str_skip(msg, 34)), &ev->src_ip) == 0;
		ev->reason = STR("bad dns");
	}
}

/* The message text of one exim record (date, pid and syslog framing removed). */
static int exim_decode_text(struct str msg, struct event *ev, struct diag *d)
{
	size_t id = msgid_len(msg);
	ev->service = SVC_SMTP;
	if (id) {
		ev->qid = str_sub(msg, 0, id);
		msg = str_skip_blanks(str_skip(msg, id));
	}
	msg = str_trim(msg);
	if (msg.n == 0) {
		if (id)
			return 0;
		diag_errorf(d, "empty exim message (expected 'MSGID <= ...' or text)");
		return -1;
	}
	if (msg.n >= 2 && (msg.n == 2 || msg.p[2] == ' ')) {
		char a = msg.p[0], b = msg.p[1];
		if (a == '<' && b == '=')
			return arrival(str_skip(msg, 2), ev, d);
		if ((a == '=' && b == '>') || (a == '-' && b == '>') || (a == '>' && b == '>') ||
		    (a == '*' && b == '>') || (a == '*' && b == '*') || (a == '=' && b == '='))
			return delivery(a, b, str_skip_blanks(str_skip(msg, 2)), ev, d);
	}
	if (str_eq(msg, STR("Completed")) || str_starts(msg, STR("Completed "))) {
		ev->stat = STR("Completed");
		return 0;
	}
	free_text(msg, ev);
	return 0;
}

/*
 * "YYYY-MM-DD hh:mm:ss[.fff][ +hhmm]" at the start of *s; advances *s past
 * it and its blanks. 0 or -1.
 */
static int take_date(struct str *s, struct civil *c)
{
	static const size_t digits[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
	struct str t = *s;
	if (t.n < 19 || t.p[4] != '-' || t.p[7] != '-' || t.p[10] != ' ' || t.p[13] != ':' ||
	    t.p[16] != ':')
		return -1;
	for (size_t i = 0; i < sizeof(digits) / sizeof(digits[0]); i++)
		if (!ascii_digit(t.p[digits[i]]))
			return -1;
	*c = (struct civil){0};
	c->year =
		(t.p[0] - '0') * 1000 + (t.p[1] - '0') * 100 + (t.p[2] - '0') * 10 + (t.p[3] - '0');
	c->month = (t.p[5] - '0') * 10 + (t.p[6] - '0');
	c->day = (t.p[8] - '0') * 10 + (t.p[9] - '0');
	c->hour = (t.p[11] - '0') * 10 + (t.p[12] - '0');
	c->min = (t.p[14] - '0') * 10 + (t.p[15] - '0');
	c->sec = (t.p[17] - '0') * 10 + (t.p[18] - '0');
	c->has_year = true;
	if (c->month < 1 || c->month > 12 || c->day < 1 || c->day > 31 || c->hour > 23 ||
	    c->min > 59 || c->sec > 60)
		return -1;
	t = str_skip(t, 19);
	if (t.n && t.p[0] == '.') {
		uint64_t f = 0;
		t = str_skip(t, 1);
		size_t nd = str_take_digits(&t, &f);
		if (nd == 0 || nd > 9)
			return -1;
		while (nd < 6) {
			f *= 10;
			nd++;
		}
		while (nd-- > 6)
			f /= 10;
		c->usec = (int)f;
	}
	if (t.n && t.p[0] != ' ' && t.p[0] != '\t')
		return -1;
	t = str_skip_blanks(t);
	if (t.n >= 5 && (t.p[0] == '+' || t.p[0] == '-') && ascii_digit(t.p[1]) &&
	    ascii_digit(t.p[2]) && ascii_digit(t.p[3]) && ascii_digit(t.p[4]) &&
	    (t.n == 5 || t.p[5] == ' ')) {
		int hh = (t.p[1] - '0') * 10 + (t.p[2] - '0'),
		    mm = (t.p[3] - '0') * 10 + (t.p[4] - '0');
		if (hh <= 18 && mm <= 59) {
			c->offset_min = (t.p[0] == '-' ? -1 : 1) * (hh * 60 + mm);
			c->has_offset = true;
			t = str_skip_blanks(str_skip(t, 5));
		}
	}
	*s = t;
	return 0;
}

/* "[pid] " (log_selector +pid) at the start of *s. */
static bool take_pid(struct str *s, uint32_t *pid)
{
	struct str t = *s;
	uint64_t v;
	if (t.n < 3 || t.p[0] != '[')
		return false;
	t = str_skip(t, 1);
	if (str_take_digits(&t, &v) == 0 || v > UINT32_MAX || !t.n || t.p[0] != ']')
		return false;
	*pid = (uint32_t)v;
	*s = str_skip_blanks(str_skip(t, 1));
	return true;
}

int exim_mainlog_line(struct str line, int default_offset_min, struct event *ev, struct diag *d)
{
	struct civil c;
	event_clear(ev);
	if (line.n > LINE_MAX_BYTES) {
		diag_errorf(d, "line longer than %d bytes, skipped", LINE_MAX_BYTES);
		return -1;
	}
	line = str_trim(line);
	if (take_date(&line, &c) == -1) {
		diag_errorf(d,
			    "expected an exim date 'YYYY-MM-DD hh:mm:ss' at the start of the line");
		return -1;
	}
	ev->ts = civil_to_epoch(&c, default_offset_min);
	ev->tz_offset_min = c.has_offset ? c.offset_min : default_offset_min;
	ev->program = STR("exim");
	(void)take_pid(&line, &ev->pid);
	return exim_decode_text(line, ev, d);
}

/* A line that looks like exim wrote it, after its date. */
static bool looks_exim(struct str s)
{
	static const struct str phrases[] = {
		STR_INIT("Start queue run"),
		STR_INIT("End queue run"),
		STR_INIT("SMTP connection from "),
		STR_INIT("SMTP call from "),
		STR_INIT("no host name found"),
		STR_INIT("exim "),
		STR_INIT("H="),
		STR_INIT("Connection from "),
		STR_INIT("rejected "),
		STR_INIT("unexpected disconnection"),
		STR_INIT("TLS error on connection"),
	};
	uint32_t pid;
	(void)take_pid(&s, &pid);
	size_t id = msgid_len(s);
	if (id)
		return true;
	if (str_find(s, STR(" authenticator failed for ")) > 0)
		return true;
	for (size_t i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++)
		if (str_starts(s, phrases[i]))
			return true;
	return false;
}

int exim_mainlog_sniff(struct str head)
{
	int lines = 0, hits = 0;
	while (head.n && lines < SNIFF_LINES) {
		struct str line = str_trim(str_cut(&head, '\n'));
		struct civil c;
		if (line.n == 0)
			continue;
		if (head.n == 0 && line.n < 20)
			break; /* a cut last line */
		lines++;
		if (take_date(&line, &c) == 0 && looks_exim(line))
			hits++;
	}
	if (hits == 0 || hits * 2 < lines)
		return 0;
	int score = 50 + 45 * hits / lines;
	if (hits < 3 && score > 70)
		score = 70;
	return score;
}

static int exim_decode(const struct syslog_line *sl, struct event *ev, struct diag *d)
{
	struct str msg = str_trim(sl->msg);
	struct civil c;
	uint64_t part;
	if (msg.n > 4 && msg.p[0] == '[') {
		/* "[2\3] text": a long record split over lines; only the first has the record */
		struct str t = str_skip(msg, 1);
		if (str_take_digits(&t, &part) && t.n && t.p[0] == '\\' && str_chr(t, ']') > 0) {
			msg = str_skip_blanks(str_skip(t, (size_t)str_chr(t, ']') + 1));
			if (part > 1) {
				ev->service = SVC_SMTP;
				ev->reason = STR("continuation");
				return 0;
			}
		}
	}
	(void)take_date(&msg, &c);
	(void)take_pid(&msg, &ev->pid);
	return exim_decode_text(msg, ev, d);
}

static const char *const exim_programs[] = {"exim", "exim4", "exim*", NULL};

const struct line_decoder decoder_exim = {
	.name = "exim",
	.programs = exim_programs,
	.decode = exim_decode,
};
