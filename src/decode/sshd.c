/*
 * sshd.c - the OpenSSH server decoder (programs sshd, sshd-session, sshd-auth).
 *
 * Every event gets service SSH. A leading "error: " or "fatal: " and a trailing
 * " [preauth]" are set aside first. HOST is an address (src_ip) or, when sshd
 * logged a name (UseDNS) or an anonymised address, a name (src_host).
 * EV_AUTH lines (reason is a short, stable tag analyzers can select on):
 *   Failed METHOD for [invalid user ]USER from HOST port N ssh2[: key]
 *                                     -> FAILURE, mech METHOD, reason "invalid user" if so
 *   Accepted METHOD for USER from HOST port N ssh2[: key]          -> SUCCESS, mech METHOD
 *   Invalid user USER from HOST[ port N] (also "Illegal user")      -> FAILURE "invalid user"
 *   User USER from HOST not allowed because ...                     -> FAILURE "not allowed"
 *   User USER not allowed because ... (no address)                  -> FAILURE "not allowed"
 *   ROOT LOGIN REFUSED FROM HOST[ port N]                           -> FAILURE "not allowed"
 *   PAM: Authentication failure|authentication error for [illegal user ]USER from HOST[ via IP]
 *   PAM: User not known to the underlying authentication module for illegal user USER from HOST
 *                                     -> FAILURE "pam"
 *   pam_unix(sshd:auth): authentication failure; ... rhost=HOST[ user=USER]
 *                                     -> FAILURE "pam_unix"
 *   maximum authentication attempts exceeded for [invalid user ]USER from HOST port N ssh2
 *   Disconnecting: Too many authentication failures[ for USER]
 *   Disconnecting (authenticating|invalid) user USER HOST port N: reason
 *                                     -> FAILURE "max attempts" (or "invalid user" for the
 *                                        last form when the reason is another one)
 *   Connection (closed|reset) by (authenticating|invalid) user USER HOST port N [preauth]
 *   Disconnected from (authenticating|invalid) user USER HOST port N [preauth]
 *                                     -> FAILURE "preauth disconnect"
 *   Connection closed by HOST port N [preauth], Connection reset by HOST ... [preauth],
 *   Disconnected from HOST port N [preauth], Received disconnect from HOST[ port N]:C: text
 *   [preauth] (or whose text is "Auth fail" / "No ... authentication methods available")
 *                                     -> FAILURE "preauth disconnect", no user
 *   ("Failed publickey" is logged for every key a client offers before the one that
 *   works: analyzers should weigh mech=publickey failures followed by a success lightly.)
 * One attempt may show in several lines (Invalid user, pam_unix, Failed password): only
 * the Failed/Accepted METHOD lines carry mech, so an analyzer counting attempts counts
 * lines with a mech and one looking for hostile sources may count them all. rsyslog's
 * "message repeated N times: [ ... ]" arrives here unwrapped with ev->count = N.
 * EV_NONE lines with the client filled (reason tag in quotes):
 *   Postponed METHOD for ... ("postponed"), Connection from HOST port N on ... ("connect"),
 *   Connection closed by HOST / Received disconnect ... / Disconnected from user USER HOST
 *   port N without [preauth] ("disconnect"), Did not receive identification string from
 *   HOST ("no banner"), Bad protocol version identification '...' from HOST ("bad banner"),
 *   banner exchange: Connection from HOST port N: ... ("bad banner"), Unable to negotiate
 *   with HOST port N: ... ("kex failed"), ssh_dispatch_run_fatal: Connection from HOST ...
 *   ("protocol error"), Timeout before authentication for [connection from ]HOST ...
 *   ("login timeout"), refused connect from NAME (IP) ("tcp wrappers"), Address IP maps to
 *   NAME, but ... / reverse mapping checking getaddrinfo for NAME [IP] failed ("bad dns"),
 *   Read error from remote host HOST...: ... ("read error"), Magic value check failed ...
 *   from HOST port N ("bad banner"), PAM N more authentication failures; ... rhost=HOST
 *   ("pam summary"; the attempts were logged one by one), pam_unix(sshd:session): session
 *   opened|closed for user USER ("session").
 * Everything else sshd writes is EV_NONE. Malformed (-1): a Failed/Accepted line without
 * "for USER from HOST", a port that is not a number 0-65535.
 * Every slice points into the line; nothing is allocated.
 */
#include "decode/decoders.h"

static void set_host(struct event *ev, struct str h)
{
	h = str_trim(h);
	if (h.n && h.p[h.n - 1] == ':')
		h.n--;
	if (ip_parse(h, &ev->src_ip) == 0) {
		ev->has_src_ip = true;
		ev->src_host = STR_NULL;
	} else {
		ev->has_src_ip = false;
		ev->src_host = h;
	}
}

/*
 * "HOST[ port N][ anything]" at the start of s: sets the source and port.
 * -1 (with a diagnostic) when "port" is followed by something not a port.
 */
static int take_host_port(struct str s, struct event *ev, struct diag *d)
{
	s = str_trim(s);
	size_t i = 0;
	while (i < s.n && s.p[i] != ' ')
		i++;
	set_host(ev, str_sub(s, 0, i));
	s = str_skip(s, i);
	if (str_starts(s, STR(" port "))) {
		uint64_t port;
		s = str_skip(s, 6);
		if (str_take_digits(&s, &port) == 0 || port > 65535 ||
		    (s.n && s.p[0] != ' ' && s.p[0] != ':')) {
			diag_errorf(d, "port: expected a number 0-65535");
			return -1;
		}
		ev->src_port = (uint16_t)port;
	}
	return 0;
}

static void fail(struct event *ev, const char *reason)
{
	ev->kind = EV_AUTH;
	ev->outcome = OUTCOME_FAILURE;
	ev->reason = str_from_c(reason);
}

/* "invalid user X" / "illegal user X" -> X, with the reason set. */
static struct str strip_invalid(struct str user, struct event *ev)
{
	if (str_starts(user, STR("invalid user ")) || str_starts(user, STR("illegal user "))) {
		ev->reason = STR("invalid user");
		return str_skip(user, 13);
	}
	if (str_eq(user, STR("<invalid username>"))) {
		ev->reason = STR("invalid user");
		return STR_NULL;
	}
	return user;
}

/*
 * "[invalid user ]USER from HOST port N ssh2[: extra]". The client chose USER,
 * so it may contain " from ..." itself: the address is the last " from " before
 * the first " ssh2: " (after which sshd writes key data or ruser text).
 */
static int take_user_from(struct str s, struct event *ev, struct diag *d)
{
	struct str head = s;
	ptrdiff_t cut = str_find(s, STR(" ssh2: "));
	if (cut < 0)
		cut = str_find(s, STR(" ssh1: "));
	if (cut >= 0)
		head = str_sub(s, 0, (size_t)cut);
	ptrdiff_t from = str_find_last(head, STR(" from "));
	if (from < 0) {
		head = s;
		from = str_find_last(head, STR(" from "));
	}
	if (from < 0) {
		diag_errorf(d, "expected 'for USER from HOST'");
		return -1;
	}
	ev->user = strip_invalid(str_sub(head, 0, (size_t)from), ev);
	return take_host_port(str_skip(head, (size_t)from + 6), ev, d);
}

/*
 * "USER HOST port N[: reason]": the address is the word before the last
 * " port N" at the end or before ':' (the user may hold spaces).
 */
static int take_user_host_port(struct str s, struct event *ev, struct diag *d)
{
	ptrdiff_t best = -1;
	size_t base = 0;
	for (ptrdiff_t at; (at = str_find(str_skip(s, base), STR(" port "))) >= 0;) {
		size_t p = base + (size_t)at + 6, q = p;
		while (q < s.n && ascii_digit(s.p[q]))
			q++;
		if (q > p && (q == s.n || s.p[q] == ':')) {
			best = (ptrdiff_t)(base + (size_t)at);
			if (q < s.n)
				break; /* ": reason" follows; later text is the reason's */
		}
		base = base + (size_t)at + 1;
	}
	if (best < 0) {
		ptrdiff_t sp = str_rchr(s, ' ');
		ev->user = sp >= 0 ? str_sub(s, 0, (size_t)sp) : STR_NULL;
		set_host(ev, sp >= 0 ? str_skip(s, (size_t)sp + 1) : s);
		return 0;
	}
	struct str left = str_sub(s, 0, (size_t)best);
	ptrdiff_t sp = str_rchr(left, ' ');
	ev->user = sp >= 0 ? str_sub(left, 0, (size_t)sp) : STR_NULL;
	return take_host_port(str_skip(s, sp >= 0 ? (size_t)sp + 1 : 0), ev, d);
}

/* The value of "key=" in a "k=v k=v" list (pam_unix), up to the next space. */
static struct str pam_field(struct str s, struct str key)
{
	ptrdiff_t at = str_find(s, key);
	while (at > 0 && s.p[at - 1] != ' ' && s.p[at - 1] != ';') {
		struct str rest = str_skip(s, (size_t)at + 1);
		ptrdiff_t next = str_find(rest, key);
		at = next < 0 ? -1 : at + 1 + next;
	}
	if (at < 0)
		return STR_NULL;
	struct str v = str_skip(s, (size_t)at + key.n);
	ptrdiff_t sp = str_chr(v, ' ');
	return sp >= 0 ? str_sub(v, 0, (size_t)sp) : v;
}

/* Lines that name the client but are no authentication (EV_NONE). */
static const struct {
	struct str prefix; /* the client follows it */
	struct str reason;
} sshd_notes[] = {
	{STR_INIT("Did not receive identification string from "), STR_INIT("no banner")},
	{STR_INIT("banner exchange: Connection from "), STR_INIT("bad banner")},
	{STR_INIT("Unable to negotiate with "), STR_INIT("kex failed")},
	{STR_INIT("ssh_dispatch_run_fatal: Connection from "), STR_INIT("protocol error")},
	{STR_INIT("Timeout before authentication for connection from "), STR_INIT("login timeout")},
	{STR_INIT("Timeout before authentication for "), STR_INIT("login timeout")},
	{STR_INIT("Connection from "), STR_INIT("connect")},
	{STR_INIT("Address "), STR_INIT("bad dns")},
	{STR_INIT("Read error from remote host "), STR_INIT("read error")},
};

static int decode_notes(struct str msg, struct event *ev, struct diag *d)
{
	for (size_t i = 0; i < sizeof(sshd_notes) / sizeof(sshd_notes[0]); i++) {
		struct str pre = sshd_notes[i].prefix;
		if (str_starts(msg, pre)) {
			ev->reason = sshd_notes[i].reason;
			return take_host_port(str_skip(msg, pre.n), ev, d);
		}
	}
	ptrdiff_t at;
	if ((str_starts(msg, STR("Bad protocol version identification ")) ||
	     str_starts(msg, STR("Magic value check failed "))) &&
	    (at = str_find_last(msg, STR(" from "))) >= 0) {
		ev->reason = STR("bad banner");
		return take_host_port(str_skip(msg, (size_t)at + 6), ev, d);
	}
	if (str_starts(msg, STR("refused connect from "))) {
		struct str s = str_skip(msg, 21);
		ptrdiff_t open = str_rchr(s, '(');
		ev->reason = STR("tcp wrappers");
		if (open >= 0 && s.n && s.p[s.n - 1] == ')')
			set_host(ev, str_sub(s, (size_t)open + 1, s.n - 1));
		else
			set_host(ev, s);
		return 0;
	}
	if (str_starts(msg, STR("reverse mapping checking getaddrinfo for "))) {
		ptrdiff_t open = str_rchr(msg, '['), close = str_rchr(msg, ']');
		ev->reason = STR("bad dns");
		if (open >= 0 && close > open)
			set_host(ev, str_sub(msg, (size_t)open + 1, (size_t)close));
		return 0;
	}
	if (str_starts(msg, STR("PAM ")) &&
	    str_find(msg, STR(" more authentication failure")) > 0) {
		ev->reason = STR("pam summary");
		struct str rhost = pam_field(msg, STR("rhost="));
		if (rhost.n)
			set_host(ev, rhost);
		ev->user = pam_field(msg, STR("user="));
		return 0;
	}
	if (str_starts(msg, STR("pam_unix(sshd:session): session "))) {
		struct str s = str_skip(msg, 32);
		ptrdiff_t fu = str_find(s, STR(" for user "));
		ev->reason = STR("session");
		if (fu >= 0) {
			s = str_skip(s, (size_t)fu + 10);
			ptrdiff_t sp = str_chr(s, ' ');
			ev->user = sp >= 0 ? str_sub(s, 0, (size_t)sp) : s;
		}
		return 0;
	}
	return 0;
}

/* "Connection closed by ...", "Connection reset by ...", "Disconnected from ...". */
static int decode_disconnect(struct str s, bool preauth, struct event *ev, struct diag *d)
{
	if (str_starts(s, STR("authenticating user ")) || str_starts(s, STR("invalid user "))) {
		bool invalid = s.p[0] == 'i';
		fail(ev, "preauth disconnect");
		return take_user_host_port(str_skip(s, invalid ? 13 : 20), ev, d);
	}
	if (str_starts(s, STR("user "))) {
		ev->reason = STR("disconnect");
		return take_user_host_port(str_skip(s, 5), ev, d);
	}
	if (preauth)
		fail(ev, "preauth disconnect");
	else
		ev->reason = STR("disconnect");
	return take_host_port(s, ev, d);
}

/* "Failed|Accepted|Postponed METHOD for [invalid user ]USER from HOST port N ssh2[: key]" */
static int decode_method(struct str msg, struct event *ev, struct diag *d)
{
	bool failed = str_starts(msg, STR("Failed "));
	struct str s = str_skip(msg, (size_t)str_chr(msg, ' ') + 1);
	ptrdiff_t sp = str_find(s, STR(" for "));
	if (sp <= 0) {
		diag_errorf(d, "expected 'METHOD for USER from HOST'");
		return -1;
	}
	if (!str_starts(msg, STR("Postponed ")))
		ev->kind = EV_AUTH;
	ev->outcome = failed ? OUTCOME_FAILURE
			     : (ev->kind == EV_AUTH ? OUTCOME_SUCCESS : OUTCOME_UNKNOWN);
	ev->mech = str_sub(s, 0, (size_t)sp);
	int r = take_user_from(str_skip(s, (size_t)sp + 5), ev, d);
	if (ev->kind == EV_NONE)
		ev->reason = STR("postponed");
	return r;
}

/* "Invalid user USER from HOST[ port N]", also "Illegal user" */
static int decode_invalid(struct str msg, struct event *ev, struct diag *d)
{
	struct str s = str_skip(msg, 13);
	ptrdiff_t from = str_find_last(s, STR(" from "));
	fail(ev, "invalid user");
	if (from < 0) {
		ev->user = s;
		return 0;
	}
	ev->user = str_sub(s, 0, (size_t)from);
	return take_host_port(str_skip(s, (size_t)from + 6), ev, d);
}

/* "User USER[ from HOST] not allowed because ..."; `because` is the offset of that phrase. */
static int decode_not_allowed(struct str msg, ptrdiff_t because, struct event *ev)
{
	struct str s = str_sub(msg, 5, (size_t)because);
	ptrdiff_t from = str_find_last(s, STR(" from "));
	fail(ev, "not allowed");
	if (from < 0) {
		ev->user = s;
		return 0;
	}
	ev->user = str_sub(s, 0, (size_t)from);
	set_host(ev, str_skip(s, (size_t)from + 6));
	return 0;
}

/* "PAM: ... for [illegal user ]USER[ from HOST[ via IP]]" */
static int decode_pam(struct str msg, struct event *ev)
{
	ptrdiff_t f = str_find(msg, STR(" for "));
	if (f < 0)
		return 0;
	struct str s = str_skip(msg, (size_t)f + 5);
	ptrdiff_t from = str_find_last(s, STR(" from "));
	fail(ev, "pam");
	if (from < 0) {
		ev->user = strip_invalid(s, ev);
		return 0;
	}
	ev->user = strip_invalid(str_sub(s, 0, (size_t)from), ev);
	s = str_skip(s, (size_t)from + 6);
	ptrdiff_t via = str_find(s, STR(" via "));
	set_host(ev, via >= 0 ? str_sub(s, 0, (size_t)via) : s);
	return 0;
}

/* "Disconnecting: Too many authentication failures[ for USER]" */
static int decode_too_many(struct str msg, struct event *ev)
{
	struct str s = str_skip(msg, 47);
	fail(ev, "max attempts");
	if (str_starts(s, STR(" for ")))
		ev->user = strip_invalid(str_skip(s, 5), ev);
	ev->reason = STR("max attempts");
	return 0;
}

/* "Disconnecting (authenticating|invalid) user USER HOST port N: reason" */
static int decode_disconnecting(struct str msg, struct event *ev, struct diag *d)
{
	bool invalid = msg.p[14] == 'i';
	bool too_many = str_find(msg, STR("Too many authentication failures")) > 0;
	fail(ev, too_many || !invalid ? "max attempts" : "invalid user");
	return take_user_host_port(str_skip(msg, invalid ? 27 : 34), ev, d);
}

/* "Received disconnect from HOST[ port N]:C: text" */
static int decode_received(struct str msg, bool preauth, struct event *ev, struct diag *d)
{
	if (preauth || str_find(msg, STR(": Auth fail")) > 0 ||
	    str_find(msg, STR("authentication methods available")) > 0)
		fail(ev, "preauth disconnect");
	else
		ev->reason = STR("disconnect");
	return take_host_port(str_skip(msg, 25), ev, d);
}

/*
 * The messages are told apart by their first byte, then by the prefixes that
 * start with it, in the order the top of the file lists them; a line none of
 * them takes is one of the notes.
 */
static int sshd_decode(const struct syslog_line *sl, struct event *ev, struct diag *d)
{
	struct str msg = str_trim(sl->msg);
	bool preauth = false;
	ptrdiff_t at;

	ev->service = SVC_SSH;
	if (str_starts(msg, STR("error: ")) || str_starts(msg, STR("fatal: ")))
		msg = str_trim(str_skip(msg, 7));
	if (str_ends(msg, STR(" [preauth]"))) {
		preauth = true;
		msg = str_trim(str_sub(msg, 0, msg.n - 10));
	}

	switch (msg.n ? msg.p[0] : '\0') {
	case 'A':
		if (str_starts(msg, STR("Accepted ")))
			return decode_method(msg, ev, d);
		break;
	case 'C':
		if (str_starts(msg, STR("Connection closed by ")))
			return decode_disconnect(str_skip(msg, 21), preauth, ev, d);
		if (str_starts(msg, STR("Connection reset by ")))
			return decode_disconnect(str_skip(msg, 20), preauth, ev, d);
		break;
	case 'D':
		if (str_starts(msg, STR("Disconnecting: Too many authentication failures")))
			return decode_too_many(msg, ev);
		if (str_starts(msg, STR("Disconnecting authenticating user ")) ||
		    str_starts(msg, STR("Disconnecting invalid user ")))
			return decode_disconnecting(msg, ev, d);
		if (str_starts(msg, STR("Disconnected from ")))
			return decode_disconnect(str_skip(msg, 18), preauth, ev, d);
		break;
	case 'F':
		if (str_starts(msg, STR("Failed ")))
			return decode_method(msg, ev, d);
		break;
	case 'I':
		if (str_starts(msg, STR("Invalid user ")) || str_starts(msg, STR("Illegal user ")))
			return decode_invalid(msg, ev, d);
		break;
	case 'P':
		if (str_starts(msg, STR("Postponed ")))
			return decode_method(msg, ev, d);
		if (str_starts(msg, STR("PAM: ")))
			return decode_pam(msg, ev);
		break;
	case 'R':
		if (str_starts(msg, STR("ROOT LOGIN REFUSED FROM "))) {
			fail(ev, "not allowed");
			ev->user = STR("root");
			return take_host_port(str_skip(msg, 24), ev, d);
		}
		if (str_starts(msg, STR("Received disconnect from ")))
			return decode_received(msg, preauth, ev, d);
		break;
	case 'U':
		if (str_starts(msg, STR("User ")) &&
		    (at = str_find(msg, STR(" not allowed because "))) > 0)
			return decode_not_allowed(msg, at, ev);
		break;
	case 'm':
		if (str_starts(msg, STR("maximum authentication attempts exceeded for "))) {
			fail(ev, "max attempts");
			int r = take_user_from(str_skip(msg, 45), ev, d);
			ev->reason = STR("max attempts");
			return r;
		}
		break;
	case 'p':
		if (str_starts(msg, STR("pam_unix(sshd:auth): authentication failure;"))) {
			struct str rhost = pam_field(msg, STR("rhost="));
			fail(ev, "pam_unix");
			ev->user = pam_field(msg, STR("user="));
			if (rhost.n)
				set_host(ev, rhost);
			return 0;
		}
		break;
	default:
		break;
	}
	return decode_notes(msg, ev, d);
}

static const char *const sshd_programs[] = {"sshd", "sshd-session", "sshd-auth", NULL};

const struct line_decoder decoder_sshd = {
	.name = "sshd",
	.programs = sshd_programs,
	.decode = sshd_decode,
};
