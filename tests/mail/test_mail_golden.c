/*
 * test_mail_golden.c - golden-file tests of the mail part.
 *
 *   tests/mail/received/NAME.t   "--- header" (one Received value, folding kept)
 *                                "--- expect" (the hop, "key: value" per line)
 *   tests/mail/bounce/NAME.eml   a whole message
 *   tests/mail/bounce/NAME.expect  message fields, Received hops and the bounce
 *                                analysis, "key: value" per line
 *
 * Only fields that are set are written, in a fixed order, so an expect file
 * reads as the list of what the parser found. Adding a regression test means
 * adding a file pair; RETRACE_GOLDEN_PRINT=1 prints what the code produces
 * (review it before pasting it into a new expect file).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/arena.h"
#include "base/ip.h"
#include "base/time.h"
#include "mail/bounce.h"
#include "mail/message.h"
#include "mail/received.h"
#include "mailtest.h"

struct out {
	char buf[64 * 1024];
	size_t n;
};

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(o->buf + o->n, sizeof(o->buf) - o->n, fmt, ap);
	va_end(ap);
	if (k > 0)
		o->n += (size_t)k < sizeof(o->buf) - o->n ? (size_t)k : sizeof(o->buf) - o->n - 1;
}

static void kv(struct out *o, const char *prefix, const char *key, struct str v)
{
	if (v.n)
		put(o, "%s%s: %.*s\n", prefix, key, STR_FMT(v));
}

static void put_civil(struct out *o, const char *prefix, const struct civil *c)
{
	char buf[32];
	int off = c->has_offset ? c->offset_min : 0;
	time_format_iso(civil_to_epoch(c, 0), off, buf);
	put(o, "%sdate: %s%s\n", prefix, buf, c->has_offset ? "" : " (no zone)");
}

static void dump_hop(struct out *o, const char *p, const struct received_hop *h)
{
	char ip[IP_TEXT_MAX];
	kv(o, p, "from_name", h->from_name);
	kv(o, p, "from_rdns", h->from_rdns);
	if (h->helo_stated)
		put(o, "%shelo: %.*s\n", p, STR_FMT(h->helo));
	if (h->has_from_ip)
		put(o, "%sfrom_ip: %s%s\n", p, ip_format(&h->from_ip, ip),
		    h->ip_from_literal ? " (literal)" : "");
	kv(o, p, "ident", h->ident);
	kv(o, p, "by", h->by);
	kv(o, p, "with", h->with);
	kv(o, p, "via", h->via);
	kv(o, p, "id", h->id);
	kv(o, p, "for", h->for_addr);
	kv(o, p, "envelope_from", h->envelope_from);
	kv(o, p, "tls", h->tls);
	if (h->has_date)
		put_civil(o, p, &h->date);
	if (h->authenticated)
		put(o, "%sauthenticated: yes\n", p);
	if (h->local)
		put(o, "%slocal: yes\n", p);
}

static bool golden_print(void)
{
	return getenv("RETRACE_GOLDEN_PRINT") != NULL;
}

/* Compare got with want line for line; print both on a difference. */
static bool same_or_show(const char *name, struct str want, const struct out *got)
{
	struct str g = {got->buf, got->n};
	if (golden_print())
		printf("==== %s\n%.*s", name, STR_FMT(g));
	if (str_eq(str_trim(want), str_trim(g)))
		return true;
	printf("---- %s: expected\n%.*s---- got\n%.*s----\n", name, STR_FMT(want), STR_FMT(g));
	return false;
}

static bool check_received(struct arena *a, const char *path)
{
	struct str file;
	assert_int_equal(mailtest_read(a, path, &file), 0);
	struct str header = mailtest_section(file, "header");
	struct str want = mailtest_section(file, "expect");
	if (header.n && header.p[header.n - 1] == '\n')
		header.n--;
	struct received_hop h;
	struct diag d = {.file = path};
	struct out *o = NEW(a, struct out, 1);
	if (received_parse(header, a, &h, &d) == -1)
		put(o, "error: %s\n", d.msg);
	else
		dump_hop(o, "", &h);
	return same_or_show(path, want, o);
}

static void test_received_golden(void **state)
{
	(void)state;
	struct mailtest_golden g = mailtest_golden_run("tests/mail/received", ".t", check_received);
	assert_true(g.files >= 10);
	printf("%zu Received golden files, %zu differ\n", g.files, g.failed);
	assert_int_equal(g.failed, 0);
}

static void dump_addrs(struct out *o, const char *key, const struct message_addrs *l)
{
	for (size_t i = 0; i < l->n; i++) {
		if (l->v[i].name.n)
			put(o, "%s: %.*s <%.*s>", key, STR_FMT(l->v[i].name),
			    STR_FMT(l->v[i].addr));
		else
			put(o, "%s: %.*s", key, STR_FMT(l->v[i].addr));
		put(o, " (line %ld)\n", l->line);
	}
}

static void dump_field(struct out *o, const char *key, const struct message_field *f)
{
	if (f->line)
		put(o, "%s: %.*s (line %ld)\n", key, STR_FMT(f->value), f->line);
}

static void dump_message(struct out *o, const struct message *m)
{
	char buf[32];
	dump_addrs(o, "msg.from", &m->from);
	dump_addrs(o, "msg.to", &m->to);
	dump_addrs(o, "msg.cc", &m->cc);
	dump_addrs(o, "msg.reply_to", &m->reply_to);
	dump_field(o, "msg.subject", &m->subject);
	if (m->has_date)
		put(o, "msg.date: %s (line %ld)\n",
		    time_format_iso(m->date_epoch, m->date_offset_min, buf), m->date.line);
	dump_field(o, "msg.message_id", &m->message_id);
	if (m->return_path.line)
		put(o, "msg.return_path: <%.*s> (line %ld)\n", STR_FMT(m->return_path.value),
		    m->return_path.line);
	dump_field(o, "msg.in_reply_to", &m->in_reply_to);
	for (size_t i = 0; i < m->nrefs; i++)
		put(o, "msg.ref: %.*s\n", STR_FMT(m->refs[i]));
	dump_field(o, "msg.x_originating_ip", &m->x_originating_ip);
	for (size_t i = 0; i < m->nxnote; i++)
		put(o, "msg.xnote: %.*s: %.*s (line %ld)\n", STR_FMT(m->xnote[i].name),
		    STR_FMT(m->xnote[i].value), m->xnote[i].line);
	put(o, "msg.headers: %zu\n", m->nheaders);
	if (m->body_line)
		put(o, "msg.body_line: %ld\n", m->body_line);
	for (size_t i = 0; i < m->nhops; i++) {
		char p[32];
		snprintf(p, sizeof(p), "hop%zu.", i);
		put(o, "%sline: %ld\n", p, m->hops[i].line);
		dump_hop(o, p, &m->hops[i].hop);
	}
}

static void dump_bounce(struct out *o, const struct bounce *b)
{
	put(o, "bounce.kind: %s\n", bounce_kind_name(b->kind));
	kv(o, "bounce.", "evidence", b->evidence);
	kv(o, "bounce.", "reporting_mta", b->reporting_mta);
	kv(o, "bounce.", "arrival_date", b->arrival_date);
	kv(o, "bounce.", "feedback_type", b->feedback_type);
	if (b->spam_policy)
		put(o, "bounce.spam_policy: yes\n");
	for (size_t i = 0; i < b->nrcpts; i++) {
		const struct bounce_rcpt *r = &b->rcpts[i];
		char p[32];
		snprintf(p, sizeof(p), "rcpt%zu.", i);
		kv(o, p, "addr", r->addr);
		kv(o, p, "original", r->original);
		kv(o, p, "action", r->action);
		kv(o, p, "status", r->status);
		kv(o, p, "reply_code", r->reply_code);
		kv(o, p, "remote_mta", r->remote_mta);
		kv(o, p, "diagnostic", r->diagnostic);
		if (r->spam_policy)
			put(o, "%sspam_policy: yes\n", p);
	}
	static const char *const src[] = {"none", "message/rfc822", "text/rfc822-headers",
					  "quoted in the text"};
	if (b->orig.source != BOUNCE_ORIG_NONE)
		put(o, "orig.source: %s\n", src[b->orig.source]);
	kv(o, "orig.", "message_id", b->orig.message_id);
	kv(o, "orig.", "from", b->orig.from);
	kv(o, "orig.", "to", b->orig.to);
	kv(o, "orig.", "subject", b->orig.subject);
	kv(o, "orig.", "date", b->orig.date);
}

static bool check_bounce(struct arena *a, const char *path)
{
	struct str raw, want;
	assert_int_equal(mailtest_read(a, path, &raw), 0);
	struct str base = str_from_c(path);
	base.n -= 4;
	char *expect = (char *)arena_printf(a, "%.*s.expect", STR_FMT(base)).p;
	if (mailtest_read(a, expect, &want) == -1) {
		printf("%s: missing\n", expect);
		return false;
	}
	struct out *o = NEW(a, struct out, 1);
	struct message m;
	struct bounce b;
	struct diag d = {.file = path};
	if (message_parse(raw, a, &m, &d) == -1) {
		put(o, "error: %s\n", d.msg);
	} else {
		dump_message(o, &m);
		if (bounce_analyze(&m, raw, a, &b, &d) == -1)
			put(o, "bounce error: %s\n", d.msg);
		else
			dump_bounce(o, &b);
	}
	return same_or_show(path, want, o);
}

static void test_bounce_golden(void **state)
{
	(void)state;
	struct mailtest_golden g = mailtest_golden_run("tests/mail/bounce", ".eml", check_bounce);
	assert_true(g.files >= 5);
	printf("%zu message golden files, %zu differ\n", g.files, g.failed);
	assert_int_equal(g.failed, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_received_golden),
		cmocka_unit_test(test_bounce_golden),
	};
	return cmocka_run_group_tests(tests, mailtest_setup, mailtest_teardown);
}
