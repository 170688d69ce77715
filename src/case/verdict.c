/*
 * verdict.c - the verdict, as small named rules over the findings
 * (docs/verdicts.md has the same rules in prose). Rules are checked in order
 * of severity; each that holds adds its reason, the first that holds sets
 * the verdict. Recommendations and limits follow from what was found and
 * from what evidence was missing.
 */
#include "case/analyze.h"

static void add_limits(struct actx *x)
{
	struct case_file *c = x->c;
	struct run *r = x->r;
	if (!x->have_mta_logs)
		case_limit(c, "No MTA log was given: what our mail server sent, and so whether "
			      "bounces are genuine, cannot be checked.");
	if (!r->have_assets)
		case_limit(c, "No asset inventory was given: 'inside' was taken to mean private "
			      "(RFC 1918) addresses, and owners of accounts are unknown.");
	if (!r->have_fw)
		case_limit(c,
			   "No firewall policy was given: exposure of services was not audited.");
	case_limit(c, "Logins to the servers themselves (sshd, telnet, console) are only seen "
		      "when their logs are given; without them this evidence cannot tell whether "
		      "only the account or the whole server was taken.");
	case_limit(c, "Firewall logs were not given: attempts that stayed under the IPS "
		      "thresholds and never reached an authentication log are invisible here.");
	if (r->year_source && r->year_used)
		case_limit(c, "Syslog stamps carry no year: %d was taken from the %s.",
			   r->year_used, r->year_source);
	if (!r->opt.have_tz) {
		int off = r->opt.tz_offset_min, a = off < 0 ? -off : off;
		case_limit(c,
			   "Syslog stamps and zoneless IPS times carry no zone: they were read as "
			   "UTC%c%02d:%02d (%s; --tz says otherwise).",
			   off < 0 ? '-' : '+', a / 60, a % 60,
			   r->tz_source ? r->tz_source : "no zone found in the evidence");
	}
	if (r->flow.sent_dropped || r->auth.dropped || r->ips.dropped)
		case_limit(c,
			   "Some state was not kept because a cap was reached (%llu sent "
			   "messages, %llu logins, %llu alerts): figures are lower bounds.",
			   (unsigned long long)r->flow.sent_dropped,
			   (unsigned long long)r->auth.dropped, (unsigned long long)r->ips.dropped);
}

static void add_recommendations(struct actx *x)
{
	struct case_file *c = x->c;
	char ipb[IP_TEXT_MAX];
	for (int i = 0; i < c->ncompromised; i++)
		case_recommend(
			c,
			"Reset the password of %.*s, end its sessions, and check its mailbox "
			"for forwarding rules and sent mail the user does not recognise.",
			STR_FMT(c->compromised_accounts[i]));
	if (x->n_suspicious_logins || c->nattackers)
		case_recommend(c, "Find out whether only the account or the server itself was "
				  "taken: read the server's sshd/telnet/PAM logs and its shell "
				  "history for logins from the attacker addresses.");
	for (int i = 0; i < c->nattackers; i++)
		case_recommend(c, "Block %s at the perimeter and search every log for it.",
			       ip_format(&c->attacker_ips[i], ipb));
	for (int i = 0; i < c->noverbroad; i++)
		case_recommend(c,
			       "Narrow firewall rule %.*s to the services its destination needs "
			       "(see the finding for a suggested rule), and place it so no earlier "
			       "rule shadows the fix.",
			       STR_FMT(c->overbroad_rules[i]));
	if (c->nalerted || c->nslow)
		case_recommend(c, "Look for attempts below the IPS thresholds: correlate firewall "
				  "and authentication logs per source over hours, not minutes, and "
				  "alert on slow, persistent failures.");
	if (x->n_bounces_genuine && x->r->have_spam)
		case_recommend(c,
			       "Do not block genuine bounces in the spam filter before the cause "
			       "is fixed: they are the symptom that shows the account sends spam.");
	if (c->verdict == VERDICT_BACKSCATTER)
		case_recommend(c, "Filter the backscatter (bounces for mail we never sent) and "
				  "publish SPF, DKIM and DMARC so receivers reject mail forged in "
				  "our name; no account needs resetting.");
	if (c->verdict == VERDICT_NO_INCIDENT && c->nrec == 0)
		case_recommend(c, "Nothing to act on: keep these logs and review them routinely.");
}

enum { SPAM_BOUNCES_MIN = 3 };

/* "a | b": the logins from outside and what corroborated each (remote shells or not). */
static const char *login_list(struct actx *x, bool shells)
{
	struct str out = STR("");
	for (int i = 0; i < x->nlogin_why; i++) {
		struct str w = x->login_why[i];
		bool shell = str_find(w, STR("(ssh)")) >= 0 || str_find(w, STR("(telnet)")) >= 0;
		if (shell != shells)
			continue;
		out = arena_printf(x->c->a, "%.*s%s%.*s", STR_FMT(out), out.n ? " | " : "",
				   STR_FMT(w));
	}
	return out.n ? out.p : "";
}

/*
 * Senders of ours with at least SPAM_BOUNCES_MIN genuine bounces refusing
 * their mail as spam: each is added to the compromised accounts. Returns how
 * many there are.
 */
static int spam_bounced_senders(struct actx *x)
{
	struct run *r = x->r;
	struct arena scratch = {0};
	struct map m;
	uint32_t *count = NEW(&scratch, uint32_t, r->nmsgs ? r->nmsgs : 1);
	map_init(&m, &scratch, r->nmsgs ? r->nmsgs : 1, true);
	int found = 0;
	for (size_t i = 0; i < r->nmsgs; i++) {
		const struct msgrec *b = &r->msgs[i];
		if (!b->is_bounce || !b->spam_related || b->matched_sent != 1)
			continue;
		struct str who = b->sent_idx >= 0 ? r->flow.sent[b->sent_idx].from
				 : b->orig_from.n ? b->orig_from
						  : b->to;
		bool added;
		int32_t k = map_intern(&m, who, &added);
		if (k < 0 || ++count[k] != SPAM_BOUNCES_MIN)
			continue;
		case_add_compromised(x->c, who);
		found++;
	}
	arena_free(&scratch);
	return found;
}

void analyze_verdict(struct actx *x)
{
	struct case_file *c = x->c;
	bool set = false;
	if (x->n_ssh_compromise) {
		c->verdict = VERDICT_SSH_COMPROMISE;
		set = true;
		case_reason(c, "V1 remote-shell login after guessing", "%s", login_list(x, true));
	}
	const char *accounts = login_list(x, false);
	if (accounts[0]) {
		if (!set)
			c->verdict = VERDICT_ACCOUNT_COMPROMISE;
		set = true;
		case_reason(c, "V2 account used from outside with corroboration", "%s", accounts);
	}
	if (!set && spam_bounced_senders(x) > 0) {
		c->verdict = VERDICT_ACCOUNT_COMPROMISE;
		set = true;
		case_reason(
			c, "V3 our mail refused as spam",
			"at least %d genuine bounces say recipients refused, as spam or by policy, "
			"mail that one of our senders really sent%s",
			SPAM_BOUNCES_MIN,
			x->n_campaigns ? ", as part of an outbound campaign" : "");
	}
	if (x->n_bounces_backscatter && c->bounces_genuine == 0 && !set) {
		c->verdict = VERDICT_BACKSCATTER;
		set = true;
		case_reason(
			c, "V4 bounces for mail never sent",
			"%d of %d bounces answer messages our server never sent, and no account "
			"was used from outside",
			x->n_bounces_backscatter, x->n_bounces);
	}
	if (!set) {
		c->verdict = VERDICT_NO_INCIDENT;
		case_reason(c, "V5 nothing corroborated",
			    "no login from outside was corroborated, no bounce campaign, no "
			    "backscatter majority%s",
			    c->nexposed ? "; the exposures found are risks, not an incident" : "");
	}
	if (x->n_bounces_genuine && set && c->verdict != VERDICT_BACKSCATTER)
		case_reason(c, "E1 bounces are genuine",
			    "%d bounce%s answer mail our server really sent: they are the symptom, "
			    "not the attack",
			    x->n_bounces_genuine, x->n_bounces_genuine == 1 ? "" : "s");
	add_recommendations(x);
	add_limits(x);
}
