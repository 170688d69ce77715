/*
 * txn.c - queue-id transaction assembly (see txn.h for the contract).
 *
 * Open transactions live in fixed-size slots: text is copied into inline
 * buffers (cut at their size), so a slot is reused by clearing it and the
 * table never allocates per event. Slots are found through a chained hash on
 * (host, qid) and kept on a least-recently-updated list whose head is evicted
 * when the table is full. Slots come from the table's own arena on first use,
 * at most max_open of them, and are recycled through a free list.
 */
#include "mail/txn.h"

#include <string.h>

#include "base/arena.h"

enum {
	QID_CAP = 40,
	HOST_CAP = 64,
	NAME_CAP = 256,
	USER_CAP = 128,
	MECH_CAP = 32,
	ADDR_CAP = 256,
	MSGID_CAP = 256,
	PROTO_CAP = 16,
	STAT_CAP = 256,
	DSN_CAP = 16,
	MAILER_CAP = 32,
};

/* A capped inline copy of a slice. */
#define FIELD(cap)           \
	struct {             \
		uint16_t n;  \
		char b[cap]; \
	}

struct slot_rcpt {
	FIELD(ADDR_CAP) addr;
	FIELD(NAME_CAP) relay;
	FIELD(STAT_CAP) stat;
	FIELD(DSN_CAP) dsn;
	FIELD(MAILER_CAP) mailer;
	enum txn_rcpt_status status;
	struct ip dst_ip;
	bool has_dst_ip;
	uint32_t attempts;
	int64_t ts;
	struct evref ref;
};

struct slot {
	int32_t prev, next; /* least-recently-updated list, or -1 */
	bool used;
	FIELD(QID_CAP) qid;
	FIELD(HOST_CAP) host;
	FIELD(NAME_CAP) client_host;
	FIELD(USER_CAP) auth_user;
	FIELD(MECH_CAP) auth_mech;
	FIELD(ADDR_CAP) mail_from;
	FIELD(MSGID_CAP) msgid;
	FIELD(PROTO_CAP) proto;
	struct ip client_ip;
	bool has_client_ip, has_auth, auth_from_session, has_from, truncated, awaits_end;
	uint32_t auth_failures, nrcpts, rejects, rcpts_dropped, final_dropped;
	uint64_t size;
	int64_t first_ts, last_ts;
	struct evref ref_first, ref_auth, ref_from;
	size_t nrcpt;
	struct slot_rcpt rcpts[TXN_RCPTS_MAX];
};

/*
 * The last AUTH=server of an SMTP session, keyed by (host, pid): sendmail logs
 * AUTH once per session, with the queue id of its first message (or none), so
 * later messages of the same session find their login here.
 */
struct session {
	bool used;
	uint32_t pid;
	FIELD(HOST_CAP) host;
	FIELD(USER_CAP) user;
	FIELD(MECH_CAP) mech;
	struct ip ip;
	bool has_ip;
	int64_t ts;
	struct evref ref;
};

struct txn_table {
	struct arena arena;
	void (*on_txn)(void *ctx, const struct txn *t);
	void *ctx;
	size_t max_open, nalloc;
	struct slot **slots; /* [max_open], allocated lazily */
	/*
	 * [max_open] each slot's key hash and next slot in its hash chain (or in
	 * the free list), -1 ending: kept apart from the large slots so that a
	 * lookup walks a small, cache-resident array and touches a slot only when
	 * the hash matches.
	 */
	struct chain {
		uint64_t hash;
		int32_t next;
	} * chain;
	int32_t *buckets; /* [nbuckets] heads of hash chains, -1 empty */
	size_t nbuckets;  /* power of two >= 2 * max_open */
	int32_t lru_head, lru_tail, free_head;
	struct txn_stats st;
	struct txn_rcpt view[TXN_RCPTS_MAX]; /* what the callback sees */
	struct session sessions[TXN_SESSIONS];
	bool session_cut; /* text cut in a session entry (not reported) */
};

#define SET(slot, field, src) \
	field_set((field).b, sizeof((field).b), &(field).n, (src), &(slot)->truncated)

static void field_set(char *b, size_t cap, uint16_t *n, struct str src, bool *truncated)
{
	size_t len = src.n;
	if (len > cap) {
		len = cap;
		*truncated = true;
	}
	if (len)
		memcpy(b, src.p, len);
	*n = (uint16_t)len;
}

/* s cut to cap bytes, without pointer arithmetic (s may be {NULL, 0}). */
static struct str capped(struct str s, size_t cap)
{
	if (s.n > cap)
		s.n = cap;
	return s;
}

#define VIEW(field) ((struct str){(field).b, (field).n})

struct txn_table *txn_new(size_t max_open, void (*on_txn)(void *ctx, const struct txn *t),
			  void *ctx)
{
	struct arena a = {0};
	if (max_open == 0)
		max_open = TXN_OPEN_DEFAULT;
	if (max_open > TXN_OPEN_MAX)
		max_open = TXN_OPEN_MAX;
	struct txn_table *t = NEW(&a, struct txn_table, 1);
	t->on_txn = on_txn;
	t->ctx = ctx;
	t->max_open = max_open;
	t->slots = NEW(&a, struct slot *, max_open);
	t->chain = NEW(&a, struct chain, max_open);
	t->nbuckets = 16;
	while (t->nbuckets < 2 * max_open)
		t->nbuckets *= 2;
	t->buckets = NEW(&a, int32_t, t->nbuckets);
	for (size_t i = 0; i < t->nbuckets; i++)
		t->buckets[i] = -1;
	t->lru_head = t->lru_tail = t->free_head = -1;
	t->st.max_open = max_open;
	t->arena = a;
	return t;
}

void txn_free(struct txn_table *t)
{
	if (!t)
		return;
	struct arena a = t->arena;
	arena_free(&a);
}

struct txn_stats txn_stats(const struct txn_table *t)
{
	return t->st;
}

static uint64_t key_hash(struct str host, struct str qid)
{
	return str_hash(qid) * 31 ^ str_ihash(host);
}

static int32_t find(const struct txn_table *t, uint64_t h, struct str host, struct str qid)
{
	for (int32_t i = t->buckets[h & (t->nbuckets - 1)]; i >= 0; i = t->chain[i].next) {
		if (t->chain[i].hash != h)
			continue;
		const struct slot *s = t->slots[i];
		if (str_eq(VIEW(s->qid), qid) && str_ieq(VIEW(s->host), host))
			return i;
	}
	return -1;
}

static void lru_unlink(struct txn_table *t, int32_t i)
{
	struct slot *s = t->slots[i];
	if (s->prev >= 0)
		t->slots[s->prev]->next = s->next;
	else
		t->lru_head = s->next;
	if (s->next >= 0)
		t->slots[s->next]->prev = s->prev;
	else
		t->lru_tail = s->prev;
	s->prev = s->next = -1;
}

static void lru_append(struct txn_table *t, int32_t i)
{
	struct slot *s = t->slots[i];
	s->prev = t->lru_tail;
	s->next = -1;
	if (t->lru_tail >= 0)
		t->slots[t->lru_tail]->next = i;
	else
		t->lru_head = i;
	t->lru_tail = i;
}

/* Hand slot i to the callback and return it to the free list. */
static void finish(struct txn_table *t, int32_t i, enum txn_end end)
{
	struct slot *s = t->slots[i];
	struct txn v = {
		.qid = VIEW(s->qid),
		.host = VIEW(s->host),
		.client_host = VIEW(s->client_host),
		.client_ip = s->client_ip,
		.has_client_ip = s->has_client_ip,
		.has_auth = s->has_auth,
		.auth_from_session = s->auth_from_session,
		.has_from = s->has_from,
		.auth_user = VIEW(s->auth_user),
		.auth_mech = VIEW(s->auth_mech),
		.auth_failures = s->auth_failures,
		.mail_from = VIEW(s->mail_from),
		.msgid = VIEW(s->msgid),
		.proto = VIEW(s->proto),
		.size = s->size,
		.nrcpts = s->nrcpts,
		.rejects = s->rejects,
		.rcpts = t->view,
		.nrcpt = s->nrcpt,
		.rcpts_dropped = s->rcpts_dropped,
		.first_ts = s->first_ts,
		.last_ts = s->last_ts,
		.ref_first = s->ref_first,
		.ref_auth = s->ref_auth,
		.ref_from = s->ref_from,
		.end = end,
		.truncated = s->truncated,
	};
	for (size_t r = 0; r < s->nrcpt; r++) {
		const struct slot_rcpt *sr = &s->rcpts[r];
		t->view[r] = (struct txn_rcpt){
			.addr = VIEW(sr->addr),
			.status = sr->status,
			.relay_host = VIEW(sr->relay),
			.dst_ip = sr->dst_ip,
			.has_dst_ip = sr->has_dst_ip,
			.dsn = VIEW(sr->dsn),
			.stat = VIEW(sr->stat),
			.mailer = VIEW(sr->mailer),
			.attempts = sr->attempts,
			.ts = sr->ts,
			.ref = sr->ref,
		};
	}
	if (end == TXN_END_COMPLETE)
		t->st.completed++;
	else if (end == TXN_END_FLUSHED)
		t->st.flushed++;
	else
		t->st.evicted++;
	t->st.rcpts_dropped += s->rcpts_dropped;
	if (t->on_txn)
		t->on_txn(t->ctx, &v);

	int32_t *pp = &t->buckets[t->chain[i].hash & (t->nbuckets - 1)];
	while (*pp != i)
		pp = &t->chain[*pp].next;
	*pp = t->chain[i].next;
	lru_unlink(t, i);
	s->used = false;
	t->chain[i].next = t->free_head;
	t->free_head = i;
	t->st.open--;
}

/* A cleared slot for (host, qid), evicting the oldest open one if the table is full. */
static int32_t open_slot(struct txn_table *t, uint64_t h, const struct event *ev)
{
	int32_t i;
	if (t->st.open == t->max_open)
		finish(t, t->lru_head, TXN_END_EVICTED);
	if (t->free_head >= 0) {
		i = t->free_head;
		t->free_head = t->chain[i].next;
	} else {
		i = (int32_t)t->nalloc++;
		t->slots[i] = NEW(&t->arena, struct slot, 1);
	}
	struct slot *s = t->slots[i];
	memset(s, 0, offsetof(struct slot, rcpts));
	s->used = true;
	t->chain[i].hash = h;
	s->first_ts = s->last_ts = ev->ts;
	s->ref_first = event_ref(ev);
	SET(s, s->qid, ev->qid);
	SET(s, s->host, ev->host);
	t->chain[i].next = t->buckets[h & (t->nbuckets - 1)];
	t->buckets[h & (t->nbuckets - 1)] = i;
	s->prev = s->next = -1;
	lru_append(t, i);
	t->st.open++;
	t->st.opened++;
	return i;
}

static void set_client(struct slot *s, const struct event *ev)
{
	if (ev->has_src_ip) {
		s->client_ip = ev->src_ip;
		s->has_client_ip = true;
	}
	if (ev->src_host.n)
		SET(s, s->client_host, ev->src_host);
}

static enum txn_rcpt_status status_of(const struct event *ev)
{
	if (ev->outcome == OUTCOME_SUCCESS)
		return TXN_RCPT_SENT;
	if (ev->outcome == OUTCOME_UNKNOWN)
		return ev->stat.n ? TXN_RCPT_QUEUED : TXN_RCPT_PENDING;
	if ((ev->dsn.n && ev->dsn.p[0] == '4') || str_istarts(ev->stat, STR("Deferred")))
		return TXN_RCPT_DEFERRED;
	return TXN_RCPT_FAILED;
}

static bool is_final(enum txn_rcpt_status st)
{
	return st == TXN_RCPT_SENT || st == TXN_RCPT_FAILED;
}

/* One recipient of a to= line: update the one already known or add it. */
static void add_attempt(struct slot *s, struct str addr, const struct event *ev)
{
	struct slot_rcpt *r = NULL;
	enum txn_rcpt_status st = status_of(ev);
	addr = str_unquote(str_trim(addr), '<', '>');
	if (addr.n == 0)
		return;
	for (size_t i = 0; i < s->nrcpt; i++)
		if (str_ieq(VIEW(s->rcpts[i].addr), capped(addr, ADDR_CAP)))
			r = &s->rcpts[i];
	if (!r) {
		if (s->nrcpt == TXN_RCPTS_MAX) {
			s->rcpts_dropped++;
			s->final_dropped += is_final(st);
			return;
		}
		r = &s->rcpts[s->nrcpt++];
		memset(r, 0, sizeof(*r));
		SET(s, r->addr, addr);
	}
	r->status = st;
	SET(s, r->relay, ev->dst_host);
	SET(s, r->stat, ev->stat);
	SET(s, r->dsn, ev->dsn);
	SET(s, r->mailer, ev->mailer);
	r->dst_ip = ev->dst_ip;
	r->has_dst_ip = ev->has_dst_ip;
	r->attempts++;
	r->ts = ev->ts;
	r->ref = event_ref(ev);
}

/* Split "<a>,<b>" (commas inside <> or quotes do not split) and record each. */
static void add_rcpts(struct slot *s, const struct event *ev)
{
	struct str list = ev->rcpt;
	if (list.n == 0)
		return;
	int depth = 0;
	bool inq = false;
	size_t start = 0;
	for (size_t i = 0; i <= list.n; i++) {
		char c = i < list.n ? list.p[i] : ',';
		if (c == '"')
			inq = !inq;
		else if (!inq && c == '<')
			depth++;
		else if (!inq && c == '>' && depth > 0)
			depth--;
		else if (c == ',' && ((!inq && depth == 0) || i == list.n)) {
			add_attempt(s, str_sub(list, start, i), ev);
			start = i + 1;
		}
	}
}

static bool complete(const struct slot *s)
{
	size_t final = s->final_dropped;
	if (!s->has_from || s->awaits_end)
		return false;
	for (size_t i = 0; i < s->nrcpt; i++) {
		if (!is_final(s->rcpts[i].status))
			return false;
		final++;
	}
	return final >= s->nrcpts;
}

static struct session *session_of(struct txn_table *t, struct str host, uint32_t pid)
{
	return &t->sessions[(str_ihash(host) * 31 + pid) % TXN_SESSIONS];
}

static void session_remember(struct txn_table *t, const struct event *ev)
{
	struct session *se = session_of(t, ev->host, ev->pid);
	se->used = true;
	se->pid = ev->pid;
	field_set(se->host.b, sizeof(se->host.b), &se->host.n, ev->host, &t->session_cut);
	field_set(se->user.b, sizeof(se->user.b), &se->user.n, ev->user, &t->session_cut);
	field_set(se->mech.b, sizeof(se->mech.b), &se->mech.n, ev->mech, &t->session_cut);
	se->ip = ev->src_ip;
	se->has_ip = ev->has_src_ip;
	se->ts = ev->ts;
	se->ref = event_ref(ev);
}

/* The login of the session that wrote a from= line, if it is that session's. */
static void session_inherit(struct txn_table *t, struct slot *s, const struct event *ev)
{
	const struct session *se = session_of(t, ev->host, ev->pid);
	if (!se->used || se->pid != ev->pid || !str_ieq(VIEW(se->host), capped(ev->host, HOST_CAP)))
		return;
	if (se->has_ip != ev->has_src_ip || (se->has_ip && !ip_eq(&se->ip, &ev->src_ip)))
		return;
	if (se->ts == TIME_UNKNOWN || ev->ts == TIME_UNKNOWN || ev->ts < se->ts ||
	    ev->ts - se->ts > TXN_SESSION_WINDOW)
		return;
	s->has_auth = s->auth_from_session = true;
	SET(s, s->auth_user, VIEW(se->user));
	SET(s, s->auth_mech, VIEW(se->mech));
	s->ref_auth = se->ref;
}

/* The MTA's "this message has left the queue" line: postfix "removed", exim "Completed". */
static bool is_queue_end(const struct event *ev)
{
	return ev->kind == EV_NONE &&
	       (str_eq(ev->stat, STR("removed")) || str_eq(ev->stat, STR("Completed")));
}

/*
 * An EV_NONE line that carries a part of a message's story (postfix: the
 * client= line without a login, cleanup's message-id=). Other EV_NONE lines,
 * whatever their queue id, are ignored as before (sendmail's never carry a
 * message id or a client).
 */
static bool is_part(const struct event *ev)
{
	return ev->kind == EV_NONE && (ev->msgid.n || ev->has_src_ip || ev->src_host.n);
}

/* exim's acceptance line never states how many recipients follow; it logs "Completed". */
static bool awaits_end(const struct event *ev)
{
	return ev->kind == EV_MAIL_FROM && str_istarts(ev->program, STR("exim"));
}

void txn_feed(struct txn_table *t, const struct event *ev)
{
	if (ev->kind == EV_AUTH && ev->outcome == OUTCOME_SUCCESS && ev->pid)
		session_remember(t, ev);
	bool end = is_queue_end(ev), part = is_part(ev);
	if (ev->qid.n == 0 ||
	    (ev->kind != EV_AUTH && ev->kind != EV_MAIL_FROM && ev->kind != EV_MAIL_TO &&
	     ev->kind != EV_MAIL_REJECT && !end && !part)) {
		t->st.ignored++;
		return;
	}
	struct str qid = capped(ev->qid, QID_CAP), host = capped(ev->host, HOST_CAP);
	uint64_t h = key_hash(host, qid);
	int32_t i = find(t, h, host, qid);
	if (i < 0 && end) {
		t->st.ignored++; /* the end of a message already handed out (or never seen) */
		return;
	}
	if (i < 0) {
		i = open_slot(t, h, ev);
	} else {
		lru_unlink(t, i);
		lru_append(t, i);
	}
	struct slot *s = t->slots[i];
	if (ev->ts != TIME_UNKNOWN) {
		if (s->first_ts == TIME_UNKNOWN || ev->ts < s->first_ts)
			s->first_ts = ev->ts;
		if (s->last_ts == TIME_UNKNOWN || ev->ts > s->last_ts)
			s->last_ts = ev->ts;
	}
	if (end) {
		finish(t, i, TXN_END_COMPLETE);
		return;
	}
	switch (ev->kind) {
	case EV_NONE:
		if (ev->msgid.n)
			SET(s, s->msgid, ev->msgid);
		if (!s->has_from)
			set_client(s, ev);
		break;
	case EV_AUTH:
		if (ev->outcome != OUTCOME_SUCCESS) {
			s->auth_failures++;
			break;
		}
		s->has_auth = true;
		SET(s, s->auth_user, ev->user);
		SET(s, s->auth_mech, ev->mech);
		s->ref_auth = event_ref(ev);
		if (!s->has_from)
			set_client(s, ev);
		break;
	case EV_MAIL_FROM:
		s->has_from = true;
		s->awaits_end = s->awaits_end || awaits_end(ev);
		SET(s, s->mail_from, ev->mail_from);
		if (ev->msgid.n)
			SET(s, s->msgid, ev->msgid);
		if (ev->proto.n)
			SET(s, s->proto, ev->proto);
		s->size = ev->size;
		s->nrcpts = ev->nrcpts;
		s->ref_from = event_ref(ev);
		set_client(s, ev);
		if (ev->mech.n) {
			/* the acceptance line names the login itself (exim A=) */
			s->has_auth = true;
			s->auth_from_session = false;
			SET(s, s->auth_user, ev->user);
			SET(s, s->auth_mech, ev->mech);
			s->ref_auth = event_ref(ev);
		}
		if (!s->has_auth && ev->pid)
			session_inherit(t, s, ev);
		break;
	case EV_MAIL_TO:
		add_rcpts(s, ev);
		break;
	default:
		s->rejects++;
		break;
	}
	if (complete(s))
		finish(t, i, TXN_END_COMPLETE);
}

void txn_flush(struct txn_table *t)
{
	while (t->lru_head >= 0)
		finish(t, t->lru_head, TXN_END_FLUSHED);
}

const char *txn_rcpt_status_name(enum txn_rcpt_status s)
{
	switch (s) {
	case TXN_RCPT_PENDING:
		return "pending";
	case TXN_RCPT_QUEUED:
		return "queued";
	case TXN_RCPT_DEFERRED:
		return "deferred";
	case TXN_RCPT_SENT:
		return "sent";
	case TXN_RCPT_FAILED:
		return "failed";
	}
	return "unknown";
}

const char *txn_end_name(enum txn_end e)
{
	switch (e) {
	case TXN_END_COMPLETE:
		return "complete";
	case TXN_END_FLUSHED:
		return "flushed";
	case TXN_END_EVICTED:
		return "evicted";
	}
	return "unknown";
}
