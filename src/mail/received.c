/*
 * received.c - a forgiving parser of Received header values, and the trust
 * walk that finds where a chain leaves our own servers.
 *
 * The value is cleaned into an arena copy, cut into tokens (words, nested
 * comments, semicolons), and read as clauses: "from", "by", "via", "with",
 * "id", "for". The date is the text after the last semicolon that parses as
 * one. Comments after "from" carry what the receiving server saw (rDNS, the
 * IP in [], helo=, ident); comments anywhere may say "envelope-from" or
 * "authenticated". Every loop is bounded by the token cap; nothing recurses
 * deeper than one comment level. See docs/mail.md for the chain model.
 */
#include "mail/received.h"

#include <stdio.h>
#include <string.h>

enum tok_kind { TOK_WORD, TOK_COMMENT, TOK_SEMI };

struct tok {
	enum tok_kind kind;
	struct str s; /* a word as written; a comment without its outer parentheses */
};

struct toks {
	struct tok t[RECEIVED_TOKENS_MAX];
	size_t n;
};

enum clause { CL_NONE, CL_FROM, CL_BY, CL_VIA, CL_WITH, CL_ID, CL_FOR };

enum { COMMENT_DEPTH_MAX = 16, DATE_TEXT_MAX = 128 };

/* Copy v into the arena without NULs and with CR, LF and TAB as spaces. */
static struct str clean_copy(struct arena *a, struct str v)
{
	char *p = arena_alloc(a, 1, 1, (ptrdiff_t)v.n + 1);
	size_t n = 0;
	for (size_t i = 0; i < v.n; i++) {
		char c = v.p[i];
		if (c == '\0')
			continue;
		p[n++] = (c == '\r' || c == '\n' || c == '\t') ? ' ' : c;
	}
	p[n] = '\0';
	return str_trim((struct str){p, n});
}

/* Offset just past the group opened at s.p[i] (one of ( [ < "), nesting bounded. */
static size_t skip_group(struct str s, size_t i)
{
	char open = s.p[i];
	char close = open == '(' ? ')' : open == '[' ? ']' : open == '<' ? '>' : '"';
	int depth = 0;
	for (size_t j = i; j < s.n; j++) {
		char c = s.p[j];
		if (open == '"' && j > i && c == '"')
			return j + 1;
		if (open != '"' && c == open && depth < COMMENT_DEPTH_MAX) {
			depth++;
		} else if (open != '"' && c == close) {
			if (--depth == 0)
				return j + 1;
		}
	}
	return s.n;
}

static void tokenize(struct str s, struct toks *out)
{
	size_t i = 0;
	ptrdiff_t last_gt = str_rchr(s, '>'); /* a '<' after it opens no <...> group */
	out->n = 0;
	while (i < s.n && out->n < RECEIVED_TOKENS_MAX) {
		char c = s.p[i];
		if (ascii_space(c)) {
			i++;
			continue;
		}
		struct tok *t = &out->t[out->n];
		if (c == ';') {
			*t = (struct tok){TOK_SEMI, str_sub(s, i, i + 1)};
			out->n++;
			i++;
			continue;
		}
		if (c == '(') {
			size_t end = skip_group(s, i);
			size_t inner_end = (end > i + 1 && s.p[end - 1] == ')') ? end - 1 : end;
			*t = (struct tok){TOK_COMMENT, str_trim(str_sub(s, i + 1, inner_end))};
			out->n++;
			i = end;
			continue;
		}
		size_t j = i;
		while (j < s.n && !ascii_space(s.p[j]) && s.p[j] != '(' && s.p[j] != ';') {
			char g = s.p[j];
			if (g == '[' || g == '"' || (g == '<' && (ptrdiff_t)j < last_gt))
				j = skip_group(s, j);
			else
				j++;
		}
		*t = (struct tok){TOK_WORD, str_sub(s, i, j)};
		out->n++;
		i = j;
	}
}

static bool is_word(const struct toks *tk, size_t k)
{
	return k < tk->n && tk->t[k].kind == TOK_WORD;
}

static enum clause keyword(struct str w)
{
	static const struct {
		const char *name;
		enum clause c;
	} kw[] = {{"from", CL_FROM}, {"by", CL_BY}, {"via", CL_VIA},
		  {"with", CL_WITH}, {"id", CL_ID}, {"for", CL_FOR}};
	for (size_t i = 0; i < sizeof(kw) / sizeof(kw[0]); i++)
		if (str_ieq(w, str_from_c(kw[i].name)))
			return kw[i].c;
	return CL_NONE;
}

/* Strip trailing punctuation a clause value picks up: "host," "id;" */
static struct str trim_punct(struct str s)
{
	while (s.n && (s.p[s.n - 1] == ',' || s.p[s.n - 1] == ';' || s.p[s.n - 1] == ':'))
		s.n--;
	return s;
}

/* Strip one level of <>, [] or "" (and a second <> for "<<x>>"). */
static struct str strip_brackets(struct str s)
{
	s = str_unquote(s, '<', '>');
	s = str_unquote(s, '<', '>');
	s = str_unquote(s, '[', ']');
	s = str_unquote(s, '"', '"');
	return s;
}

/*
 * Parse an address as Received headers write it: "1.2.3.4", "[1.2.3.4]",
 * "[1.2.3.4]:25", "1.2.3.4:25", "[1.2.3.4.25]" (old Exim port suffix),
 * "[IPv6:2001:db8::1]", "[fe80::1%6]", "[(1.2.3.4)]", "::ffff:1.2.3.4".
 */
static int parse_ip(struct str s, struct ip *out)
{
	s = trim_punct(str_trim(s));
	if (s.n && s.p[0] == '[') {
		ptrdiff_t close = str_rchr(s, ']');
		if (close < 0)
			return -1;
		s = str_sub(s, 1, (size_t)close);
		s = str_trim(str_unquote(str_trim(s), '(', ')'));
	} else {
		s = str_unquote(s, '(', ')');
	}
	ptrdiff_t pct = str_chr(s, '%');
	if (pct >= 0)
		s.n = (size_t)pct;
	if (s.n == 0 || s.n > IP_TEXT_MAX + 5)
		return -1;
	if (ip_parse(s, out) == 0)
		return 0;
	/* IPv4 with a port: one colon ("1.2.3.4:25") or a fifth dotted part */
	ptrdiff_t colon = str_chr(s, ':');
	if (colon > 0 && str_rchr(s, ':') == colon && str_chr(s, '.') >= 0)
		return ip_parse(str_sub(s, 0, (size_t)colon), out);
	int dots = 0;
	size_t cut = 0;
	for (size_t i = 0; i < s.n; i++) {
		if (s.p[i] == '.' && ++dots == 4)
			cut = i;
		else if (s.p[i] != '.' && (s.p[i] < '0' || s.p[i] > '9'))
			return -1;
	}
	if (dots == 4)
		return ip_parse(str_sub(s, 0, cut), out);
	return -1;
}

static bool looks_like_host(struct str s)
{
	if (s.n == 0 || str_chr(s, '.') < 0 || str_chr(s, '@') >= 0)
		return false;
	for (size_t i = 0; i < s.n; i++) {
		char c = s.p[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '-' || c == '_'))
			return false;
	}
	return true;
}

static bool is_unknown_name(struct str s)
{
	return str_ieq(s, STR("unknown")) || str_ieq(s, STR("softdnserr")) ||
	       str_ieq(s, STR("unverified")) || str_ieq(s, STR("may"));
}

static void set_ip(struct received_hop *h, const struct ip *ip, bool literal)
{
	if (h->has_from_ip && !h->ip_from_literal)
		return;
	if (h->has_from_ip && literal)
		return;
	h->from_ip = *ip;
	h->has_from_ip = true;
	h->ip_from_literal = literal;
}

static void set_rdns(struct received_hop *h, struct str name)
{
	name = trim_punct(str_unquote(name, '<', '>'));
	if (h->from_rdns.n || name.n == 0 || is_unknown_name(name))
		return;
	struct ip tmp;
	if (parse_ip(name, &tmp) == 0)
		return;
	h->from_rdns = name;
}

/* Cut the next space- or comma-separated word off *s, keeping [] groups whole. */
static struct str next_sub(struct str *s)
{
	size_t i = 0;
	while (i < s->n && (ascii_space(s->p[i]) || s->p[i] == ','))
		i++;
	size_t j = i;
	while (j < s->n && !ascii_space(s->p[j]) && s->p[j] != ',') {
		if (s->p[j] == '[' || s->p[j] == '(')
			j = skip_group(*s, j);
		else
			j++;
	}
	struct str w = str_sub(*s, i, j);
	*s = str_skip(*s, j);
	return w;
}

static bool is_helo_word(struct str w)
{
	return str_ieq(w, STR("HELO")) || str_ieq(w, STR("EHLO")) || str_ieq(w, STR("LHLO")) ||
	       str_ieq(w, STR("HELLO"));
}

/* Remarks any comment may carry, wherever it stands. */
static void generic_comment(struct received_hop *h, struct str c)
{
	static const char *const env[] = {"envelope-from", "envelope-sender", "envelope sender"};
	for (size_t i = 0; i < sizeof(env) / sizeof(env[0]); i++) {
		if (!str_istarts(c, str_from_c(env[i])))
			continue;
		struct str rest = str_skip(c, strlen(env[i]));
		if (rest.n && rest.p[0] == ':')
			rest = str_skip(rest, 1);
		struct str w = trim_punct(strip_brackets(trim_punct(next_sub(&rest))));
		if (!h->envelope_from.n && w.n)
			h->envelope_from = w;
		return;
	}
	if (str_istarts(c, STR("using ")) && !h->tls.n)
		h->tls = c;
	if (str_istarts(c, STR("authenticated")) || str_istarts(c, STR("auth:")) ||
	    str_ifind(c, STR(" authenticated user ")) >= 0)
		h->authenticated = true;
	if (str_istarts(c, STR("qmail ")) && str_ifind(c, STR(" invoked ")) >= 0)
		h->local = true;
	if (str_ifind(c, STR("from userid")) >= 0)
		h->local = true;
}

/*
 * A comment after the from clause: what the receiving server saw. Handles
 * "rdns [ip]", "rdns [ip] (may be forged)", "[ip]:port helo=x ident=y",
 * "HELO x", "ident@ip", "ident@rdns [ip]", "IDENT:user@host [ip]", "ip",
 * "rdns", "account user HELO x", "ip, HELO x".
 */
static void from_comment(struct received_hop *h, struct str c)
{
	struct str rest = c;
	struct str prev = STR_NULL;
	bool ip_seen = false;
	int words = 0;
	struct str only = STR_NULL;
	for (int guard = 0; guard < 64 && rest.n; guard++) {
		struct str w = next_sub(&rest);
		if (w.n == 0)
			break;
		words++;
		only = w;
		struct ip ip;
		if (w.p[0] == '(') {
			continue; /* nested remark such as "(may be forged)" */
		}
		if (is_helo_word(w)) {
			struct str save = rest;
			struct str arg = next_sub(&rest);
			if (arg.n && arg.p[0] == '(') {
				rest = save;
				arg = STR_NULL;
			}
			h->helo = arg;
			h->helo_stated = true;
			prev = STR_NULL;
			continue;
		}
		if (str_istarts(w, STR("helo="))) {
			h->helo = str_skip(w, 5);
			h->helo_stated = true;
			continue;
		}
		if (str_istarts(w, STR("ident="))) {
			if (!h->ident.n)
				h->ident = str_unquote(str_skip(w, 6), '[', ']');
			continue;
		}
		if (str_istarts(w, STR("IDENT:"))) {
			if (!h->ident.n)
				h->ident = str_skip(w, 6);
			prev = STR_NULL;
			continue;
		}
		ptrdiff_t br = str_chr(w, '[');
		if (br >= 0) {
			struct str before = str_sub(w, 0, (size_t)br);
			struct str lit = str_skip(w, (size_t)br);
			if (parse_ip(lit, &ip) == 0) {
				if (!ip_seen)
					set_ip(h, &ip, false);
				ip_seen = true;
				if (before.n && before.p[before.n - 1] == '@') {
					if (!h->ident.n)
						h->ident = str_sub(before, 0, before.n - 1);
				} else if (before.n) {
					set_rdns(h, before);
				} else if (prev.n) {
					ptrdiff_t pat = str_rchr(prev, '@');
					if (pat >= 0) { /* sendmail "user@rdns [ip]" */
						if (!h->ident.n)
							h->ident = str_sub(prev, 0, (size_t)pat);
						set_rdns(h, str_skip(prev, (size_t)pat + 1));
					} else {
						set_rdns(h, prev);
					}
				}
			}
			prev = STR_NULL;
			continue;
		}
		ptrdiff_t at = str_rchr(w, '@');
		if (at > 0 && parse_ip(str_skip(w, (size_t)at + 1), &ip) == 0) {
			if (!ip_seen)
				set_ip(h, &ip, false);
			ip_seen = true;
			if (!h->ident.n)
				h->ident = str_sub(w, 0, (size_t)at);
			prev = STR_NULL;
			continue;
		}
		if (!ip_seen && parse_ip(w, &ip) == 0) {
			set_ip(h, &ip, false);
			ip_seen = true;
			if (prev.n)
				set_rdns(h, prev);
			prev = STR_NULL;
			continue;
		}
		prev = w;
	}
	/* "(rdns)", "(ident@host)" and "(rdns verified)" alone */
	if (!ip_seen && words >= 1 && !h->helo_stated) {
		struct str first = c;
		first = next_sub(&first);
		ptrdiff_t at = str_rchr(only, '@');
		if (words == 1 && at > 0 && looks_like_host(str_skip(only, (size_t)at + 1))) {
			if (!h->ident.n) /* sendmail "(user@host)": a local submission */
				h->ident = str_sub(only, 0, (size_t)at);
			set_rdns(h, str_skip(only, (size_t)at + 1));
		} else if (looks_like_host(trim_punct(str_unquote(first, '<', '>'))) &&
			   (words == 1 || words == 2)) {
			set_rdns(h, first);
		}
	}
}

/* "claiming to be "x"" (smap) and a bare "[ip]" after the from word. */
static void from_extra_word(struct received_hop *h, const struct toks *tk, size_t k)
{
	struct str w = tk->t[k].s;
	struct ip ip;
	if (w.n && w.p[0] == '[' && parse_ip(w, &ip) == 0) {
		set_ip(h, &ip, false);
		return;
	}
	if (str_ieq(w, STR("claiming")) && k + 3 < tk->n && str_ieq(tk->t[k + 1].s, STR("to")) &&
	    str_ieq(tk->t[k + 2].s, STR("be")) && tk->t[k + 3].kind == TOK_WORD) {
		h->helo = trim_punct(str_unquote(trim_punct(tk->t[k + 3].s), '"', '"'));
		h->helo_stated = true;
		return;
	}
	if (str_ieq(w, STR("pickup")))
		h->local = true;
}

static void set_from_word(struct received_hop *h, struct str w)
{
	w = trim_punct(w);
	h->from_name = w;
	struct ip ip;
	if (parse_ip(w, &ip) == 0)
		set_ip(h, &ip, true);
}

static bool with_is_authenticated(struct str w)
{
	static const char *const auth[] = {"ESMTPA",    "ESMTPSA",    "LMTPA",
					   "LMTPSA",    "ASMTP",      "SMTPA",
					   "UTF8SMTPA", "UTF8SMTPSA", "ESMTPSA/TLS"};
	for (size_t i = 0; i < sizeof(auth) / sizeof(auth[0]); i++)
		if (str_ieq(w, str_from_c(auth[i])))
			return true;
	return false;
}

static bool with_is_local(struct str w)
{
	return str_istarts(w, STR("local")) || str_ieq(w, STR("spool")) ||
	       str_ieq(w, STR("IMAP")) || str_ieq(w, STR("POP3")) || str_ieq(w, STR("pickup"));
}

/*
 * Normalise a date text into buf (single spaces, fractional seconds and an
 * unknown zone name dropped) and parse it as RFC 5322 or as ctime
 * ("Sun Nov 13 14:50:12 2005", "Fri Sep 14 14:36:56 EDT 2018").
 */
static int parse_date(struct str s, struct civil *out)
{
	char buf[DATE_TEXT_MAX];
	struct str words[8];
	size_t nw = 0;
	s = str_trim(s);
	while (s.n && nw < 8) {
		struct str w = str_cut(&s, ' ');
		s = str_trim(s);
		if (w.n == 0)
			continue;
		if (w.p[0] == '(')
			break;
		words[nw++] = w;
	}
	if (nw < 4)
		return -1;
	/* ctime: [Day] Mon dd hh:mm:ss [zone] yyyy [zone] */
	size_t k = 0;
	if (words[0].n >= 3 && !month_from_abbr(str_sub(words[0], 0, 3)) &&
	    !(words[0].p[0] >= '0' && words[0].p[0] <= '9') && words[0].p[words[0].n - 1] != ',')
		k = 1;
	if (k + 3 < nw && month_from_abbr(words[k]) && words[k].n == 3 &&
	    str_chr(words[k + 2], ':') > 0) {
		struct str zone = STR_NULL, year = STR_NULL;
		for (size_t i = k + 3; i < nw && i < k + 5; i++) {
			uint64_t v;
			if (str_to_u64(words[i], 9999, &v) == 0 && words[i].n == 4)
				year = words[i];
			else if (!zone.n)
				zone = words[i];
		}
		if (!year.n)
			return -1;
		int n = snprintf(buf, sizeof(buf), "%.*s %.*s %.*s %.*s %.*s",
				 STR_FMT(words[k + 1]), STR_FMT(words[k]), STR_FMT(year),
				 STR_FMT(words[k + 2]), STR_FMT(zone));
		if (n < 0 || (size_t)n >= sizeof(buf))
			return -1;
		if (time_parse_rfc5322(str_trim((struct str){buf, (size_t)n}), out) == 0)
			return 0;
		n = snprintf(buf, sizeof(buf), "%.*s %.*s %.*s %.*s", STR_FMT(words[k + 1]),
			     STR_FMT(words[k]), STR_FMT(year), STR_FMT(words[k + 2]));
		return time_parse_rfc5322((struct str){buf, (size_t)n}, out);
	}
	size_t used = 0;
	for (size_t i = 0; i < nw && i < 6; i++) {
		struct str w = words[i];
		ptrdiff_t dot = str_chr(w, '.');
		if (str_chr(w, ':') > 0 && dot > 0)
			w.n = (size_t)dot; /* 07:53:55.516 */
		if (used + w.n + 2 >= sizeof(buf))
			return -1;
		if (used)
			buf[used++] = ' ';
		memcpy(buf + used, w.p, w.n);
		used += w.n;
	}
	struct str t = {buf, used};
	if (time_parse_rfc5322(t, out) == 0)
		return 0;
	ptrdiff_t sp = str_rchr(t, ' ');
	if (sp > 0)
		return time_parse_rfc5322(str_sub(t, 0, (size_t)sp), out);
	return -1;
}

/* Index of the semicolon that starts the date, or tk->n. */
static size_t find_date(const struct toks *tk, struct str clean, struct received_hop *h)
{
	for (size_t k = tk->n; k-- > 0;) {
		if (tk->t[k].kind != TOK_SEMI)
			continue;
		size_t off = (size_t)(tk->t[k].s.p - clean.p) + 1;
		if (parse_date(str_skip(clean, off), &h->date) == 0) {
			h->has_date = true;
			return k;
		}
	}
	return tk->n;
}

/* The value of clause keyword at k: the next word, unless it is itself a keyword. */
static struct str clause_value(const struct toks *tk, size_t k, enum clause c, size_t *used)
{
	size_t j = k + 1;
	if (c == CL_WITH)
		while (j < tk->n && tk->t[j].kind == TOK_COMMENT)
			j++;
	*used = k;
	if (!is_word(tk, j) || keyword(tk->t[j].s) != CL_NONE)
		return STR_NULL;
	*used = j;
	struct str v = tk->t[j].s;
	/* "with Microsoft SMTP Server", "with Microsoft SMTPSVC(6.0)": keep the words */
	if (c == CL_WITH && str_ieq(v, STR("Microsoft")))
		for (size_t m = j + 1;
		     m < j + 3 && is_word(tk, m) && keyword(tk->t[m].s) == CL_NONE; m++) {
			struct str w = tk->t[m].s;
			v.n = (size_t)(w.p + w.n - v.p);
			*used = m;
		}
	return v;
}

static void store_clause(struct received_hop *h, enum clause c, struct str v, bool *seen_from)
{
	switch (c) {
	case CL_FROM:
		if (!*seen_from) {
			*seen_from = true;
			set_from_word(h, v);
		} else if (!h->envelope_from.n && str_chr(v, '@') > 0) {
			h->envelope_from = trim_punct(strip_brackets(trim_punct(v)));
		}
		break;
	case CL_BY:
		if (!h->by.n)
			h->by = trim_punct(strip_brackets(trim_punct(v)));
		break;
	case CL_VIA:
		if (!h->via.n)
			h->via = trim_punct(v);
		break;
	case CL_WITH:
		if (!h->with.n) {
			h->with = trim_punct(v);
			if (with_is_authenticated(h->with))
				h->authenticated = true;
			if (with_is_local(h->with))
				h->local = true;
		}
		break;
	case CL_ID:
		if (!h->id.n)
			h->id = trim_punct(strip_brackets(trim_punct(v)));
		break;
	case CL_FOR: {
		struct str a = trim_punct(strip_brackets(trim_punct(v)));
		if (!h->for_addr.n && str_chr(a, '@') > 0)
			h->for_addr = a;
		break;
	}
	case CL_NONE:
		break;
	}
}

int received_parse(struct str value, struct arena *a, struct received_hop *out, struct diag *d)
{
	if (value.n > RECEIVED_MAX_BYTES) {
		diag_errorf(d, "Received header of %zu bytes, longer than %d: skipped", value.n,
			    RECEIVED_MAX_BYTES);
		return -1;
	}
	struct received_hop h = {0};
	struct toks *tk = NEW(a, struct toks, 1);
	struct str clean = clean_copy(a, value);
	h.raw = clean;
	tokenize(clean, tk);
	size_t date_k = find_date(tk, clean, &h);

	/* "(from host [ip])" and "(qmail 123 invoked by uid 1)" as the whole clause */
	size_t start = 0;
	bool seen_from = false;
	if (tk->n && tk->t[0].kind == TOK_COMMENT) {
		struct str c = tk->t[0].s;
		if (str_istarts(c, STR("from "))) {
			struct str rest = str_skip(c, 5);
			struct str w = next_sub(&rest);
			seen_from = true;
			set_from_word(&h, w);
			from_comment(&h, rest);
			start = 1;
		}
	}

	enum clause state = CL_NONE;
	bool any = false;
	for (size_t k = start; k < tk->n; k++) {
		struct tok *t = &tk->t[k];
		if (t->kind == TOK_SEMI) {
			state = CL_NONE;
			continue;
		}
		if (t->kind == TOK_COMMENT) {
			generic_comment(&h, t->s);
			if (state == CL_FROM && k < date_k)
				from_comment(&h, t->s);
			continue;
		}
		enum clause c = keyword(t->s);
		if (c != CL_NONE) {
			size_t used;
			struct str v = clause_value(tk, k, c, &used);
			store_clause(&h, c, v, &seen_from);
			if (c == CL_FROM && v.n == 0)
				seen_from = true;
			any = true;
			state = c;
			k = used;
			continue;
		}
		if (state == CL_FROM && k < date_k)
			from_extra_word(&h, tk, k);
		else if (str_ieq(t->s, STR("envelope-from")) && is_word(tk, k + 1) &&
			 !h.envelope_from.n)
			h.envelope_from = trim_punct(strip_brackets(trim_punct(tk->t[k + 1].s)));
	}
	if (!any && !h.has_date && !h.local) {
		diag_errorf(d, "Received header without from/by/with/id clauses or a date");
		return -1;
	}
	if (!seen_from && !h.has_from_ip)
		h.local = true; /* "by host id x": a pickup, no client */
	/* qmail "from rdns (HELO x)", Exim "from rdns ([ip] helo=x)": with the HELO
	   stated apart, the from word is the server's reverse lookup */
	if (h.helo_stated && !h.from_rdns.n && !h.ip_from_literal)
		set_rdns(&h, h.from_name);
	*out = h;
	return 0;
}

size_t received_trust(const struct received_hop *hops, size_t n,
		      const struct received_trust_policy *policy)
{
	for (size_t i = 0; i < n; i++) {
		const struct received_hop *h = &hops[i];
		if (h->local || (!h->has_from_ip && !h->from_name.n && !h->from_rdns.n))
			continue;
		struct str host = h->from_rdns.n ? h->from_rdns : h->from_name;
		enum received_zone z =
			policy->zone(policy->ctx, h->has_from_ip ? &h->from_ip : NULL, host);
		if (z == RECEIVED_OURS_MSA)
			return n;
		if (z == RECEIVED_OURS)
			continue;
		if (policy->trust_authenticated && h->authenticated)
			continue;
		return i;
	}
	return n;
}
