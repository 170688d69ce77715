/*
 * mailflow.c - folding finished MTA transactions into senders and sent
 * messages. A transaction is outbound when at least one recipient went to a
 * relay through a network mailer (esmtp, smtp, relay); local deliveries
 * (local, lmtp, prog, cyrus, procmail) are inbound. Only outbound mail is
 * remembered per message, which bounds memory by what we sent, not by spam
 * received.
 */
#include "detect/mailflow.h"

#include <string.h>

static bool mailer_is_local(struct str m)
{
	static const char *const local[] = {"local",  "lmtp",      "prog",
					    "cyrus",  "cyrusv2",   "procmail",
					    "*file*", "*include*", "mail.local"};
	for (size_t i = 0; i < sizeof(local) / sizeof(local[0]); i++)
		if (str_ieq(m, str_from_c(local[i])))
			return true;
	return false;
}

static bool rcpt_external(const struct txn_rcpt *r)
{
	if (r->mailer.n)
		return !mailer_is_local(r->mailer);
	return r->relay_host.n > 0 || r->has_dst_ip;
}

static void note_host(struct mailflow *m, struct str host)
{
	if (!host.n)
		return;
	for (int i = 0; i < m->nmta_hosts; i++)
		if (str_ieq(m->mta_hosts[i], host))
			return;
	if (m->nmta_hosts < (int)(sizeof(m->mta_hosts) / sizeof(m->mta_hosts[0])))
		m->mta_hosts[m->nmta_hosts++] = arena_strdup(m->a, host);
}

static struct flow_sender *sender_of(struct mailflow *m, struct str account, struct str address,
				     int32_t *index)
{
	char key[600];
	size_t an = account.n < 256 ? account.n : 256, dn = address.n < 256 ? address.n : 256;
	if (an)
		memcpy(key, account.p, an);
	key[an] = '\n';
	if (dn)
		memcpy(key + an + 1, address.p, dn);
	bool added;
	int32_t i = map_intern(&m->sender_map, (struct str){key, an + 1 + dn}, &added);
	if (i < 0) {
		m->senders_dropped++;
		return NULL;
	}
	if (added) {
		if (m->nsenders == m->capsenders) {
			size_t nc = m->capsenders ? m->capsenders * 2 : 64;
			m->senders = arena_grow(m->a, m->senders, sizeof(*m->senders),
						_Alignof(struct flow_sender),
						(ptrdiff_t)m->capsenders, (ptrdiff_t)nc);
			m->capsenders = nc;
		}
		struct flow_sender *s = &m->senders[m->nsenders++];
		s->account = arena_strdup(m->a, (struct str){account.p, an});
		s->address = arena_strdup(m->a, (struct str){address.p, dn});
		s->first = s->last = TIME_UNKNOWN;
	}
	*index = i;
	return &m->senders[i];
}

static void sender_add(struct mailflow *m, struct flow_sender *s, const struct txn *t, uint32_t ext,
		       uint32_t loc, uint32_t delivered)
{
	s->msgs++;
	s->rcpts_external += ext ? 1 : 0;
	s->rcpts_local += loc;
	s->delivered_external += delivered ? 1 : 0;
	int64_t ts = t->first_ts;
	if (ts != TIME_UNKNOWN) {
		if (s->first == TIME_UNKNOWN || ts < s->first)
			s->first = ts;
		if (s->last == TIME_UNKNOWN || ts > s->last)
			s->last = ts;
	}
	struct evref ref = t->has_from ? t->ref_from : t->ref_first;
	if (s->nrefs < FLOW_REFS)
		s->refs[s->nrefs++] = ref;
	else
		s->refs[FLOW_REFS - 1] = ref; /* keep the latest as the last citation */
	for (size_t k = 0; k < t->nrcpt && s->nsample < 4; k++) {
		bool seen = false;
		for (int j = 0; j < s->nsample; j++)
			seen = seen || str_ieq(s->sample_rcpt[j], t->rcpts[k].addr);
		if (!seen && rcpt_external(&t->rcpts[k]))
			s->sample_rcpt[s->nsample++] = arena_strdup(m->a, t->rcpts[k].addr);
	}
	struct flow_src *src = NULL;
	for (int k = 0; k < s->nsrc; k++)
		if (s->src[k].has_ip == t->has_client_ip &&
		    (!t->has_client_ip || ip_eq(&s->src[k].ip, &t->client_ip)))
			src = &s->src[k];
	if (!src && s->nsrc < FLOW_SRCS) {
		src = &s->src[s->nsrc++];
		src->ip = t->client_ip;
		src->has_ip = t->has_client_ip;
		src->first = src->last = TIME_UNKNOWN;
		src->ref_auth = t->ref_auth;
		src->ref_from = t->ref_from;
	}
	if (!src) {
		s->src_other++;
		return;
	}
	src->msgs++;
	if (!ext || ts == TIME_UNKNOWN)
		return;
	src->external++;
	if (src->first == TIME_UNKNOWN || ts < src->first) {
		src->first = ts;
		src->ref_first_ext = ref;
	}
	if (src->last == TIME_UNKNOWN || ts >= src->last) {
		src->last = ts;
		src->ref_last_ext = ref;
	}
	/* transactions end in about time order: the ring holds the latest FLOW_WINDOW times */
	src->window[src->wpos] = ts;
	src->wpos = (src->wpos + 1) % FLOW_WINDOW;
	if (src->nwindow < FLOW_WINDOW)
		src->nwindow++;
	uint32_t in24 = 0;
	for (uint32_t k = 0; k < src->nwindow; k++)
		in24 += src->window[k] > ts - 86400 && src->window[k] <= ts;
	if (in24 > src->peak24)
		src->peak24 = in24;
}

static struct str env_key(char *buf, size_t size, struct str from, struct str rcpt)
{
	size_t a = from.n < size / 2 ? from.n : size / 2,
	       b = rcpt.n < size / 2 - 1 ? rcpt.n : size / 2 - 1;
	if (a)
		memcpy(buf, from.p, a);
	buf[a] = '\n';
	if (b)
		memcpy(buf + a + 1, rcpt.p, b);
	return (struct str){buf, a + 1 + b};
}

void mailflow_want_msgid(struct mailflow *m, struct str msgid)
{
	bool added;
	msgid = str_unquote(str_trim(msgid), '<', '>');
	if (msgid.n)
		map_intern(&m->want_ids, msgid, &added);
}

void mailflow_want_envelope(struct mailflow *m, struct str from, struct str rcpt)
{
	char buf[600];
	bool added;
	if (from.n && rcpt.n)
		map_intern(&m->want_env, env_key(buf, sizeof(buf), from, rcpt), &added);
}

/* Does a bounce ask about this outbound transaction? */
static bool sent_wanted(const struct mailflow *m, const struct txn *t)
{
	if (m->want_all)
		return true;
	if (map_get(&m->want_ids, t->msgid) >= 0)
		return true;
	char buf[600];
	struct str from = str_unquote(t->mail_from, '<', '>');
	for (size_t k = 0; k < t->nrcpt; k++)
		if (map_get(&m->want_env, env_key(buf, sizeof(buf), from, t->rcpts[k].addr)) >= 0)
			return true;
	return false;
}

static void on_txn(void *ctx, const struct txn *t)
{
	struct mailflow *m = ctx;
	m->txns++;
	note_host(m, t->host);
	if (!t->has_from)
		return;
	uint32_t ext = 0, loc = 0, delivered = 0;
	for (size_t k = 0; k < t->nrcpt; k++) {
		if (rcpt_external(&t->rcpts[k])) {
			ext++;
			delivered += t->rcpts[k].status == TXN_RCPT_SENT;
		} else {
			loc++;
		}
	}
	bool null_sender = t->mail_from.n == 0 || str_eq(t->mail_from, STR("<>"));
	if (!ext) {
		m->local_in++;
		if (null_sender)
			m->bounces_in++;
		return;
	}
	if (null_sender)
		return; /* our own DSNs going out */
	int32_t si = -1;
	struct flow_sender *s =
		sender_of(m, t->has_auth ? t->auth_user : STR(""), t->mail_from, &si);
	if (s)
		sender_add(m, s, t, ext, loc, delivered);
	if (!t->msgid.n || !sent_wanted(m, t))
		return;
	bool added;
	int32_t i = map_intern(&m->sent_map, t->msgid, &added);
	if (i < 0) {
		m->sent_dropped++;
		return;
	}
	if (!added)
		return; /* the same Message-ID again (a resend): keep the first */
	if (m->nsent == m->capsent) {
		size_t nc = m->capsent ? m->capsent * 2 : 256;
		m->sent = arena_grow(m->a, m->sent, sizeof(*m->sent), _Alignof(struct sent_msg),
				     (ptrdiff_t)m->capsent, (ptrdiff_t)nc);
		m->capsent = nc;
	}
	struct sent_msg *sm = &m->sent[m->nsent++];
	sm->msgid = arena_strdup(m->a, t->msgid);
	sm->from = arena_strdup(m->a, str_unquote(t->mail_from, '<', '>'));
	const struct txn_rcpt *first = NULL;
	for (size_t k = 0; k < t->nrcpt && !first; k++)
		if (rcpt_external(&t->rcpts[k]))
			first = &t->rcpts[k];
	sm->rcpt = first ? arena_strdup(m->a, first->addr) : STR("");
	sm->ref_to = first ? first->ref : t->ref_first;
	sm->sender = si;
	sm->ts = t->first_ts;
	sm->ref_from = t->has_from ? t->ref_from : t->ref_first;
	sm->external = true;
	sm->delivered = delivered > 0;
	sm->client = t->client_ip;
	sm->has_client = t->has_client_ip;
}

void mailflow_init(struct mailflow *m, struct arena *a)
{
	memset(m, 0, sizeof(*m));
	m->a = a;
	map_init(&m->sender_map, a, FLOW_ACCOUNTS_MAX, true);
	map_init(&m->sent_map, a, FLOW_SENT_MAX, false);
	map_init(&m->want_ids, a, FLOW_SENT_MAX, false);
	map_init(&m->want_env, a, FLOW_SENT_MAX, true);
	m->txn = txn_new(0, on_txn, m);
}

void mailflow_feed(struct mailflow *m, const struct event *ev)
{
	txn_feed(m->txn, ev);
}

void mailflow_finish(struct mailflow *m)
{
	if (!m->txn)
		return;
	txn_flush(m->txn);
	txn_free(m->txn);
	m->txn = NULL;
}

const struct sent_msg *mailflow_sent(const struct mailflow *m, struct str msgid)
{
	int32_t i = map_get(&m->sent_map, str_unquote(str_trim(msgid), '<', '>'));
	return i < 0 ? NULL : &m->sent[i];
}

bool mailflow_is_mta_host(const struct mailflow *m, struct str host)
{
	ptrdiff_t dot = str_chr(host, '.');
	struct str first = dot >= 0 ? str_sub(host, 0, (size_t)dot) : host;
	for (int i = 0; i < m->nmta_hosts; i++) {
		struct str h = m->mta_hosts[i];
		ptrdiff_t hd = str_chr(h, '.');
		struct str hf = hd >= 0 ? str_sub(h, 0, (size_t)hd) : h;
		if (str_ieq(h, host) || str_ieq(hf, first))
			return true;
	}
	return false;
}
