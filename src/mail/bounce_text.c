/*
 * bounce_text.c - the plain-text side of bounce analysis: is a notice a
 * non-delivery report, which recipients does it name, with which SMTP reply
 * and enhanced status codes, and which original headers does it quote.
 *
 * MTAs word their reports differently but build them the same way: a few
 * lines of prose, then each failed address at the start of a line (or after
 * "RCPT TO:", "Recipient:", ">>>") followed by the remote server's reply, then
 * a separator and a copy of the original. The rules below follow that shape
 * instead of one template per MTA; the phrase lists only decide "is this a
 * bounce". Every scan is linear in the (capped) notice length.
 */
#include "mail/bounce_int.h"

#include <string.h>

void bounce_exclude_add(struct bounce_exclude *x, struct str addr)
{
	if (addr.n && x->n < sizeof(x->v) / sizeof(x->v[0]) && !bounce_exclude_has(x, addr))
		x->v[x->n++] = addr;
}

bool bounce_exclude_has(const struct bounce_exclude *x, struct str addr)
{
	for (size_t i = 0; i < x->n; i++)
		if (str_ieq(x->v[i], addr))
			return true;
	return false;
}

struct str btext_collapse(struct arena *a, struct str s, size_t max)
{
	char *p = arena_alloc(a, 1, 1, (ptrdiff_t)(s.n < max ? s.n : max) + 1);
	size_t n = 0;
	bool space = false;
	for (size_t i = 0; i < s.n && n < max; i++) {
		char c = s.p[i];
		if (ascii_space(c) || c == '\0') {
			space = n > 0;
			continue;
		}
		if (space && n < max - 1)
			p[n++] = ' ';
		space = false;
		p[n++] = c;
	}
	p[n] = '\0';
	return (struct str){p, n};
}

static struct str next_line(struct str *rest)
{
	ptrdiff_t nl = str_chr(*rest, '\n');
	struct str l = nl < 0 ? *rest : str_sub(*rest, 0, (size_t)nl);
	*rest = nl < 0 ? str_skip(*rest, rest->n) : str_skip(*rest, (size_t)nl + 1);
	if (l.n && l.p[l.n - 1] == '\r')
		l.n--;
	return l;
}

/* Does line introduce the returned copy of the original message? */
static bool is_separator(struct str line)
{
	static const char *const phrases[] = {
		"below this line is a copy of the message",
		"this is a copy of the message",
		"this is a copy of your message",
		"original message follows",
		"original message -----",
		"original message ------",
		"----- original message",
		"header of the original message",
		"message headers follow",
		"original mail as follows",
		"unsent message follows",
		"returned message follows",
		"message header follows",
		"original message header",
		"original message headers",
		"copy of the original message",
		"the original message was",
		"--- original message",
		"included is a copy",
		"your original message",
		"the headers of the original message",
		"returned mail follows",
		"message text follows",
	};
	struct str t = str_trim(line);
	if (t.n < 12 || t.n > 200)
		return false;
	for (size_t i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++) {
		ptrdiff_t at = str_ifind(t, str_from_c(phrases[i]));
		if (at < 0)
			continue;
		/* "The original message was received at <date>" is sendmail's preamble */
		if (str_ifind(t, STR("was received at")) >= 0)
			return false;
		return true;
	}
	return false;
}

/* A header line a copied original starts with, at column 0. */
static bool starts_header_copy(struct str line)
{
	static const char *const names[] = {
		"Received:", "Return-Path:", "DKIM-Signature:", "Delivered-To:"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (str_istarts(line, str_from_c(names[i])))
			return true;
	return false;
}

struct str btext_split(struct str text, struct str *returned)
{
	struct str rest = text;
	*returned = STR_NULL;
	while (rest.n) {
		const char *beg = rest.p;
		struct str l = next_line(&rest);
		if (is_separator(l) || starts_header_copy(l)) {
			*returned = is_separator(l)
					    ? rest
					    : (struct str){beg, text.n - (size_t)(beg - text.p)};
			return (struct str){text.p, (size_t)(beg - text.p)};
		}
	}
	return text;
}

static bool has_any(struct str s, const char *const *v, size_t n, struct str *which)
{
	for (size_t i = 0; i < n; i++)
		if (str_ifind(s, str_from_c(v[i])) >= 0) {
			if (which)
				*which = str_from_c(v[i]);
			return true;
		}
	return false;
}

/* Phrases only a non-delivery report uses (one MTA dialect each, mostly). */
static const char *const strong_phrases[] = {
	"transcript of session follows",
	"this is the qmail-send program",
	"this is the mail system at host",
	"created automatically by mail delivery software",
	"delivery has failed to these recipients",
	"delivery to the following recipient",
	"did not reach the following recipient",
	"following addresses had permanent fatal errors",
	"following addresses had delivery problems",
	"following address failed",
	"following address(es) failed",
	"wasn't able to deliver your message",
	"was not able to deliver your message",
	"could not be delivered to one or more",
	"could not be delivered to the following",
	"your message could not be delivered",
	"message could not be delivered",
	"was not delivered to",
	"could not deliver your message",
	"couldn't be delivered",
	"unable to deliver your message",
	"there was an error delivering your mail",
	"was rejected by a remote mail server",
	"following recipients could not be reached",
	"following recipient(s) could not be reached",
	"message delivery has failed",
	"permanent delivery failure",
	"delivery status notification",
	"non-delivery report",
	"this is an automatically generated delivery status notification",
	"message you sent could not be delivered",
	"message was undeliverable",
	"undeliverable message",
	"delivery to the following recipients failed",
	"your message wasn't delivered",
	"your message was not delivered",
	"has not been delivered",
	"mail delivery failed",
	"delivery failure",
	"not a member of this mailing list",
	"unable to deliver to",
	"unable to deliver message",
	"error delivering your message",
	"could not be delivered to",
	"failed addresses follow",
	"message was not delivered",
	"delivery failed for the following",
};

/* Phrases that make a report likely, but that other mail could use. */
static const char *const weak_phrases[] = {
	"undeliverable",
	"undelivered",
	"delivery failed",
	"could not be delivered",
	"returned mail",
	"failure notice",
	"permanent error",
	"permanent failure",
	"user unknown",
	"unknown user",
	"no such user",
	"mailbox unavailable",
	"recipient address rejected",
	"mailbox full",
	"quota exceeded",
	"not delivered",
	"delivery problem",
	"rejected by",
	"host unknown",
	"relay denied",
};

static const char *const subject_phrases[] = {
	"undeliver",
	"delivery fail",
	"delivery status notification",
	"mail delivery",
	"failure notice",
	"returned mail",
	"delivery failure",
	"non-deliver",
	"nondeliver",
	"not delivered",
	"delivery notification",
	"mail system error",
	"could not send",
	"delivery problem",
	"mail failure",
	"rejected",
	"returned to sender",
	"warning: could not",
	"could not be delivered",
	"returning to sender",
	"mail failed",
	"failed delivery",
	"delivery error",
	"undelivered",
};

static bool daemon_addr(struct str addr)
{
	static const char *const locals[] = {
		"mailer-daemon", "postmaster",  "mail-daemon", "mailer_daemon", "maildaemon",
		"mailmaster",    "post_master", "bounce",      "bounces",       "mdaemon"};
	ptrdiff_t at = str_chr(addr, '@');
	struct str local = at < 0 ? addr : str_sub(addr, 0, (size_t)at);
	for (size_t i = 0; i < sizeof(locals) / sizeof(locals[0]); i++)
		if (str_ieq(local, str_from_c(locals[i])))
			return true;
	return false;
}

/* A 4xx/5xx SMTP reply code starting at s.p[i]: three digits, bounded. */
static bool reply_code_at(struct str s, size_t i)
{
	if (i + 3 > s.n)
		return false;
	const char *p = s.p + i;
	if (!(p[0] == '4' || p[0] == '5') || p[1] < '0' || p[1] > '5' || p[2] < '0' || p[2] > '9')
		return false;
	if (i > 0) {
		char b = s.p[i - 1];
		if ((b >= '0' && b <= '9') || b == '.' || b == '-' || b == '#' || b == '/' ||
		    (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '=' || b == '_')
			return false;
	}
	if (i + 3 == s.n)
		return true;
	char c = p[3];
	return c == ' ' || c == '-' || c == '\r' || c == '\n' || c == '\t' || c == ':' ||
	       c == ',' || c == ';' || c == ')';
}

/* An RFC 3463 code "d.ddd.ddd" (class 2, 4 or 5) starting at s.p[i]; its length or 0. */
static size_t status_at(struct str s, size_t i, bool failures_only)
{
	const char *p = s.p + i;
	size_t n = s.n - i;
	if (n < 5 || !(p[0] == '4' || p[0] == '5' || (!failures_only && p[0] == '2')) ||
	    p[1] != '.')
		return 0;
	if (i > 0) {
		char b = s.p[i - 1];
		if ((b >= '0' && b <= '9') || b == '.' || (b >= 'a' && b <= 'z') ||
		    (b >= 'A' && b <= 'Z'))
			return 0;
	}
	size_t k = 2, d = 0;
	while (k < n && p[k] >= '0' && p[k] <= '9' && d < 3) {
		k++;
		d++;
	}
	if (d == 0 || k >= n || p[k] != '.')
		return 0;
	k++;
	d = 0;
	while (k < n && p[k] >= '0' && p[k] <= '9' && d < 3) {
		k++;
		d++;
	}
	if (d == 0)
		return 0;
	if (k < n && ((p[k] >= '0' && p[k] <= '9') || p[k] == '.' || (p[k] >= 'a' && p[k] <= 'z') ||
		      (p[k] >= 'A' && p[k] <= 'Z')))
		return 0;
	return k;
}

static bool find_reply_code(struct str s, struct str *out)
{
	for (size_t i = 0; i + 3 <= s.n; i++)
		if (reply_code_at(s, i)) {
			*out = str_sub(s, i, i + 3);
			return true;
		}
	return false;
}

/*
 * The enhanced status code of a reply: first one that directly follows an SMTP
 * reply code ("550 5.7.1", "550-'5.7.1", "550-5.7.26"), else the first anywhere.
 */
static bool find_status(struct str s, struct str *out)
{
	for (size_t i = 0; i + 3 <= s.n; i++) {
		if (!reply_code_at(s, i))
			continue;
		size_t k = i + 3;
		while (k < s.n && k < i + 6 &&
		       (s.p[k] == ' ' || s.p[k] == '-' || s.p[k] == '\'' || s.p[k] == ':' ||
			s.p[k] == '"'))
			k++;
		size_t len = k < s.n ? status_at(s, k, true) : 0;
		if (len) {
			*out = str_sub(s, k, k + len);
			return true;
		}
	}
	for (size_t i = 0; i + 5 <= s.n; i++) {
		size_t k = status_at(s, i, true);
		if (k) {
			*out = str_sub(s, i, i + k);
			return true;
		}
	}
	return false;
}

int btext_bounce_score(const struct message *m, struct str notice, struct str *evidence)
{
	int score = 0;
	struct str which = STR_NULL;
	bool strong = false;
	if (message_header_get(m, STR("X-Failed-Recipients"))) {
		score += 3;
		which = STR("X-Failed-Recipients header");
		strong = true;
	}
	if (has_any(notice, strong_phrases, sizeof(strong_phrases) / sizeof(strong_phrases[0]),
		    &which)) {
		score += 3;
		strong = true;
	} else if (has_any(notice, weak_phrases, sizeof(weak_phrases) / sizeof(weak_phrases[0]),
			   which.n ? NULL : &which)) {
		score += 1;
	}
	bool daemon = false;
	for (size_t i = 0; i < m->from.n; i++)
		daemon = daemon || daemon_addr(m->from.v[i].addr) ||
			 str_ifind(m->from.v[i].name, STR("mail delivery")) >= 0;
	if (daemon) {
		score += 1;
		if (!which.n)
			which = STR("sender is a mail daemon");
	}
	if (m->return_path.line && m->return_path_null)
		score += 1;
	if (has_any(m->subject.value, subject_phrases,
		    sizeof(subject_phrases) / sizeof(subject_phrases[0]), NULL)) {
		score += 1;
		if (!which.n)
			which = STR("subject");
	}
	struct str code;
	if (find_reply_code(notice, &code) || find_status(notice, &code)) {
		score += 1;
		if (!which.n)
			which = STR("SMTP reply code in the text");
	}
	if (!strong && !daemon && score < 3)
		score = 0;
	*evidence = which;
	return score;
}

bool btext_is_autoreply(const struct message *m, struct str *evidence)
{
	static const char *const subjects[] = {
		"auto reply",
		"autoreply",
		"auto-reply",
		"automatic reply",
		"out of office",
		"out of the office",
		"vacation",
		"away from",
		"abwesenheit",
		"réponse automatique",
		"respuesta automática",
		"risposta automatica",
		"autosvar",
		"auto response",
		"auto-response",
	};
	struct str v = m->auto_submitted.value;
	if (m->auto_submitted.line && str_istarts(str_trim(v), STR("auto-replied"))) {
		*evidence = STR("Auto-Submitted: auto-replied");
		return true;
	}
	static const char *const headers[] = {"X-Autoreply", "X-Autorespond", "X-Vacation",
					      "X-Apple-Action", "X-MS-Exchange-Inbox-Rules-Loop"};
	for (size_t i = 0; i < sizeof(headers) / sizeof(headers[0]); i++)
		if (message_header_get(m, str_from_c(headers[i]))) {
			*evidence = str_from_c(headers[i]);
			return true;
		}
	if (str_ieq(str_trim(m->precedence.value), STR("auto_reply"))) {
		*evidence = STR("Precedence: auto_reply");
		return true;
	}
	struct str s = m->subject.value;
	if (s.n &&
	    has_any(str_sub(s, 0, 40), subjects, sizeof(subjects) / sizeof(subjects[0]), NULL)) {
		*evidence = STR("auto-reply subject");
		return true;
	}
	return false;
}

static bool local_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       (c && strchr("!#$%&'*+/=?^_`{|}~.-", c));
}

static bool domain_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '.' || c == '-' || c == '_';
}

/* The address around the '@' at s.p[at]; its start offset in *beg. Empty if none. */
static struct str addr_around(struct str s, size_t at, size_t *beg)
{
	size_t b = at, e = at + 1;
	while (b > 0 && local_char(s.p[b - 1]) && at - b < 128)
		b--;
	while (e < s.n && domain_char(s.p[e]) && e - at < 256)
		e++;
	while (b < at && s.p[b] == '.')
		b++;
	while (e > at + 1 && (s.p[e - 1] == '.' || s.p[e - 1] == '-'))
		e--;
	*beg = b;
	if (b == at || e == at + 1)
		return STR_NULL;
	struct str dom = str_sub(s, at + 1, e);
	bool letter = false;
	for (size_t i = 0; i < dom.n; i++)
		letter = letter || (dom.p[i] >= 'a' && dom.p[i] <= 'z') ||
			 (dom.p[i] >= 'A' && dom.p[i] <= 'Z');
	if (!letter)
		return STR_NULL;
	return str_sub(s, b, e);
}

/* Prefixes that may stand before a failed address at the start of a line. */
static size_t skip_lead(struct str line)
{
	static const char *const leads[] = {
		">>>",
		"<",
		"\"",
		"recipient:",
		"recipient address:",
		"rcpt to:",
		"failed recipient:",
		"original-recipient:",
		"address:",
		"*",
		"-",
		"original recipient:",
		"invalid recipient:",
		"unknown recipient:",
		"email address:",
		"original address:",
	};
	size_t i = 0;
	if (line.n > 5 && reply_code_at(line, 0) && line.p[3] == ' ' && line.p[4] == '<')
		i = 4; /* sendmail transcript: "550 <a@b>... User unknown" */
	for (int round = 0; round < 4; round++) {
		while (i < line.n && ascii_space(line.p[i]))
			i++;
		bool any = false;
		for (size_t k = 0; k < sizeof(leads) / sizeof(leads[0]); k++) {
			struct str l = str_from_c(leads[k]);
			if (str_istarts(str_skip(line, i), l)) {
				i += l.n;
				any = true;
				break;
			}
		}
		if (!any)
			break;
	}
	while (i < line.n && ascii_space(line.p[i]))
		i++;
	return i;
}

struct cand {
	struct str addr;
	struct str line_rest; /* text on its line after the address */
	const char *line_beg; /* for blocks */
	bool strong;
};

enum { CANDS_MAX = 128 };

static bool cand_has(const struct cand *c, size_t n, struct str addr)
{
	for (size_t i = 0; i < n; i++)
		if (str_ieq(c[i].addr, addr))
			return true;
	return false;
}

/* Addresses of the notice, in order; strong when they lead their line. */
static size_t scan_cands(struct str notice, const struct bounce_exclude *x, struct cand *c)
{
	size_t n = 0;
	struct str rest = notice;
	while (rest.n && n < CANDS_MAX) {
		struct str line = next_line(&rest);
		size_t lead = skip_lead(line);
		for (size_t i = 0; i < line.n && n < CANDS_MAX; i++) {
			if (line.p[i] != '@')
				continue;
			size_t beg;
			struct str a = addr_around(line, i, &beg);
			if (!a.n)
				continue;
			i = beg + a.n;
			bool strong = beg == lead;
			if (bounce_exclude_has(x, a))
				continue;
			if (str_chr(str_skip(a, (size_t)str_chr(a, '@')), '.') < 0)
				continue; /* "user@server": a local name, not a recipient */
			/* "a@b <c@d>" at line start: the bracketed one is the address meant */
			if (strong) {
				struct str after = str_trim(str_skip(line, beg + a.n));
				if (after.n > 2 && after.p[0] == '<') {
					ptrdiff_t gt = str_chr(after, '>');
					struct str in =
						gt > 0 ? str_sub(after, 1, (size_t)gt) : STR_NULL;
					if (str_istarts(in, STR("mailto:")))
						in = str_skip(in, 7);
					if (str_chr(in, '@') > 0 && !str_ieq(in, a) &&
					    !bounce_exclude_has(x, in))
						a = in;
				}
			}
			if (cand_has(c, n, a)) {
				for (size_t k = 0; k < n; k++)
					if (str_ieq(c[k].addr, a) && strong && !c[k].strong) {
						c[k].strong = true;
						c[k].line_beg = line.p;
						c[k].line_rest = str_skip(line, beg + a.n);
					}
				continue;
			}
			c[n++] = (struct cand){a, str_skip(line, beg + a.n), line.p, strong};
		}
	}
	return n;
}

/* The lines of notice from the line at beg up to (not including) end. */
static struct str block_of(struct str notice, const char *beg, const char *end)
{
	if (!beg)
		return notice;
	if (!end || end < beg)
		end = notice.p + notice.n;
	return (struct str){beg, (size_t)(end - beg)};
}

static bool generic_status(struct str st)
{
	return st.n == 5 && st.p[1] == '.' && st.p[2] == '0' && st.p[3] == '.' && st.p[4] == '0';
}

void btext_codes(struct str text, struct bounce_rcpt *r)
{
	if (!r->reply_code.n)
		find_reply_code(text, &r->reply_code);
	struct str st;
	if (!r->status.n) {
		find_status(text, &r->status);
	} else if (generic_status(r->status) && find_status(text, &st) && !generic_status(st) &&
		   st.p[0] == r->status.p[0]) {
		r->status = st; /* "5.0.0" in the DSN, "550 5.7.1" from the server: the latter */
	}
}

static struct bounce_rcpt *add_rcpt(struct bounce *b, struct str addr)
{
	for (size_t i = 0; i < b->nrcpts; i++)
		if (str_ieq(b->rcpts[i].addr, addr))
			return NULL;
	if (b->nrcpts >= BOUNCE_RCPTS_MAX)
		return NULL;
	struct bounce_rcpt *r = &b->rcpts[b->nrcpts++];
	*r = (struct bounce_rcpt){.addr = addr, .action = STR("failed")};
	return r;
}

bool btext_recipients(struct arena *a, struct str notice, const struct bounce_exclude *x,
		      struct bounce *b)
{
	struct cand *c = NEW(a, struct cand, CANDS_MAX);
	size_t n = scan_cands(notice, x, c);
	size_t first = b->nrcpts;
	size_t strong = 0;
	for (size_t i = 0; i < n; i++)
		strong += c[i].strong;
	for (size_t i = 0; i < n; i++) {
		bool take = strong ? c[i].strong : !daemon_addr(c[i].addr);
		if (!take)
			continue;
		struct bounce_rcpt *r = add_rcpt(b, arena_strdup(a, c[i].addr));
		if (!r)
			continue;
		/* the block runs to the next recipient's line */
		const char *end = NULL;
		for (size_t k = i + 1; k < n; k++)
			if ((strong ? c[k].strong : true) && c[k].line_beg != c[i].line_beg) {
				end = c[k].line_beg;
				break;
			}
		struct str block = block_of(notice, c[i].line_beg, end);
		struct str body = block;
		ptrdiff_t nl = str_chr(block, '\n');
		struct str rest_of_line = str_trim(c[i].line_rest);
		body = nl < 0 ? rest_of_line : str_skip(block, (size_t)nl + 1);
		if (str_trim(body).n == 0)
			body = rest_of_line;
		r->diagnostic = btext_collapse(a, body, BOUNCE_DIAG_MAX);
		btext_codes(block, r);
		if (!strong)
			break; /* a weak guess names one recipient, not every address */
	}
	/* codes not in a recipient's block: the notice as a whole, when it names one */
	if (b->nrcpts - first == 1) {
		struct bounce_rcpt *r = &b->rcpts[first];
		btext_codes(notice, r);
		if (!r->diagnostic.n || (!r->reply_code.n && !r->status.n))
			r->diagnostic = btext_collapse(a, notice, BOUNCE_DIAG_MAX);
	}
	return strong > 0;
}

bool btext_spam_policy(struct str diagnostic, struct str status)
{
	static const char *const words[] = {
		"spam",      "block",       "blacklist",   "denylist",       "policy",
		"dnsbl",     "reputation",  "junk",        "abuse",          "banned",
		"listed in", "blacklisted", "not allowed", "content filter", "rejected for",
	};
	if (status.n >= 3 && status.p[1] == '.' && status.p[2] == '7')
		return true;
	if (has_any(diagnostic, words, sizeof(words) / sizeof(words[0]), NULL))
		return true;
	/* RBL as a word */
	ptrdiff_t at = str_ifind(diagnostic, STR("rbl"));
	if (at >= 0) {
		char b = at > 0 ? diagnostic.p[at - 1] : ' ';
		char e = (size_t)at + 3 < diagnostic.n ? diagnostic.p[at + 3] : ' ';
		bool lb = !((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'));
		bool le = !((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z'));
		if (lb && le)
			return true;
	}
	return false;
}

/* "Name:" at the start of line (after indentation): the value, possibly empty. */
static bool quoted_field(struct str line, const char *name, struct str *value)
{
	struct str t = line;
	while (t.n && ascii_space(t.p[0]))
		t = str_skip(t, 1);
	struct str nm = str_from_c(name);
	if (!str_istarts(t, nm) || t.n <= nm.n || t.p[nm.n] != ':')
		return false;
	*value = str_trim(str_skip(t, nm.n + 1));
	return true;
}

void btext_quoted_original(struct arena *a, struct str text, struct bounce_original *o)
{
	struct str rest = text;
	struct str *want[] = {&o->message_id, &o->from, &o->to, &o->subject, &o->date};
	const char *names[] = {"Message-ID", "From", "To", "Subject", "Date"};
	bool found = false, had = o->nreceived > 0;
	while (rest.n) {
		struct str line = next_line(&rest);
		struct str rv;
		if (!had && quoted_field(line, "Received", &rv)) {
			/* gather its folded continuation lines */
			char buf[2048];
			size_t n = rv.n < sizeof(buf) ? rv.n : sizeof(buf);
			memcpy(buf, rv.p, n);
			for (;;) {
				struct str peek = rest;
				struct str cont = next_line(&peek);
				struct str body = cont;
				while (body.n && (body.p[0] == '>' || body.p[0] == '|'))
					body = str_skip(body, 1);
				if (!body.n || !ascii_space(body.p[0]) ||
				    quoted_field(cont, "Received", &rv))
					break;
				body = str_trim(body);
				if (n + 1 + body.n > sizeof(buf))
					break;
				buf[n++] = ' ';
				memcpy(buf + n, body.p, body.n);
				n += body.n;
				rest = peek;
			}
			borig_add_received(a, o, (struct str){buf, n});
			continue;
		}
		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
			struct str v;
			if (want[i]->n || !quoted_field(line, names[i], &v))
				continue;
			if (v.n == 0 && rest.n) {
				struct str peek = rest;
				struct str cont = next_line(&peek);
				if (cont.n && ascii_space(cont.p[0]))
					v = str_trim(cont);
			}
			if (i == 0) {
				v = str_trim(v);
				ptrdiff_t lt = str_chr(v, '<');
				if (lt >= 0) {
					struct str in = str_skip(v, (size_t)lt + 1);
					ptrdiff_t gt = str_chr(in, '>');
					v = gt >= 0 ? str_sub(in, 0, (size_t)gt) : in;
				}
				v = str_trim(v);
			}
			if (v.n) {
				*want[i] = arena_strdup(a, v);
				found = true;
			}
		}
	}
	if (found && o->source == BOUNCE_ORIG_NONE)
		o->source = BOUNCE_ORIG_QUOTED;
}

struct str btext_reporting_mta(struct str notice)
{
	static const char *const intros[] = {"qmail-send program at ", "mail system at host ",
					     "Mail Agent v", "MAILER-DAEMON at "};
	for (size_t i = 0; i < sizeof(intros) / sizeof(intros[0]); i++) {
		ptrdiff_t at = str_ifind(notice, str_from_c(intros[i]));
		if (at < 0)
			continue;
		struct str rest = str_skip(notice, (size_t)at + strlen(intros[i]));
		if (i == 2) { /* "DragonFly Mail Agent v0.13 at host." */
			ptrdiff_t k = str_ifind(str_sub(rest, 0, 32), STR(" at "));
			if (k < 0)
				continue;
			rest = str_skip(rest, (size_t)k + 4);
		}
		size_t e = 0;
		while (e < rest.n && domain_char(rest.p[e]))
			e++;
		struct str h = str_sub(rest, 0, e);
		while (h.n && h.p[h.n - 1] == '.')
			h.n--;
		if (h.n)
			return h;
	}
	return STR_NULL;
}
