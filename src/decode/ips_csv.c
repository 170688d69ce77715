/*
 * ips_csv.c - IPS alert CSV exports to EV_IPS_ALERT events.
 *
 * The header is found among the first few records (spreadsheet exports put a
 * title above it), then each row is decoded on its own: a bad cell rejects
 * only its row, reported as file:line. The service comes from the port when
 * it names one, else from keywords in the signature ("Telnet Login Fail",
 * "Secure Shell Brute Force").
 */
#include "decode/ips_csv.h"

#include <string.h>

enum { C_TIME, C_SRC, C_DST, C_PORT, C_COUNT_, C_ATTACK, C_BLOCKED, C_PROTO, C_SPORT, C_SID };

static const char *const a_time[] = {"timestamp", "시간",     "탐지시간",  "date",
				     "datetime",  "발생시간", "탐지 시간", NULL};
static const char *const a_src[] = {"src",      "src_ip", "source_ip", "source ip", "src ip",
				    "출발주소", "출발지", "공격자",    "attacker",  NULL};
static const char *const a_dst[] = {"dst",    "dst_ip",   "destination_ip", "destination ip",
				    "dst ip", "도착주소", "목적지",         "도착지",
				    "target", NULL};
static const char *const a_port[] = {
	"dport", "dst_port", "destination port", "dst port", "포트", "목적지 포트", NULL};
static const char *const a_count[] = {"attempts", "시도횟수", "시도 횟수", "횟수",
				      "hits",     "events",   NULL};
static const char *const a_attack[] = {"signature", "name",        "공격명",
				       "탐지명",    "이벤트명",    "alert",
				       "rule name", "attack name", NULL};
static const char *const a_blocked[] = {"action", "차단여부", "차단 여부", "대응", "조치", NULL};
static const char *const a_proto[] = {"proto", "프로토콜", NULL};
static const char *const a_sport[] = {"sport",    "src_port", "source port",
				      "src port", "출발포트", NULL};
static const char *const a_sid[] = {"signature id", "rule id", "rule_id", "sig_id", NULL};

static const struct csv_col ips_cols[IPS_CSV_COLS] = {
	[C_TIME] = {"time", a_time, 0},          [C_SRC] = {"source", a_src, 1},
	[C_DST] = {"destination", a_dst, 1},     [C_PORT] = {"port", a_port, 0},
	[C_COUNT_] = {"count", a_count, 0},      [C_ATTACK] = {"attack", a_attack, 1},
	[C_BLOCKED] = {"blocked", a_blocked, 0}, [C_PROTO] = {"protocol", a_proto, 0},
	[C_SPORT] = {"source port", a_sport, 0}, [C_SID] = {"sid", a_sid, 0},
};

#define CELL(s) (int)((s).n > 40 ? 40 : (s).n), (s).p

int ips_csv_sniff(struct str head)
{
	int best = 0;
	for (int k = 0; k < 4 && head.n; k++) {
		struct str line = str_cut(&head, '\n');
		int score = csv_header_score(line, ips_cols, IPS_CSV_COLS);
		for (int i = 0; i < IPS_CSV_COLS && score; i++)
			if (ips_cols[i].required && csv_header_score(line, &ips_cols[i], 1) == 0)
				score = 0;
		if (score > best)
			best = score;
	}
	return best;
}

int ips_csv_open(struct ips_csv *r, struct str buf, const char *file, struct diag *d)
{
	memset(r->idx, -1, sizeof(r->idx));
	r->file = file;
	r->buf = buf;
	r->offset_min = 0;
	r->rows = r->skipped = 0;
	d->file = file;
	/* the header may follow title rows with another separator: try each first line */
	struct str rest = buf;
	for (int k = 0; k < 8 && rest.n; k++) {
		struct diag quiet = {0};
		csv_init(&r->csv, rest, 0);
		r->csv.line = k + 1;
		if (csv_next(&r->csv, &quiet) == 1 &&
		    csv_map_header(&r->csv, ips_cols, IPS_CSV_COLS, r->idx, &quiet) == 0)
			return 0;
		str_cut(&rest, '\n');
	}
	/* report against the first record, where a header belongs */
	struct diag quiet = {0};
	csv_init(&r->csv, buf, 0);
	int rc = csv_next(&r->csv, &quiet);
	d->line = 1;
	if (rc == 0) {
		diag_errorf(d, "empty file: expected a header line naming the columns");
		return -1;
	}
	if (rc == -1) {
		diag_errorf(d, "expected a header line naming the columns: %s", quiet.msg);
		return -1;
	}
	d->line = r->csv.rec_line;
	csv_map_header(&r->csv, ips_cols, IPS_CSV_COLS, r->idx, d);
	return -1;
}

static struct str cell(const struct ips_csv *r, int col)
{
	return csv_get(&r->csv, r->idx[col]);
}

/* O/X, Y/N, yes/no, true/false, blocked/allowed, ... -> 1/0; -1 if unknown. */
static int parse_blocked(struct str s)
{
	static const struct str yes[] = {
		STR_INIT("o"),         STR_INIT("y"),       STR_INIT("yes"),    STR_INIT("true"),
		STR_INIT("1"),         STR_INIT("blocked"), STR_INIT("block"),  STR_INIT("drop"),
		STR_INIT("dropped"),   STR_INIT("deny"),    STR_INIT("denied"), STR_INIT("reject"),
		STR_INIT("rejected"),  STR_INIT("차단"),    STR_INIT("예"),     STR_INIT("prevent"),
		STR_INIT("prevented"),
	};
	static const struct str no[] = {
		STR_INIT("x"),        STR_INIT("n"),       STR_INIT("no"),     STR_INIT("false"),
		STR_INIT("0"),        STR_INIT("allowed"), STR_INIT("allow"),  STR_INIT("alert"),
		STR_INIT("pass"),     STR_INIT("passed"),  STR_INIT("permit"), STR_INIT("detect"),
		STR_INIT("detected"), STR_INIT("탐지"),    STR_INIT("허용"),   STR_INIT("아니오"),
		STR_INIT("monitor"),  STR_INIT("log"),
	};
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (str_ieq(s, yes[i]))
			return 1;
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (str_ieq(s, no[i]))
			return 0;
	return -1;
}

/* "3", "3회", "x3", "3 times". */
static int parse_count(struct str s, uint32_t *out)
{
	uint64_t v;
	s = str_trim(s);
	if (s.n && (s.p[0] == 'x' || s.p[0] == 'X'))
		s = str_skip(s, 1);
	if (s.n > 20 || str_take_digits(&s, &v) == 0 || v > UINT32_MAX)
		return -1;
	s = str_trim(s);
	if (s.n && !str_eq(s, STR("회")) && !str_eq(s, STR("번")) && !str_ieq(s, STR("times")) &&
	    !str_ieq(s, STR("x")))
		return -1;
	*out = (uint32_t)v;
	return 0;
}

/* "1.2.3.4" or "1.2.3.4:5678"; port 0 when absent. */
static int parse_endpoint(struct str s, struct ip *ip, uint16_t *port)
{
	uint64_t p;
	*port = 0;
	if (ip_parse(s, ip) == 0)
		return 0;
	ptrdiff_t colon = str_rchr(s, ':');
	if (colon < 0 || str_chr(s, ':') != colon)
		return -1;
	if (ip_parse(str_sub(s, 0, (size_t)colon), ip) == -1 ||
	    str_to_u64(str_skip(s, (size_t)colon + 1), 65535, &p) == -1)
		return -1;
	*port = (uint16_t)p;
	return 0;
}

static enum service service_from_signature(struct str sig)
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
	};
	for (size_t i = 0; i < sizeof(kws) / sizeof(kws[0]); i++)
		if (str_ifind(sig, kws[i].kw) >= 0)
			return kws[i].svc;
	return SVC_UNKNOWN;
}

static int reject(struct ips_csv *r, struct diag *d, const char *what, struct str got)
{
	d->file = r->file;
	d->line = r->csv.rec_line;
	diag_errorf(d, "expected %s, got '%.*s'", what, CELL(got));
	r->skipped++;
	return -1;
}

/* Byte offset of the record that starts at or after p (blank lines skipped as csv_next does). */
static uint64_t record_offset(const struct ips_csv *r, const char *p)
{
	const char *end = r->buf.p + r->buf.n;
	for (;;) {
		const char *q = p;
		while (q < end && *q != '\n' && ascii_space(*q))
			q++;
		if (q < end && *q == '\n') {
			p = q + 1;
			continue;
		}
		break;
	}
	return (uint64_t)(p - r->buf.p);
}

static bool row_empty(const struct ips_csv *r)
{
	for (int i = 0; i < IPS_CSV_COLS; i++)
		if (cell(r, i).n)
			return false;
	return true;
}

int ips_csv_next(struct ips_csv *r, struct event *ev, struct diag *d)
{
	int rc;
	const char *start;
	do {
		d->file = r->file;
		start = r->csv.rest.p;
		rc = csv_next(&r->csv, d);
		if (rc == 0)
			return 0;
		if (rc == -1) {
			r->rows++;
			r->skipped++;
			return -1;
		}
	} while (row_empty(r));
	r->rows++;
	d->line = r->csv.rec_line;
	event_clear(ev);
	ev->kind = EV_IPS_ALERT;
	ev->line = (uint64_t)r->csv.rec_line;
	ev->offset = start ? record_offset(r, start) : 0;

	struct str t = cell(r, C_TIME), v;
	if (t.n) {
		struct civil c;
		uint64_t secs;
		if (t.n >= 9 && t.n <= 12 && str_to_u64(t, INT64_MAX, &secs) == 0) {
			ev->ts = (int64_t)secs;
		} else if (time_parse_iso(t, &c) == 0) {
			ev->ts = civil_to_epoch(&c, r->offset_min);
			ev->tz_offset_min = c.has_offset ? c.offset_min : r->offset_min;
		} else {
			return reject(r, d, "a time like 2024-03-14 00:00:09 in time", t);
		}
	}
	uint16_t port;
	v = cell(r, C_SRC);
	if (parse_endpoint(v, &ev->src_ip, &port) == -1)
		return reject(r, d, "a source IP address", v);
	ev->has_src_ip = true;
	ev->src_port = port;
	v = cell(r, C_DST);
	if (parse_endpoint(v, &ev->dst_ip, &port) == -1)
		return reject(r, d, "a destination IP address", v);
	ev->has_dst_ip = true;
	ev->dst_port = port;
	v = cell(r, C_PORT);
	if (v.n) {
		uint64_t p;
		if (str_to_u64(v, 65535, &p) == -1)
			return reject(r, d, "a destination port 0-65535 in port", v);
		ev->dst_port = (uint16_t)p;
	}
	v = cell(r, C_SPORT);
	if (v.n) {
		uint64_t p;
		if (str_to_u64(v, 65535, &p) == -1)
			return reject(r, d, "a source port 0-65535", v);
		ev->src_port = (uint16_t)p;
	}
	v = cell(r, C_COUNT_);
	if (v.n && parse_count(v, &ev->count) == -1)
		return reject(r, d, "an attempt count (3, 3회) in count", v);
	ev->rule_name = cell(r, C_ATTACK);
	if (ev->rule_name.n == 0)
		return reject(r, d, "an attack name", ev->rule_name);
	v = cell(r, C_BLOCKED);
	if (v.n) {
		int b = parse_blocked(v);
		if (b == -1)
			return reject(r, d,
				      "blocked as O/X, Y/N, yes/no, true/false, blocked/allowed",
				      v);
		ev->blocked = b == 1;
	}
	ev->proto = cell(r, C_PROTO);
	ev->rule_id = cell(r, C_SID);
	enum service by_port = ev->dst_port ? service_from_port(ev->dst_port) : SVC_UNKNOWN;
	enum service by_sig = service_from_signature(ev->rule_name);
	if (by_port != SVC_UNKNOWN && by_port != SVC_OTHER)
		ev->service = by_port;
	else if (by_sig != SVC_UNKNOWN)
		ev->service = by_sig;
	else
		ev->service = by_port;
	return 1;
}
