/*
 * firewall.c - reading a policy CSV into rules, first-match evaluation and
 * port reachability.
 *
 * A cell is a list (',', ';', line breaks, or spaces between plain values):
 * addresses are Any, hosts, CIDR prefixes or ranges; ports are numbers,
 * ranges (a-b, a:b), service names (http, smtp, ...) or proto/port pairs
 * (tcp/80, 53/udp). Ports only exist for TCP, UDP and SCTP: a port
 * restriction with protocol Any means those three, and a rule whose port list
 * cannot apply to its protocol (icmp with port 80) is rejected as matching
 * nothing. Every list and every product of lists is capped (FW_LIST_MAX,
 * FW_RULE_BOXES_MAX), since the input may have been written by an attacker.
 */
#include "policy/firewall.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/table.h"

enum { FW_REACH_MAX = 1 << 16 };

/* A protocol interval with a destination-port interval (a service). */
struct l4 {
	uint8_t plo, phi;
	uint16_t lo, hi;
};

struct numrange {
	unsigned lo, hi;
};

static const struct {
	const char *name;
	uint8_t proto;
	uint16_t lo, hi;
} fw_services[] = {
	{"ftp-data", 6, 20, 20},      {"ftp", 6, 21, 21},
	{"ssh", 6, 22, 22},           {"telnet", 6, 23, 23},
	{"smtp", 6, 25, 25},          {"dns", 6, 53, 53},
	{"dns", 17, 53, 53},          {"domain", 6, 53, 53},
	{"domain", 17, 53, 53},       {"tftp", 17, 69, 69},
	{"http", 6, 80, 80},          {"www", 6, 80, 80},
	{"kerberos", 6, 88, 88},      {"kerberos", 17, 88, 88},
	{"pop3", 6, 110, 110},        {"pop", 6, 110, 110},
	{"ntp", 17, 123, 123},        {"msrpc", 6, 135, 135},
	{"epmap", 6, 135, 135},       {"rpc", 6, 135, 135},
	{"netbios", 17, 137, 138},    {"netbios", 6, 139, 139},
	{"netbios-ssn", 6, 139, 139}, {"imap", 6, 143, 143},
	{"imap4", 6, 143, 143},       {"snmp", 17, 161, 161},
	{"ldap", 6, 389, 389},        {"https", 6, 443, 443},
	{"ssl", 6, 443, 443},         {"smb", 6, 445, 445},
	{"cifs", 6, 445, 445},        {"microsoft-ds", 6, 445, 445},
	{"smtps", 6, 465, 465},       {"syslog", 17, 514, 514},
	{"submission", 6, 587, 587},  {"ldaps", 6, 636, 636},
	{"imaps", 6, 993, 993},       {"pop3s", 6, 995, 995},
	{"mssql", 6, 1433, 1433},     {"ms-sql", 6, 1433, 1433},
	{"ms-sql-s", 6, 1433, 1433},  {"oracle", 6, 1521, 1521},
	{"nfs", 6, 2049, 2049},       {"nfs", 17, 2049, 2049},
	{"mysql", 6, 3306, 3306},     {"rdp", 6, 3389, 3389},
	{"ms-rdp", 6, 3389, 3389},    {"ms-wbt-server", 6, 3389, 3389},
	{"postgres", 6, 5432, 5432},  {"postgresql", 6, 5432, 5432},
	{"vnc", 6, 5900, 5900},       {"http-alt", 6, 8080, 8080},
	{"https-alt", 6, 8443, 8443}, {"ping", 1, 0, 65535},
};

static const struct {
	const char *name;
	uint8_t lo, hi;
} fw_protos[] = {
	{"tcp", 6, 6},     {"udp", 17, 17},       {"icmp", 1, 1},     {"icmpv6", 58, 58},
	{"icmp6", 58, 58}, {"ipv6-icmp", 58, 58}, {"sctp", 132, 132}, {"gre", 47, 47},
	{"esp", 50, 50},   {"ah", 51, 51},        {"ospf", 89, 89},   {"igmp", 2, 2},
	{"ip", 0, 255},    {"ipv4", 0, 255},
};

/* A protocol name or number as an interval; false if s is neither. */
static bool proto_item(struct str s, struct numrange *out)
{
	uint64_t v;
	if (table_is_any(s)) {
		*out = (struct numrange){0, 255};
		return true;
	}
	if (str_to_u64(s, 255, &v) == 0) {
		*out = (struct numrange){(unsigned)v, (unsigned)v};
		return true;
	}
	for (size_t i = 0; i < sizeof(fw_protos) / sizeof(fw_protos[0]); i++)
		if (str_ieq(s, str_from_c(fw_protos[i].name))) {
			*out = (struct numrange){fw_protos[i].lo, fw_protos[i].hi};
			return true;
		}
	return false;
}

int fw_proto_parse(struct str s)
{
	struct numrange r;
	s = str_trim(s);
	if (!proto_item(s, &r) || r.lo != r.hi)
		return -1;
	return (int)r.lo;
}

const char *fw_proto_name(int lo, int hi, char *buf)
{
	if (lo <= 0 && hi >= 255) {
		snprintf(buf, 8, "any");
		return buf;
	}
	if (lo == hi)
		for (size_t i = 0; i < sizeof(fw_protos) / sizeof(fw_protos[0]); i++)
			if (fw_protos[i].lo == lo && fw_protos[i].hi == hi) {
				snprintf(buf, 8, "%s", fw_protos[i].name);
				return buf;
			}
	if (lo == hi)
		snprintf(buf, 8, "%d", lo & 0xff);
	else
		snprintf(buf, 8, "%d-%d", lo & 0xff, hi & 0xff);
	return buf;
}

/* Split a list cell into plain values: list separators, and spaces unless the item is a range. */
static int split_values(struct str cell, struct str *items, int max)
{
	struct str rest = cell, item;
	int n = 0;
	while (table_item(&rest, &item)) {
		if (str_chr(item, '-') >= 0 ||
		    (str_chr(item, ' ') < 0 && str_chr(item, '\t') < 0)) {
			if (n == max)
				return -1;
			items[n++] = item;
			continue;
		}
		while (item.n) {
			struct str w = str_trim(str_cut(&item, ' '));
			item = str_trim(item);
			if (w.n == 0)
				continue;
			if (n == max)
				return -1;
			items[n++] = w;
		}
	}
	return n;
}

/* "80", "1024-65535", "1024:65535". */
static bool port_range(struct str s, struct numrange *out)
{
	uint64_t lo, hi;
	ptrdiff_t cut = str_chr(s, '-');
	if (cut < 0)
		cut = str_chr(s, ':');
	if (cut < 0) {
		if (str_to_u64(s, 65535, &lo) == -1)
			return false;
		*out = (struct numrange){(unsigned)lo, (unsigned)lo};
		return true;
	}
	if (str_to_u64(str_sub(s, 0, (size_t)cut), 65535, &lo) == -1 ||
	    str_to_u64(str_skip(s, (size_t)cut + 1), 65535, &hi) == -1 || lo > hi)
		return false;
	*out = (struct numrange){(unsigned)lo, (unsigned)hi};
	return true;
}

/* One service value into at most two l4 items; returns how many (0: not understood). */
static int service_item(struct str s, struct l4 *out, int room)
{
	struct numrange pr, r;
	if (room < 2)
		return 0;
	if (table_is_any(s)) {
		out[0] = (struct l4){0, 255, 0, 65535};
		return 1;
	}
	if (port_range(s, &r)) {
		out[0] = (struct l4){0, 255, (uint16_t)r.lo, (uint16_t)r.hi};
		return 1;
	}
	ptrdiff_t cut = str_chr(s, '/');
	if (cut < 0)
		cut = str_chr(s, ':');
	if (cut >= 0) {
		struct str left = str_trim(str_sub(s, 0, (size_t)cut));
		struct str right = str_trim(str_skip(s, (size_t)cut + 1));
		bool ok = false;
		if (proto_item(left, &pr) && (table_is_any(right) || port_range(right, &r)))
			ok = true;
		else if (proto_item(right, &pr) && port_range(left, &r))
			ok = true;
		if (!ok)
			return 0;
		if (table_is_any(right))
			r = (struct numrange){0, 65535};
		out[0] =
			(struct l4){(uint8_t)pr.lo, (uint8_t)pr.hi, (uint16_t)r.lo, (uint16_t)r.hi};
		return 1;
	}
	if (proto_item(s, &pr) || ((str_istarts(s, STR("all_")) || str_istarts(s, STR("all-"))) &&
				   proto_item(str_skip(s, 4), &pr))) {
		out[0] = (struct l4){(uint8_t)pr.lo, (uint8_t)pr.hi, 0, 65535};
		return 1;
	}
	int n = 0;
	for (size_t i = 0; i < sizeof(fw_services) / sizeof(fw_services[0]); i++)
		if (str_ieq(s, str_from_c(fw_services[i].name)) && n < room)
			out[n++] = (struct l4){fw_services[i].proto, fw_services[i].proto,
					       fw_services[i].lo, fw_services[i].hi};
	return n;
}

/* Quote at most 40 bytes of a cell in a message. */
#define CELL(s) (int)((s).n > 40 ? 40 : (s).n), (s).p

static int parse_addrs(struct table *t, struct diag *d, const char *what, struct str cell,
		       struct ip_range *out, int *n, bool *any)
{
	struct str items[FW_LIST_MAX];
	int k = split_values(cell, items, FW_LIST_MAX);
	*any = false;
	if (k < 0) {
		table_reject(t, d, "more than %d values in %s", FW_LIST_MAX, what);
		return -1;
	}
	if (k == 0) {
		memset(&out[0], 0, sizeof(out[0]));
		memset(out[0].hi.b, 0xff, 16);
		*n = 1;
		*any = true;
		return 0;
	}
	for (int i = 0; i < k; i++) {
		if (table_is_any(items[i])) {
			memset(&out[i], 0, sizeof(out[i]));
			memset(out[i].hi.b, 0xff, 16);
			*any = true;
			continue;
		}
		if (ip_range_parse(items[i], &out[i]) == -1) {
			table_reject(
				t, d,
				"expected an address, CIDR prefix, range or Any in %s, got '%.*s'",
				what, CELL(items[i]));
			return -1;
		}
		if (ip_range_is_any(&out[i]) || str_eq(items[i], STR("0.0.0.0/0")))
			*any = true;
	}
	*n = k;
	return 0;
}

static int parse_ports(struct table *t, struct diag *d, const char *what, struct str cell,
		       struct l4 *out, int *n, bool *any)
{
	struct str items[FW_LIST_MAX];
	int k = split_values(cell, items, FW_LIST_MAX), m = 0;
	if (k < 0) {
		table_reject(t, d, "more than %d values in %s", FW_LIST_MAX, what);
		return -1;
	}
	if (k == 0) {
		out[0] = (struct l4){0, 255, 0, 65535};
		*n = 1;
		*any = true;
		return 0;
	}
	*any = true;
	for (int i = 0; i < k; i++) {
		int got = service_item(items[i], out + m, 2 * FW_LIST_MAX - m);
		if (got == 0) {
			table_reject(
				t, d,
				"expected a port, port range (1024-65535), service name (http, "
				"smtp, ...) or Any in %s, got '%.*s'",
				what, CELL(items[i]));
			return -1;
		}
		for (int j = m; j < m + got; j++)
			if (out[j].lo != 0 || out[j].hi != 65535)
				*any = false;
		m += got;
	}
	*n = m;
	return 0;
}

static int parse_protos(struct table *t, struct diag *d, struct str cell, struct numrange *out,
			int *n, bool *any)
{
	struct str items[FW_LIST_MAX];
	struct str rest = cell, item;
	int k = 0;
	*any = false;
	/* "tcp/udp" is a list too */
	while (table_item(&rest, &item)) {
		while (item.n) {
			struct str w = str_trim(str_cut(&item, '/'));
			if (k == FW_LIST_MAX) {
				table_reject(t, d, "more than %d values in protocol", FW_LIST_MAX);
				return -1;
			}
			items[k++] = w;
		}
	}
	if (k == 0) {
		out[0] = (struct numrange){0, 255};
		*n = 1;
		*any = true;
		return 0;
	}
	for (int i = 0; i < k; i++) {
		if (!proto_item(items[i], &out[i])) {
			table_reject(t, d,
				     "expected a protocol (tcp, udp, icmp, a number 0-255 or Any), "
				     "got '%.*s'",
				     CELL(items[i]));
			return -1;
		}
		if (out[i].lo == 0 && out[i].hi == 255)
			*any = true;
	}
	*n = k;
	return 0;
}

static int parse_action(struct str s, enum fw_action *out)
{
	static const char *const allow[] = {"allow",    "allowed", "permit", "permitted", "accept",
					    "accepted", "pass",    "허용",   NULL};
	static const char *const deny[] = {"deny",    "denied",   "drop",  "dropped",
					   "reject",  "rejected", "block", "blocked",
					   "discard", "차단",     "거부",  NULL};
	for (const char *const *w = allow; *w; w++)
		if (str_ieq(s, str_from_c(*w))) {
			*out = FW_ALLOW;
			return 0;
		}
	for (const char *const *w = deny; *w; w++)
		if (str_ieq(s, str_from_c(*w))) {
			*out = FW_DENY;
			return 0;
		}
	return -1;
}

static bool disabled(struct str s)
{
	static const char *const off[] = {"no",       "n",       "x",        "false",
					  "0",        "disable", "disabled", "off",
					  "inactive", "미사용",  "비활성",   NULL};
	for (const char *const *w = off; *w; w++)
		if (str_ieq(s, str_from_c(*w)))
			return true;
	return false;
}

enum { C_ID, C_SRC, C_DST, C_SVC, C_PROTO, C_ACTION, C_COMMENT, C_SPORT, C_ENABLED, C_COUNT };

static const char *const a_id[] = {"rule", "rule id",  "rule_id",   "no",  "no.", "번호",
				   "순번", "정책번호", "policy id", "seq", NULL};
static const char *const a_src[] = {"src",
				    "src_ip",
				    "source_ip",
				    "source ip",
				    "src ip",
				    "source address",
				    "source_address",
				    "출발주소",
				    "출발지",
				    "출발지 주소",
				    NULL};
static const char *const a_dst[] = {"dst",
				    "dst_ip",
				    "destination_ip",
				    "destination ip",
				    "dst ip",
				    "destination address",
				    "destination_address",
				    "도착주소",
				    "도착지",
				    "목적지",
				    "목적지 주소",
				    NULL};
static const char *const a_svc[] = {"port",     "ports",  "dport", "dst_port", "destination port",
				    "dst port", "서비스", "포트",  NULL};
static const char *const a_proto[] = {"proto", "프로토콜", NULL};
static const char *const a_action[] = {"행위", "동작", "처리", NULL};
static const char *const a_comment[] = {"description", "name", "rule name", "비고",
					"설명",        "memo", "remark",    NULL};
static const char *const a_sport[] = {"src_port", "source port", "source_port",
				      "src port", "출발포트",    NULL};
static const char *const a_enabled[] = {"enable", "status", "state", "사용여부", NULL};

static const struct csv_col fw_cols[C_COUNT] = {
	[C_ID] = {"id", a_id, 0},
	[C_SRC] = {"source", a_src, 1},
	[C_DST] = {"destination", a_dst, 1},
	[C_SVC] = {"service", a_svc, 0},
	[C_PROTO] = {"protocol", a_proto, 0},
	[C_ACTION] = {"action", a_action, 1},
	[C_COMMENT] = {"comment", a_comment, 0},
	[C_SPORT] = {"sport", a_sport, 0},
	[C_ENABLED] = {"enabled", a_enabled, 0},
};

int fw_sniff(struct str head)
{
	return table_sniff(head, fw_cols, C_COUNT);
}

/*
 * Multiply the lists out into boxes; -1 (reported) when over the per-rule cap,
 * over room (what the policy-wide cap leaves), or empty.
 */
static int rule_boxes(struct table *t, struct diag *d, struct arena *a, struct fw_rule *r,
		      const struct ip_range *src, int nsrc, const struct ip_range *dst, int ndst,
		      const struct numrange *proto, int nproto, const struct l4 *svc, int nsvc,
		      const struct numrange *sport, int nsport, size_t room)
{
	struct space_box l4[FW_LIST_MAX * 4];
	int nl4 = 0;
	static const unsigned ported[] = {FW_PROTO_TCP, FW_PROTO_UDP, FW_PROTO_SCTP};
	for (int s = 0; s < nsport; s++)
		for (int i = 0; i < nproto; i++)
			for (int j = 0; j < nsvc; j++) {
				unsigned plo = proto[i].lo > svc[j].plo ? proto[i].lo : svc[j].plo;
				unsigned phi = proto[i].hi < svc[j].phi ? proto[i].hi : svc[j].phi;
				if (plo > phi)
					continue;
				bool ports = svc[j].lo != 0 || svc[j].hi != 65535 ||
					     sport[s].lo != 0 || sport[s].hi != 65535;
				struct space_box b;
				space_box_all(&b);
				b.dport_lo = svc[j].lo;
				b.dport_hi = svc[j].hi;
				b.sport_lo = (uint16_t)sport[s].lo;
				b.sport_hi = (uint16_t)sport[s].hi;
				for (int k = 0; k < (ports ? 3 : 1); k++) {
					if (ports && (ported[k] < plo || ported[k] > phi))
						continue;
					b.proto_lo = (uint8_t)(ports ? ported[k] : plo);
					b.proto_hi = (uint8_t)(ports ? ported[k] : phi);
					if (nl4 == (int)(sizeof(l4) / sizeof(l4[0])))
						goto too_many;
					l4[nl4++] = b;
				}
			}
	if (nl4 == 0) {
		table_reject(t, d,
			     "the service '%.*s' cannot apply to protocol '%.*s': the rule "
			     "would match no packet",
			     CELL(r->service), CELL(r->proto));
		return -1;
	}
	size_t total = (size_t)nl4 * (size_t)nsrc * (size_t)ndst;
	if (total > FW_RULE_BOXES_MAX)
		goto too_many;
	if (total > room) {
		table_reject(t, d,
			     "the policy multiplies out to more than %d address/port/protocol "
			     "combinations: this rule is left out",
			     FW_POLICY_BOXES_MAX);
		return -1;
	}
	r->box = NEW(a, struct space_box, total);
	r->nbox = 0;
	for (int i = 0; i < nsrc; i++)
		for (int j = 0; j < ndst; j++)
			for (int k = 0; k < nl4; k++) {
				struct space_box *b = &r->box[r->nbox++];
				*b = l4[k];
				b->src = src[i];
				b->dst = dst[j];
			}
	return 0;
too_many:
	table_reject(t, d,
		     "the rule's lists multiply out to more than %d address/port/protocol "
		     "combinations; split it",
		     FW_RULE_BOXES_MAX);
	return -1;
}

/* Parse the current row into r; -1 after reporting the row. */
static int fw_row(struct table *t, struct arena *a, struct diag *d, struct fw_rule *r, size_t room)
{
	struct ip_range src[FW_LIST_MAX], dst[FW_LIST_MAX];
	struct numrange proto[FW_LIST_MAX], sport[2 * FW_LIST_MAX];
	struct l4 svc[2 * FW_LIST_MAX], sp[2 * FW_LIST_MAX];
	int nsrc, ndst, nproto, nsvc, nsport;
	bool any;
	struct str action = table_get(t, C_ACTION);

	r->src = table_get(t, C_SRC);
	r->dst = table_get(t, C_DST);
	r->service = table_get(t, C_SVC);
	r->proto = table_get(t, C_PROTO);
	r->sport = table_get(t, C_SPORT);
	if (action.n == 0) {
		table_reject(t, d,
			     "expected an action (Allow/Permit/Accept/Pass/허용 or "
			     "Deny/Drop/Reject/Block/차단), got an empty cell");
		return -1;
	}
	if (parse_action(action, &r->action) == -1) {
		table_reject(t, d,
			     "expected an action (Allow/Permit/Accept/Pass/허용 or "
			     "Deny/Drop/Reject/Block/차단), got '%.*s'",
			     CELL(action));
		return -1;
	}
	if (parse_addrs(t, d, "source", r->src, src, &nsrc, &any) == -1)
		return -1;
	r->any |= any ? FW_F_SRC : 0u;
	if (parse_addrs(t, d, "destination", r->dst, dst, &ndst, &any) == -1)
		return -1;
	r->any |= any ? FW_F_DST : 0u;
	if (parse_protos(t, d, r->proto, proto, &nproto, &any) == -1)
		return -1;
	if (parse_ports(t, d, "service", r->service, svc, &nsvc, &any) == -1)
		return -1;
	r->any |= any ? FW_F_DPORT : 0u;
	if (parse_ports(t, d, "source port", r->sport, sp, &nsport, &any) == -1)
		return -1;
	r->any |= any ? FW_F_SPORT : 0u;
	for (int i = 0; i < nsport; i++)
		sport[i] = (struct numrange){sp[i].lo, sp[i].hi};
	if (rule_boxes(t, d, a, r, src, nsrc, dst, ndst, proto, nproto, svc, nsvc, sport, nsport,
		       room) == -1)
		return -1;
	/* protocol is Any only if some box still spans every protocol (a service such as
	 * "dns" or "ALL_TCP" narrows an empty protocol cell) */
	r->any &= ~(unsigned)FW_F_PROTO;
	for (size_t i = 0; i < r->nbox; i++)
		if (r->box[i].proto_lo == 0 && r->box[i].proto_hi == 255)
			r->any |= FW_F_PROTO;
	r->src = arena_strdup(a, r->src);
	r->dst = arena_strdup(a, r->dst);
	r->service = arena_strdup(a, r->service);
	r->proto = arena_strdup(a, r->proto);
	r->sport = arena_strdup(a, r->sport);
	r->comment = arena_strdup(a, table_get(t, C_COMMENT));
	r->line = t->csv->rec_line;
	return 0;
}

int fw_load_csv(struct fw_policy *out, struct arena *a, struct str buf, const char *file,
		struct diag *d)
{
	struct table t;
	struct fw_policy p = {0};
	size_t cap = 0, total = 0;

	if (table_open(&t, a, buf, fw_cols, C_COUNT, file, d) == -1)
		return -1;
	while (table_next(&t, d) == 1) {
		struct fw_rule r = {0};
		if (table_get(&t, C_ENABLED).n && disabled(table_get(&t, C_ENABLED))) {
			diag_notef(d, "rule disabled ('%.*s'): left out",
				   CELL(table_get(&t, C_ENABLED)));
			continue;
		}
		if (fw_row(&t, a, d, &r, FW_POLICY_BOXES_MAX - total) == -1)
			continue;
		total += r.nbox;
		struct str id = table_get(&t, C_ID);
		r.id = id.n ? arena_strdup(a, id) : arena_printf(a, "%zu", p.n + 1);
		if (p.n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			p.v = arena_grow(a, p.v, (ptrdiff_t)sizeof(*p.v), _Alignof(struct fw_rule),
					 (ptrdiff_t)p.n, (ptrdiff_t)ncap);
			cap = ncap;
		}
		p.v[p.n++] = r;
	}
	p.rows = t.rows;
	p.skipped = t.skipped;
	d->line = 0;
	if (p.n == 0) {
		diag_errorf(d, "no usable rule (%zu rows, %zu skipped)", p.rows, p.skipped);
		return -1;
	}
	*out = p;
	return 0;
}

static bool box_has(const struct space_box *b, const struct fw_packet *k)
{
	if (k->proto < b->proto_lo || k->proto > b->proto_hi)
		return false;
	if (b->dport_lo != 0 || b->dport_hi != 65535)
		if (k->dport < b->dport_lo || k->dport > b->dport_hi)
			return false;
	if (b->sport_lo != 0 || b->sport_hi != 65535)
		if (k->sport < b->sport_lo || k->sport > b->sport_hi)
			return false;
	return ip_range_contains(&b->src, &k->src) && ip_range_contains(&b->dst, &k->dst);
}

int fw_eval_packet(const struct fw_policy *p, const struct fw_packet *pkt)
{
	for (size_t i = 0; i < p->n; i++)
		for (size_t j = 0; j < p->v[i].nbox; j++)
			if (box_has(&p->v[i].box[j], pkt))
				return (int)i;
	return -1;
}

int fw_eval(const struct fw_policy *p, int proto, const struct ip *src, const struct ip *dst,
	    int dport)
{
	struct fw_packet k = {
		.proto = proto, .src = *src, .dst = *dst, .sport = -1, .dport = dport};
	return fw_eval_packet(p, &k);
}

bool fw_allows(const struct fw_policy *p, int rule)
{
	return rule >= 0 && (size_t)rule < p->n && p->v[rule].action == FW_ALLOW;
}

/* A box of a rule that can match packets to the queried destination. */
struct rbox {
	size_t rule;
	const struct space_box *b;
};

static int u32_cmp(const void *pa, const void *pb)
{
	uint32_t x = *(const uint32_t *)pa, y = *(const uint32_t *)pb;
	return (x > y) - (x < y);
}

static int reach_cmp(const void *pa, const void *pb)
{
	const struct fw_reach *x = pa, *y = pb;
	if (x->rule != y->rule)
		return x->rule < y->rule ? -1 : 1;
	if (x->proto_lo != y->proto_lo)
		return x->proto_lo < y->proto_lo ? -1 : 1;
	return (x->port_lo > y->port_lo) - (x->port_lo < y->port_lo);
}

/* Sorted, de-duplicated interval starts: the elementary intervals are [v[i], v[i+1]). */
static size_t breakpoints(uint32_t *v, size_t n)
{
	qsort(v, n, sizeof(*v), u32_cmp);
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (m == 0 || v[m - 1] != v[i])
			v[m++] = v[i];
	return m;
}

/*
 * The walk is done per cell of protocol x destination port, the cells being
 * cut at every boundary of a rule box that can reach dst: inside a cell each
 * box either covers it or misses it, so only source addresses and ports remain
 * to be tracked, and those fragment little. Rules that cannot reach dst are
 * never looked at.
 */
int fw_reachable_ports(const struct fw_policy *p, const struct ip *dst, const struct ip_range *src,
		       size_t nsrc, struct arena *a, struct fw_reach **out, size_t *nout,
		       uint64_t *budget, struct diag *d)
{
	uint64_t own = FW_REACH_WORK;
	struct arena scratch = {0};
	struct space_vec left = {0}, tmp = {0}, cell_boxes = {0};
	struct fw_reach *reach = NULL;
	size_t n = 0, cap = 0, nr = 0, rcap = 0;
	struct rbox *rb = NULL;
	int rc = -1;

	if (!budget)
		budget = &own;
	/* the scan for boxes that reach dst: an address test costs about an eighth of a
	 * box operation */
	uint64_t scan = 0;
	for (size_t i = 0; i < p->n; i++)
		scan += p->v[i].nbox;
	if (*budget < scan / 8 + 1)
		goto too_complex;
	*budget -= scan / 8 + 1;
	for (size_t i = 0; i < p->n; i++)
		for (size_t j = 0; j < p->v[i].nbox; j++) {
			if (!ip_range_contains(&p->v[i].box[j].dst, dst))
				continue;
			if (nr == rcap) {
				size_t ncap = rcap ? rcap * 2 : 32;
				rb = arena_grow(&scratch, rb, (ptrdiff_t)sizeof(*rb),
						_Alignof(struct rbox), (ptrdiff_t)nr,
						(ptrdiff_t)ncap);
				rcap = ncap;
			}
			rb[nr++] = (struct rbox){i, &p->v[i].box[j]};
		}
	uint32_t *pb = NEW(&scratch, uint32_t, 2 * nr + 2);
	uint32_t *qb = NEW(&scratch, uint32_t, 2 * nr + 2);
	size_t np = 0, nq = 0;
	pb[np++] = 0;
	pb[np++] = 256;
	qb[nq++] = 0;
	qb[nq++] = 65536;
	for (size_t k = 0; k < nr; k++) {
		pb[np++] = rb[k].b->proto_lo;
		pb[np++] = (uint32_t)rb[k].b->proto_hi + 1;
		qb[nq++] = rb[k].b->dport_lo;
		qb[nq++] = (uint32_t)rb[k].b->dport_hi + 1;
	}
	np = breakpoints(pb, np);
	nq = breakpoints(qb, nq);
	for (size_t pi = 0; pi + 1 < np; pi++)
		for (size_t qi = 0; qi + 1 < nq; qi++) {
			struct space_box cell;
			space_box_all(&cell);
			cell.proto_lo = (uint8_t)pb[pi];
			cell.proto_hi = (uint8_t)(pb[pi + 1] - 1);
			cell.dport_lo = (uint16_t)qb[qi];
			cell.dport_hi = (uint16_t)(qb[qi + 1] - 1);
			cell.dst.lo = cell.dst.hi = *dst;
			if (*budget < nr + nsrc + 1)
				goto too_complex;
			*budget -= nr + nsrc + 1;
			left.n = 0;
			for (size_t i = 0; i < nsrc; i++) {
				cell.src = src[i];
				if (space_push(&left, &scratch, &cell) == -1)
					goto too_complex;
			}
			for (size_t k = 0; k < nr && left.n;) {
				size_t rule = rb[k].rule;
				cell_boxes.n = 0;
				for (; k < nr && rb[k].rule == rule; k++) {
					const struct space_box *b = rb[k].b;
					if (b->proto_lo <= cell.proto_lo &&
					    cell.proto_hi <= b->proto_hi &&
					    b->dport_lo <= cell.dport_lo &&
					    cell.dport_hi <= b->dport_hi &&
					    space_push(&cell_boxes, &scratch, b) == -1)
						goto too_complex;
				}
				if (cell_boxes.n == 0)
					continue;
				if (p->v[rule].action == FW_ALLOW) {
					int hit = space_overlap(left.v, left.n, cell_boxes.v,
								cell_boxes.n, budget);
					if (hit == -1 || (hit == 1 && n == FW_REACH_MAX))
						goto too_complex;
					if (hit == 1) {
						if (n == cap) {
							size_t ncap = cap ? cap * 2 : 32;
							reach = arena_grow(
								&scratch, reach,
								(ptrdiff_t)sizeof(*reach),
								_Alignof(struct fw_reach),
								(ptrdiff_t)n, (ptrdiff_t)ncap);
							cap = ncap;
						}
						reach[n++] = (struct fw_reach){
							rule, cell.proto_lo, cell.proto_hi,
							cell.dport_lo, cell.dport_hi};
					}
				}
				if (space_minus(&left, &tmp, &scratch, cell_boxes.v, cell_boxes.n,
						budget) == -1)
					goto too_complex;
			}
		}
	/* rule order, and neighbouring cells of one rule joined */
	if (n > 1)
		qsort(reach, n, sizeof(*reach), reach_cmp);
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		struct fw_reach *last = m ? &reach[m - 1] : NULL;
		if (last && last->rule == reach[i].rule && last->proto_lo == reach[i].proto_lo &&
		    last->proto_hi == reach[i].proto_hi &&
		    (uint32_t)last->port_hi + 1 == reach[i].port_lo) {
			last->port_hi = reach[i].port_hi;
			continue;
		}
		reach[m++] = reach[i];
	}
	*out = NEW(a, struct fw_reach, m);
	if (m)
		memcpy(*out, reach, m * sizeof(*reach));
	*nout = m;
	rc = 0;
	goto out_free;
too_complex:
	d->line = 0;
	diag_errorf(d,
		    "reachability: the policy is too complex to analyse (more than %d pieces "
		    "or the work budget spent)",
		    SPACE_BOXES_MAX);
out_free:
	arena_free(&scratch);
	return rc;
}

int fw_reach_rule(const struct fw_reach *reach, size_t n, int proto, uint16_t port)
{
	for (size_t i = 0; i < n; i++)
		if (proto >= reach[i].proto_lo && proto <= reach[i].proto_hi &&
		    port >= reach[i].port_lo && port <= reach[i].port_hi)
			return (int)reach[i].rule;
	return -1;
}
