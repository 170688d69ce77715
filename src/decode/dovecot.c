/*
 * dovecot.c - the Dovecot decoder: syslog programs "dovecot" (with or without
 * [pid]) and "dovecot-auth", and the process names Dovecot's own log file and
 * older versions put in the program position: imap-login, pop3-login,
 * submission-login, managesieve-login, auth, auth-worker(...) and auth(...).
 *
 * A message is "[dovecot: ][Level: ]PROCESS: [Level: ]text" (Level: Info,
 * Warning, Error, Fatal, Panic, Debug); PROCESS is the program itself for the
 * process-named forms. The service comes from the login process (imap-login
 * IMAP, pop3-login POP3, submission-login SMTP, managesieve-login OTHER);
 * auth lines name none, so they get the one a "service=NAME" field names, or
 * stay unknown.
 * Login processes ("user=<U>, method=M, rip=IP, lip=IP, rport=, lport=, ..."
 * give user, mech, src_ip/src_port, dst_ip/dst_port):
 *   Login: user=<kim>, method=PLAIN, rip=..., lip=..., mpid=..., TLS, session=<...>
 *                                             -> EV_AUTH SUCCESS
 *   ... (auth failed, N attempts[ in S secs]) ...: user=<kim>, method=PLAIN, rip=...
 *   Aborted login (N authentication attempts): ...        (Dovecot 1.x)
 *                                             -> EV_AUTH FAILURE, count N, reason "auth failed"
 *   ... (tried to use disabled|disallowed ... auth) ...     -> EV_AUTH FAILURE "disallowed auth"
 *   ... (proxy dest auth failed) ...          -> EV_AUTH FAILURE "proxy auth failed"
 *   anything else (no auth attempts, Disconnected, TLS trouble) -> EV_NONE with the client
 * Auth processes (Dovecot 2.4 names the login in the process instead:
 * "auth(USER,IP,SERVICE)<session>: DRIVER: text", also as the program when
 * its own log file is read; otherwise a passdb's verdict is
 * "DRIVER(USER,IP[,<session>]): text", DRIVER
 * one of pam, passwd-file, passwd, shadow, sql, ldap, checkpassword, bsdauth,
 * vpopmail, lua, oauth2, static, imap, dict; any "conn ...: auth-worker<N>: "
 * prefixes before it are skipped):
 *   unknown user / User not known to the underlying authentication module
 *                                             -> EV_AUTH FAILURE "unknown user"
 *   Password mismatch / invalid credentials / pam_authenticate() failed: ...
 *                                             -> EV_AUTH FAILURE "password mismatch"
 *                                                (other pam failures: "pam")
 *   pam_unix(dovecot:auth): authentication failure; ... rhost=IP [user=U]
 *                                             -> EV_AUTH FAILURE "pam_unix" (user= or ruser=)
 *   other passdb/userdb lines                 -> EV_NONE with user and client
 * One failed login shows twice (the passdb line, then the login process's
 * "auth failed, N attempts" when the client leaves): an analyzer counting
 * attempts should take the login-process lines (they carry mech and count).
 * The user name is the client's text: the address is the last "rip=" (it
 * follows user=<...>), and for passdb lines the last "): " after the first
 * "DRIVER(" whose preceding ",IP" parses (a user name holding ",ADDR): " is
 * then read as part of the user; only a password logged by
 * auth_verbose_passwords could still mislead it).
 * Malformed (-1): an empty message, a "Login:" without user=<...>, an
 * attempt count that is not a number. Every slice points into the line.
 */
#include "decode/decoders.h"
#include "decode/kv.h"

/* Drop one "Info: " (or another level) at the start; the levels differ in their first letter. */
static struct str skip_level(struct str s)
{
	struct str level;
	switch (s.n ? s.p[0] : '\0') {
	case 'I':
		level = STR("Info: ");
		break;
	case 'W':
		level = STR("Warning: ");
		break;
	case 'E':
		level = STR("Error: ");
		break;
	case 'F':
		level = STR("Fatal: ");
		break;
	case 'P':
		level = STR("Panic: ");
		break;
	case 'D':
		level = STR("Debug: ");
		break;
	default:
		return s;
	}
	return str_starts(s, level) ? str_skip_blanks(str_skip(s, level.n)) : s;
}

/*
 * A process name "name[(...)][<...>]*" followed by ": " at the start of *s
 * (name: letters, digits, '-'); advances *s past it.
 */
static bool take_process(struct str *s, struct str *proc)
{
	size_t i = 0;
	while (i < s->n && i < 64 &&
	       ((s->p[i] >= 'a' && s->p[i] <= 'z') || ascii_digit(s->p[i]) || s->p[i] == '-'))
		i++;
	if (i == 0)
		return false;
	while (i < s->n && (s->p[i] == '(' || s->p[i] == '<')) {
		char close = s->p[i] == '(' ? ')' : '>';
		ptrdiff_t c = str_chr(str_skip(*s, i), close);
		if (c < 0 || c > 256)
			return false;
		i += (size_t)c + 1;
	}
	if (i + 1 >= s->n || s->p[i] != ':' || s->p[i + 1] != ' ')
		return false;
	*proc = str_sub(*s, 0, i);
	*s = str_skip_blanks(str_skip(*s, i + 2));
	return true;
}

/* s starts with the lowercase prefix in any case (the exact compare settles a lowercase name). */
static bool starts_any_case(struct str s, struct str prefix)
{
	return str_starts(s, prefix) || str_istarts(s, prefix);
}

/* The service a process name starts with (any case); the names differ in their first letter. */
static enum service service_of(struct str proc)
{
	switch (ascii_lower(proc.n ? proc.p[0] : '\0')) {
	case 'i':
		return starts_any_case(proc, STR("imap")) ? SVC_IMAP : SVC_UNKNOWN;
	case 'p':
		return starts_any_case(proc, STR("pop3")) ? SVC_POP3 : SVC_UNKNOWN;
	case 's':
		return starts_any_case(proc, STR("submission")) ? SVC_SMTP : SVC_UNKNOWN;
	case 'l':
		return starts_any_case(proc, STR("lmtp")) ? SVC_SMTP : SVC_UNKNOWN;
	case 'm':
		return starts_any_case(proc, STR("managesieve")) ? SVC_OTHER : SVC_UNKNOWN;
	default:
		return SVC_UNKNOWN;
	}
}

/* A field's value at the start of s: up to ',' or ' '. */
static struct str value_at(struct str s)
{
	size_t i = 0;
	while (i < s.n && s.p[i] != ',' && s.p[i] != ' ')
		i++;
	return str_sub(s, 0, i);
}

/*
 * The value of key ("rip=") as a field: at the start or after ' ' or ',',
 * the last such occurrence, up to ',' or ' '.
 */
static struct str field(struct str s, struct str key, bool last)
{
	ptrdiff_t best = -1;
	size_t base = 0;
	for (ptrdiff_t at; (at = str_find(str_skip(s, base), key)) >= 0;) {
		size_t pos = base + (size_t)at;
		if (pos == 0 || s.p[pos - 1] == ' ' || s.p[pos - 1] == ',') {
			best = (ptrdiff_t)pos;
			if (!last)
				break;
		}
		base = pos + 1;
	}
	if (best < 0)
		return STR_NULL;
	return value_at(str_skip(s, (size_t)best + key.n));
}

static void set_ip(struct str v, struct ip *ip, bool *has, struct str *name)
{
	*has = v.n && ip_parse(v, ip) == 0;
	if (!*has && name)
		*name = v;
}

static uint16_t port_of(struct str v)
{
	uint64_t p;
	return str_to_u64(v, 65535, &p) == 0 ? (uint16_t)p : 0;
}

/*
 * The "KEY=" fields of a login-process line, found in one pass over its '='
 * signs (every key ends in one). Offsets are -1 and slices have a NULL .p
 * when absent.
 */
struct login_keys {
	ptrdiff_t user;   /* the first "user=<" */
	ptrdiff_t rip;    /* the last "rip=": it follows the client's user=<...> */
	ptrdiff_t method; /* the last ", method=" before that rip= */
	/* the value of that rip=, and the first lip=, rport=, lport= after it */
	struct str rip_v, lip_v, rport_v, lport_v;
};

/* s[eq] is '=' and key ends right before it. */
static bool key_before(struct str s, size_t eq, struct str key)
{
	return eq >= key.n && mem_eq(s.p + eq - key.n, key.p, key.n);
}

/* As key_before, and the key starts s or follows ' ' or ',' (a field, as field() finds). */
static bool field_before(struct str s, size_t eq, struct str key)
{
	if (!key_before(s, eq, key))
		return false;
	size_t at = eq - key.n;
	return at == 0 || s.p[at - 1] == ' ' || s.p[at - 1] == ',';
}

/* Fill *k from the login-process message s. */
static void login_keys(struct str s, struct login_keys *k)
{
	ptrdiff_t method = -1;
	*k = (struct login_keys){-1, -1, -1, STR_NULL, STR_NULL, STR_NULL, STR_NULL};
	for (size_t eq = 0;; eq++) {
		ptrdiff_t next = str_chr(str_skip(s, eq), '=');
		if (next < 0)
			break;
		eq += (size_t)next;
		struct str *first = NULL;
		if (key_before(s, eq, STR("rip"))) {
			/* a later rip= starts the fields over */
			k->rip = (ptrdiff_t)eq - 3;
			k->method = method;
			k->rip_v = value_at(str_skip(s, eq + 1));
			k->lip_v = k->rport_v = k->lport_v = STR_NULL;
		} else if (key_before(s, eq, STR(", method"))) {
			method = (ptrdiff_t)eq - 8;
		} else if (key_before(s, eq, STR("user"))) {
			if (k->user < 0 && eq + 1 < s.n && s.p[eq + 1] == '<')
				k->user = (ptrdiff_t)eq - 4;
		} else if (field_before(s, eq, STR("lip"))) {
			first = &k->lip_v;
		} else if (field_before(s, eq, STR("rport"))) {
			first = &k->rport_v;
		} else if (field_before(s, eq, STR("lport"))) {
			first = &k->lport_v;
		}
		if (first && !first->p)
			*first = value_at(str_skip(s, eq + 1));
	}
	if (k->rip < 0)
		k->method = method;
}

/* user=<...>, method=, rip=, lip=, rport=, lport= of a login-process line. */
static void login_fields(struct str s, const struct login_keys *k, struct event *ev)
{
	set_ip(k->rip_v, &ev->src_ip, &ev->has_src_ip, &ev->src_host);
	set_ip(k->lip_v, &ev->dst_ip, &ev->has_dst_ip, NULL);
	ev->src_port = port_of(k->rport_v);
	ev->dst_port = port_of(k->lport_v);
	if (k->user >= 0 && (k->rip < 0 || k->user < k->rip)) {
		struct str head = k->rip >= 0 ? str_sub(s, 0, (size_t)k->rip) : s;
		if (k->method > k->user) {
			ev->mech = value_at(str_skip(head, (size_t)k->method + 9));
			head = str_sub(head, 0, (size_t)k->method);
		}
		struct str v = str_skip(head, (size_t)k->user + 6);
		ptrdiff_t close = str_rchr(v, '>');
		ev->user = close >= 0 ? str_sub(v, 0, (size_t)close) : v;
	} else {
		ev->mech = field(s, STR("method="), true);
	}
}

static void fail(struct event *ev, const char *reason)
{
	ev->kind = EV_AUTH;
	ev->outcome = OUTCOME_FAILURE;
	ev->reason = str_from_c(reason);
}

/* N of "(auth failed, N attempts" or "(N authentication attempts)"; 0 none, -1 bad. */
static int attempts(struct str s, uint32_t *n)
{
	uint64_t v;
	ptrdiff_t at = str_find(s, STR("(auth failed, "));
	struct str t;
	if (at >= 0) {
		t = str_skip(s, (size_t)at + 14);
	} else if ((at = str_find(s, STR(" authentication attempt"))) > 1) {
		size_t b = (size_t)at;
		while (b > 0 && ascii_digit(s.p[b - 1]))
			b--;
		if (b == 0 || s.p[b - 1] != '(' || b == (size_t)at)
			return 0;
		t = str_skip(s, b);
	} else {
		return 0;
	}
	if (str_take_digits(&t, &v) == 0 || v > UINT32_MAX)
		return -1;
	*n = (uint32_t)v;
	return 1;
}

static int decode_login(struct str msg, struct event *ev, struct diag *d)
{
	uint32_t n = 1;
	struct login_keys k;
	login_keys(msg, &k);
	if (str_starts(msg, STR("Login: "))) {
		if (k.user < 0) {
			diag_errorf(d,
				    "Login: without user=<...> (expected 'Login: user=<U>, ...')");
			return -1;
		}
		ev->kind = EV_AUTH;
		ev->outcome = OUTCOME_SUCCESS;
		login_fields(msg, &k, ev);
		return 0;
	}
	login_fields(msg, &k, ev);
	/* the reason in parentheses comes before ": user=" or ": rip=" */
	ptrdiff_t end = str_find(msg, STR(": user="));
	ptrdiff_t r = str_find(msg, STR(": rip="));
	ptrdiff_t m = str_find(msg, STR(": method="));
	if (end < 0 || (r >= 0 && r < end))
		end = r;
	if (end < 0 || (m >= 0 && m < end))
		end = m;
	struct str why = end >= 0 ? str_sub(msg, 0, (size_t)end) : msg;
	int a = attempts(why, &n);
	if (a == -1) {
		diag_errorf(d, "expected a number of attempts in '(auth failed, N attempts'");
		return -1;
	}
	if (a == 1) {
		fail(ev, "auth failed");
		ev->count = n;
	} else if (str_find(why, STR("(tried to use dis")) >= 0) {
		fail(ev, "disallowed auth");
	} else if (str_find(why, STR("(proxy dest auth failed)")) >= 0) {
		fail(ev, "proxy auth failed");
	} else {
		ev->reason = why;
	}
	return 0;
}

static bool is_driver(struct str name)
{
	static const struct str drivers[] = {
		STR_INIT("pam"),           STR_INIT("passwd-file"), STR_INIT("passwd"),
		STR_INIT("shadow"),        STR_INIT("sql"),         STR_INIT("ldap"),
		STR_INIT("checkpassword"), STR_INIT("bsdauth"),     STR_INIT("vpopmail"),
		STR_INIT("lua"),           STR_INIT("oauth2"),      STR_INIT("static"),
		STR_INIT("imap"),          STR_INIT("dict"),
	};
	for (size_t i = 0; i < sizeof(drivers) / sizeof(drivers[0]); i++)
		if (str_eq(name, drivers[i]))
			return true;
	return false;
}

/*
 * "USER,IP[,<session>][,]" -> user and address; false if the part after the
 * user is no address.
 */
static bool split_args(struct str args, struct str *user, struct ip *ip)
{
	if (args.n && args.p[args.n - 1] == ',')
		args.n--;
	if (args.n && args.p[args.n - 1] == '>') {
		ptrdiff_t c = str_rchr(args, ',');
		if (c < 0)
			return false;
		args = str_sub(args, 0, (size_t)c);
	}
	ptrdiff_t c = str_rchr(args, ',');
	if (c < 0 || ip_parse(str_skip(args, (size_t)c + 1), ip) != 0)
		return false;
	*user = str_sub(args, 0, (size_t)c);
	return true;
}

/* A passdb verdict "DRIVER(USER,IP...): text" anywhere in s; its text or an empty slice. */
static struct str passdb(struct str s, struct event *ev, bool *found)
{
	*found = false;
	for (size_t base = 0; base < s.n;) {
		ptrdiff_t open = str_chr(str_skip(s, base), '(');
		if (open < 0)
			break;
		size_t o = base + (size_t)open, b = o;
		while (b > 0 && s.p[b - 1] != ' ' && s.p[b - 1] != ':')
			b--;
		if (is_driver(str_sub(s, b, o))) {
			struct str in = str_skip(s, o + 1);
			ptrdiff_t best = -1;
			struct str user = STR_NULL;
			struct ip ip;
			for (size_t k = 0; k < in.n;) {
				ptrdiff_t close = str_find(str_skip(in, k), STR("): "));
				if (close < 0)
					break;
				size_t cpos = k + (size_t)close;
				if (split_args(str_sub(in, 0, cpos), &user, &ip)) {
					best = (ptrdiff_t)cpos;
					ev->user = user;
					ev->src_ip = ip;
				}
				k = cpos + 1;
			}
			if (best >= 0) {
				ev->has_src_ip = true;
				*found = true;
				return str_trim(str_skip(in, (size_t)best + 3));
			}
		}
		base = o + 1;
	}
	return STR_NULL;
}

/* The verdict text of a passdb ("unknown user", "Password mismatch", ...). */
static void verdict(struct str text, struct event *ev)
{
	ev->reason = text;
	if (str_starts(text, STR("unknown user")) ||
	    str_find(text, STR("User not known to the underlying authentication module")) >= 0)
		fail(ev, "unknown user");
	else if (str_istarts(text, STR("Password mismatch")) ||
		 str_starts(text, STR("invalid credentials")) ||
		 str_ifind(text, STR("(password mismatch?)")) >= 0)
		fail(ev, "password mismatch");
	else if (str_starts(text, STR("pam_authenticate() failed")))
		fail(ev, "pam");
}

/*
 * Dovecot 2.4 names the login in the process: "auth(USER,IP,SERVICE)<session>:
 * DRIVER: text". proc is that process name (its ')' may be missing when
 * syslog framing cut it at the service's ':'). False if it is not that form.
 */
static bool process_login(struct str proc, struct str msg, struct event *ev)
{
	struct str user;
	struct ip ip;
	if (!str_starts(proc, STR("auth(")))
		return false;
	struct str args = str_skip(proc, 5);
	ptrdiff_t close = str_rchr(args, ')');
	if (close >= 0)
		args = str_sub(args, 0, (size_t)close);
	ptrdiff_t svc = str_rchr(args, ',');
	if (svc < 0 || !split_args(str_sub(args, 0, (size_t)svc), &user, &ip))
		return false;
	ev->user = user;
	ev->src_ip = ip;
	ev->has_src_ip = true;
	if (ev->service == SVC_UNKNOWN)
		ev->service = service_of(str_skip(args, (size_t)svc + 1));
	ptrdiff_t colon = str_find(msg, STR(": "));
	if (colon > 0 && is_driver(str_sub(msg, 0, (size_t)colon)))
		msg = str_skip_blanks(str_skip(msg, (size_t)colon + 2));
	verdict(msg, ev);
	return true;
}

static void decode_auth(struct str msg, struct str proc, struct event *ev)
{
	bool found;
	ev->reason = msg;
	ptrdiff_t pu = str_find(msg, STR("pam_unix("));
	if (pu >= 0 && str_find(msg, STR("): authentication failure;")) > pu) {
		struct str rhost = kv_field(msg, STR("rhost="));
		fail(ev, "pam_unix");
		ev->user = kv_field(msg, STR("user="));
		if (!ev->user.n)
			ev->user = kv_field(msg, STR("ruser="));
		set_ip(rhost, &ev->src_ip, &ev->has_src_ip, &ev->src_host);
		return;
	}
	struct str text = passdb(msg, ev, &found);
	if (found)
		verdict(text, ev);
	else
		(void)process_login(proc, msg, ev);
}

static int dovecot_decode(const struct syslog_line *sl, struct event *ev, struct diag *d)
{
	struct str msg = str_trim(sl->msg), proc = STR_NULL;
	if (msg.n == 0) {
		diag_errorf(d, "empty dovecot message (expected 'process: text')");
		return -1;
	}
	if (!str_eq(sl->program, STR("dovecot")) && !str_eq(sl->program, STR("dovecot-auth")))
		proc = sl->program;
	if (str_starts(proc, STR("auth(")) && str_chr(proc, ')') < 0) {
		/* "auth(U,IP,sasl:login)<s>: ..." cut at the ':' by the syslog framing */
		ptrdiff_t end = str_find(msg, STR(": "));
		msg = end >= 0 ? str_skip_blanks(str_skip(msg, (size_t)end + 2)) : STR_NULL;
	}
	if (str_starts(msg, STR("dovecot: ")))
		msg = str_skip_blanks(str_skip(msg, 9));
	msg = skip_level(msg);
	if (!proc.n)
		(void)take_process(&msg, &proc);
	msg = skip_level(msg);
	ev->service = service_of(proc);
	if (ev->service == SVC_UNKNOWN) {
		struct str svc = field(msg, STR("service="), true);
		ev->service = svc.n ? service_of(svc) : SVC_UNKNOWN;
	}
	if (str_ends(proc, STR("-login")))
		return decode_login(msg, ev, d);
	if (str_starts(proc, STR("auth")) || str_eq(sl->program, STR("dovecot-auth")))
		decode_auth(msg, proc, ev);
	else
		ev->reason = msg;
	return 0;
}

static const char *const dovecot_programs[] = {
	"dovecot",           "dovecot-auth", "imap-login",   "pop3-login", "submission-login",
	"managesieve-login", "auth",         "auth-worker*", "auth(*",     NULL,
};

const struct line_decoder decoder_dovecot = {
	.name = "dovecot",
	.programs = dovecot_programs,
	.decode = dovecot_decode,
};
