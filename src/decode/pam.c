/*
 * pam.c - PAM and login-program lines of a small set of programs: login, su,
 * sudo, passwd, systemd-logind, cron (cron, CRON, crond), vsftpd, in.telnetd
 * and telnetd, also in the old Red Hat form "PROGRAM(pam_unix)[pid]: text"
 * (su(pam_unix), login(pam_unix), ...), which includes sshd(pam_unix): sshd's
 * own messages stay with sshd.c, but this form is PAM's. Other programs are
 * not this decoder's.
 *
 * The service is that of the PAM service name (the "SVC" of
 * "pam_unix(SVC:auth)", else the program): login, remote and the telnet
 * daemons give TELNET when a remote host is named and OTHER otherwise (a
 * console); vsftpd, ftp and proftpd FTP; sshd SSH; anything else (su, sudo,
 * passwd, cron) OTHER. Reason tags are short and stable.
 *   pam_MODULE(SVC:auth): authentication failure; logname= uid= euid= tty= ruser=R rhost=H [user=U]
 *   (old form: "authentication failure; ..." under PROGRAM(pam_unix))
 *       -> EV_AUTH FAILURE, reason the module ("pam_unix"), user U (or R when
 *          no user= is logged: vsftpd puts the login name there), src H
 *   FAILED LOGIN (1) on '/dev/pts/1' FROM '1.2.3.4' FOR 'root', Authentication failure
 *   FAILED LOGIN 1 FROM 1.2.3.4 FOR root, Authentication failure   (util-linux)
 *       -> EV_AUTH FAILURE, reason the text after the user ("Authentication failure")
 *   TOO MANY LOGIN TRIES (5) on '/dev/pts/1' FROM '1.2.3.4' FOR 'root', ...
 *       -> EV_AUTH FAILURE "max attempts"
 *   ROOT LOGIN ON tty2 [FROM h] / ROOT LOGIN  on '/dev/pts/0' [from 'h'] /
 *   LOGIN ON pts/1 BY kim [FROM h]
 *       -> EV_AUTH SUCCESS when a remote host is named, else EV_NONE "console login"
 *   pam_MODULE(SVC:session): session opened|closed for user X ... -> EV_NONE "session", user X.
 *       Decision: a session line never names the remote host, so it is no login
 *       success of its own; the success with an address is the login
 *       program's "LOGIN ON ... FROM" line (or vsftpd's "OK LOGIN").
 *   check pass; user unknown -> EV_NONE "user unknown" (the failure line follows)
 *   N more authentication failures; ... -> EV_NONE "pam summary" (logged one by one before)
 *   su: FAILED su for X by Y / FAILED SU (to X) Y on TTY -> EV_AUTH FAILURE "su", user X;
 *       Successful su for X by Y / (to X) Y on TTY -> EV_NONE "su", user X
 *   sudo: Y : TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/bin/sh -> EV_NONE, user Y, reason
 *       the "TTY=... COMMAND=..." text; "Y : N incorrect password attempts ; ..." ->
 *       EV_AUTH FAILURE "incorrect password", count N; "Y : user NOT in sudoers ; ..." or
 *       "command not allowed" -> EV_AUTH FAILURE "not allowed"
 *   vsftpd: [pid N] [U] FAIL LOGIN: Client "IP" -> EV_AUTH FAILURE "vsftpd";
 *       [U] OK LOGIN: Client "IP" -> EV_AUTH SUCCESS; CONNECT: Client "IP" -> EV_NONE "connect"
 *   in.telnetd: connect from H (IP) -> EV_NONE "connect" with the client
 *   systemd-logind: New session N of user X. -> EV_NONE "session", user X
 * Every other line of these programs is EV_NONE with reason = the text. One
 * login attempt may show in two lines (pam_unix's and login's FAILED LOGIN):
 * an analyzer counting attempts per source should count one kind of them.
 * Malformed (-1): an empty message, a FAILED LOGIN without "FOR user", an
 * attempt count that is not a number. Every slice points into the line.
 */
#include "decode/decoders.h"
#include "decode/kv.h"

/* 'x' -> x, "x" -> x. */
static struct str unquote(struct str s)
{
	s = str_trim(s);
	if (s.n >= 2 && s.p[0] == '\'' && s.p[s.n - 1] == '\'')
		return str_sub(s, 1, s.n - 1);
	return str_unquote(s, '"', '"');
}

static void set_host(struct event *ev, struct str h)
{
	h = unquote(h);
	if (ip_parse(h, &ev->src_ip) == 0) {
		ev->has_src_ip = true;
		ev->src_host = STR_NULL;
	} else {
		ev->has_src_ip = false;
		ev->src_host = h;
	}
}

static bool has_host(const struct event *ev)
{
	return ev->has_src_ip || ev->src_host.n;
}

/* The service of a PAM service or program name (see the top). */
static enum service service_of(struct str name, bool remote)
{
	static const struct str telnet[] = {STR_INIT("login"), STR_INIT("remote"),
					    STR_INIT("in.telnetd"), STR_INIT("telnetd"),
					    STR_INIT("telnet")};
	static const struct str ftp[] = {STR_INIT("vsftpd"), STR_INIT("ftp"), STR_INIT("proftpd"),
					 STR_INIT("pure-ftpd")};
	for (size_t i = 0; i < sizeof(telnet) / sizeof(telnet[0]); i++)
		if (str_eq(name, telnet[i]))
			return remote ? SVC_TELNET : SVC_OTHER;
	for (size_t i = 0; i < sizeof(ftp) / sizeof(ftp[0]); i++)
		if (str_eq(name, ftp[i]))
			return SVC_FTP;
	if (str_eq(name, STR("sshd")))
		return SVC_SSH;
	return SVC_OTHER;
}

static void set_kind(struct event *ev, enum event_kind k, enum event_outcome o, struct str why)
{
	ev->kind = k;
	ev->outcome = o;
	ev->reason = why;
}

/* The word after marker (" for user "), without a "(uid=0)" glued to it. */
static struct str user_after(struct str s, struct str marker)
{
	ptrdiff_t at = str_find(s, marker);
	if (at < 0)
		return STR_NULL;
	struct str u = str_skip(s, (size_t)at + marker.n);
	size_t i = 0;
	while (i < u.n && u.p[i] != ' ' && u.p[i] != '(')
		i++;
	return str_sub(u, 0, i);
}

/* The text of a PAM module ("authentication failure; ...", "session opened ..."). */
static void pam_text(struct str s, struct str module, struct str svc, struct event *ev)
{
	ev->reason = s;
	if (str_starts(s, STR("authentication failure;"))) {
		struct str rhost = kv_field(s, STR("rhost="));
		set_kind(ev, EV_AUTH, OUTCOME_FAILURE, module);
		ev->user = kv_field(s, STR("user="));
		if (!ev->user.n)
			ev->user = kv_field(s, STR("ruser="));
		if (rhost.n)
			set_host(ev, rhost);
	} else if (str_starts(s, STR("session opened ")) || str_starts(s, STR("session closed "))) {
		ev->reason = STR("session");
		ev->user = user_after(s, STR(" for user "));
	} else if (str_starts(s, STR("check pass; user unknown"))) {
		ev->reason = STR("user unknown");
	} else if (s.n && ascii_digit(s.p[0]) &&
		   str_find(s, STR(" more authentication failure")) > 0) {
		struct str rhost = kv_field(s, STR("rhost="));
		ev->reason = STR("pam summary");
		ev->user = kv_field(s, STR("user="));
		if (rhost.n)
			set_host(ev, rhost);
	} else if (str_starts(s, STR("password changed for "))) {
		ev->reason = STR("password changed");
		ev->user = user_after(s, STR(" for "));
	}
	ev->service = service_of(svc, has_host(ev));
}

/*
 * "pam_MODULE(SVC:TYPE): text": module and service; *s advances to the
 * text. False if s does not start so.
 */
static bool take_module(struct str *s, struct str *module, struct str *svc)
{
	if (!str_starts(*s, STR("pam_")))
		return false;
	ptrdiff_t open = str_chr(*s, '('), close = str_find(*s, STR("): "));
	if (open < 0 || close < open || open > 64)
		return false;
	struct str inner = str_sub(*s, (size_t)open + 1, (size_t)close);
	ptrdiff_t colon = str_rchr(inner, ':');
	*module = str_sub(*s, 0, (size_t)open);
	*svc = colon >= 0 ? str_sub(inner, 0, (size_t)colon) : inner;
	*s = str_skip_blanks(str_skip(*s, (size_t)close + 3));
	return true;
}

/* "FAILED LOGIN ... [FROM h] FOR u, why" and "TOO MANY LOGIN TRIES ..." */
static int failed_login(struct str s, bool too_many, struct event *ev, struct diag *d)
{
	ptrdiff_t from = str_find(s, STR(" FROM "));
	ptrdiff_t for_at = str_find(from >= 0 ? str_skip(s, (size_t)from + 6) : s, STR(" FOR "));
	if (for_at < 0) {
		diag_errorf(d, "FAILED LOGIN without 'FOR user'");
		return -1;
	}
	if (from >= 0) {
		for_at += from + 6;
		set_host(ev, str_sub(s, (size_t)from + 6, (size_t)for_at));
	}
	struct str u = str_skip(s, (size_t)for_at + 5);
	/* the user is the client's text; the reason after it is PAM's and holds no ", " */
	ptrdiff_t comma =
		u.n && u.p[0] == '\'' ? str_find_last(u, STR("', ")) : str_find_last(u, STR(", "));
	if (comma >= 0 && u.p[0] == '\'')
		comma++;
	set_kind(ev, EV_AUTH, OUTCOME_FAILURE,
		 too_many
			 ? STR("max attempts")
			 : (comma >= 0 ? str_trim(str_skip(u, (size_t)comma + 1)) : STR("failed")));
	ev->user = unquote(comma >= 0 ? str_sub(u, 0, (size_t)comma) : u);
	ev->service = service_of(STR("login"), has_host(ev));
	return 0;
}

/* "ROOT LOGIN ON tty [FROM h]", "ROOT LOGIN  on 'tty' [from 'h']", "LOGIN ON tty BY u [FROM h]". */
static void login_ok(struct str s, struct event *ev)
{
	ptrdiff_t from = str_ifind(s, STR(" from "));
	ptrdiff_t by = str_find(s, STR(" BY "));
	if (str_starts(s, STR("ROOT ")))
		ev->user = STR("root");
	else if (by >= 0)
		ev->user = unquote(str_sub(s, (size_t)by + 4, from > by ? (size_t)from : s.n));
	if (from >= 0) {
		set_host(ev, str_skip(s, (size_t)from + 6));
		set_kind(ev, EV_AUTH, OUTCOME_SUCCESS, STR_NULL);
	} else {
		ev->reason = STR("console login");
	}
	ev->service = service_of(STR("login"), has_host(ev));
}

static void su_line(struct str s, struct event *ev)
{
	ev->service = SVC_OTHER;
	ev->reason = s;
	if (str_starts(s, STR("FAILED su for ")) || str_starts(s, STR("Successful su for "))) {
		bool failed = s.p[0] == 'F';
		ev->user = user_after(s, STR(" su for "));
		if (failed)
			set_kind(ev, EV_AUTH, OUTCOME_FAILURE, STR("su"));
		else
			ev->reason = STR("su");
	} else if (str_starts(s, STR("FAILED SU (to ")) || str_starts(s, STR("(to "))) {
		struct str t = str_skip(s, (size_t)str_find(s, STR("(to ")) + 4);
		ptrdiff_t close = str_chr(t, ')');
		ev->user = close >= 0 ? str_sub(t, 0, (size_t)close) : STR_NULL;
		if (s.p[0] == 'F')
			set_kind(ev, EV_AUTH, OUTCOME_FAILURE, STR("su"));
		else
			ev->reason = STR("su");
	}
}

static int sudo_line(struct str s, struct event *ev, struct diag *d)
{
	ev->service = SVC_OTHER;
	ev->reason = s;
	ptrdiff_t sep = str_find(s, STR(" : "));
	if (sep <= 0)
		return 0;
	ev->user = str_trim(str_sub(s, 0, (size_t)sep));
	struct str rest = str_skip_blanks(str_skip(s, (size_t)sep + 3));
	ev->reason = rest;
	ptrdiff_t inc = str_find(rest, STR(" incorrect password attempt"));
	ptrdiff_t semi = str_find(rest, STR(" ; "));
	struct str head = semi >= 0 ? str_sub(rest, 0, (size_t)semi) : rest;
	if (inc > 0 && (semi < 0 || inc < semi)) {
		uint64_t n;
		if (str_to_u64(str_sub(rest, 0, (size_t)inc), UINT32_MAX, &n) == -1) {
			diag_errorf(d, "sudo: expected 'N incorrect password attempts'");
			return -1;
		}
		set_kind(ev, EV_AUTH, OUTCOME_FAILURE, STR("incorrect password"));
		ev->count = (uint32_t)n;
	} else if (str_find(head, STR("NOT in sudoers")) >= 0 ||
		   str_starts(head, STR("command not allowed"))) {
		set_kind(ev, EV_AUTH, OUTCOME_FAILURE, STR("not allowed"));
	}
	return 0;
}

static void vsftpd_line(struct str s, struct event *ev)
{
	ev->service = SVC_FTP;
	ev->reason = s;
	if (str_starts(s, STR("[pid ")) && str_chr(s, ']') > 0)
		s = str_skip_blanks(str_skip(s, (size_t)str_chr(s, ']') + 1));
	struct str user = STR_NULL;
	if (s.n && s.p[0] == '[' && str_chr(s, ']') > 0) {
		user = str_sub(s, 1, (size_t)str_chr(s, ']'));
		s = str_skip_blanks(str_skip(s, (size_t)str_chr(s, ']') + 1));
	}
	ptrdiff_t client = str_find(s, STR("Client \""));
	if (client >= 0) {
		struct str c = str_skip(s, (size_t)client + 8);
		ptrdiff_t q = str_chr(c, '"');
		set_host(ev, q >= 0 ? str_sub(c, 0, (size_t)q) : c);
	}
	ev->user = user;
	if (str_starts(s, STR("FAIL LOGIN:")))
		set_kind(ev, EV_AUTH, OUTCOME_FAILURE, STR("vsftpd"));
	else if (str_starts(s, STR("OK LOGIN:")))
		set_kind(ev, EV_AUTH, OUTCOME_SUCCESS, STR_NULL);
	else if (str_starts(s, STR("CONNECT:")))
		ev->reason = STR("connect");
}

/* The program's name without an old-style "(pam_unix)" suffix. */
static struct str base_of(struct str program, bool *old)
{
	ptrdiff_t open = str_chr(program, '(');
	*old = open > 0 && str_ends(program, STR(")"));
	return *old ? str_sub(program, 0, (size_t)open) : program;
}

static int pam_decode(const struct syslog_line *sl, struct event *ev, struct diag *d)
{
	struct str msg = str_trim(sl->msg), module, svc;
	bool old;
	struct str base = base_of(sl->program, &old);
	if (msg.n == 0) {
		diag_errorf(d, "empty message (expected a PAM or login record)");
		return -1;
	}
	ev->service = service_of(base, false);
	if (old) {
		pam_text(msg, str_sub(sl->program, base.n + 1, sl->program.n - 1), base, ev);
		return 0;
	}
	if (take_module(&msg, &module, &svc)) {
		pam_text(msg, module, svc, ev);
		return 0;
	}
	ev->reason = msg;
	if (str_starts(msg, STR("FAILED LOGIN")))
		return failed_login(msg, false, ev, d);
	if (str_starts(msg, STR("TOO MANY LOGIN TRIES")))
		return failed_login(msg, true, ev, d);
	if (str_starts(msg, STR("ROOT LOGIN ")) || str_starts(msg, STR("LOGIN ON "))) {
		login_ok(msg, ev);
		return 0;
	}
	if (str_eq(base, STR("su"))) {
		su_line(msg, ev);
		return 0;
	}
	if (str_eq(base, STR("sudo")))
		return sudo_line(msg, ev, d);
	if (str_eq(base, STR("vsftpd"))) {
		vsftpd_line(msg, ev);
		return 0;
	}
	if (str_starts(msg, STR("connect from "))) {
		struct str s = str_skip(msg, 13);
		ptrdiff_t open = str_rchr(s, '(');
		ev->reason = STR("connect");
		if (open >= 0 && s.n && s.p[s.n - 1] == ')')
			set_host(ev, str_sub(s, (size_t)open + 1, s.n - 1));
		else
			set_host(ev, s);
		return 0;
	}
	if (str_starts(msg, STR("New session ")) && str_find(msg, STR(" of user ")) > 0) {
		struct str u = user_after(msg, STR(" of user "));
		if (u.n && u.p[u.n - 1] == '.')
			u.n--;
		ev->user = u;
		ev->reason = STR("session");
	}
	return 0;
}

static const char *const pam_programs[] = {
	"login",
	"su",
	"sudo",
	"passwd",
	"systemd-logind",
	"cron",
	"CRON",
	"crond",
	"vsftpd",
	"in.telnetd",
	"telnetd",
	"login(pam_unix)",
	"su(pam_unix)",
	"sudo(pam_unix)",
	"passwd(pam_unix)",
	"crond(pam_unix)",
	"vsftpd(pam_unix)",
	"sshd(pam_unix)",
	NULL,
};

const struct line_decoder decoder_pam = {
	.name = "pam",
	.programs = pam_programs,
	.decode = pam_decode,
};
