/*
 * bounce.c - bounce detection and extraction: the MIME walk, the RFC 3464
 * delivery-status fields, and the decision between DSN, plain-text bounce,
 * auto-reply, feedback report and ordinary mail.
 *
 * message_parse() keeps only headers, so this file parses the raw message
 * again with GMime and walks its parts (at most MESSAGE_PARTS_MAX, nested at
 * most MESSAGE_DEPTH_MAX deep), decoding each interesting leaf into the arena
 * (at most BOUNCE_TEXT_MAX bytes each). The plain-text dialects are read by
 * bounce_text.c. The order of the decision, and why, is in docs/mail.md.
 */
#include "mail/bounce.h"

#include <gmime/gmime.h>
#include <string.h>

#include "mail/bounce_int.h"

const char *bounce_kind_name(enum bounce_kind k)
{
	switch (k) {
	case BOUNCE_DSN:
		return "dsn";
	case BOUNCE_TEXT:
		return "text";
	case BOUNCE_AUTOREPLY:
		return "autoreply";
	case BOUNCE_FEEDBACK:
		return "feedback";
	case BOUNCE_NONE:
		break;
	}
	return "none";
}

bool bounce_is_bounce(enum bounce_kind k)
{
	return k == BOUNCE_DSN || k == BOUNCE_TEXT;
}

/* What the walk found. Texts are decoded copies in the arena. */
struct walk {
	struct arena *a;
	int parts;
	struct str notice;   /* first text/plain outside attached messages */
	struct str html;     /* first text/html, used when there is no text/plain */
	struct str others;   /* text parts after the first, concatenated (capped) */
	struct str dsn;      /* message/delivery-status */
	struct str headers;  /* text/rfc822-headers */
	struct str feedback; /* message/feedback-report */
	struct bounce_original orig;
};

static struct str part_content(struct arena *a, GMimePart *part)
{
	GMimeDataWrapper *w = g_mime_part_get_content(part);
	if (!w)
		return STR_NULL;
	GMimeStream *mem = g_mime_stream_mem_new();
	g_mime_data_wrapper_write_to_stream(w, mem);
	GByteArray *ba = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
	size_t n = ba ? ba->len : 0;
	if (n > BOUNCE_TEXT_MAX)
		n = BOUNCE_TEXT_MAX;
	struct str s = n ? arena_strdup(a, (struct str){(const char *)ba->data, n}) : STR_NULL;
	g_object_unref(mem);
	return s;
}

/* "text/plain" of obj, lower case, into buf. */
static struct str mime_type(GMimeObject *obj, char *buf, size_t size)
{
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	const char *t = ct ? g_mime_content_type_get_media_type(ct) : NULL;
	const char *s = ct ? g_mime_content_type_get_media_subtype(ct) : NULL;
	int n = snprintf(buf, size, "%s/%s", t ? t : "text", s ? s : "plain");
	if (n < 0 || (size_t)n >= size)
		n = 0;
	for (int i = 0; i < n; i++)
		buf[i] = ascii_lower(buf[i]);
	return (struct str){buf, (size_t)n};
}

static struct str header_of(struct arena *a, GMimeObject *o, const char *name)
{
	const char *v = g_mime_object_get_header(o, name);
	return v ? btext_collapse(a, str_from_c(v), MESSAGE_HEADER_MAX_BYTES) : STR_NULL;
}

void borig_add_received(struct arena *a, struct bounce_original *o, struct str value)
{
	value = str_trim(value);
	if (value.n && o->nreceived < BOUNCE_ORIG_RECEIVED_MAX)
		o->received[o->nreceived++] = btext_collapse(a, value, MESSAGE_HEADER_MAX_BYTES);
}

/* Original-message fields from a message/rfc822 part GMime parsed. */
static void orig_from_message(struct arena *a, GMimeMessage *msg, struct bounce_original *o)
{
	GMimeObject *obj = GMIME_OBJECT(msg);
	const char *id = g_mime_message_get_message_id(msg);
	if (!o->message_id.n && id && *id)
		o->message_id = arena_strdup(a, str_from_c(id));
	if (!o->from.n)
		o->from = header_of(a, obj, "From");
	if (!o->to.n)
		o->to = header_of(a, obj, "To");
	if (!o->subject.n) {
		const char *s = g_mime_message_get_subject(msg);
		o->subject =
			s ? btext_collapse(a, str_from_c(s), MESSAGE_HEADER_MAX_BYTES) : STR_NULL;
	}
	if (!o->date.n)
		o->date = header_of(a, obj, "Date");
	GMimeHeaderList *hl = g_mime_object_get_header_list(obj);
	int nh = hl ? g_mime_header_list_get_count(hl) : 0;
	bool had = o->nreceived > 0;
	for (int i = 0; i < nh && !had && i < MESSAGE_HEADERS_MAX; i++) {
		GMimeHeader *h = g_mime_header_list_get_header_at(hl, i);
		const char *hn = h ? g_mime_header_get_name(h) : NULL;
		const char *hv = h ? g_mime_header_get_value(h) : NULL;
		if (hn && hv && !g_ascii_strcasecmp(hn, "Received"))
			borig_add_received(a, o, str_from_c(hv));
	}
	if ((o->message_id.n || o->from.n || o->subject.n) && o->source == BOUNCE_ORIG_NONE)
		o->source = BOUNCE_ORIG_RFC822;
}

/* Original-message fields from a header block (text/rfc822-headers, or an
 * undecoded message/rfc822). */
static void orig_from_block(struct arena *a, struct str block, enum bounce_orig_source src,
			    struct bounce_original *o)
{
	struct str name, value;
	bool found = false, had = o->nreceived > 0;
	int fields = 0;
	while (block.n && fields < MESSAGE_HEADERS_MAX) {
		if (message_field_next(&block, a, &name, &value, NULL) != 1) {
			if (found)
				break; /* the header block ended */
			continue;
		}
		fields++;
		if (!had && str_ieq(name, STR("Received")))
			borig_add_received(a, o, value);
		struct str *dst = NULL;
		if (str_ieq(name, STR("Message-ID")))
			dst = &o->message_id;
		else if (str_ieq(name, STR("From")))
			dst = &o->from;
		else if (str_ieq(name, STR("To")))
			dst = &o->to;
		else if (str_ieq(name, STR("Subject")))
			dst = &o->subject;
		else if (str_ieq(name, STR("Date")))
			dst = &o->date;
		found = true;
		if (!dst || dst->n)
			continue;
		if (dst == &o->message_id) {
			value = str_trim(value);
			ptrdiff_t lt = str_chr(value, '<');
			if (lt >= 0) {
				value = str_skip(value, (size_t)lt + 1);
				ptrdiff_t gt = str_chr(value, '>');
				if (gt >= 0)
					value.n = (size_t)gt;
			}
		}
		if (dst == &o->subject) {
			char *dec = g_mime_utils_header_decode_text(NULL, arena_cstr(a, value));
			value = dec ? arena_strdup(a, str_from_c(dec)) : value;
			g_free(dec);
		}
		*dst = btext_collapse(a, value, MESSAGE_HEADER_MAX_BYTES);
	}
	if ((o->message_id.n || o->from.n || o->subject.n) && o->source == BOUNCE_ORIG_NONE)
		o->source = src;
}

static void append_other(struct walk *w, struct str text)
{
	if (!text.n || w->others.n >= BOUNCE_TEXT_MAX)
		return;
	size_t n = w->others.n + text.n + 1;
	if (n > BOUNCE_TEXT_MAX)
		n = BOUNCE_TEXT_MAX;
	char *p = arena_alloc(w->a, 1, 1, (ptrdiff_t)n + 1);
	memcpy(p, w->others.p ? w->others.p : "", w->others.n);
	p[w->others.n] = '\n';
	size_t k = n - w->others.n - 1;
	memcpy(p + w->others.n + 1, text.p, k);
	p[n] = '\0';
	w->others = (struct str){p, n};
}

static void walk_part(struct walk *w, GMimeObject *obj, int depth)
{
	if (!obj || w->parts >= MESSAGE_PARTS_MAX || depth > MESSAGE_DEPTH_MAX)
		return;
	w->parts++;
	if (GMIME_IS_MULTIPART(obj)) {
		GMimeMultipart *mp = GMIME_MULTIPART(obj);
		int n = g_mime_multipart_get_count(mp);
		for (int i = 0; i < n && w->parts < MESSAGE_PARTS_MAX; i++)
			walk_part(w, g_mime_multipart_get_part(mp, i), depth + 1);
		return;
	}
	if (GMIME_IS_MESSAGE_PART(obj)) {
		GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
		if (inner)
			orig_from_message(w->a, inner, &w->orig);
		return; /* the original's body is not part of the notice */
	}
	if (!GMIME_IS_PART(obj))
		return;
	char buf[128];
	struct str type = mime_type(obj, buf, sizeof(buf));
	GMimePart *part = GMIME_PART(obj);
	if (str_eq(type, STR("message/delivery-status")) ||
	    str_eq(type, STR("message/global-delivery-status"))) {
		if (!w->dsn.n)
			w->dsn = part_content(w->a, part);
	} else if (str_eq(type, STR("text/rfc822-headers")) ||
		   str_eq(type, STR("message/rfc822-headers")) ||
		   str_eq(type, STR("message/rfc822")) || str_eq(type, STR("message/global")) ||
		   str_eq(type, STR("message/partial"))) {
		struct str t = part_content(w->a, part);
		if (!w->headers.n)
			w->headers = t;
	} else if (str_eq(type, STR("message/feedback-report"))) {
		if (!w->feedback.n)
			w->feedback = part_content(w->a, part);
	} else if (str_eq(type, STR("text/plain"))) {
		struct str t = part_content(w->a, part);
		if (!w->notice.n)
			w->notice = t;
		else
			append_other(w, t);
	} else if (str_eq(type, STR("text/html"))) {
		struct str t = part_content(w->a, part);
		if (!w->html.n)
			w->html = t;
		else
			append_other(w, t);
	}
}

/* Visible text of an HTML notice: tags dropped, <br> and </p> as newlines. */
static struct str html_text(struct arena *a, struct str h)
{
	char *p = arena_alloc(a, 1, 1, (ptrdiff_t)h.n + 1);
	size_t n = 0;
	for (size_t i = 0; i < h.n; i++) {
		if (h.p[i] == '<') {
			struct str tag = str_skip(h, i + 1);
			if (str_istarts(tag, STR("br")) || str_istarts(tag, STR("/p")) ||
			    str_istarts(tag, STR("/div")) || str_istarts(tag, STR("/tr")) ||
			    str_istarts(tag, STR("p>")) || str_istarts(tag, STR("p ")))
				p[n++] = '\n';
			ptrdiff_t gt = str_chr(tag, '>');
			/* a '<' that opens no tag ("<a@b>" written as text) is kept */
			if (gt < 0 || str_chr(str_sub(tag, 0, (size_t)gt), '@') >= 0) {
				p[n++] = '<';
				continue;
			}
			i += (size_t)gt + 1;
			continue;
		}
		if (h.p[i] == '&') {
			static const struct {
				const char *ent;
				char c;
			} ents[] = {{"&lt;", '<'},
				    {"&gt;", '>'},
				    {"&amp;", '&'},
				    {"&nbsp;", ' '},
				    {"&quot;", '"'}};
			bool done = false;
			for (size_t k = 0; k < sizeof(ents) / sizeof(ents[0]) && !done; k++)
				if (str_istarts(str_skip(h, i), str_from_c(ents[k].ent))) {
					p[n++] = ents[k].c;
					i += strlen(ents[k].ent) - 1;
					done = true;
				}
			if (done)
				continue;
		}
		p[n++] = h.p[i];
	}
	p[n] = '\0';
	return (struct str){p, n};
}

/* After "dns;" / "rfc822;" / "smtp;": the value proper. */
static struct str after_type(struct str v)
{
	ptrdiff_t semi = str_chr(v, ';');
	if (semi >= 0 && semi < 24)
		v = str_skip(v, (size_t)semi + 1);
	return str_trim(v);
}

static struct str first_word(struct str v)
{
	v = str_trim(v);
	size_t i = 0;
	while (i < v.n && !ascii_space(v.p[i]) && v.p[i] != '(' && v.p[i] != ';')
		i++;
	return str_sub(v, 0, i);
}

/*
 * RFC 3464 fields: per-message ones, then one group per recipient. Groups
 * are also told apart by a new Final-Recipient, as some MTAs forget the
 * blank line. Returns the number of recipients added.
 */
static void dsn_rcpt_field(struct arena *a, struct str name, struct str value,
			   struct bounce_rcpt *r)
{
	if (str_ieq(name, STR("Action")))
		r->action = btext_collapse(a, first_word(value), 32);
	else if (str_ieq(name, STR("Status")))
		r->status = btext_collapse(a, first_word(value), 32);
	else if (str_ieq(name, STR("Remote-MTA")))
		r->remote_mta = btext_collapse(a, after_type(value), 256);
	else if (str_ieq(name, STR("Diagnostic-Code")))
		r->diagnostic = btext_collapse(a, after_type(value), BOUNCE_DIAG_MAX);
	else if (str_ieq(name, STR("Last-Attempt-Date")))
		r->last_attempt = btext_collapse(a, value, 128);
}

/*
 * RFC 3464 fields: per-message ones, then one group per recipient, groups
 * separated by blank lines. Some MTAs forget the blank line (a second
 * Final-Recipient then starts a new recipient) or put a recipient's fields
 * before its Final-Recipient (kept pending until it comes). Returns the
 * number of recipients added.
 */
static size_t dsn_parse(struct arena *a, struct str text, struct bounce *b)
{
	struct bounce_rcpt *cur = NULL;
	struct bounce_rcpt pending = {0};
	size_t added = 0;
	struct str name, value;
	int fields = 0;
	bool group_ended = false; /* a blank line since cur was started */
	while (text.n && fields < 4 * MESSAGE_HEADERS_MAX) {
		int r = message_field_next(&text, a, &name, &value, NULL);
		if (r != 1) {
			group_ended = cur != NULL;
			pending = (struct bounce_rcpt){0};
			continue;
		}
		fields++;
		bool orig = str_ieq(name, STR("Original-Recipient"));
		bool fin = str_ieq(name, STR("Final-Recipient"));
		if (orig || fin) {
			struct str addr = message_addr_spec(after_type(value));
			if (!addr.n)
				addr = after_type(value);
			bool fresh = !cur || group_ended || (fin && cur->addr.n) ||
				     (orig && cur->original.n);
			if (fresh) {
				if (b->nrcpts >= BOUNCE_RCPTS_MAX)
					break;
				cur = &b->rcpts[b->nrcpts++];
				*cur = pending;
				pending = (struct bounce_rcpt){0};
				added++;
				group_ended = false;
			}
			if (fin)
				cur->addr = btext_collapse(a, addr, 320);
			else
				cur->original = btext_collapse(a, addr, 320);
			continue;
		}
		if (str_ieq(name, STR("Reporting-MTA")) && !b->reporting_mta.n) {
			b->reporting_mta = btext_collapse(a, after_type(value), 256);
			continue;
		}
		if (str_ieq(name, STR("Arrival-Date")) && !b->arrival_date.n) {
			b->arrival_date = btext_collapse(a, value, 128);
			continue;
		}
		dsn_rcpt_field(a, name, value, cur && !group_ended ? cur : &pending);
	}
	for (size_t i = b->nrcpts - added; i < b->nrcpts; i++) {
		struct bounce_rcpt *r = &b->rcpts[i];
		ptrdiff_t at = str_chr(r->addr, '@');
		bool local_name = at < 0 || str_chr(str_skip(r->addr, (size_t)at), '.') < 0;
		if (!r->addr.n || (local_name && r->original.n))
			r->addr = r->original; /* "@relay:user@server" and the like */
		for (size_t k = 0; k < r->action.n; k++)
			((char *)r->action.p)[k] = ascii_lower(r->action.p[k]);
	}
	return added;
}

/* Drop recipients without an address, and duplicates. */
static void rcpts_tidy(struct bounce *b)
{
	size_t k = 0;
	for (size_t i = 0; i < b->nrcpts; i++) {
		struct bounce_rcpt *r = &b->rcpts[i];
		bool dup = false;
		for (size_t j = 0; j < k && !dup; j++)
			dup = str_ieq(b->rcpts[j].addr, r->addr);
		if (!r->addr.n || dup)
			continue;
		b->rcpts[k++] = *r;
	}
	b->nrcpts = k;
}

static void exclude_from_message(const struct message *m, struct bounce_exclude *x)
{
	const struct message_addrs *lists[] = {&m->to, &m->from, &m->sender, &m->reply_to};
	for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); l++)
		for (size_t i = 0; i < lists[l]->n; i++)
			bounce_exclude_add(x, lists[l]->v[i].addr);
	bounce_exclude_add(x, m->return_path.value);
}

/* The first line of text starting with "Final-Recipient:" or "Original-Recipient:". */
static struct str dsn_in_text(struct str text)
{
	static const char *const keys[] = {
		"Final-Recipient:", "Original-Recipient:", "Reporting-MTA:"};
	ptrdiff_t best = -1;
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		ptrdiff_t at = str_ifind(text, str_from_c(keys[i]));
		while (at > 0 && text.p[at - 1] != '\n') {
			struct str rest = str_skip(text, (size_t)at + 1);
			ptrdiff_t next = str_ifind(rest, str_from_c(keys[i]));
			at = next < 0 ? -1 : at + 1 + next;
		}
		if (at >= 0 && (best < 0 || at < best))
			best = at;
	}
	return best < 0 ? STR_NULL : str_skip(text, (size_t)best);
}

/* Codes from each diagnostic (or the notice, for a lone recipient), the spam flag. */
static void finish_rcpts(struct bounce *b, struct str notice)
{
	for (size_t i = 0; i < b->nrcpts; i++) {
		struct bounce_rcpt *r = &b->rcpts[i];
		btext_codes(r->diagnostic, r);
		if (!r->diagnostic.n && b->nrcpts == 1 && notice.n) {
			btext_codes(notice, r);
		}
		r->spam_policy = btext_spam_policy(r->diagnostic, r->status);
		b->spam_policy = b->spam_policy || r->spam_policy;
		if (!r->action.n)
			r->action = STR("failed");
	}
}

static void feedback_parse(struct arena *a, struct str text, struct bounce *b)
{
	struct str name, value;
	int fields = 0;
	while (text.n && fields < MESSAGE_HEADERS_MAX) {
		if (message_field_next(&text, a, &name, &value, NULL) != 1)
			continue;
		fields++;
		if (str_ieq(name, STR("Feedback-Type")) && !b->feedback_type.n)
			b->feedback_type = btext_collapse(a, first_word(value), 64);
		else if (str_ieq(name, STR("Reporting-MTA")) && !b->reporting_mta.n)
			b->reporting_mta = btext_collapse(a, after_type(value), 256);
		else if (str_ieq(name, STR("Original-Rcpt-To")) && b->nrcpts < BOUNCE_RCPTS_MAX)
			b->rcpts[b->nrcpts++] = (struct bounce_rcpt){
				.addr = btext_collapse(a, message_addr_spec(value), 320),
				.action = STR("complained")};
	}
}

static void set_orig_date(struct arena *a, struct bounce_original *o)
{
	struct civil c;
	if (!o->date.n)
		return;
	if (time_parse_rfc5322(o->date, &c) == 0) {
		o->date_epoch = civil_to_epoch(&c, 0);
		o->has_date = true;
		return;
	}
	GDateTime *dt = g_mime_utils_header_decode_date(arena_cstr(a, o->date));
	if (dt) {
		o->date_epoch = (int64_t)g_date_time_to_unix(dt);
		o->has_date = true;
		g_date_time_unref(dt);
	}
}

/*
 * Recipients of a plain-text bounce: the addresses that lead lines of the
 * notice; else the X-Failed-Recipients header (Exim, Gmail), with whatever
 * the notice says about each; else the notice's best guess.
 */
static void text_recipients(struct arena *a, const struct message *m, struct str notice,
			    const struct bounce_exclude *x, struct bounce *b)
{
	struct bounce tmp = {.rcpts = NEW(a, struct bounce_rcpt, BOUNCE_RCPTS_MAX)};
	bool listed = btext_recipients(a, notice, x, &tmp);
	const struct message_header *xf = message_header_get(m, STR("X-Failed-Recipients"));
	if (listed || !xf) {
		for (size_t i = 0; i < tmp.nrcpts && b->nrcpts < BOUNCE_RCPTS_MAX; i++)
			b->rcpts[b->nrcpts++] = tmp.rcpts[i];
		return;
	}
	struct str list = xf->value;
	while (list.n && b->nrcpts < BOUNCE_RCPTS_MAX) {
		struct str one = message_addr_spec(str_cut(&list, ','));
		if (!one.n)
			continue;
		struct bounce_rcpt r = {.addr = one, .action = STR("failed")};
		for (size_t k = 0; k < tmp.nrcpts; k++)
			if (str_ieq(tmp.rcpts[k].addr, one))
				r = tmp.rcpts[k];
		b->rcpts[b->nrcpts++] = r;
	}
	if (b->nrcpts == 1 && !b->rcpts[0].diagnostic.n)
		b->rcpts[0].diagnostic = btext_collapse(a, notice, BOUNCE_DIAG_MAX);
}

/* The body of raw (after the first empty line), capped at BOUNCE_TEXT_MAX. */
static struct str raw_body(struct str raw)
{
	struct str rest = raw;
	while (rest.n) {
		ptrdiff_t nl = str_chr(rest, '\n');
		if (nl < 0)
			return STR_NULL;
		struct str l = str_sub(rest, 0, (size_t)nl);
		rest = str_skip(rest, (size_t)nl + 1);
		if (l.n == 0 || (l.n == 1 && l.p[0] == '\r'))
			return str_sub(rest, 0, BOUNCE_TEXT_MAX);
	}
	return STR_NULL;
}

/* Parse raw with GMime and walk its parts into w; -1 when GMime finds no message. */
static int walk_raw(struct str raw, struct walk *w, struct bounce *b, struct diag *d)
{
	if (raw.n > MESSAGE_MAX_BYTES)
		raw.n = MESSAGE_MAX_BYTES;
	if (str_starts(raw, STR("From "))) {
		ptrdiff_t nl = str_chr(raw, '\n');
		raw = nl < 0 ? STR_NULL : str_skip(raw, (size_t)nl + 1);
	}
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(raw.p ? raw.p : "", raw.n);
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
	GMimeMessage *msg = g_mime_parser_construct_message(parser, NULL);
	int rc = -1;
	if (!msg) {
		diag_errorf(d, "not a message: no header block");
		goto out_unref;
	}
	GMimeObject *body = g_mime_message_get_mime_part(msg);
	if (body) {
		GMimeContentType *ct = g_mime_object_get_content_type(body);
		const char *rt = ct ? g_mime_content_type_get_parameter(ct, "report-type") : NULL;
		if (rt)
			b->evidence = arena_strdup(w->a, str_from_c(rt));
		walk_part(w, body, 0);
	}
	g_object_unref(msg);
	rc = 0;
out_unref:
	g_object_unref(parser);
	g_object_unref(stream);
	return rc;
}

int bounce_analyze(const struct message *m, struct str raw, struct arena *a, struct bounce *out,
		   struct diag *d)
{
	struct bounce b = {0};
	struct walk w = {.a = a};
	*out = b;
	if (walk_raw(raw, &w, &b, d) == -1)
		return -1;
	struct str report_type = b.evidence;
	b.evidence = STR_NULL;
	b.rcpts = NEW(a, struct bounce_rcpt, BOUNCE_RCPTS_MAX);

	struct str whole = w.notice.n ? w.notice : html_text(a, w.html);
	if (!whole.n)
		whole = raw_body(raw); /* MIME too broken for GMime to find a text part */
	struct str returned;
	struct str notice = btext_split(whole, &returned);

	/* the returned original: attached message, header part, then quoted lines */
	if (w.headers.n)
		orig_from_block(a, w.headers, BOUNCE_ORIG_HEADERS, &w.orig);
	btext_quoted_original(a, returned, &w.orig);
	btext_quoted_original(a, w.others, &w.orig);
	if (!w.orig.message_id.n) /* no separator we know: any quoted header line */
		btext_quoted_original(a, whole, &w.orig);
	if (!w.orig.message_id.n) /* parts GMime could not separate: the raw body */
		btext_quoted_original(a, raw_body(raw), &w.orig);
	b.orig = w.orig;
	set_orig_date(a, &b.orig);

	struct bounce_exclude x = {0};
	exclude_from_message(m, &x);
	bounce_exclude_add(&x, message_addr_spec(b.orig.from));

	struct str ev;
	if (w.feedback.n || str_ieq(report_type, STR("feedback-report"))) {
		b.kind = BOUNCE_FEEDBACK;
		b.evidence = STR("message/feedback-report");
		feedback_parse(a, w.feedback, &b);
	} else if (w.dsn.n) {
		b.kind = BOUNCE_DSN;
		b.evidence = STR("message/delivery-status");
		dsn_parse(a, w.dsn, &b);
		rcpts_tidy(&b);
		if (b.nrcpts == 0)
			btext_recipients(a, notice, &x, &b);
	} else if (btext_bounce_score(m, notice, &ev) >= 2) {
		b.kind = BOUNCE_TEXT;
		b.evidence = ev;
		struct str inner = dsn_in_text(notice);
		if (inner.n)
			dsn_parse(a, inner, &b);
		rcpts_tidy(&b);
		if (b.nrcpts == 0)
			text_recipients(a, m, notice, &x, &b);
		if (b.nrcpts == 0 && b.orig.to.n) {
			struct str to = message_addr_spec(b.orig.to);
			if (to.n)
				b.rcpts[b.nrcpts++] = (struct bounce_rcpt){
					.addr = to,
					.action = STR("failed"),
					.diagnostic = btext_collapse(a, notice, BOUNCE_DIAG_MAX)};
		}
		if (!b.reporting_mta.n)
			b.reporting_mta = btext_reporting_mta(notice);
	} else if (btext_is_autoreply(m, &ev)) {
		b.kind = BOUNCE_AUTOREPLY;
		b.evidence = ev;
	}
	if (bounce_is_bounce(b.kind))
		finish_rcpts(&b, notice);
	rcpts_tidy(&b);
	*out = b;
	return 0;
}
