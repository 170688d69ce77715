/*
 * kinds.c - the kind table and content sniffing. Each sniffer scores the
 * head of a file; the highest score of at least KIND_MIN_SCORE wins. Names
 * of files play no part: evidence is often renamed when it is collected.
 */
#include "ingest/kinds.h"

#include <string.h>

#include "decode/decode.h"
#include "decode/exim.h"
#include "decode/ips_csv.h"
#include "decode/snort_fast.h"
#include "decode/suricata_eve.h"
#include "policy/assets.h"
#include "policy/firewall.h"
#include "policy/spamfilter.h"

enum { KIND_MIN_SCORE = 30 };

/* CSV sniffers count the header's known columns; two or more make a candidate. */
static int csv_scale(int columns)
{
	if (columns < 2)
		return 0;
	int s = 40 + 10 * columns;
	return s > 95 ? 95 : s;
}

static int sniff_assets(struct str head)
{
	return csv_scale(assets_sniff(head));
}

static int sniff_firewall(struct str head)
{
	return csv_scale(fw_sniff(head));
}

static int sniff_spam(struct str head)
{
	return csv_scale(spamfilter_sniff(head));
}

static int sniff_ips(struct str head)
{
	return csv_scale(ips_csv_sniff(head));
}

static const struct kind kind_syslog = {
	.name = "syslog",
	.summary = "syslog lines (sendmail, postfix, exim, dovecot, sshd, PAM, kernel, snort), "
		   "decoded per program",
	.phase = PHASE_LOGS,
	.sniff = sniff_syslog,
	.stream = &syslog_stream_ops,
};
static const struct kind kind_exim = {
	.name = "exim-mainlog",
	.summary = "Exim's own main log (dated lines, without syslog framing)",
	.phase = PHASE_LOGS,
	.sniff = exim_mainlog_sniff,
	.stream = &exim_stream_ops,
};
static const struct kind kind_message = {
	.name = "message",
	.summary = "one RFC 5322 message (.eml, a Maildir file), bounces included",
	.phase = PHASE_MESSAGES,
	.sniff = sniff_message,
	.read = read_message,
};
static const struct kind kind_mbox = {
	.name = "mbox",
	.summary = "a Unix mbox of messages",
	.phase = PHASE_MESSAGES,
	.sniff = sniff_mbox,
	.read = read_mbox,
};
static const struct kind kind_assets = {
	.name = "assets",
	.summary = "asset inventory CSV",
	.phase = PHASE_CONTEXT,
	.sniff = sniff_assets,
	.read = read_assets,
};
static const struct kind kind_firewall = {
	.name = "firewall-csv",
	.summary = "firewall policy CSV (first match wins)",
	.phase = PHASE_CONTEXT,
	.sniff = sniff_firewall,
	.read = read_firewall,
};
static const struct kind kind_spam = {
	.name = "spam-patterns",
	.summary = "spam-filter block patterns CSV",
	.phase = PHASE_CONTEXT,
	.sniff = sniff_spam,
	.read = read_spam,
};
static const struct kind kind_ips = {
	.name = "ips-csv",
	.summary = "IPS alert export CSV",
	.phase = PHASE_DATED,
	.sniff = sniff_ips,
	.read = read_ips_csv,
};
static const struct kind kind_snort_fast = {
	.name = "snort-fast",
	.summary = "Snort/Suricata alert_fast log (fast.log)",
	.phase = PHASE_LOGS,
	.sniff = snort_fast_sniff,
	.stream = &snort_fast_stream_ops,
};
static const struct kind kind_eve = {
	.name = "suricata-eve",
	.summary = "Suricata EVE JSON (eve.json), alert records",
	.phase = PHASE_DATED,
	.sniff = eve_sniff,
	.read = read_eve,
};

const struct kind *const kinds[] = {&kind_syslog,     &kind_exim,     &kind_message, &kind_mbox,
				    &kind_assets,     &kind_firewall, &kind_spam,    &kind_ips,
				    &kind_snort_fast, &kind_eve};
const size_t nkinds = sizeof(kinds) / sizeof(kinds[0]);

const struct kind *kind_by_name(const char *name)
{
	for (size_t i = 0; i < nkinds; i++)
		if (!strcmp(kinds[i]->name, name))
			return kinds[i];
	return NULL;
}

const struct kind *kind_sniff(struct str head, const char **why)
{
	const struct kind *best = NULL;
	int best_score = 0;
	if (head.n == 0) {
		*why = "empty file";
		return NULL;
	}
	if (memchr(head.p, '\0', head.n)) {
		*why = "binary content (NUL bytes), not a text evidence format";
		return NULL;
	}
	for (size_t i = 0; i < nkinds; i++) {
		int s = kinds[i]->sniff(head);
		if (s > best_score) {
			best_score = s;
			best = kinds[i];
		}
	}
	if (best_score < KIND_MIN_SCORE) {
		*why = "content matches no known kind (use --as KIND to force one; 'retrace kinds' "
		       "lists them)";
		return NULL;
	}
	*why = "recognised from content";
	return best;
}

/* Up to n non-empty lines of head. */
static int head_lines(struct str head, struct str *out, int n)
{
	int k = 0;
	while (head.n && k < n) {
		struct str l = str_cut(&head, '\n');
		if (head.n == 0 && l.p + l.n == head.p && k > 0)
			break; /* possibly cut mid-line by the peek; ignore the tail */
		if (str_trim(l).n)
			out[k++] = l;
	}
	return k;
}

int sniff_syslog(struct str head)
{
	struct str lines[8];
	int n = head_lines(head, lines, 8), ok = 0, known = 0;
	for (int i = 0; i < n; i++) {
		struct syslog_line sl;
		struct diag d = {0};
		if (syslog_parse(lines[i], &sl, &d) == 0) {
			ok++;
			if (decode_knows_program(sl.program))
				known++;
		}
	}
	if (n == 0 || ok * 2 < n)
		return 0;
	return 40 + 40 * ok / n + (known ? 20 : 0);
}

/* "Name: value" with an RFC 5322 field name. */
static bool header_line(struct str l)
{
	ptrdiff_t colon = str_chr(l, ':');
	if (colon <= 0 || colon > 76)
		return false;
	for (ptrdiff_t i = 0; i < colon; i++) {
		unsigned char c = (unsigned char)l.p[i];
		if (c <= 32 || c >= 127)
			return false;
	}
	return true;
}

static int message_score(struct str head)
{
	static const char *const names[] = {
		"received:",     "return-path:",  "from:",       "to:",
		"subject:",      "date:",         "message-id:", "mime-version:",
		"delivered-to:", "content-type:", "x-"};
	int hits = 0, lines = 0;
	while (head.n && lines < 60) {
		struct str l = str_cut(&head, '\n');
		if (l.n && l.p[l.n - 1] == '\r')
			l.n--;
		if (l.n == 0)
			break; /* end of headers */
		lines++;
		if (l.p[0] == ' ' || l.p[0] == '\t')
			continue; /* folded */
		if (!header_line(l))
			return 0;
		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			if (str_istarts(l, str_from_c(names[i]))) {
				hits++;
				break;
			}
	}
	return hits >= 2 ? (hits >= 4 ? 90 : 60) : 0;
}

int sniff_message(struct str head)
{
	if (str_starts(head, STR("From ")))
		return 0;
	return message_score(head);
}

int sniff_mbox(struct str head)
{
	if (!str_starts(head, STR("From ")))
		return 0;
	str_cut(&head, '\n');
	return message_score(head) ? 95 : 0;
}
