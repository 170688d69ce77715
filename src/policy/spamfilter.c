/*
 * spamfilter.c - loading and matching spam-filter block patterns. Matching is
 * a linear scan in file order (first pattern wins), which suits the tens of
 * patterns such filters hold; the loader caps the count (TABLE_ROWS_MAX).
 */
#include "policy/spamfilter.h"

#include "policy/table.h"

enum { C_IP, C_SENDER, C_SUBJECT, C_COUNT };

static const char *const a_ip[] = {"ip address", "address", "source ip", "아이피",
				   "ip 주소",    "ip주소",  NULL};
static const char *const a_sender[] = {"from",      "송신자",        "발신자", "보낸사람",
				       "mail from", "envelope from", NULL};
static const char *const a_subject[] = {"제목", "title", NULL};

static const struct csv_col spam_cols[C_COUNT] = {
	[C_IP] = {"ip", a_ip, 0},
	[C_SENDER] = {"sender", a_sender, 0},
	[C_SUBJECT] = {"subject", a_subject, 0},
};

int spamfilter_sniff(struct str head)
{
	int score = table_sniff(head, spam_cols, C_COUNT);
	int named = table_sniff(head, &spam_cols[C_SENDER], 2);
	return named ? score : 0;
}

/* The address inside "Name <addr>" or "<addr>", else s trimmed. */
static struct str bare_address(struct str s)
{
	s = str_trim(s);
	ptrdiff_t lt = str_rchr(s, '<');
	if (lt >= 0) {
		struct str rest = str_skip(s, (size_t)lt + 1);
		ptrdiff_t gt = str_chr(rest, '>');
		if (gt >= 0)
			return str_trim(str_sub(rest, 0, (size_t)gt));
	}
	return s;
}

static bool wildcard(struct str s)
{
	return s.n == 0 || str_eq(s, STR("*")) || str_ieq(s, STR("any"));
}

int spamfilter_load_csv(struct spam_patterns *out, struct arena *a, struct str buf,
			const char *file, struct diag *d)
{
	struct table t;
	struct spam_patterns sp = {0};
	size_t cap = 0;

	if (table_open(&t, a, buf, spam_cols, C_COUNT, file, d) == -1)
		return -1;
	if (t.idx[C_IP] < 0 && t.idx[C_SENDER] < 0 && t.idx[C_SUBJECT] < 0) {
		d->line = t.csv->rec_line;
		diag_errorf(d, "expected a header naming at least one of ip, sender, subject");
		return -1;
	}
	while (table_next(&t, d) == 1) {
		struct spam_pattern p = {0};
		struct str ip = table_get(&t, C_IP);
		struct str sender = bare_address(table_get(&t, C_SENDER));
		struct str subject = table_get(&t, C_SUBJECT);
		if (!wildcard(ip)) {
			if (ip_range_parse(ip, &p.ip) == -1) {
				table_reject(&t, d,
					     "expected an IP address, CIDR prefix or * in ip, got "
					     "'%.*s'",
					     (int)(ip.n > 40 ? 40 : ip.n), ip.p);
				continue;
			}
			p.has_ip = true;
			p.ip_text = arena_strdup(a, ip);
		}
		if (!wildcard(sender)) {
			if (str_chr(sender, '@') < 0 || str_chr(sender, ' ') >= 0) {
				table_reject(&t, d,
					     "expected a sender address (user@domain, @domain) in "
					     "sender, got '%.*s'",
					     (int)(sender.n > 40 ? 40 : sender.n), sender.p);
				continue;
			}
			p.sender = arena_strdup(a, sender);
		}
		if (!wildcard(subject))
			p.subject = arena_strdup(a, subject);
		if (!p.has_ip && p.sender.n == 0 && p.subject.n == 0) {
			table_reject(&t, d,
				     "expected at least one of ip, sender, subject: a pattern "
				     "with none would block all mail");
			continue;
		}
		p.line = t.csv->rec_line;
		if (sp.n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			sp.v = arena_grow(a, sp.v, (ptrdiff_t)sizeof(*sp.v),
					  _Alignof(struct spam_pattern), (ptrdiff_t)sp.n,
					  (ptrdiff_t)ncap);
			cap = ncap;
		}
		sp.v[sp.n++] = p;
	}
	sp.rows = t.rows;
	sp.skipped = t.skipped;
	d->line = 0;
	if (sp.n == 0) {
		diag_errorf(d, "no usable pattern (%zu rows, %zu skipped)", sp.rows, sp.skipped);
		return -1;
	}
	*out = sp;
	return 0;
}

static bool sender_matches(struct str pattern, struct str sender)
{
	if (str_starts(pattern, STR("*@")))
		pattern = str_skip(pattern, 1);
	if (pattern.n && pattern.p[0] == '@') {
		ptrdiff_t at = str_rchr(sender, '@');
		return at >= 0 && str_ieq(str_skip(sender, (size_t)at), pattern);
	}
	return str_ieq(pattern, sender);
}

static bool pattern_matches(const struct spam_pattern *p, const struct ip *ip, struct str sender,
			    struct str subject)
{
	if (p->has_ip && (!ip || !ip_range_contains(&p->ip, ip)))
		return false;
	if (p->sender.n && !sender_matches(p->sender, sender))
		return false;
	return p->subject.n == 0 || str_ifind(subject, p->subject) >= 0;
}

int spamfilter_match(const struct spam_patterns *sp, const struct ip *ip, struct str sender,
		     struct str subject)
{
	sender = bare_address(sender);
	for (size_t i = 0; i < sp->n; i++)
		if (pattern_matches(&sp->v[i], ip, sender, subject))
			return (int)i;
	return -1;
}

bool spamfilter_match_one(const struct spam_patterns *sp, size_t k, const struct ip *ip,
			  struct str sender, struct str subject)
{
	return k < sp->n && pattern_matches(&sp->v[k], ip, bare_address(sender), subject);
}
