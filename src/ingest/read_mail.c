/*
 * read_mail.c - readers for messages: one RFC 5322 message per file (.eml,
 * Maildir) and Unix mbox files. Each message is parsed in an arena of its
 * own, analysed for bounces, reduced to a struct msgrec in the run's arena,
 * and freed, so an mbox of any size is read in memory bounded by its largest
 * message (capped at MESSAGE_MAX_BYTES).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evidence/source.h"
#include "ingest/kinds.h"
#include "ingest/run.h"
#include "mail/bounce.h"
#include "mail/message.h"

enum { RUN_MSGS_MAX = 1 << 22 };

static struct msgrec *msgrec_new(struct run *r)
{
	if (r->nmsgs >= RUN_MSGS_MAX) {
		r->msgs_dropped++;
		return NULL;
	}
	if (r->nmsgs == r->capmsgs) {
		size_t nc = r->capmsgs ? r->capmsgs * 2 : 64;
		r->msgs = arena_grow(r->a, r->msgs, sizeof(*r->msgs), _Alignof(struct msgrec),
				     (ptrdiff_t)r->capmsgs, (ptrdiff_t)nc);
		r->capmsgs = nc;
	}
	struct msgrec *m = &r->msgs[r->nmsgs++];
	memset(m, 0, sizeof(*m));
	m->date = m->orig_date = TIME_UNKNOWN;
	m->matched_sent = -1;
	m->sent_idx = -1;
	m->spam_pattern = -1;
	return m;
}

static struct str dup(struct run *r, struct str s)
{
	return arena_strdup(r->a, s);
}

static struct str first_addr(const struct message_addrs *a)
{
	return a->n ? a->v[0].addr : STR("");
}

/* 1-based line (within raw) of the last occurrence of id after the header block. */
static long line_of_orig_id(struct str raw, struct str id)
{
	if (!id.n)
		return 0;
	ptrdiff_t body = str_find(raw, STR("\n\n"));
	if (body < 0)
		body = str_find(raw, STR("\r\n\r\n"));
	if (body < 0)
		return 0;
	struct str rest = str_skip(raw, (size_t)body);
	ptrdiff_t at = -1, off = 0;
	for (;;) {
		ptrdiff_t k = str_find(str_skip(rest, (size_t)off), id);
		if (k < 0)
			break;
		at = off + k;
		off = at + 1;
	}
	if (at < 0)
		return 0;
	long line = 1;
	size_t end = (size_t)body + (size_t)at;
	for (size_t i = 0; i < end; i++)
		line += raw.p[i] == '\n';
	return line;
}

/* Our networks: the inventory's zones, or private addresses without one. */
static enum received_zone our_zone(void *ctx, const struct ip *ip, struct str host)
{
	const struct run *r = ctx;
	(void)host;
	if (!ip)
		return RECEIVED_OURS; /* a local hop (no network client) */
	if (r->have_assets)
		return assets_is_inside(&r->assets, ip) ? RECEIVED_OURS : RECEIVED_EXTERNAL;
	return ip_is_private(ip) || ip_is_loopback(ip) ? RECEIVED_OURS : RECEIVED_EXTERNAL;
}

/* Find the hop where the message entered our infrastructure. */
static void mark_edge(struct run *r, struct msgrec *m, const struct message *msg, uint32_t id,
		      long base)
{
	struct received_hop hops[RECEIVED_HOPS_MAX];
	long lines[RECEIVED_HOPS_MAX];
	size_t n = 0;
	for (size_t i = 0; i < msg->nhops && n < RECEIVED_HOPS_MAX; i++)
		if (msg->hops[i].parsed) {
			hops[n] = msg->hops[i].hop;
			lines[n++] = msg->hops[i].line;
		}
	if (n == 0)
		return;
	struct received_trust_policy pol = {.zone = our_zone, .ctx = r};
	size_t e = received_trust(hops, n, &pol);
	/* the chain, oldest hop first, each hop as "from NAME [IP] by HOST"; [*] marks ours */
	char buf[1024];
	size_t o = 0;
	for (size_t i = n; i-- > 0 && o < sizeof(buf) - 1;) {
		char ipb[IP_TEXT_MAX];
		struct str name = hops[i].from_rdns.n ? hops[i].from_rdns : hops[i].from_name;
		char ipt[IP_TEXT_MAX + 2] = "";
		if (hops[i].has_from_ip)
			snprintf(ipt, sizeof(ipt), "[%s]", ip_format(&hops[i].from_ip, ipb));
		bool name_is_ip =
			hops[i].has_from_ip &&
			str_eq(str_unquote(name, '[', ']'),
			       str_from_c(ipt + 1).n ? str_sub(str_from_c(ipt), 1, strlen(ipt) - 1)
						     : STR(""));
		int w;
		if (!name.n && !hops[i].has_from_ip)
			w = snprintf(buf + o, sizeof(buf) - o, "%slocal (%.*s)%s", o ? " -> " : "",
				     (int)(hops[i].by.n
						   ? (hops[i].by.n > 80 ? 80 : hops[i].by.n)
						   : (hops[i].raw.n > 60 ? 60 : hops[i].raw.n)),
				     hops[i].by.n ? hops[i].by.p : hops[i].raw.p,
				     i <= e ? " (ours)" : "");
		else
			w = snprintf(buf + o, sizeof(buf) - o, "%sfrom %.*s%s%s by %.*s%s",
				     o ? " -> " : "",
				     name_is_ip ? 0 : (int)(name.n > 80 ? 80 : name.n), name.p,
				     name.n && !name_is_ip && ipt[0] ? " " : "", ipt,
				     (int)(hops[i].by.n > 80 ? 80 : hops[i].by.n), hops[i].by.p,
				     i <= e ? " (ours)" : "");
		if (w < 0)
			break;
		o += (size_t)w;
	}
	if (o >= sizeof(buf))
		o = sizeof(buf) - 1;
	m->chain = arena_strdup(r->a, (struct str){buf, o});
	if (e >= n)
		return;
	m->trusted_hops = (int)e + 1;
	m->edge_ip = hops[e].from_ip;
	m->has_edge_ip = hops[e].has_from_ip;
	m->edge_from_name =
		arena_strdup(r->a, hops[e].from_rdns.n ? hops[e].from_rdns : hops[e].from_name);
	m->edge_by = arena_strdup(r->a, hops[e].by);
	m->ref_edge = (struct evref){id, (uint64_t)(base + lines[e])};
}

/* Is host one of our mail servers: the one that received this message, or an asset's name? */
static bool our_host(const struct run *r, const struct msgrec *m, struct str host)
{
	if (!host.n)
		return false;
	if (str_ieq(host, m->edge_by) || str_ieq(host, m->top_by))
		return true;
	for (size_t i = 0; r->have_assets && i < r->assets.n; i++)
		if (r->assets.v[i].name.n && str_ieq(r->assets.v[i].name, host))
			return true;
	return false;
}

/* Did the returned original pass through our servers (see struct msgrec.orig_path)? */
static int orig_path_of(struct run *r, const struct msgrec *m, const struct bounce *b,
			struct arena *a)
{
	if (b->orig.nreceived == 0)
		return 0;
	for (size_t i = 0; i < b->orig.nreceived; i++) {
		struct received_hop h;
		struct diag quiet = {0};
		if (received_parse(b->orig.received[i], a, &h, &quiet) == -1)
			continue;
		if (our_host(r, m, h.by))
			return 1;
		if (h.has_from_ip && our_zone(r, &h.from_ip, h.from_name) == RECEIVED_OURS &&
		    !ip_is_loopback(&h.from_ip))
			return 1;
	}
	return 2;
}

/*
 * Parse raw (starting at line base+1 of file id) and keep its record.
 * Returns 0, or -1 when it is not a message (counted by the caller).
 */
static int take_message(struct run *r, struct evidence_file *f, uint32_t id, struct str raw,
			long base, struct diag *d)
{
	struct arena ma = {0};
	struct message msg;
	struct bounce b;
	int rc = -1;
	if (message_parse(raw, &ma, &msg, d) == -1)
		goto out;
	struct msgrec *m = msgrec_new(r);
	rc = 0;
	if (!m)
		goto out;
	m->ref = (struct evref){id, (uint64_t)base + 1};
	m->from = dup(r, first_addr(&msg.from));
	m->to = dup(r, first_addr(&msg.to));
	m->subject = dup(r, msg.subject.value);
	m->msgid = dup(r, msg.message_id.value);
	m->return_path = dup(r, msg.return_path.value);
	m->nhops = (int)msg.nhops;
	if (msg.has_date) {
		m->date = msg.date_epoch;
		m->tz_offset_min = msg.date_offset_min;
	}
	for (size_t i = 0; i < msg.nhops; i++) {
		const struct message_hop *h = &msg.hops[i];
		if (!h->parsed)
			continue;
		if (!m->ref_top.line) {
			m->ref_top = (struct evref){id, (uint64_t)(base + h->line)};
			m->top_by = dup(r, h->hop.by);
			m->top_from_name = dup(r, h->hop.from_name);
			m->top_from_ip = h->hop.from_ip;
			m->has_top_from_ip = h->hop.has_from_ip;
			if (h->hop.has_date) {
				struct civil cv = h->hop.date;
				int64_t t = civil_to_epoch(&cv, 0);
				m->date = t; /* our server's own stamp beats the sender's Date: */
				m->tz_offset_min = cv.has_offset ? cv.offset_min : 0;
				m->hop_dated = cv.has_offset;
			}
		}
		if (h->hop.has_from_ip) {
			m->origin_ip = h->hop.from_ip;
			m->has_origin_ip = true;
			m->origin_by = dup(r, h->hop.by);
		}
	}
	mark_edge(r, m, &msg, id, base);
	if (m->date != TIME_UNKNOWN) {
		run_note_time(r, f, m->date);
		run_note_dated(r, m->date);
	}
	if (bounce_analyze(&msg, raw, &ma, &b, d) == 0 && bounce_is_bounce(b.kind)) {
		m->is_bounce = true;
		m->bounce_kind = bounce_kind_name(b.kind);
		m->orig_msgid = dup(r, b.orig.message_id);
		m->orig_from = dup(r, message_addr_spec(b.orig.from));
		m->orig_subject = dup(r, b.orig.subject);
		if (b.orig.has_date)
			m->orig_date = b.orig.date_epoch;
		m->reporting_mta = dup(r, b.reporting_mta);
		m->spam_related = b.spam_policy;
		if (b.nrcpts) {
			m->orig_rcpt = dup(r, b.rcpts[0].addr);
			m->status = dup(r, b.rcpts[0].status);
			m->diagnostic = dup(r, b.rcpts[0].diagnostic);
		} else if (b.orig.to.n) {
			m->orig_rcpt = dup(r, message_addr_spec(b.orig.to));
		}
		m->orig_path = orig_path_of(r, m, &b, &ma);
		long l = line_of_orig_id(raw, b.orig.message_id);
		if (l)
			m->ref_orig = (struct evref){id, (uint64_t)(base + l)};
	}
out:
	arena_free(&ma);
	return rc;
}

int read_message(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d)
{
	struct arena fa = {0};
	struct str raw;
	if (source_slurp(f->path, MESSAGE_MAX_BYTES, &fa, &raw, d) == -1) {
		arena_free(&fa);
		f->records = 1;
		evfile_skip(f, 1, "message larger than the cap or unreadable");
		return -1;
	}
	f->records = 1;
	d->line = 0;
	if (take_message(r, f, id, raw, 0, d) == 0) {
		f->decoded = 1;
		f->events = 1;
	} else {
		evfile_skip(f, 1, "no header fields: not a message");
	}
	arena_free(&fa);
	return f->decoded ? 0 : -1;
}

int read_mbox(struct run *r, struct evidence_file *f, uint32_t id, struct diag *d)
{
	struct lines lr;
	if (lines_open(&lr, f->path, d) == -1)
		return -1;
	char *buf = NULL;
	size_t n = 0, cap = 0;
	long start = 0;
	bool prev_blank = true, over = false, have = false;
	struct str line;
	int rc;
	for (;;) {
		rc = lines_next(&lr, &line, d);
		bool boundary = rc == 1 && prev_blank && str_starts(line, STR("From "));
		if (rc != 1 || boundary) {
			if (have) {
				f->records++;
				if (over) {
					evfile_skip(f, (uint64_t)start + 1,
						    "message larger than the cap");
				} else if (take_message(r, f, id, (struct str){buf, n}, start, d) ==
					   0) {
					f->decoded++;
					f->events++;
				} else {
					evfile_skip(f, (uint64_t)start + 1,
						    "no header fields: not a message");
				}
			}
			if (rc != 1)
				break;
			n = 0;
			over = false;
			have = true;
			start = (long)lr.line - 1;
		}
		prev_blank = line.n == 0;
		if (!have || over)
			continue;
		if (n + line.n + 1 > MESSAGE_MAX_BYTES) {
			over = true;
			continue;
		}
		if (n + line.n + 1 > cap) {
			cap = (n + line.n + 1) * 2;
			char *nb = realloc(buf, cap);
			if (!nb)
				arena_oom();
			buf = nb;
		}
		memcpy(buf + n, line.p, line.n);
		n += line.n;
		buf[n++] = '\n';
	}
	free(buf);
	lines_close(&lr);
	return rc < 0 ? -1 : 0;
}
