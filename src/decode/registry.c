/*
 * registry.c - the const table of line decoders and the dispatch on a syslog
 * program name, plus decode_syslog_line, the one call that takes a raw line
 * to an event. A program name matches an entry exactly, by prefix when the
 * entry ends in '*' ("sendmail*"), or as "entry/anything" ("postfix/smtpd"
 * for an entry "postfix").
 */
#include "decode/decoders.h"

static const struct line_decoder *const decoders[] = {
	&decoder_sendmail, &decoder_sshd, &decoder_postfix, &decoder_exim,
	&decoder_dovecot,  &decoder_pam,  &decoder_kernel,  &decoder_snort,
};

static bool program_matches(struct str program, const char *pattern)
{
	if (program.p[0] != pattern[0])
		return false; /* the common case, decided without measuring the pattern */
	struct str pat = str_from_c(pattern);
	if (pat.n && pat.p[pat.n - 1] == '*')
		return str_starts(program, str_sub(pat, 0, pat.n - 1));
	if (str_eq(program, pat))
		return true;
	return program.n > pat.n && str_starts(program, pat) && program.p[pat.n] == '/';
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

int decode_syslog_line(struct str line, struct syslog_clock *clk, struct event *ev, struct diag *d)
{
	struct syslog_line sl;

	event_clear(ev);
	if (syslog_parse(line, &sl, d) == -1)
		return -1;
	ev->when = sl.time;
	ev->ts = syslog_clock_resolve(clk, &sl.time);
	ev->tz_offset_min = sl.time.offset_min;
	ev->host = sl.host;
	ev->program = sl.program;
	ev->pid = sl.pid;
	if (sl.repeated)
		ev->count = sl.repeated;
	const struct line_decoder *dec = decode_for_program(sl.program);
	if (!dec || sl.msg.n == 0 || (sl.repeated && sl.program.n == 0))
		return 0;
	return dec->decode(&sl, ev, d);
}
