/*
 * evfmt.c - text forms of events and transactions (see evfmt.h). Values with
 * blanks, quotes or control bytes are written "quoted" with \" \\ \xNN.
 */
#include "evfmt.h"

static void put_val(FILE *f, struct str s)
{
	bool plain = s.n > 0;
	for (size_t i = 0; i < s.n && plain; i++) {
		unsigned char c = (unsigned char)s.p[i];
		plain = c > ' ' && c < 0x7f && c != '"' && c != '\\';
	}
	if (plain) {
		fprintf(f, "%.*s", STR_FMT(s));
		return;
	}
	fputc('"', f);
	for (size_t i = 0; i < s.n; i++) {
		unsigned char c = (unsigned char)s.p[i];
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < ' ' || c >= 0x7f)
			fprintf(f, "\\x%02x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

void evfmt_str(FILE *f, const char *key, struct str s)
{
	if (s.n == 0)
		return;
	fprintf(f, " %s=", key);
	put_val(f, s);
}

static void put_ip(FILE *f, const char *key, const struct ip *ip, bool has)
{
	char buf[IP_TEXT_MAX];
	if (has)
		fprintf(f, " %s=%s", key, ip_format(ip, buf));
}

static void put_time(FILE *f, const char *key, int64_t ts, int off)
{
	char buf[32];
	if (ts != TIME_UNKNOWN)
		fprintf(f, " %s=%s", key, time_format_iso(ts, off, buf));
}

void evfmt_event(FILE *f, const struct event *ev)
{
	fprintf(f, "kind=%s", event_kind_name(ev->kind));
	if (ev->outcome != OUTCOME_UNKNOWN)
		fprintf(f, " outcome=%s", ev->outcome == OUTCOME_SUCCESS ? "success" : "failure");
	if (ev->service != SVC_UNKNOWN)
		fprintf(f, " svc=%s", service_name(ev->service));
	put_time(f, "ts", ev->ts, ev->tz_offset_min);
	evfmt_str(f, "host", ev->host);
	evfmt_str(f, "prog", ev->program);
	if (ev->pid)
		fprintf(f, " pid=%u", ev->pid);
	evfmt_str(f, "qid", ev->qid);
	put_ip(f, "src_ip", &ev->src_ip, ev->has_src_ip);
	if (ev->src_port)
		fprintf(f, " src_port=%u", ev->src_port);
	evfmt_str(f, "src_host", ev->src_host);
	put_ip(f, "dst_ip", &ev->dst_ip, ev->has_dst_ip);
	if (ev->dst_port)
		fprintf(f, " dst_port=%u", ev->dst_port);
	evfmt_str(f, "dst_host", ev->dst_host);
	evfmt_str(f, "user", ev->user);
	evfmt_str(f, "mech", ev->mech);
	evfmt_str(f, "from", ev->mail_from);
	evfmt_str(f, "rcpt", ev->rcpt);
	evfmt_str(f, "msgid", ev->msgid);
	if (ev->size)
		fprintf(f, " size=%llu", (unsigned long long)ev->size);
	if (ev->nrcpts)
		fprintf(f, " nrcpts=%u", ev->nrcpts);
	evfmt_str(f, "class", ev->mail_class);
	evfmt_str(f, "pri", ev->pri);
	evfmt_str(f, "proto", ev->proto);
	evfmt_str(f, "delay", ev->delay);
	evfmt_str(f, "xdelay", ev->xdelay);
	evfmt_str(f, "mailer", ev->mailer);
	evfmt_str(f, "ctladdr", ev->ctladdr);
	evfmt_str(f, "dsn", ev->dsn);
	evfmt_str(f, "relay", ev->relay);
	evfmt_str(f, "stat", ev->stat);
	evfmt_str(f, "rule", ev->rule_name);
	if (ev->count != 1)
		fprintf(f, " count=%u", ev->count);
	if (ev->blocked)
		fprintf(f, " blocked");
	evfmt_str(f, "reason", ev->reason);
}

void evfmt_txn(FILE *f, const struct txn *t)
{
	fprintf(f, "txn end=%s", txn_end_name(t->end));
	evfmt_str(f, "qid", t->qid);
	evfmt_str(f, "host", t->host);
	put_ip(f, "client_ip", &t->client_ip, t->has_client_ip);
	evfmt_str(f, "client_host", t->client_host);
	evfmt_str(f, "auth_user", t->auth_user);
	evfmt_str(f, "auth_mech", t->auth_mech);
	if (t->auth_failures)
		fprintf(f, " auth_failures=%u", t->auth_failures);
	evfmt_str(f, "from", t->mail_from);
	evfmt_str(f, "msgid", t->msgid);
	evfmt_str(f, "proto", t->proto);
	if (t->size)
		fprintf(f, " size=%llu", (unsigned long long)t->size);
	if (t->has_from)
		fprintf(f, " nrcpts=%u", t->nrcpts);
	if (t->rejects)
		fprintf(f, " rejects=%u", t->rejects);
	if (t->rcpts_dropped)
		fprintf(f, " rcpts_dropped=%u", t->rcpts_dropped);
	put_time(f, "first", t->first_ts, 0);
	put_time(f, "last", t->last_ts, 0);
	fprintf(f, " first_line=%llu", (unsigned long long)t->ref_first.line);
	if (t->has_auth)
		fprintf(f, " auth_line=%llu", (unsigned long long)t->ref_auth.line);
	if (t->auth_from_session)
		fprintf(f, " auth_from_session");
	if (t->has_from)
		fprintf(f, " from_line=%llu", (unsigned long long)t->ref_from.line);
	if (t->truncated)
		fprintf(f, " truncated");
	fputc('\n', f);
	for (size_t i = 0; i < t->nrcpt; i++) {
		const struct txn_rcpt *r = &t->rcpts[i];
		fprintf(f, "  rcpt status=%s", txn_rcpt_status_name(r->status));
		evfmt_str(f, "addr", r->addr);
		evfmt_str(f, "relay", r->relay_host);
		put_ip(f, "dst_ip", &r->dst_ip, r->has_dst_ip);
		evfmt_str(f, "dsn", r->dsn);
		evfmt_str(f, "mailer", r->mailer);
		evfmt_str(f, "stat", r->stat);
		fprintf(f, " attempts=%u", r->attempts);
		put_time(f, "ts", r->ts, 0);
		fprintf(f, " line=%llu\n", (unsigned long long)r->ref.line);
	}
}
