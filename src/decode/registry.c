/*
 * registry.c - the const table of line decoders and the dispatch on a syslog
 * program name, plus decode_syslog_line, the one call that takes a raw line
 * to an event. A program name matches an entry exactly, by prefix when the
 * entry ends in '*' ("sendmail*"), or as "entry/anything" ("postfix/smtpd"
 * for an entry "postfix").
 */
#include <string.h>

#include "decode/decoders.h"

static const struct line_decoder *const decoders[] = {
	&decoder_sendmail, &decoder_sshd, &decoder_postfix, &decoder_exim,
	&decoder_dovecot,  &decoder_pam,  &decoder_kernel,  &decoder_snort,
};

/* pattern: exact, "prefix*", or matching "pattern/anything"; no strlen, no allocation */
static bool program_matches(struct str program, const char *pattern)
{
	size_t i = 0;
	for (; pattern[i]; i++) {
		if (pattern[i] == '*' && !pattern[i + 1])
			return true;
		if (i >= program.n || program.p[i] != pattern[i])
			return false;
	}
	return i == program.n || program.p[i] == '/';
}

const struct line_decoder *decode_for_program(struct str program)
{
	if (program.n == 0)
		return NULL;
	for (size_t i = 0; i < sizeof(decoders) / sizeof(decoders[0]); i++)
		for (const char *const *p = decoders[i]->programs; *p; p++)
			if (program_matches(program, *p))
				return decoders[i];
	return NULL;
}

bool decode_knows_program(struct str program)
{
	return decode_for_program(program) != NULL;
}

/*
 * decode_for_program through the cache: two-way sets keyed by a cheap hash of
 * the name; a hit or a new entry goes to the front of its set, the entry it
 * displaces to the back, so two busy programs sharing a set both stay.
 */
static const struct line_decoder *cached_decoder(struct decode_cache *cache, struct str program)
{
	if (!cache || program.n == 0 || program.n > DECODE_CACHE_NAME)
		return decode_for_program(program);
	size_t set = (program.n * 31u + (unsigned char)program.p[0] * 7u +
		      (unsigned char)program.p[program.n / 2] * 3u +
		      (unsigned char)program.p[program.n - 1]) %
		     (DECODE_CACHE_SLOTS / 2);
	struct decode_cache_slot *w = &cache->slot[2 * set];
	if (w[0].n == program.n && mem_eq(w[0].name, program.p, program.n))
		return w[0].dec;
	struct decode_cache_slot hit;
	if (w[1].n == program.n && mem_eq(w[1].name, program.p, program.n)) {
		hit = w[1];
	} else {
		hit.n = (uint8_t)program.n;
		memcpy(hit.name, program.p, program.n);
		hit.dec = decode_for_program(program);
	}
	w[1] = w[0];
	w[0] = hit;
	return hit.dec;
}

int decode_syslog_known(struct str line, struct syslog_clock *clk, struct decode_cache *cache,
			struct event *ev, struct diag *d, bool *known)
{
	struct syslog_line sl;

	event_clear(ev);
	if (known)
		*known = false;
	if (syslog_parse_cached(line, &sl, cache ? &cache->stamp : NULL, d) == -1)
		return -1;
	ev->when = sl.time;
	ev->ts = syslog_clock_resolve(clk, &sl.time);
	ev->tz_offset_min = sl.time.offset_min;
	ev->host = sl.host;
	ev->program = sl.program;
	ev->pid = sl.pid;
	if (sl.repeated)
		ev->count = sl.repeated;
	const struct line_decoder *dec = cached_decoder(cache, sl.program);
	if (known)
		*known = dec != NULL;
	if (!dec || sl.msg.n == 0 || (sl.repeated && sl.program.n == 0))
		return 0;
	return dec->decode(&sl, ev, d);
}

int decode_syslog_line(struct str line, struct syslog_clock *clk, struct event *ev, struct diag *d)
{
	return decode_syslog_known(line, clk, NULL, ev, d, NULL);
}
