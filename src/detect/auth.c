/*
 * auth.c - authentication statistics. Keys are "account\0ip" for pairs and the
 * 16 address bytes for sources; accounts compare case-insensitively because
 * SMTP AUTH and IMAP logins do (KIM and kim are one mailbox).
 */
#include "detect/auth.h"

#include <string.h>

void auth_init(struct auth_tracker *t, struct arena *a)
{
	*t = (struct auth_tracker){.a = a};
	map_init(&t->pair_map, a, AUTH_PAIRS_MAX, true);
	map_init(&t->src_map, a, AUTH_SOURCES_MAX, false);
}

static struct auth_source *auth_source(struct auth_tracker *t, const struct ip *ip)
{
	bool added;
	int32_t i = map_intern(&t->src_map, (struct str){(const char *)ip->b, 16}, &added);
	if (i < 0)
		return NULL;
	if (added) {
		if (t->nsrcs == t->cap_srcs) {
			size_t nc = t->cap_srcs ? t->cap_srcs * 2 : 64;
			t->srcs = arena_grow(t->a, t->srcs, sizeof(*t->srcs),
					     _Alignof(struct auth_source), (ptrdiff_t)t->cap_srcs,
					     (ptrdiff_t)nc);
			t->cap_srcs = nc;
		}
		struct auth_source *s = &t->srcs[t->nsrcs++];
		s->ip = *ip;
		s->first_fail = s->last_fail = s->first_ok = TIME_UNKNOWN;
	}
	return &t->srcs[i];
}

static struct auth_pair *auth_pair(struct auth_tracker *t, const struct event *ev, bool *added)
{
	char key[512];
	size_t n = ev->user.n < 400 ? ev->user.n : 400;
	memcpy(key, ev->user.p ? ev->user.p : "", n);
	key[n] = '\0';
	memcpy(key + n + 1, ev->src_ip.b, 16);
	key[n + 17] = ev->has_src_ip ? 1 : 0;
	int32_t i = map_intern(&t->pair_map, (struct str){key, n + 18}, added);
	if (i < 0)
		return NULL;
	if (*added) {
		if (t->npairs == t->cap_pairs) {
			size_t nc = t->cap_pairs ? t->cap_pairs * 2 : 64;
			t->pairs = arena_grow(t->a, t->pairs, sizeof(*t->pairs),
					      _Alignof(struct auth_pair), (ptrdiff_t)t->cap_pairs,
					      (ptrdiff_t)nc);
			t->cap_pairs = nc;
		}
		struct auth_pair *p = &t->pairs[t->npairs++];
		p->account = arena_strdup(t->a, (struct str){key, n});
		p->ip = ev->src_ip;
		p->has_ip = ev->has_src_ip;
		p->service = ev->service;
		p->first_ok = p->last_ok = p->first_fail = p->last_fail = TIME_UNKNOWN;
	}
	return &t->pairs[i];
}

/* Known time a before known-or-unknown time b (unknown times sort last). */
static bool earlier(int64_t a, int64_t b)
{
	return a != TIME_UNKNOWN && (b == TIME_UNKNOWN || a < b);
}

static bool later(int64_t a, int64_t b)
{
	return a != TIME_UNKNOWN && (b == TIME_UNKNOWN || a > b);
}

/* The identity of one telnet/login attempt as both of its lines tell it. */
static uint64_t attempt_key(const struct event *ev)
{
	uint64_t h = str_ihash(ev->host) * 31 + ev->pid;
	h = h * 31 + str_ihash(ev->user);
	if (ev->has_src_ip)
		return h * 31 + str_hash((struct str){(const char *)ev->src_ip.b, 16});
	return h * 31 + str_ihash(ev->src_host);
}

/*
 * login writes one failed telnet attempt twice: the PAM module's
 * line ("pam_unix(login:auth): authentication failure; ... user=root"), then
 * its own ("FAILED LOGIN 1 FROM h FOR root, Authentication failure"). The
 * PAM line counts; login's line for the same host, pid, account and source
 * within AUTH_PAM_WINDOW seconds after it does not. Either line alone counts.
 * True when ev is such a repeat.
 */
static bool login_repeat(struct auth_tracker *t, const struct event *ev)
{
	if (ev->service != SVC_TELNET || ev->outcome != OUTCOME_FAILURE || ev->ts == TIME_UNKNOWN)
		return false;
	uint64_t k = attempt_key(ev);
	if (str_starts(ev->reason, STR("pam_"))) {
		t->pam_recent[t->pam_next] = (struct auth_pam_memo){k, ev->ts, true};
		t->pam_next = (t->pam_next + 1) % AUTH_PAM_RECENT;
		return false;
	}
	for (unsigned i = 0; i < AUTH_PAM_RECENT; i++) {
		struct auth_pam_memo *m = &t->pam_recent[i];
		if (m->used && m->key == k && ev->ts >= m->ts &&
		    ev->ts - m->ts <= AUTH_PAM_WINDOW) {
			m->used = false; /* one login line per PAM line */
			return true;
		}
	}
	return false;
}

void auth_feed(struct auth_tracker *t, const struct event *ev)
{
	if (ev->kind != EV_AUTH || ev->outcome == OUTCOME_UNKNOWN)
		return;
	/*
	 * sshd writes one attempt on several lines (Invalid user, pam_unix,
	 * Failed password); only the line naming the method is the attempt.
	 */
	if ((ev->service == SVC_SSH || ev->service == SVC_IMAP || ev->service == SVC_POP3 ||
	     ev->service == SVC_UNKNOWN) &&
	    ev->outcome == OUTCOME_FAILURE && ev->mech.n == 0)
		return;
	if (login_repeat(t, ev)) {
		t->duplicates++;
		return;
	}
	t->events++;
	bool added;
	struct auth_pair *p = auth_pair(t, ev, &added);
	if (!p) {
		t->dropped++;
		return;
	}
	bool ok = ev->outcome == OUTCOME_SUCCESS;
	if (ok) {
		if (p->ok++ == 0 || earlier(ev->ts, p->first_ok)) {
			p->first_ok = ev->ts;
			p->ref_first_ok = event_ref(ev);
			p->mech = arena_strdup(t->a, ev->mech);
		}
		if (p->ok == 1 || later(ev->ts, p->last_ok)) {
			p->last_ok = ev->ts;
			p->ref_last_ok = event_ref(ev);
		}
	} else {
		uint32_t n = ev->count > 1 ? ev->count : 1; /* "auth failed, 3 attempts" */
		bool first = p->fail == 0;
		p->fail += n;
		if (first || earlier(ev->ts, p->first_fail)) {
			p->first_fail = ev->ts;
			p->ref_first_fail = event_ref(ev);
		}
		if (first || later(ev->ts, p->last_fail))
			p->last_fail = ev->ts;
	}
	if (!ev->has_src_ip)
		return;
	struct auth_source *s = auth_source(t, &ev->src_ip);
	if (!s) {
		t->dropped++;
		return;
	}
	if (ok) {
		if (s->ok++ == 0 || earlier(ev->ts, s->first_ok)) {
			s->first_ok = ev->ts;
			s->ref_first_ok = event_ref(ev);
		}
		return;
	}
	uint32_t n = ev->count > 1 ? ev->count : 1;
	bool first = s->fail == 0;
	s->fail += n;
	if (s->ok == 0)
		s->fail_pre_ok += n;
	if (first || earlier(ev->ts, s->first_fail)) {
		s->first_fail = ev->ts;
		s->ref_first_fail = event_ref(ev);
		s->service = ev->service;
	}
	if (first || later(ev->ts, s->last_fail))
		s->last_fail = ev->ts;
	if (p->fail == n)
		s->accounts_tried++;
	if (s->nfail_ts < AUTH_FAIL_TIMES)
		s->fail_ts[s->nfail_ts++] = ev->ts;
}

const struct auth_source *auth_source_of(const struct auth_tracker *t, const struct ip *ip)
{
	int32_t i = map_get(&t->src_map, (struct str){(const char *)ip->b, 16});
	return i < 0 ? NULL : &t->srcs[i];
}
