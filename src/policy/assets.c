/*
 * assets.c - the inventory loader, role classification and the inside set.
 *
 * Roles come from keywords (Korean and English) found anywhere in the text;
 * short ASCII keywords ("mx", "pc", "db", "was") must stand as words so that
 * "Windows" is not a WAS. The inside set is built once after loading and kept
 * merged and sorted, so membership is a binary search.
 */
#include "policy/assets.h"

#include <stdlib.h>
#include <string.h>

#include "policy/table.h"

static const struct {
	const char *kw;
	enum asset_role role;
	bool word; /* must not touch ASCII letters on either side */
} role_keywords[] = {
	{"mail", ASSET_ROLE_MAIL, false},
	{"smtp", ASSET_ROLE_MAIL, false},
	{"mx", ASSET_ROLE_MAIL, true},
	{"메일", ASSET_ROLE_MAIL, false},
	{"exchange", ASSET_ROLE_MAIL, true},
	{"postfix", ASSET_ROLE_MAIL, false},
	{"sendmail", ASSET_ROLE_MAIL, false},
	{"pop3", ASSET_ROLE_MAIL, false},
	{"imap", ASSET_ROLE_MAIL, false},
	{"web", ASSET_ROLE_WEB, false},
	{"www", ASSET_ROLE_WEB, true},
	{"http", ASSET_ROLE_WEB, false},
	{"웹", ASSET_ROLE_WEB, false},
	{"apache", ASSET_ROLE_WEB, false},
	{"nginx", ASSET_ROLE_WEB, false},
	{"iis", ASSET_ROLE_WEB, true},
	{"was", ASSET_ROLE_APP, true},
	{"app", ASSET_ROLE_APP, true},
	{"application", ASSET_ROLE_APP, false},
	{"jeus", ASSET_ROLE_APP, false},
	{"tomcat", ASSET_ROLE_APP, false},
	{"weblogic", ASSET_ROLE_APP, false},
	{"websphere", ASSET_ROLE_APP, false},
	{"jboss", ASSET_ROLE_APP, false},
	{"middleware", ASSET_ROLE_APP, false},
	{"미들웨어", ASSET_ROLE_APP, false},
	{"애플리케이션", ASSET_ROLE_APP, false},
	{"file", ASSET_ROLE_FILE, false},
	{"nas", ASSET_ROLE_FILE, true},
	{"smb", ASSET_ROLE_FILE, true},
	{"samba", ASSET_ROLE_FILE, false},
	{"cifs", ASSET_ROLE_FILE, true},
	{"ftp", ASSET_ROLE_FILE, true},
	{"파일", ASSET_ROLE_FILE, false},
	{"storage", ASSET_ROLE_FILE, false},
	{"dns", ASSET_ROLE_DNS, true},
	{"name server", ASSET_ROLE_DNS, false},
	{"nameserver", ASSET_ROLE_DNS, false},
	{"named", ASSET_ROLE_DNS, true},
	{"bind", ASSET_ROLE_DNS, true},
	{"네임서버", ASSET_ROLE_DNS, false},
	{"db", ASSET_ROLE_DB, true},
	{"dbms", ASSET_ROLE_DB, true},
	{"database", ASSET_ROLE_DB, false},
	{"mysql", ASSET_ROLE_DB, false},
	{"mariadb", ASSET_ROLE_DB, false},
	{"oracle", ASSET_ROLE_DB, false},
	{"mssql", ASSET_ROLE_DB, false},
	{"sql server", ASSET_ROLE_DB, false},
	{"postgres", ASSET_ROLE_DB, false},
	{"데이터베이스", ASSET_ROLE_DB, false},
	{"디비", ASSET_ROLE_DB, false},
	{"workstation", ASSET_ROLE_WORKSTATION, false},
	{"pc", ASSET_ROLE_WORKSTATION, true},
	{"desktop", ASSET_ROLE_WORKSTATION, false},
	{"데스크탑", ASSET_ROLE_WORKSTATION, false},
	{"데스크톱", ASSET_ROLE_WORKSTATION, false},
	{"단말", ASSET_ROLE_WORKSTATION, false},
	{"client", ASSET_ROLE_WORKSTATION, true},
	{"클라이언트", ASSET_ROLE_WORKSTATION, false},
	{"laptop", ASSET_ROLE_LAPTOP, false},
	{"notebook", ASSET_ROLE_LAPTOP, false},
	{"노트북", ASSET_ROLE_LAPTOP, false},
	{"firewall", ASSET_ROLE_FIREWALL, false},
	{"fw", ASSET_ROLE_FIREWALL, true},
	{"utm", ASSET_ROLE_FIREWALL, true},
	{"방화벽", ASSET_ROLE_FIREWALL, false},
};

static bool ascii_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Offset of keyword kw in s (respecting word boundaries when asked), or -1. */
static ptrdiff_t keyword_at(struct str s, struct str kw, bool word)
{
	size_t from = 0;
	while (from < s.n) {
		ptrdiff_t at = str_ifind(str_skip(s, from), kw);
		if (at < 0)
			return -1;
		size_t pos = from + (size_t)at;
		if (!word)
			return (ptrdiff_t)pos;
		bool left = pos == 0 || !ascii_alpha(s.p[pos - 1]);
		bool right = pos + kw.n >= s.n || !ascii_alpha(s.p[pos + kw.n]);
		if (left && right)
			return (ptrdiff_t)pos;
		from = pos + 1;
	}
	return -1;
}

enum asset_role asset_role_classify(struct str text, uint32_t *roles)
{
	enum asset_role best = ASSET_ROLE_UNKNOWN;
	ptrdiff_t best_at = -1;
	size_t best_len = 0;
	uint32_t mask = 0;
	for (size_t i = 0; i < sizeof(role_keywords) / sizeof(role_keywords[0]); i++) {
		struct str kw = str_from_c(role_keywords[i].kw);
		ptrdiff_t at = keyword_at(text, kw, role_keywords[i].word);
		if (at < 0)
			continue;
		mask |= 1u << role_keywords[i].role;
		if (best_at < 0 || at < best_at || (at == best_at && kw.n > best_len)) {
			best = role_keywords[i].role;
			best_at = at;
			best_len = kw.n;
		}
	}
	if (roles)
		*roles = mask;
	return best;
}

/* A client Windows (7, 10, XP, ...) without "server", or macOS. */
static bool os_is_client(struct str os)
{
	static const char *const versions[] = {"xp", "vista", "7", "8", "8.1", "10", "11", NULL};
	if (str_ifind(os, STR("server")) >= 0)
		return false;
	if (str_ifind(os, STR("macos")) >= 0 || str_ifind(os, STR("mac os")) >= 0)
		return true;
	ptrdiff_t at = str_ifind(os, STR("windows"));
	size_t skip = 7;
	if (at < 0) {
		at = str_ifind(os, STR("win"));
		skip = 3;
	}
	if (at < 0)
		return false;
	struct str rest = str_trim(str_skip(os, (size_t)at + skip));
	struct str ver = rest;
	size_t k = 0;
	while (k < ver.n &&
	       (ascii_alpha(ver.p[k]) || (ver.p[k] >= '0' && ver.p[k] <= '9') || ver.p[k] == '.'))
		k++;
	ver = str_sub(ver, 0, k);
	for (const char *const *v = versions; *v; v++)
		if (str_ieq(ver, str_from_c(*v)))
			return true;
	return false;
}

static void asset_classify(struct asset *x)
{
	uint32_t mask = 0;
	x->role = asset_role_classify(x->role_text, &mask);
	if (x->role != ASSET_ROLE_UNKNOWN) {
		x->roles = mask;
		return;
	}
	x->role_inferred = true;
	x->role = asset_role_classify(x->name, &mask);
	if (x->role == ASSET_ROLE_UNKNOWN && os_is_client(x->os)) {
		x->role = ASSET_ROLE_WORKSTATION;
		mask = 1u << ASSET_ROLE_WORKSTATION;
	}
	if (x->role == ASSET_ROLE_UNKNOWN && x->role_text.n) {
		x->role = ASSET_ROLE_OTHER;
		x->role_inferred = false;
		mask = 1u << ASSET_ROLE_OTHER;
	}
	x->roles = mask;
}

bool asset_has_role(const struct asset *x, enum asset_role r)
{
	return x->role == r || (x->roles & (1u << r)) != 0;
}

const char *asset_role_name(enum asset_role r)
{
	static const char *const names[ASSET_ROLE_COUNT] = {
		[ASSET_ROLE_UNKNOWN] = "unknown", [ASSET_ROLE_MAIL] = "mail",
		[ASSET_ROLE_WEB] = "web",         [ASSET_ROLE_FILE] = "file",
		[ASSET_ROLE_DNS] = "dns",         [ASSET_ROLE_DB] = "db",
		[ASSET_ROLE_APP] = "was/app",     [ASSET_ROLE_WORKSTATION] = "workstation",
		[ASSET_ROLE_LAPTOP] = "laptop",   [ASSET_ROLE_FIREWALL] = "firewall",
		[ASSET_ROLE_OTHER] = "other",
	};
	return (unsigned)r < ASSET_ROLE_COUNT ? names[r] : "unknown";
}

bool asset_role_needs_port(enum asset_role role, uint16_t port, bool from_outside)
{
	switch (role) {
	case ASSET_ROLE_MAIL:
		return port == 25 || port == 465 || port == 587 || port == 110 || port == 995 ||
		       port == 143 || port == 993;
	case ASSET_ROLE_WEB:
		return port == 80 || port == 443;
	case ASSET_ROLE_DNS:
		return port == 53;
	case ASSET_ROLE_FILE:
		return !from_outside && (port == 139 || port == 445);
	case ASSET_ROLE_DB:
		return !from_outside &&
		       (port == 1433 || port == 1521 || port == 3306 || port == 5432);
	case ASSET_ROLE_APP:
		return !from_outside && (port == 8009 || port == 8080 || port == 8443);
	case ASSET_ROLE_UNKNOWN:
	case ASSET_ROLE_WORKSTATION:
	case ASSET_ROLE_LAPTOP:
	case ASSET_ROLE_FIREWALL:
	case ASSET_ROLE_OTHER:
	case ASSET_ROLE_COUNT:
		break;
	}
	return false;
}

enum { C_ZONE, C_NAME, C_IP, C_OS, C_ROLE, C_OWNER, C_COUNT };

static const char *const a_zone[] = {"network", "segment",   "네트워크", "구역",
				     "망",      "zone name", NULL};
static const char *const a_name[] = {"host",   "hostname", "host name", "명칭", "호스트명",
				     "자산명", "장비명",   "이름",      NULL};
static const char *const a_ip[] = {"address", "ip address", "ip_address", "ip주소",
				   "ip 주소", "주소",       NULL};
static const char *const a_os[] = {"system",  "시스템 정보",      "운영체제",
				   "os 정보", "operating system", NULL};
static const char *const a_role[] = {"service", "비고",        "용도", "역할",
				     "서비스",  "description", NULL};
static const char *const a_owner[] = {"user", "사용자", "담당자", "소유자", "account", NULL};

static const struct csv_col asset_cols[C_COUNT] = {
	[C_ZONE] = {"zone", a_zone, 0}, [C_NAME] = {"name", a_name, 0},
	[C_IP] = {"ip", a_ip, 1},       [C_OS] = {"os", a_os, 0},
	[C_ROLE] = {"role", a_role, 0}, [C_OWNER] = {"owner", a_owner, 0},
};

int assets_sniff(struct str head)
{
	int score = table_sniff(head, asset_cols, C_COUNT);
	return score >= 2 ? score : 0;
}

static void push_asset(struct assets *as, size_t *cap, struct arena *a, const struct asset *x)
{
	if (as->n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		as->v = arena_grow(a, as->v, (ptrdiff_t)sizeof(*as->v), _Alignof(struct asset),
				   (ptrdiff_t)as->n, (ptrdiff_t)ncap);
		*cap = ncap;
	}
	as->v[as->n++] = *x;
}

/* Read the current row into one asset per address; -1 after reporting it. */
static int asset_row(struct table *t, struct arena *a, struct diag *d, struct assets *as,
		     size_t *cap)
{
	struct str cell = table_get(t, C_IP), rest = cell, item;
	struct str items[ASSET_ADDRS_MAX];
	int k = 0;
	while (table_item(&rest, &item)) {
		if (k == ASSET_ADDRS_MAX) {
			table_reject(t, d, "more than %d addresses in the ip cell",
				     ASSET_ADDRS_MAX);
			return -1;
		}
		items[k++] = item;
	}
	if (k == 0) {
		table_reject(t, d,
			     "expected an IP address or a network (192.168.1.0/24) in the ip "
			     "column, got an empty cell");
		return -1;
	}
	struct asset x = {0};
	for (int i = 0; i < k; i++) {
		struct ip_range r;
		if (table_is_any(items[i]) || ip_range_parse(items[i], &r) == -1 ||
		    ip_range_is_any(&r)) {
			table_reject(
				t, d,
				"expected an IP address or a network (192.168.1.0/24) in the ip "
				"column, got '%.*s'",
				(int)(items[i].n > 40 ? 40 : items[i].n), items[i].p);
			return -1;
		}
	}
	x.zone = arena_strdup(a, table_get(t, C_ZONE));
	x.name = arena_strdup(a, table_get(t, C_NAME));
	x.os = arena_strdup(a, table_get(t, C_OS));
	x.role_text = arena_strdup(a, table_get(t, C_ROLE));
	x.owner = arena_strdup(a, table_get(t, C_OWNER));
	x.notes = table_notes(t, a);
	x.line = t->csv->rec_line;
	asset_classify(&x);
	for (int i = 0; i < k; i++) {
		ip_range_parse(items[i], &x.net);
		x.ip_text = arena_strdup(a, items[i]);
		x.is_network = !ip_eq(&x.net.lo, &x.net.hi);
		x.ip = x.net.lo;
		push_asset(as, cap, a, &x);
	}
	return 0;
}

static int range_cmp(const void *pa, const void *pb)
{
	const struct ip_range *a = pa, *b = pb;
	return ip_cmp(&a->lo, &b->lo);
}

/* The covering prefix of a host: /24 for IPv4, /64 for IPv6. */
static struct ip_range cover_of(const struct ip *ip)
{
	struct ip_range r = {*ip, *ip};
	int from = ip_is_v4(ip) ? 15 : 8;
	for (int i = from; i < 16; i++) {
		r.lo.b[i] = 0;
		r.hi.b[i] = 0xff;
	}
	return r;
}

static bool zone_has_network(const struct assets *as, struct str zone)
{
	for (size_t i = 0; i < as->nnets; i++)
		if (as->nets[i].origin == ZONE_NETWORK_ROW && str_ieq(as->nets[i].zone, zone))
			return true;
	return false;
}

static int zone_cmp(struct str a, struct str b)
{
	size_t n = a.n < b.n ? a.n : b.n;
	for (size_t i = 0; i < n; i++) {
		int ca = (unsigned char)ascii_lower(a.p[i]),
		    cb = (unsigned char)ascii_lower(b.p[i]);
		if (ca != cb)
			return ca - cb;
	}
	return a.n < b.n ? -1 : a.n > b.n;
}

/* qsort has no context argument: sort (zone, index) pairs instead of indices. */
struct zone_key {
	struct str zone;
	size_t i;
};

static int zone_key_cmp(const void *pa, const void *pb)
{
	const struct zone_key *a = pa, *b = pb;
	int c = zone_cmp(a->zone, b->zone);
	return c ? c : (a->i > b->i) - (a->i < b->i);
}

struct ip_key {
	struct ip ip;
	size_t i;
};

static int ip_key_cmp(const void *pa, const void *pb)
{
	const struct ip_key *a = pa, *b = pb;
	int c = ip_cmp(&a->ip, &b->ip);
	return c ? c : (a->i > b->i) - (a->i < b->i);
}

static void add_net(struct assets *as, size_t *cap, struct arena *a, struct str zone,
		    struct ip_range net, enum zone_origin origin)
{
	if (as->nnets == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		as->nets = arena_grow(a, as->nets, (ptrdiff_t)sizeof(*as->nets),
				      _Alignof(struct zone_net), (ptrdiff_t)as->nnets,
				      (ptrdiff_t)ncap);
		*cap = ncap;
	}
	as->nets[as->nnets++] = (struct zone_net){zone, net, origin};
}

/*
 * The covering /24 (/64) of each host of one zone that shares it with another
 * host of the zone: two hosts in one /24 say the segment is ours, while a lone
 * public address (a DMZ host's NAT address) says nothing about its neighbours.
 */
static void add_covers(struct assets *as, size_t *cap, struct arena *a, const size_t *idx, size_t n)
{
	struct ip_key *k = NEW(a, struct ip_key, n);
	for (size_t i = 0; i < n; i++)
		k[i] = (struct ip_key){as->v[idx[i]].ip, idx[i]};
	qsort(k, n, sizeof(*k), ip_key_cmp);
	for (size_t i = 0; i < n; i++) {
		struct ip_range c = cover_of(&k[i].ip);
		size_t lo = i, hi = i;
		while (lo > 0 && ip_eq(&k[lo - 1].ip, &k[i].ip))
			lo--;
		while (hi + 1 < n && ip_eq(&k[hi + 1].ip, &k[i].ip))
			hi++;
		bool shared = (lo > 0 && ip_range_contains(&c, &k[lo - 1].ip)) ||
			      (hi + 1 < n && ip_range_contains(&c, &k[hi + 1].ip));
		if (shared)
			add_net(as, cap, a, as->v[k[i].i].zone, c, ZONE_COVER);
	}
}

static void build_inside(struct assets *as, struct arena *a)
{
	size_t cap = 0, nhosts = 0;
	struct zone_key *keys = NEW(a, struct zone_key, as->n);
	for (size_t i = 0; i < as->n; i++) {
		const struct asset *x = &as->v[i];
		struct ip_range r;
		if (x->is_network)
			add_net(as, &cap, a, x->zone, x->net, ZONE_NETWORK_ROW);
		else if (str_chr(x->zone, '/') > 0 && ip_range_parse(x->zone, &r) == 0 &&
			 !ip_range_is_any(&r))
			add_net(as, &cap, a, x->zone, r, ZONE_NETWORK_ROW);
	}
	for (size_t i = 0; i < as->n; i++) {
		const struct asset *x = &as->v[i];
		if (x->is_network)
			continue;
		add_net(as, &cap, a, x->zone, x->net, ZONE_HOST);
		if (x->zone.n)
			keys[nhosts++] = (struct zone_key){x->zone, i};
	}
	qsort(keys, nhosts, sizeof(*keys), zone_key_cmp);
	size_t *order = NEW(a, size_t, nhosts);
	for (size_t i = 0; i < nhosts; i++)
		order[i] = keys[i].i;
	for (size_t i = 0; i < nhosts;) {
		size_t j = i;
		while (j < nhosts && str_ieq(as->v[order[j]].zone, as->v[order[i]].zone))
			j++;
		if (j - i >= 2 && !zone_has_network(as, as->v[order[i]].zone))
			add_covers(as, &cap, a, order + i, j - i);
		i = j;
	}
	struct ip_range *r = NEW(a, struct ip_range, as->nnets);
	for (size_t i = 0; i < as->nnets; i++)
		r[i] = as->nets[i].net;
	qsort(r, as->nnets, sizeof(*r), range_cmp);
	size_t m = 0;
	for (size_t i = 0; i < as->nnets; i++) {
		if (m && ip_cmp(&r[i].lo, &r[m - 1].hi) <= 0) {
			if (ip_cmp(&r[i].hi, &r[m - 1].hi) > 0)
				r[m - 1].hi = r[i].hi;
			continue;
		}
		r[m++] = r[i];
	}
	as->inside = r;
	as->ninside = m;

	struct ip_key *ik = NEW(a, struct ip_key, as->n);
	size_t nk = 0;
	for (size_t i = 0; i < as->n; i++)
		if (!as->v[i].is_network)
			ik[nk++] = (struct ip_key){as->v[i].ip, i};
	qsort(ik, nk, sizeof(*ik), ip_key_cmp);
	as->by_ip = NEW(a, size_t, nk);
	for (size_t i = 0; i < nk; i++)
		as->by_ip[i] = ik[i].i;
	as->nhosts = nk;
}

int assets_load_csv(struct assets *out, struct arena *a, struct str buf, const char *file,
		    struct diag *d)
{
	struct table t;
	struct assets as = {0};
	size_t cap = 0;

	if (table_open(&t, a, buf, asset_cols, C_COUNT, file, d) == -1)
		return -1;
	while (table_next(&t, d) == 1)
		asset_row(&t, a, d, &as, &cap);
	as.rows = t.rows;
	as.skipped = t.skipped;
	d->line = 0;
	if (as.n == 0) {
		diag_errorf(d, "no usable asset (%zu rows, %zu skipped)", as.rows, as.skipped);
		return -1;
	}
	build_inside(&as, a);
	*out = as;
	return 0;
}

const struct asset *assets_find_ip(const struct assets *as, const struct ip *ip)
{
	size_t lo = 0, hi = as->nhosts;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = ip_cmp(&as->v[as->by_ip[mid]].ip, ip);
		if (c == 0) {
			while (mid > 0 && ip_eq(&as->v[as->by_ip[mid - 1]].ip, ip))
				mid--;
			return &as->v[as->by_ip[mid]];
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool assets_is_inside(const struct assets *as, const struct ip *ip)
{
	size_t lo = 0, hi = as->ninside;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ip_cmp(&as->inside[mid].hi, ip) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < as->ninside && ip_range_contains(&as->inside[lo], ip);
}

size_t assets_outside(const struct assets *as, struct arena *a, struct ip_range **out)
{
	struct ip_range *r = NEW(a, struct ip_range, as->ninside + 1);
	struct ip next = {0};
	size_t n = 0;
	bool done = false;
	for (size_t i = 0; i < as->ninside && !done; i++) {
		const struct ip_range *in = &as->inside[i];
		if (ip_cmp(&next, &in->lo) < 0) {
			r[n].lo = next;
			r[n].hi = in->lo;
			for (int b = 15; b >= 0; b--)
				if (r[n].hi.b[b]-- != 0)
					break;
			n++;
		}
		next = in->hi;
		done = true;
		for (int b = 15; b >= 0; b--)
			if (++next.b[b] != 0) {
				done = false;
				break;
			}
	}
	if (!done) {
		r[n].lo = next;
		memset(r[n].hi.b, 0xff, 16);
		n++;
	}
	*out = r;
	return n;
}

/* The account's local part: "KIM@mail.test.com" -> "KIM", "CORP\kim" -> "kim". */
static struct str local_part(struct str s)
{
	s = str_trim(str_unquote(str_trim(s), '<', '>'));
	ptrdiff_t bs = str_rchr(s, '\\');
	if (bs >= 0)
		s = str_skip(s, (size_t)bs + 1);
	ptrdiff_t at = str_chr(s, '@');
	if (at >= 0)
		s = str_sub(s, 0, (size_t)at);
	return str_trim(s);
}

static bool word_char(char c)
{
	return ascii_alpha(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

/* Some ASCII word of text (a run of letters, digits, . _ -) equals want. */
static bool has_word(struct str text, struct str want)
{
	size_t i = 0;
	while (i < text.n) {
		while (i < text.n && !word_char(text.p[i]))
			i++;
		size_t j = i;
		while (j < text.n && word_char(text.p[j]))
			j++;
		if (j > i && str_ieq(str_sub(text, i, j), want))
			return true;
		i = j;
	}
	return false;
}

static bool owner_matches(const struct asset *x, struct str user)
{
	if (user.n == 0)
		return false;
	if (x->owner.n == 0)
		return has_word(x->name, user);
	if (str_ieq(local_part(x->owner), user) || str_ieq(str_trim(x->owner), user))
		return true;
	return str_chr(x->owner, '@') < 0 && has_word(x->owner, user);
}

size_t assets_owner_hosts(const struct assets *as, struct str account, const struct asset **out,
			  size_t max)
{
	struct str user = local_part(account);
	size_t n = 0;
	for (size_t i = 0; i < as->n; i++) {
		const struct asset *x = &as->v[i];
		if (x->is_network || !(asset_has_role(x, ASSET_ROLE_WORKSTATION) ||
				       asset_has_role(x, ASSET_ROLE_LAPTOP)))
			continue;
		if (!owner_matches(x, user))
			continue;
		if (n < max)
			out[n] = x;
		n++;
	}
	return n;
}

bool assets_owner_inside(const struct assets *as, struct str account, struct assets_owner *out)
{
	struct str user = local_part(account);
	for (size_t i = 0; i < as->n; i++) {
		const struct asset *x = &as->v[i];
		if (x->is_network || !(asset_has_role(x, ASSET_ROLE_WORKSTATION) ||
				       asset_has_role(x, ASSET_ROLE_LAPTOP)))
			continue;
		if (!owner_matches(x, user) || !assets_is_inside(as, &x->ip))
			continue;
		if (out) {
			out->asset = x;
			out->host = x->name.n ? x->name : x->ip_text;
		}
		return true;
	}
	return false;
}

size_t assets_mail_servers(const struct assets *as, const struct asset **out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < as->n; i++) {
		if (as->v[i].is_network || !asset_has_role(&as->v[i], ASSET_ROLE_MAIL))
			continue;
		if (n < max)
			out[n] = &as->v[i];
		n++;
	}
	return n;
}
