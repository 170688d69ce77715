/*
 * snort_fast.c - Snort/Suricata alert_fast lines and the engines' syslog
 * alerts to EV_IPS_ALERT events.
 *
 * One grammar serves both framings; after the time (alert_fast only):
 *   [ACTION] [**] [GID:SID:REV] SIGNATURE [**] [Classification: C] [Priority: P]
 *   [other tags] {PROTO} SRC -> DST
 * The syslog form has no "[**]" around the signature and may put ": " and an
 * "<iface>" before {PROTO}. The signature is rule_name, "GID:SID:REV"
 * rule_id, the classification reason, the priority pri (as written). ACTION
 * [Drop] (or block, reject, sdrop) means the engine dropped the packet;
 * [wDrop] is Suricata's "would drop": a drop rule that matched in IDS mode,
 * so nothing was blocked. Endpoints are "a.b.c.d[:port]", "[v6][:port]" or
 * "v6[:port]": an unbracketed IPv6 address carries a port when the protocol
 * has ports (TCP, UDP, SCTP) or Suricata wrote it (it prints ICMP type and
 * code in the port places, which are dropped). An alert on a packet without
 * an IP header (Suricata decoder events "[**] [Raw pkt: ...]", Snort non-IP)
 * has no endpoints.
 */
#include "decode/snort_fast.h"

#include "decode/decoders.h"

enum {
	RULE_ID_TEXT_MAX = 34, /* "4294967295:4294967295:4294967295" */
	PROTO_TEXT_MAX = 16,   /* "IPV6-ICMP", "PROTO:255" */
	ACTION_TAG_MAX = 12,
	SNIFF_LINES = 8,
};

/* How the endpoints after {PROTO} are written. */
enum port_form {
	PORTS_NONE,  /* no port: Snort's ICMP and other non-TCP/UDP packets */
	PORTS_YES,   /* a port follows each address */
	PORTS_TYPES, /* Suricata's ICMP: type and code stand in the port places */
};

struct scan {
	const char *base; /* start of the text d->col counts from, or NULL */
	struct diag *d;
};

static bool is_alnum(char c)
{
	char l = ascii_lower(c);
	return ascii_digit(c) || (l >= 'a' && l <= 'z');
}

static struct str skip_spaces(struct str s)
{
	while (s.n && (s.p[0] == ' ' || s.p[0] == '\t'))
		s = str_skip(s, 1);
	return s;
}

/* Report "expected WHAT, got 'TEXT'" with d->col at `at`; always -1. */
static int expected(const struct scan *sc, struct str at, const char *what)
{
	if (sc->base && at.p >= sc->base)
		sc->d->col = (int)(at.p - sc->base) + 1;
	struct str got = str_trim(at);
	if (got.n == 0)
		diag_errorf(sc->d, "expected %s, got the end of the line", what);
	else
		diag_errorf(sc->d, "expected %s, got '%.*s%s'", what,
			    (int)(got.n > 40 ? 40 : got.n), got.p, got.n > 40 ? "..." : "");
	return -1;
}

/* Exactly n digits at *s, advancing it. */
static int take_digits(struct str *s, size_t n, int *out)
{
	int v = 0;
	if (s->n < n)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (!ascii_digit(s->p[i]))
			return -1;
		v = v * 10 + (s->p[i] - '0');
	}
	*s = str_skip(*s, n);
	*out = v;
	return 0;
}

static int take_char(struct str *s, char c)
{
	if (s->n == 0 || s->p[0] != c)
		return -1;
	*s = str_skip(*s, 1);
	return 0;
}

static int days_in_month(int year, bool has_year, int month)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (month == 2 && has_year && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
		return 28;
	return days[month - 1];
}

/*
 * MM/DD[/YY|/YYYY]-hh:mm:ss[.frac] at the start of *s; advances *s and sets
 * *year_digits (0, 2 or 4). 0 or -1.
 */
static int fast_time(struct str *s, struct civil *out, int *year_digits)
{
	struct civil c = {0};
	struct str t = *s;
	*year_digits = 0;
	if (take_digits(&t, 2, &c.month) == -1 || take_char(&t, '/') == -1 ||
	    take_digits(&t, 2, &c.day) == -1)
		return -1;
	if (t.n && t.p[0] == '/') {
		t = str_skip(t, 1);
		size_t nd = 0;
		while (nd < t.n && ascii_digit(t.p[nd]))
			nd++;
		if ((nd != 2 && nd != 4) || take_digits(&t, nd, &c.year) == -1)
			return -1;
		if (nd == 2)
			c.year += 2000;
		c.has_year = true;
		*year_digits = (int)nd;
	}
	if (take_char(&t, '-') == -1 || take_digits(&t, 2, &c.hour) == -1 ||
	    take_char(&t, ':') == -1 || take_digits(&t, 2, &c.min) == -1 ||
	    take_char(&t, ':') == -1 || take_digits(&t, 2, &c.sec) == -1)
		return -1;
	if (t.n && t.p[0] == '.') {
		size_t i = 1;
		int scale = 100000;
		while (i < t.n && ascii_digit(t.p[i]) && i <= 9) {
			c.usec += (t.p[i] - '0') * scale;
			scale /= 10;
			i++;
		}
		if (i == 1)
			return -1;
		t = str_skip(t, i);
	}
	if (c.month < 1 || c.month > 12 || c.day < 1 ||
	    c.day > days_in_month(c.year, c.has_year, c.month) || c.hour > 23 || c.min > 59 ||
	    c.sec > 60)
		return -1;
	*out = c;
	*s = t;
	return 0;
}

/* "[Drop]" and friends: 1 blocked, 0 not blocked, -1 not an action tag. */
static int action_tag(struct str tag)
{
	static const struct str blocked[] = {STR_INIT("drop"), STR_INIT("block"),
					     STR_INIT("reject"), STR_INIT("sdrop")};
	static const struct str passed[] = {STR_INIT("wdrop"),      STR_INIT("would_drop"),
					    STR_INIT("would drop"), STR_INIT("alert"),
					    STR_INIT("pass"),       STR_INIT("allow")};
	for (size_t i = 0; i < sizeof(blocked) / sizeof(blocked[0]); i++)
		if (str_ieq(tag, blocked[i]))
			return 1;
	for (size_t i = 0; i < sizeof(passed) / sizeof(passed[0]); i++)
		if (str_ieq(tag, passed[i]))
			return 0;
	return -1;
}

/* A leading action tag: sets *blocked and advances *s when there is one. */
static void take_action(struct str *s, bool *blocked)
{
	struct str t = skip_spaces(*s);
	if (t.n < 3 || t.p[0] != '[')
		return;
	ptrdiff_t close = str_chr(str_sub(t, 0, ACTION_TAG_MAX + 2), ']');
	if (close < 0)
		return;
	int a = action_tag(str_sub(t, 1, (size_t)close));
	if (a == -1)
		return;
	*blocked = a == 1;
	*s = str_skip(t, (size_t)close + 1);
}

/* "GID:SID:REV", each a number up to 2^32-1. */
static bool rule_id_valid(struct str id)
{
	for (int part = 0; part < 3; part++) {
		struct str num = str_cut(&id, ':');
		uint64_t v;
		if (str_to_u64(num, UINT32_MAX, &v) == -1 || num.n > 10 || str_trim(num).n != num.n)
			return false;
		if (part < 2 && id.n == 0)
			return false;
	}
	return id.n == 0;
}

/* Spaces in or around the signature are kept; a quoted one (Snort 3) is unquoted. */
static struct str clean_signature(struct str msg)
{
	msg = str_trim(msg);
	if (msg.n >= 2 && msg.p[0] == '"' && msg.p[msg.n - 1] == '"')
		msg = str_trim(str_sub(msg, 1, msg.n - 1));
	return msg;
}

/* Canonical names for the numeric protocols old Suricata wrote ("{6}"). */
static struct str proto_name(struct str p)
{
	static const struct {
		struct str num, name;
	} names[] = {
		{STR_INIT("1"), STR_INIT("ICMP")},   {STR_INIT("6"), STR_INIT("TCP")},
		{STR_INIT("17"), STR_INIT("UDP")},   {STR_INIT("58"), STR_INIT("IPV6-ICMP")},
		{STR_INIT("132"), STR_INIT("SCTP")},
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (str_eq(p, names[i].num))
			return names[i].name;
	return p;
}

static bool proto_is_icmp(struct str p)
{
	return str_ieq(p, STR("ICMP")) || str_ieq(p, STR("IPV6-ICMP")) ||
	       str_ieq(p, STR("ICMPV6")) || str_ieq(p, STR("ICMP6"));
}

static bool proto_has_ports(struct str p)
{
	return str_ieq(p, STR("TCP")) || str_ieq(p, STR("UDP")) || str_ieq(p, STR("SCTP"));
}

static int take_port(struct str s, uint16_t *port)
{
	uint64_t v;
	if (s.n == 0 || s.n > 5 || str_to_u64(s, 65535, &v) == -1 || !ascii_digit(s.p[0]))
		return -1;
	*port = (uint16_t)v;
	return 0;
}

/* One endpoint as written after {PROTO}; see the file comment. 0 or -1. */
static int endpoint(struct str s, enum port_form form, struct ip *ip, uint16_t *port)
{
	*port = 0;
	if (s.n && s.p[0] == '[') {
		ptrdiff_t close = str_chr(s, ']');
		if (close < 0 || ip_parse(str_sub(s, 1, (size_t)close), ip) == -1)
			return -1;
		struct str rest = str_skip(s, (size_t)close + 1);
		if (rest.n == 0)
			return 0;
		return rest.p[0] == ':' ? take_port(str_skip(rest, 1), port) : -1;
	}
	ptrdiff_t first = str_chr(s, ':'), last = str_rchr(s, ':');
	if (first < 0)
		return ip_parse(s, ip);
	if (first == last || form != PORTS_NONE) {
		/* IPv4 with a port, or IPv6 whose last group is the port */
		if (ip_parse(str_sub(s, 0, (size_t)last), ip) == 0 &&
		    take_port(str_skip(s, (size_t)last + 1), port) == 0)
			return 0;
		*port = 0;
		if (first == last)
			return -1;
	}
	return ip_parse(s, ip);
}

/* "SRC -> DST" (then anything, e.g. Xref tags): fills the addresses and ports. */
static int endpoints(const struct scan *sc, struct str s, enum port_form form, struct event *ev)
{
	ptrdiff_t arrow = str_find(s, STR(" -> "));
	if (arrow < 0)
		return expected(sc, s, "'SOURCE -> DESTINATION' after {PROTO}");
	struct str src = str_trim(str_sub(s, 0, (size_t)arrow));
	struct str rest = skip_spaces(str_skip(s, (size_t)arrow + 4));
	struct str dst = str_trim(str_cut(&rest, ' '));
	if (endpoint(src, form, &ev->src_ip, &ev->src_port) == -1)
		return expected(sc, src, "a source address ('10.0.0.1:80', '[2001:db8::1]:80')");
	if (endpoint(dst, form, &ev->dst_ip, &ev->dst_port) == -1)
		return expected(sc, dst,
				"a destination address ('10.0.0.1:80', '[2001:db8::1]:80')");
	ev->has_src_ip = ev->has_dst_ip = true;
	if (form == PORTS_TYPES)
		ev->src_port = ev->dst_port = 0;
	return 0;
}

enum service snort_alert_service(struct str signature, uint16_t dst_port)
{
	static const struct {
		struct str kw;
		enum service svc;
	} kws[] = {
		{STR_INIT("telnet"), SVC_TELNET},
		{STR_INIT("secure shell"), SVC_SSH},
		{STR_INIT("ssh"), SVC_SSH},
		{STR_INIT("smtp"), SVC_SMTP},
		{STR_INIT("ftp"), SVC_FTP},
		{STR_INIT("imap"), SVC_IMAP},
		{STR_INIT("pop3"), SVC_POP3},
		{STR_INIT("rdp"), SVC_OTHER},
		{STR_INIT("remote desktop"), SVC_OTHER},
		{STR_INIT("ms-rdp"), SVC_OTHER},
		{STR_INIT("terminal server"), SVC_OTHER},
	};
	enum service by_port = dst_port ? service_from_port(dst_port) : SVC_UNKNOWN;
	if (by_port != SVC_UNKNOWN && by_port != SVC_OTHER)
		return by_port;
	for (size_t i = 0; i < sizeof(kws) / sizeof(kws[0]); i++) {
		struct str kw = kws[i].kw;
		size_t base = 0;
		for (ptrdiff_t at; (at = str_ifind(str_skip(signature, base), kw)) >= 0;) {
			size_t b = base + (size_t)at, e = b + kw.n;
			bool left = b == 0 || !is_alnum(signature.p[b - 1]);
			bool right = e >= signature.n || !is_alnum(signature.p[e]);
			if (left && right)
				return kws[i].svc;
			base = b + 1;
		}
	}
	return by_port;
}

/*
 * The alert after the time (alert_fast) or the syslog header. fast requires
 * the "[**]" delimiters; suricata says IPv6 endpoints always carry ports.
 * Fills ev's alert fields; does not clear it.
 */
static int alert_body(const struct scan *sc, struct str s, bool fast, bool suricata,
		      struct event *ev)
{
	bool blocked = false;
	take_action(&s, &blocked);
	s = skip_spaces(s);
	bool stars = str_starts(s, STR("[**]"));
	if (stars)
		s = skip_spaces(str_skip(s, 4));
	else if (fast)
		return expected(sc, s, "'[**]' after the time");

	if (s.n == 0 || s.p[0] != '[')
		return expected(sc, s, "'[GID:SID:REV]'");
	ptrdiff_t close = str_chr(str_sub(s, 0, RULE_ID_TEXT_MAX + 2), ']');
	struct str id = close > 0 ? str_sub(s, 1, (size_t)close) : STR_NULL;
	if (close < 0 || !rule_id_valid(id))
		return expected(sc, s, "'[GID:SID:REV]' with three numbers");
	ev->rule_id = id;
	s = str_skip(s, (size_t)close + 1);

	struct str msg;
	if (stars) {
		ptrdiff_t end = str_find(s, STR(" [**]"));
		if (end < 0)
			return expected(sc, s, "the signature then ' [**]'");
		msg = str_sub(s, 0, (size_t)end);
		s = str_skip(s, (size_t)end + 5);
	} else {
		ptrdiff_t c = str_find(s, STR(" [Classification:"));
		ptrdiff_t p = str_find(s, STR(" [Priority:"));
		ptrdiff_t end = c >= 0 && (p < 0 || c < p) ? c : p;
		if (end < 0) {
			end = str_find(s, STR(" {"));
			if (end < 0)
				return expected(sc, s,
						"the signature then '{PROTO}' and the addresses");
		}
		msg = str_sub(s, 0, (size_t)end);
		s = str_skip(s, (size_t)end);
		if (str_ends(str_trim(msg), STR(":")))
			msg = str_sub(str_trim(msg), 0, str_trim(msg).n - 1);
	}
	ev->rule_name = clean_signature(msg);
	if (ev->rule_name.n == 0)
		return expected(sc, msg, "a signature after [GID:SID:REV]");

	/* [Classification: ...] [Priority: N] and tags this decoder does not use */
	for (s = skip_spaces(s); s.n && s.p[0] == '['; s = skip_spaces(s)) {
		ptrdiff_t end = str_chr(s, ']');
		if (end < 0)
			return expected(sc, s, "']' closing the tag");
		struct str tag = str_sub(s, 1, (size_t)end);
		if (str_istarts(tag, STR("Classification:"))) {
			struct str c = str_trim(str_skip(tag, 15));
			if (!str_eq(c, STR("(null)")) && !str_eq(c, STR("fixme")))
				ev->reason = c;
		} else if (str_istarts(tag, STR("Priority:"))) {
			struct str p = str_trim(str_skip(tag, 9));
			uint64_t v;
			if (p.n > 10 || str_to_u64(p, UINT32_MAX, &v) == -1)
				return expected(sc, s, "a number in [Priority: N]");
			ev->pri = p;
		} else if (str_eq(tag, STR("**"))) {
			s = STR_NULL; /* Suricata decoder event: raw packet bytes, no addresses */
			break;
		}
		s = str_skip(s, (size_t)end + 1);
	}
	ev->kind = EV_IPS_ALERT;
	ev->blocked = blocked;
	if (s.n && s.p[0] == ':')
		s = skip_spaces(str_skip(s, 1));
	if (s.n && s.p[0] == '<') {
		ptrdiff_t end = str_chr(s, '>');
		if (end < 0)
			return expected(sc, s, "'>' closing the interface name");
		s = skip_spaces(str_skip(s, (size_t)end + 1));
	}
	if (str_trim(s).n) {
		if (s.p[0] != '{')
			return expected(sc, s, "'{PROTO}' before the addresses");
		ptrdiff_t end = str_chr(str_sub(s, 0, PROTO_TEXT_MAX + 2), '}');
		if (end <= 0)
			return expected(sc, s, "'{PROTO}' such as {TCP}");
		ev->proto = proto_name(str_sub(s, 1, (size_t)end));
		enum port_form form = proto_has_ports(ev->proto) ? PORTS_YES
				      : !suricata                ? PORTS_NONE
				      : proto_is_icmp(ev->proto) ? PORTS_TYPES
								 : PORTS_YES;
		if (endpoints(sc, skip_spaces(str_skip(s, (size_t)end + 1)), form, ev) == -1)
			return -1;
		if (proto_is_icmp(ev->proto))
			ev->src_port = ev->dst_port = 0;
	}
	ev->service = snort_alert_service(ev->rule_name, ev->dst_port);
	return 0;
}

int snort_fast_line_clock(struct str line, struct syslog_clock *clk, struct event *ev,
			  struct diag *d)
{
	struct scan sc = {line.p, d};
	struct civil c;
	int year_digits;

	event_clear(ev);
	d->col = 0;
	if (line.n > LINE_MAX_BYTES) {
		diag_errorf(d, "line longer than %d bytes, skipped", LINE_MAX_BYTES);
		return -1;
	}
	while (line.n && (line.p[line.n - 1] == '\r' || line.p[line.n - 1] == '\n'))
		line.n--;
	struct str s = skip_spaces(line);
	if (fast_time(&s, &c, &year_digits) == -1)
		return expected(&sc, s, "a time 'MM/DD[/YYYY]-hh:mm:ss.uuuuuu' at the start");
	if (s.n == 0 || (s.p[0] != ' ' && s.p[0] != '\t'))
		return expected(&sc, s, "a space after the time");
	/* only Suricata writes four-digit years (Snort -y writes two) */
	bool suricata = year_digits == 4;
	struct event tmp;
	event_clear(&tmp);
	if (alert_body(&sc, s, true, suricata, &tmp) == -1)
		return -1;
	tmp.when = c;
	tmp.ts = syslog_clock_resolve(clk, &c);
	tmp.tz_offset_min = c.offset_min;
	*ev = tmp;
	return 0;
}

int snort_fast_line(struct str line, int year, int offset_min, struct event *ev, struct diag *d)
{
	struct syslog_clock clk;
	syslog_clock_init(&clk, year, offset_min);
	return snort_fast_line_clock(line, &clk, ev, d);
}

int snort_msg_parse(struct str msg, struct event *ev, struct diag *d)
{
	struct scan sc = {NULL, d};
	bool blocked = false;
	struct str s = str_trim(msg);

	if (s.n > LINE_MAX_BYTES) {
		diag_errorf(d, "message longer than %d bytes, skipped", LINE_MAX_BYTES);
		return -1;
	}
	if (s.n && s.p[0] == '{') {
		diag_errorf(d, "EVE JSON sent through syslog is not decoded on the syslog path: "
			       "read the eve.json file (kind suricata-eve)");
		return -1;
	}
	/* only "[ACTION] [**] [GID:SID..." is an alert; other engine messages are notes */
	struct str t = s;
	take_action(&t, &blocked);
	t = skip_spaces(t);
	if (str_starts(t, STR("[**]")))
		t = skip_spaces(str_skip(t, 4));
	size_t i = 1;
	while (i < t.n && i < 12 && ascii_digit(t.p[i]))
		i++;
	if (t.n < 3 || t.p[0] != '[' || i == 1 || i >= t.n || t.p[i] != ':')
		return 0;
	struct event tmp = *ev;
	if (alert_body(&sc, s, false, str_istarts(ev->program, STR("suricata")), &tmp) == -1)
		return -1;
	*ev = tmp;
	return 0;
}

int snort_fast_sniff(struct str head)
{
	const char *end = head.p + head.n;
	int n = 0, ok = 0;
	while (head.n && n < SNIFF_LINES) {
		struct str l = str_cut(&head, '\n');
		bool complete = l.p + l.n < end;
		if (!complete && n > 0)
			break; /* cut mid-line by the peek */
		if (str_trim(l).n == 0)
			continue;
		n++;
		struct event ev;
		struct diag d = {0};
		if (snort_fast_line(l, 2000, 0, &ev, &d) == 0)
			ok++;
	}
	if (n == 0 || ok * 2 < n)
		return 0;
	return 50 + 45 * ok / n;
}

static int snort_decode(const struct syslog_line *sl, struct event *ev, struct diag *d)
{
	return snort_msg_parse(sl->msg, ev, d);
}

static const char *const snort_programs[] = {"snort", "snort3", "suricata", NULL};

const struct line_decoder decoder_snort = {
	.name = "snort",
	.programs = snort_programs,
	.decode = snort_decode,
};
