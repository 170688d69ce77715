/*
 * message.c - an RFC 5322 message parsed with GMime into struct message.
 *
 * GMime reads the header block (folding, RFC 2047, address lists, message
 * ids): only the header block is handed to it, so the cost does not grow with
 * the body. This file copies what GMime found into the caller's arena, tags
 * every field with its line (from the byte offset GMime reports), parses each
 * Received value with received.c, and frees every GMime object before it
 * returns. The MIME body is not walked here: bounce.c parses the raw message
 * again when it needs the parts. Sizes are capped (message.h).
 */
#include "mail/message.h"

#include <gmime/gmime.h>
#include <string.h>

void message_init(void)
{
	g_mime_init();
}

void message_shutdown(void)
{
	g_mime_shutdown();
}

/* Lines of raw before byte offsets that only grow: one pass over the input. */
struct line_cursor {
	struct str raw;
	size_t pos;
	long line; /* 1-based line at pos */
};

static long line_at(struct line_cursor *c, size_t off)
{
	if (off < c->pos) {
		c->pos = 0;
		c->line = 1;
	}
	if (off > c->raw.n)
		off = c->raw.n;
	for (; c->pos < off; c->pos++)
		if (c->raw.p[c->pos] == '\n')
			c->line++;
	return c->line;
}

static struct str dup_c(struct arena *a, const char *c)
{
	if (!c)
		return STR_NULL;
	return arena_strdup(a, str_from_c(c));
}

/* Copy value without CR/LF, trimmed and capped; folding becomes the WSP it carried. */
static struct str unfold(struct arena *a, const char *c)
{
	size_t n = c ? strlen(c) : 0;
	if (n > MESSAGE_HEADER_MAX_BYTES)
		n = MESSAGE_HEADER_MAX_BYTES;
	char *p = arena_alloc(a, 1, 1, (ptrdiff_t)n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (c[i] != '\r' && c[i] != '\n')
			p[k++] = c[i];
	p[k] = '\0';
	return str_trim((struct str){p, k});
}

struct str message_addr_spec(struct str s)
{
	s = str_trim(s);
	ptrdiff_t semi = str_chr(s, ';');
	if (semi > 0 && semi < 16 && str_chr(str_sub(s, 0, (size_t)semi), '@') < 0)
		s = str_trim(str_skip(s, (size_t)semi + 1)); /* "rfc822; a@b" */
	ptrdiff_t lt = str_chr(s, '<');
	if (lt >= 0) {
		struct str in = str_skip(s, (size_t)lt + 1);
		ptrdiff_t gt = str_chr(in, '>');
		if (gt >= 0) {
			struct str a = str_trim(str_sub(in, 0, (size_t)gt));
			if (a.n && a.p[0] == '@' && str_chr(a, ':') > 0)
				a = str_skip(a, (size_t)str_chr(a, ':') + 1);
			if (str_istarts(a, STR("mailto:")))
				a = str_skip(a, 7);
			if (str_chr(a, '@') > 0)
				return a;
		}
	}
	while (s.n) {
		size_t i = 0;
		while (i < s.n && (ascii_space(s.p[i]) || s.p[i] == ',' || s.p[i] == '<'))
			i++;
		size_t j = i;
		while (j < s.n && !ascii_space(s.p[j]) && s.p[j] != ',' && s.p[j] != '<' &&
		       s.p[j] != '>' && s.p[j] != '(' && s.p[j] != ')')
			j++;
		struct str w = str_sub(s, i, j);
		s = str_skip(s, j < s.n ? j + 1 : j);
		while (w.n && (w.p[w.n - 1] == '.' || w.p[w.n - 1] == ':' || w.p[w.n - 1] == ';'))
			w.n--;
		w = str_unquote(w, '"', '"');
		w = str_unquote(w, '\'', '\'');
		if (str_istarts(w, STR("mailto:")))
			w = str_skip(w, 7);
		if (w.n && w.p[0] == '@' && str_chr(w, ':') > 0) /* source route "@a,@b:u@c" */
			w = str_skip(w, (size_t)str_chr(w, ':') + 1);
		ptrdiff_t at = str_chr(w, '@');
		if (at > 0 && (size_t)at + 1 < w.n)
			return w;
		if (j == i && j >= s.n)
			break;
	}
	return STR_NULL;
}

static void add_mailbox(struct arena *a, struct message_addrs *out, size_t *cap,
			InternetAddress *ia)
{
	if (out->n >= MESSAGE_ADDRS_MAX)
		return;
	if (out->n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 4;
		out->v =
			arena_grow(a, out->v, (ptrdiff_t)sizeof(*out->v),
				   _Alignof(struct message_addr), (ptrdiff_t)*cap, (ptrdiff_t)ncap);
		*cap = ncap;
	}
	struct message_addr *m = &out->v[out->n++];
	m->name = dup_c(a, internet_address_get_name(ia));
	m->addr = dup_c(a, internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia)));
}

/* Mailboxes of an address field; groups give their members (one level). */
static void parse_addrs(struct arena *a, const char *raw, long line, struct message_addrs *out)
{
	size_t cap = 0;
	out->line = line;
	InternetAddressList *l = internet_address_list_parse(NULL, raw);
	if (!l)
		return;
	int n = internet_address_list_length(l);
	for (int i = 0; i < n && out->n < MESSAGE_ADDRS_MAX; i++) {
		InternetAddress *ia = internet_address_list_get_address(l, i);
		if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
			add_mailbox(a, out, &cap, ia);
		} else if (INTERNET_ADDRESS_IS_GROUP(ia)) {
			InternetAddressList *g =
				internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia));
			int gn = g ? internet_address_list_length(g) : 0;
			for (int k = 0; k < gn && out->n < MESSAGE_ADDRS_MAX; k++) {
				InternetAddress *m = internet_address_list_get_address(g, k);
				if (INTERNET_ADDRESS_IS_MAILBOX(m))
					add_mailbox(a, out, &cap, m);
			}
		}
	}
	g_object_unref(l);
}

static struct str msgid_of(struct arena *a, const char *raw)
{
	char *id = g_mime_utils_decode_message_id(raw);
	struct str s = STR_NULL;
	if (id && *id)
		s = dup_c(a, id);
	g_free(id);
	if (!s.n) {
		struct str t = str_trim(unfold(a, raw));
		s = str_trim(str_unquote(t, '<', '>'));
	}
	return s;
}

static void parse_date(const char *raw, struct message *m)
{
	struct civil c;
	struct str v = str_from_c(raw);
	if (time_parse_rfc5322(v, &c) == 0) {
		m->date_epoch = civil_to_epoch(&c, 0);
		m->date_offset_min = c.has_offset ? c.offset_min : 0;
		m->has_date = true;
		return;
	}
	GDateTime *dt = g_mime_utils_header_decode_date(raw);
	if (!dt)
		return;
	m->date_epoch = (int64_t)g_date_time_to_unix(dt);
	m->date_offset_min = (int)(g_date_time_get_utc_offset(dt) / G_TIME_SPAN_MINUTE);
	m->has_date = true;
	g_date_time_unref(dt);
}

static void parse_refs(struct arena *a, const char *raw, struct message *m)
{
	GMimeReferences *r = g_mime_references_parse(NULL, raw);
	if (!r)
		return;
	int n = g_mime_references_length(r);
	if (n > MESSAGE_REFS_MAX)
		n = MESSAGE_REFS_MAX;
	m->refs = NEW(a, struct str, n > 0 ? n : 1);
	for (int i = 0; i < n; i++) {
		const char *id = g_mime_references_get_message_id(r, i);
		if (id)
			m->refs[m->nrefs++] = dup_c(a, id);
	}
	g_mime_references_free(r);
}

static bool is_xnote(struct str name)
{
	static const char *const prefixes[] = {
		"X-Spam",
		"X-Virus",
		"X-Mailer",
		"X-Originating-",
		"X-Sender-IP",
		"X-Authenticated",
		"X-AntiAbuse",
		"X-Failed-Recipients",
		"X-Source-IP",
		"X-PHP-Script",
		"X-PHP-Originating",
		"X-Original-",
		"X-Get-Message-Sender-Via",
		"X-Forefront-Antispam",
		"X-MS-Exchange-Organization-SCL",
	};
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (str_istarts(name, str_from_c(prefixes[i])))
			return true;
	return false;
}

static void set_field(struct message_field *f, struct str v, long line)
{
	if (f->line)
		return; /* the first occurrence wins */
	f->value = v;
	f->line = line;
}

/* Fill the dedicated fields of m from one top-level header (first occurrence wins). */
static void take_header(struct arena *a, struct message *m, const struct message_header *h,
			const char *raw, struct diag *d)
{
	struct str n = h->name;
	if (str_ieq(n, STR("Received"))) {
		if (m->nhops >= RECEIVED_HOPS_MAX) {
			m->truncated = true;
			return;
		}
		struct message_hop *mh = &m->hops[m->nhops++];
		mh->line = h->line;
		struct diag hd = {.file = d->file, .line = h->line};
		mh->parsed = received_parse(str_from_c(raw), a, &mh->hop, &hd) == 0;
		if (!mh->parsed)
			mh->hop.raw = h->value;
		return;
	}
	if (str_ieq(n, STR("From")) && !m->from.line)
		parse_addrs(a, raw, h->line, &m->from);
	else if (str_ieq(n, STR("Sender")) && !m->sender.line)
		parse_addrs(a, raw, h->line, &m->sender);
	else if (str_ieq(n, STR("To")) && !m->to.line)
		parse_addrs(a, raw, h->line, &m->to);
	else if (str_ieq(n, STR("Cc")) && !m->cc.line)
		parse_addrs(a, raw, h->line, &m->cc);
	else if (str_ieq(n, STR("Bcc")) && !m->bcc.line)
		parse_addrs(a, raw, h->line, &m->bcc);
	else if (str_ieq(n, STR("Reply-To")) && !m->reply_to.line)
		parse_addrs(a, raw, h->line, &m->reply_to);
	else if (str_ieq(n, STR("Subject")) && !m->subject.line) {
		char *dec = g_mime_utils_header_decode_text(NULL, raw);
		set_field(&m->subject, unfold(a, dec ? dec : raw), h->line);
		g_free(dec);
	} else if (str_ieq(n, STR("Date")) && !m->date.line) {
		set_field(&m->date, h->value, h->line);
		parse_date(arena_cstr(a, h->value), m);
	} else if (str_ieq(n, STR("Message-ID")) && !m->message_id.line) {
		set_field(&m->message_id, msgid_of(a, raw), h->line);
	} else if (str_ieq(n, STR("Return-Path")) && !m->return_path.line) {
		struct str v = message_addr_spec(h->value);
		set_field(&m->return_path, v, h->line);
		m->return_path_null = v.n == 0;
	} else if (str_ieq(n, STR("In-Reply-To")) && !m->in_reply_to.line) {
		set_field(&m->in_reply_to, msgid_of(a, raw), h->line);
	} else if (str_ieq(n, STR("References")) && !m->references.line) {
		set_field(&m->references, h->value, h->line);
		parse_refs(a, raw, m);
	} else if (str_ieq(n, STR("Content-Type"))) {
		set_field(&m->content_type, h->value, h->line);
	} else if (str_ieq(n, STR("X-Mailer"))) {
		set_field(&m->x_mailer, h->value, h->line);
	} else if (str_ieq(n, STR("X-Originating-IP"))) {
		set_field(&m->x_originating_ip, str_unquote(h->value, '[', ']'), h->line);
	} else if (str_ieq(n, STR("Auto-Submitted"))) {
		set_field(&m->auto_submitted, h->value, h->line);
	} else if (str_ieq(n, STR("Precedence"))) {
		set_field(&m->precedence, h->value, h->line);
	}
}

/*
 * Offset just past the empty line that ends the header block (raw.n when
 * there is none); *body_line is the line after it (0 when there is none).
 */
static size_t header_end(struct str raw, long base, long *body_line)
{
	long line = 1;
	size_t i = 0;
	*body_line = 0;
	while (i < raw.n) {
		struct str rest = str_skip(raw, i);
		ptrdiff_t nl = str_chr(rest, '\n');
		struct str l = nl < 0 ? rest : str_sub(rest, 0, (size_t)nl);
		if (nl < 0)
			break;
		if (l.n == 0 || (l.n == 1 && l.p[0] == '\r')) {
			*body_line = line + 1 + base;
			return i + (size_t)nl + 1;
		}
		i += (size_t)nl + 1;
		line++;
	}
	return raw.n;
}

int message_parse(struct str raw, struct arena *a, struct message *out, struct diag *d)
{
	struct message m = {0};
	if (raw.n > MESSAGE_MAX_BYTES) {
		diag_warnf(d, "message of %zu bytes: only the first %d parsed", raw.n,
			   MESSAGE_MAX_BYTES);
		raw.n = MESSAGE_MAX_BYTES;
		m.truncated = true;
	}
	if (str_starts(raw, STR("From "))) {
		ptrdiff_t nl = str_chr(raw, '\n');
		raw = nl < 0 ? STR_NULL : str_skip(raw, (size_t)nl + 1);
		m.line_base = 1;
	}
	/* only the header block: the body is bounce.c's business */
	struct str head = str_sub(raw, 0, header_end(raw, m.line_base, &m.body_line));
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(head.p ? head.p : "", head.n);
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
	GMimeMessage *msg = g_mime_parser_construct_message(parser, NULL);
	if (!msg) {
		diag_errorf(d, "no message header found");
		goto out_unref;
	}
	GMimeHeaderList *hl = g_mime_object_get_header_list(GMIME_OBJECT(msg));
	int count = hl ? g_mime_header_list_get_count(hl) : 0;
	if (count <= 0) {
		diag_errorf(d, "no header field found (expected 'Name: value' lines)");
		goto out_unref;
	}
	if (count > MESSAGE_HEADERS_MAX) {
		diag_warnf(d, "%d header fields: only the first %d kept", count,
			   MESSAGE_HEADERS_MAX);
		count = MESSAGE_HEADERS_MAX;
		m.truncated = true;
	}
	m.headers = NEW(a, struct message_header, count);
	m.xnote = NEW(a, struct message_header, count);
	m.hops = NEW(a, struct message_hop, count < RECEIVED_HOPS_MAX ? count : RECEIVED_HOPS_MAX);
	struct line_cursor lc = {raw, 0, 1};
	for (int i = 0; i < count; i++) {
		GMimeHeader *gh = g_mime_header_list_get_header_at(hl, i);
		const char *name = g_mime_header_get_name(gh);
		const char *rawv = g_mime_header_get_raw_value(gh);
		if (!name)
			continue;
		if (!rawv)
			rawv = "";
		gint64 off = g_mime_header_get_offset(gh);
		struct message_header *h = &m.headers[m.nheaders++];
		h->name = dup_c(a, name);
		h->value = unfold(a, rawv);
		h->line = line_at(&lc, off < 0 ? 0 : (size_t)off) + m.line_base;
		if (is_xnote(h->name))
			m.xnote[m.nxnote++] = *h;
		take_header(a, &m, h, rawv, d);
	}
	g_object_unref(msg);
	g_object_unref(parser);
	g_object_unref(stream);
	*out = m;
	return 0;
out_unref:
	if (msg)
		g_object_unref(msg);
	g_object_unref(parser);
	g_object_unref(stream);
	return -1;
}

const struct message_header *message_header_get(const struct message *m, struct str name)
{
	for (size_t i = 0; i < m->nheaders; i++)
		if (str_ieq(m->headers[i].name, name))
			return &m->headers[i];
	return NULL;
}

static bool field_name_ok(struct str n)
{
	if (n.n == 0 || n.n > 76)
		return false;
	for (size_t i = 0; i < n.n; i++)
		if (n.p[i] <= ' ' || n.p[i] > '~')
			return false;
	return true;
}

static struct str take_line(struct str *rest)
{
	ptrdiff_t nl = str_chr(*rest, '\n');
	struct str l = nl < 0 ? *rest : str_sub(*rest, 0, (size_t)nl);
	*rest = nl < 0 ? str_skip(*rest, rest->n) : str_skip(*rest, (size_t)nl + 1);
	if (l.n && l.p[l.n - 1] == '\r')
		l.n--;
	return l;
}

int message_field_next(struct str *rest, struct arena *a, struct str *name, struct str *value,
		       long *line)
{
	while (rest->n) {
		struct str l = take_line(rest);
		if (line)
			(*line)++;
		if (str_trim(l).n == 0)
			return 0;
		if (ascii_space(l.p[0]))
			continue; /* a continuation without a field */
		ptrdiff_t colon = str_chr(l, ':');
		if (colon <= 0 || !field_name_ok(str_sub(l, 0, (size_t)colon)))
			continue;
		*name = str_sub(l, 0, (size_t)colon);
		struct str v = str_skip(l, (size_t)colon + 1);
		/* the continuation lines span from here to the first line not starting with WSP */
		size_t span = 0;
		while (span < rest->n && (rest->p[span] == ' ' || rest->p[span] == '\t')) {
			ptrdiff_t nl = str_chr(str_skip(*rest, span), '\n');
			span = nl < 0 ? rest->n : span + (size_t)nl + 1;
		}
		char *buf = NULL;
		size_t used = 0;
		if (span) {
			size_t cap = v.n + span < MESSAGE_HEADER_MAX_BYTES
					     ? v.n + span
					     : MESSAGE_HEADER_MAX_BYTES;
			buf = arena_alloc(a, 1, 1, (ptrdiff_t)cap + 1);
			used = v.n < cap ? v.n : cap;
			memcpy(buf, v.p, used);
			while (rest->n && (rest->p[0] == ' ' || rest->p[0] == '\t')) {
				struct str c = take_line(rest);
				if (line)
					(*line)++;
				size_t k = c.n < cap - used ? c.n : cap - used;
				memcpy(buf + used, c.p, k);
				used += k;
			}
		}
		*value = buf ? str_trim((struct str){buf, used}) : str_trim(v);
		return 1;
	}
	return 0;
}
