/*
 * analyze_mail.c - outbound campaigns, bounce provenance (genuine or
 * backscatter) and spam-filter patterns against the messages received.
 *
 * A bounce is genuine when it answers a message our server really sent: its
 * returned Message-ID is in the MTA log, or failing an id, the same sender and
 * recipient were logged within bounce_match_secs of it. Nothing in a bounce's
 * own headers is trusted for that decision.
 */
#include <stdlib.h>
#include <string.h>

#include "case/analyze.h"

enum { BOUNCE_SOURCES_APART = 4 }; /* up to this many entry points get a finding each */

bool analyze_campaign_from(const struct actx *x, struct str account, const struct ip *ip)
{
	const struct mailflow *m = &x->r->flow;
	if (!x->sender_campaign)
		return false;
	for (size_t i = 0; i < m->nsenders; i++) {
		const struct flow_sender *s = &m->senders[i];
		if (!str_ieq(s->account, account))
			continue;
		for (int k = 0; k < s->nsrc; k++)
			if (x->sender_campaign[i * FLOW_SRCS + (size_t)k] && s->src[k].has_ip &&
			    ip_eq(&s->src[k].ip, ip))
				return true;
	}
	return false;
}

uint32_t analyze_genuine_bounces_from(const struct actx *x, struct str account, const struct ip *ip)
{
	const struct mailflow *m = &x->r->flow;
	uint32_t n = 0;
	for (size_t i = 0; i < x->r->nmsgs; i++) {
		const struct msgrec *b = &x->r->msgs[i];
		if (!b->is_bounce || !b->spam_related || b->matched_sent != 1 || b->sent_idx < 0)
			continue;
		const struct sent_msg *s = &m->sent[b->sent_idx];
		if (s->has_client && ip_eq(&s->client, ip) && s->sender >= 0 &&
		    str_ieq(m->senders[s->sender].account, account))
			n++;
	}
	return n;
}

/*
 * A campaign is judged per sender and per client address it submitted from,
 * so a user's own mail from their desk and an intruder's mail from elsewhere
 * under the same account are told apart.
 */
static void analyze_campaigns(struct actx *x)
{
	struct case_file *c = x->c;
	const struct mailflow *m = &x->r->flow;
	char ipb[IP_TEXT_MAX];
	x->sender_campaign = NEW(c->a, bool, m->nsenders ? m->nsenders *FLOW_SRCS : 1);
	for (size_t i = 0; i < m->nsenders; i++) {
		const struct flow_sender *s = &m->senders[i];
		if (s->rcpts_external < x->p->campaign_min_msgs)
			continue;
		for (int k = 0; k < s->nsrc; k++) {
			const struct flow_src *src = &s->src[k];
			if (src->peak24 < x->p->campaign_min_msgs)
				continue;
			/*
			 * A campaign is a burst: within two days, or a day at three times
			 * the source's own daily average. A remote user who sends twenty
			 * mails on a busy day among months of eight a day is not one.
			 */
			double days = src->first != TIME_UNKNOWN && src->last != TIME_UNKNOWN
					      ? (double)(src->last - src->first) / 86400.0
					      : 0;
			if (days >= 2 && src->peak24 < FLOW_WINDOW &&
			    (double)src->peak24 < 3.0 * (double)src->external / days)
				continue;
			x->sender_campaign[i * FLOW_SRCS + (size_t)k] = true;
			x->n_campaigns++;
			bool outside = src->has_ip && !actx_inside(x, &src->ip);
			if (outside)
				x->n_campaigns_outside++;
			struct str who = s->address.n ? s->address : s->account;
			const char *from =
				src->has_ip ? ip_format(&src->ip, ipb) : "an unknown client";
			struct finding *f = case_add(c, "mail.outbound_campaign",
						     outside ? SEV_HIGH : SEV_MEDIUM);
			finding_title(
				c, f,
				"%.*s sent %u messages to external recipients from %s (%s%u within "
				"24 hours)",
				STR_FMT(who), src->external, from,
				src->peak24 >= FLOW_WINDOW ? "at least " : "", src->peak24);
			finding_detail(
				c, f,
				"%s %.*s submitted them from %s%s; the sender's mail in all: %u "
				"messages, %u to external recipients.",
				s->account.n ? "Authenticated as" : "Envelope sender",
				STR_FMT(s->account.n ? s->account : s->address), from,
				outside ? ", an address outside every internal zone" : "", s->msgs,
				s->rcpts_external);
			finding_entity(c, f, ENT_EMAIL, who);
			if (s->account.n)
				finding_entity(c, f, ENT_ACCOUNT, s->account);
			if (src->has_ip)
				finding_ip(c, f, &src->ip);
			for (int r = 0; r < s->nsample; r++)
				finding_entity(c, f, ENT_EMAIL, s->sample_rcpt[r]);
			finding_ref(f, src->ref_first_ext);
			if (src->ref_auth.line)
				finding_ref(f, src->ref_auth);
			finding_ref(f, src->ref_last_ext);
			f->refs_total = src->external;
			finding_time(f, src->first);
			finding_time(f, src->last);
			case_timeline(
				c, src->first, &src->ref_first_ext,
				"first of %u messages from %.*s (via %s) to external recipients",
				src->external, STR_FMT(who), from);
			case_timeline(c, src->last, &src->ref_last_ext,
				      "last of them is relayed out");
		}
	}
}

/* A sent message matching bounce b by sender, recipient and time, or -1. */
static int64_t match_by_envelope(const struct actx *x, const struct msgrec *b)
{
	const struct mailflow *m = &x->r->flow;
	struct str sender = b->orig_from.n ? b->orig_from : b->to;
	int64_t when = b->orig_date != TIME_UNKNOWN ? b->orig_date : b->date;
	if (!b->orig_rcpt.n || !sender.n)
		return -1;
	for (size_t k = 0; k < m->nsent; k++) {
		const struct sent_msg *s = &m->sent[k];
		if (!str_ieq(s->rcpt, b->orig_rcpt) || !str_ieq(s->from, sender))
			continue;
		if (when == TIME_UNKNOWN || s->ts == TIME_UNKNOWN ||
		    llabs(s->ts - when) <= x->p->bounce_match_secs)
			return (int64_t)k;
	}
	return -1;
}

/* Who handed the bounce to our server, as our server recorded it (trustworthy). */
static void note_edge(struct case_file *c, struct finding *f, const struct msgrec *b)
{
	if (f->nent >= FINDING_ENT_MAX - 4)
		return;
	if (b->edge_from_name.n)
		finding_entity(c, f, ENT_HOST, b->edge_from_name);
	if (b->has_edge_ip)
		finding_ip(c, f, &b->edge_ip);
}

static void analyze_bounces(struct actx *x)
{
	struct case_file *c = x->c;
	struct run *r = x->r;
	struct finding *gen = NULL, *back = NULL, *unjudged = NULL;
	for (size_t i = 0; i < r->nmsgs; i++) {
		struct msgrec *b = &r->msgs[i];
		b->sent_idx = -1;
		b->matched_sent = -1;
		if (!b->is_bounce)
			continue;
		x->n_bounces++;
		if (!x->have_mta_logs) {
			/*
			 * No MTA log: the returned original's own Received chain is the
			 * only witness left. Below our hops it is the sender's claim, so
			 * the limits say how the bounces were judged.
			 */
			if (b->orig_path == 1 || b->orig_path == 2) {
				bool ours = b->orig_path == 1;
				b->matched_sent = ours ? 1 : 0;
				if (ours) {
					x->n_bounces_genuine++;
					x->n_bounces_spam_genuine += b->spam_related;
				} else {
					x->n_bounces_backscatter++;
				}
				struct finding **slot = ours ? &gen : &back;
				if (!*slot)
					*slot = case_add(
						c, ours ? "bounce.genuine" : "bounce.backscatter",
						ours ? SEV_MEDIUM : SEV_LOW);
				x->bounces_by_chain = true;
				finding_ref(*slot, b->ref_orig.line ? b->ref_orig : b->ref);
				finding_time(*slot, b->date);
				note_edge(c, *slot, b);
				continue;
			}
			if (!unjudged) {
				unjudged = case_add(c, "bounce.unjudged", SEV_LOW);
				finding_detail(
					c, unjudged,
					"No MTA log was given and the bounces do not return the "
					"original's Received headers, so they cannot be checked "
					"against what our server sent.");
			}
			unjudged->refs_total++;
			finding_ref(unjudged, b->ref);
			finding_time(unjudged, b->date);
			continue;
		}
		const struct sent_msg *s =
			b->orig_msgid.n ? mailflow_sent(&r->flow, b->orig_msgid) : NULL;
		int64_t idx = s ? (int64_t)(s - r->flow.sent) : match_by_envelope(x, b);
		if (idx >= 0) {
			s = &r->flow.sent[idx];
			b->matched_sent = 1;
			b->sent_idx = idx;
			x->n_bounces_genuine++;
			if (b->spam_related)
				x->n_bounces_spam_genuine++;
			if (!gen)
				gen = case_add(c, "bounce.genuine", SEV_MEDIUM);
			finding_ref(gen, b->ref_orig.line ? b->ref_orig : b->ref);
			finding_ref(gen, s->ref_from);
			finding_time(gen, b->date);
			finding_entity(c, gen, ENT_EMAIL, s->from);
			finding_entity(c, gen, ENT_EMAIL, b->orig_rcpt);
			note_edge(c, gen, b);
			if (b->orig_msgid.n && gen->nent < FINDING_ENT_MAX - 2)
				finding_entity(c, gen, ENT_MSGID, b->orig_msgid);
		} else {
			b->matched_sent = 0;
			x->n_bounces_backscatter++;
			if (!back)
				back = case_add(c, "bounce.backscatter", SEV_LOW);
			finding_ref(back, b->ref_orig.line ? b->ref_orig : b->ref);
			finding_time(back, b->date);
			finding_entity(c, back, ENT_EMAIL, b->to);
			note_edge(c, back, b);
		}
	}
	if (x->bounces_by_chain)
		case_limit(c,
			   "No MTA log was given: bounces were judged from the returned originals' "
			   "own Received headers (whether they passed through our server), which "
			   "a forger can fake. The MTA log would settle it by Message-ID.");
	if (gen) {
		if (x->n_bounces_spam_genuine)
			gen->sev = SEV_HIGH;
		finding_title(c, gen,
			      "%d of %d bounces answer messages our server really sent (genuine)%s",
			      x->n_bounces_genuine, x->n_bounces,
			      x->n_bounces_spam_genuine ? ", rejected as spam by the recipients"
							: "");
		if (x->bounces_by_chain)
			finding_detail(
				c, gen,
				"The returned originals carry Received headers written by our "
				"own mail server: the mail went out through us. The relays that "
				"returned them are third parties, not attackers.");
		else
			finding_detail(
				c, gen,
				"Each returned original was found in the MTA log (by Message-ID, "
				"or by sender, recipient and time): the mail went out from our "
				"server, so these are not backscatter. The relays that returned "
				"them are third parties, not attackers.");
		case_timeline(c, gen->first, gen->nrefs ? &gen->refs[0] : NULL,
			      "first genuine bounce comes back");
	}
	if (back) {
		finding_title(
			c, back,
			"%d of %d bounces answer messages our server never sent (backscatter)",
			x->n_bounces_backscatter, x->n_bounces);
		if (x->bounces_by_chain)
			finding_detail(
				c, back,
				"The returned originals' own Received headers never pass through "
				"our servers: the mail was sent elsewhere with our address forged "
				"as its sender, and the bounces came to us. No account of ours is "
				"implicated by them.");
		else
			finding_detail(
				c, back,
				"No returned original appears in the MTA log: someone forged our "
				"address as the sender and the bounces went to us. No account of "
				"ours is implicated by them.");
		case_timeline(c, back->first, back->nrefs ? &back->refs[0] : NULL,
			      "first backscatter bounce arrives");
	}
	if (unjudged)
		finding_title(c, unjudged, "%d bounces could not be checked (no MTA log)",
			      x->n_bounces);
	int judged = x->n_bounces_genuine + x->n_bounces_backscatter;
	if (judged)
		c->bounces_genuine = x->n_bounces_genuine * 2 >= judged ? 1 : 0;
}

static void analyze_spam_patterns(struct actx *x)
{
	struct case_file *c = x->c;
	struct run *r = x->r;
	if (!r->have_spam)
		return;
	for (size_t k = 0; k < r->spam.n; k++) {
		uint32_t hits = 0, genuine = 0;
		struct finding *f = NULL;
		for (size_t i = 0; i < r->nmsgs; i++) {
			struct msgrec *m = &r->msgs[i];
			const struct ip *ips[2] = {m->has_origin_ip ? &m->origin_ip : NULL,
						   m->has_top_from_ip ? &m->top_from_ip : NULL};
			bool hit = false;
			for (int j = 0; j < 2 && !hit; j++)
				hit = spamfilter_match_one(&r->spam, k, ips[j], m->from,
							   m->subject);
			if (!hit)
				continue;
			m->spam_pattern = (int)k;
			hits++;
			if (m->matched_sent == 1)
				genuine++;
			if (!f)
				f = case_add(c, "spamfilter.pattern", SEV_INFO);
			finding_ref(f, m->ref);
			finding_time(f, m->date);
		}
		const struct spam_pattern *p = &r->spam.v[k];
		if (!f) {
			f = case_add(c, "spamfilter.pattern", SEV_INFO);
			finding_title(c, f,
				      "spam-filter pattern %zu matches none of the messages given",
				      k + 1);
		} else {
			finding_title(c, f,
				      "spam-filter pattern %zu blocks %u of the messages given%s",
				      k + 1, hits, genuine ? ", genuine bounces among them" : "");
		}
		finding_detail(
			c, f, "Pattern: ip %.*s, sender %.*s, subject \"%.*s\".%s",
			STR_FMT(p->ip_text), STR_FMT(p->sender), STR_FMT(p->subject),
			genuine ? " Blocking these bounces hides the evidence that our own "
				  "server sent the mail they answer: the account that sent it "
				  "is compromised, and the bounces are its symptom."
				: "");
		finding_ref(f, (struct evref){r->spam_evidence, (uint64_t)p->line});
		if (genuine)
			f->sev = SEV_HIGH;
	}
}

/* One finding per entry point of the bounces: the chain read bottom-up, with the trust boundary. */
static void analyze_bounce_sources(struct actx *x)
{
	struct case_file *c = x->c;
	struct run *r = x->r;
	char ipb[IP_TEXT_MAX];
	size_t nsrc = 0, nb = 0;
	for (size_t i = 0; i < r->nmsgs; i++) {
		const struct msgrec *b = &r->msgs[i];
		if (!b->is_bounce || !b->has_edge_ip)
			continue;
		nb++;
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = r->msgs[k].is_bounce && r->msgs[k].has_edge_ip &&
			       ip_eq(&r->msgs[k].edge_ip, &b->edge_ip);
		nsrc += !seen;
	}
	if (nsrc > BOUNCE_SOURCES_APART) {
		/* many unrelated relays (typical of backscatter): one summary */
		struct finding *f = case_add(c, "mail.bounce_source", SEV_INFO);
		finding_title(c, f, "%zu bounces entered through %zu different relays", nb, nsrc);
		for (size_t i = 0; i < r->nmsgs; i++) {
			const struct msgrec *b = &r->msgs[i];
			if (!b->is_bounce || !b->has_edge_ip)
				continue;
			finding_ref(f, b->ref_edge);
			finding_time(f, b->date);
			if (f->nent < FINDING_ENT_MAX - 1)
				finding_ip(c, f, &b->edge_ip);
		}
		finding_detail(c, f,
			       "Each relay was recorded by our own server in its Received header. "
			       "Example chain, read bottom-up: %.*s.",
			       STR_FMT(r->msgs[0].chain));
		return;
	}
	for (size_t i = 0; i < r->nmsgs; i++) {
		const struct msgrec *b = &r->msgs[i];
		if (!b->is_bounce || !b->has_edge_ip)
			continue;
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = r->msgs[k].is_bounce && r->msgs[k].has_edge_ip &&
			       ip_eq(&r->msgs[k].edge_ip, &b->edge_ip);
		if (seen)
			continue;
		uint32_t n = 0;
		struct finding *f = case_add(c, "mail.bounce_source", SEV_INFO);
		for (size_t k = i; k < r->nmsgs; k++) {
			const struct msgrec *o = &r->msgs[k];
			if (!o->is_bounce || !o->has_edge_ip || !ip_eq(&o->edge_ip, &b->edge_ip))
				continue;
			n++;
			finding_ref(f, o->ref_edge);
			finding_time(f, o->date);
		}
		finding_title(c, f,
			      "%u bounce%s entered through %.*s [%s], as our %.*s recorded it", n,
			      n == 1 ? "" : "s", STR_FMT(b->edge_from_name),
			      ip_format(&b->edge_ip, ipb), STR_FMT(b->edge_by));
		finding_detail(
			c, f,
			"Received chain read bottom-up: %.*s. Hops marked (ours) were written "
			"by our own servers and are trustworthy; everything below the first of "
			"them is what the sending side claims.",
			STR_FMT(b->chain));
		finding_ip(c, f, &b->edge_ip);
		finding_entity(c, f, ENT_HOST, b->edge_from_name);
		finding_entity(c, f, ENT_HOST, b->edge_by);
	}
}

void analyze_mail(struct actx *x)
{
	for (size_t i = 0; i < x->r->nmsgs; i++)
		x->r->msgs[i].spam_pattern = -1;
	analyze_bounces(x);
	analyze_bounce_sources(x);
	analyze_campaigns(x);
	analyze_spam_patterns(x);
}
