/*
 * syslog.c - the framing every syslog line shares: time, host, program[pid].
 *
 * Shapes accepted (an optional "<PRI>" may precede each):
 *   Mar 14 00:00:09 mail sendmail[12345]: msg          RFC 3164 (day space-padded
 *   Mar  4 00:00:09 mail sendmail[12345]: msg           or not, or zero-padded)
 *   Mar 14 00:00:09 mail sshd: msg                      no [pid]
 *   Mar 14 00:00:09 sshd[12345]: msg                    no host (some relays drop it)
 *   Mar 14 00:00:09 [sshd]: msg, Mar 14 00:00:09 [sshd] msg   bracketed program, no host
 *   Mar 14 00:00:09 <mail.info> mail sm-mta[1]: msg     facility.level token (syslog-ng)
 *   Mar 14 00:00:09 mail last message repeated 3 times  (and "--- last message ... ---")
 *   2024-03-14T00:00:09.123+09:00 mail prog[1]: msg    RFC 3339 (rsyslog)
 *   2020-03-24 08:38:42.344447-0700  mail prog[1]: msg macOS: space for 'T'
 *   <38>1 2019-07-08T17:40:16Z mail sshd 57915 - [sd] msg   RFC 5424
 * The message loses a Solaris "[ID 123456 mail.info] " prefix, and rsyslog's
 * "message repeated N times: [ msg ]" becomes msg with repeated = N.
 * Every slice points into the line; lines over LINE_MAX_BYTES are refused.
 */
#include <string.h>

#include "decode/decode.h"

/* Byte classes of the framing scanners: one table load per byte. */
enum { C_BLANK = 1, C_PROG_END = 2 };
static const unsigned char cls[256] = {
	[' '] = C_BLANK | C_PROG_END, ['\t'] = C_BLANK,   ['['] = C_PROG_END,
	[']'] = C_PROG_END,           [':'] = C_PROG_END,
};

/* The token before the next blank; *s advances past it (not past the blank). */
static struct str take_token(struct str *s)
{
	size_t i = 0;
	while (i < s->n && !(cls[(unsigned char)s->p[i]] & C_BLANK))
		i++;
	struct str tok = str_sub(*s, 0, i);
	*s = str_skip(*s, i);
	return tok;
}

/* "<PRI>" with 1-3 digits, value <= 191. */
static bool take_pri(struct str *s)
{
	size_t i = 1;
	unsigned v = 0;
	if (s->n < 3 || s->p[0] != '<')
		return false;
	while (i < s->n && i <= 3 && ascii_digit(s->p[i]))
		v = v * 10 + (unsigned)(s->p[i++] - '0');
	if (i == 1 || i >= s->n || s->p[i] != '>' || v > 191)
		return false;
	*s = str_skip(*s, i + 1);
	return true;
}

/*
 * A syslog time at the start of s. Also takes the macOS form with a space
 * instead of the 'T' by rewriting a short copy (no allocation).
 */
static int take_time(struct str *s, struct civil *c)
{
	size_t used;
	if (time_parse_syslog(*s, c, &used) == 0) {
		*s = str_skip(*s, used);
		return 0;
	}
	if (s->n > 16 && ascii_digit(s->p[0]) && s->p[4] == '-' && s->p[10] == ' ' &&
	    ascii_digit(s->p[11])) {
		char buf[48];
		size_t n = s->n < sizeof(buf) ? s->n : sizeof(buf);
		memcpy(buf, s->p, n);
		buf[10] = 'T';
		if (time_parse_syslog((struct str){buf, n}, c, &used) == 0 && used < n) {
			*s = str_skip(*s, used);
			return 0;
		}
	}
	return -1;
}

/* "last message repeated N times" (optionally framed in "--- ... ---"). */
static bool take_last_repeated(struct str s, uint32_t *n)
{
	uint64_t v;
	if (!s.n || (s.p[0] != '-' && s.p[0] != 'l'))
		return false; /* the common case, decided by the first byte */
	if (str_starts(s, STR("--- ")))
		s = str_skip(s, 4);
	if (!str_starts(s, STR("last message repeated ")))
		return false;
	s = str_skip(s, 22);
	if (str_take_digits(&s, &v) == 0 || v > UINT32_MAX || !str_starts(s, STR(" time")))
		return false;
	*n = (uint32_t)v;
	return true;
}

/* Message clean-ups that belong to the syslog layer, not to any program. */
static void msg_unwrap(struct syslog_line *out)
{
	struct str m = out->msg;
	uint64_t v;
	if (!m.n || (m.p[0] != '[' && m.p[0] != 'm'))
		return; /* the common case, decided by the first byte */
	if (str_starts(m, STR("[ID ")) && str_chr(m, ']') > 0) {
		ptrdiff_t close = str_chr(m, ']');
		m = str_skip_blanks(str_skip(m, (size_t)close + 1));
	}
	if (str_starts(m, STR("message repeated "))) {
		struct str t = str_skip(m, 17);
		if (str_take_digits(&t, &v) > 0 && v <= UINT32_MAX &&
		    str_starts(t, STR(" times: ["))) {
			t = str_trim(str_skip(t, 9));
			if (t.n && t.p[t.n - 1] == ']')
				t.n--;
			out->repeated = (uint32_t)v;
			m = str_trim(t);
		}
	}
	out->msg = m;
}

/* "name[pid]:" / "name:" / "[name]:" / "[name]" at the start of *s. */
static int take_program(struct str *s, struct syslog_line *out, struct diag *d)
{
	struct str t = *s;
	bool bracketed = t.n && t.p[0] == '[';
	size_t i = bracketed ? 1 : 0, start = i;
	while (i < t.n && !(cls[(unsigned char)t.p[i]] & C_PROG_END))
		i++;
	out->program = str_sub(t, start, i);
	if (bracketed) {
		if (i >= t.n || t.p[i] != ']' || i == start) {
			diag_errorf(d, "expected program name before ':'");
			return -1;
		}
		i++;
		if (i < t.n && t.p[i] == ':')
			i++;
		*s = str_skip_blanks(str_skip(t, i));
		return 0;
	}
	if (i < t.n && t.p[i] == '[') {
		uint64_t pid = 0;
		struct str p = str_skip(t, i + 1);
		size_t nd = str_take_digits(&p, &pid);
		if (nd == 0 || nd > 10 || pid > UINT32_MAX || p.n == 0 || p.p[0] != ']') {
			diag_errorf(d, "expected digits in '%.*s[pid]'", STR_FMT(out->program));
			return -1;
		}
		out->pid = (uint32_t)pid;
		i += nd + 2;
	}
	if (out->program.n == 0 || i >= t.n || t.p[i] != ':') {
		diag_errorf(d, "expected program name before ':'");
		return -1;
	}
	*s = str_skip_blanks(str_skip(t, i + 1));
	return 0;
}

/* A token that is a program without a host in front: "sshd[1]:", "sshd:", "[sshd]". */
static bool looks_like_program(struct str tok)
{
	if (tok.n == 0)
		return false;
	if (tok.p[0] == '[')
		return tok.p[tok.n - 1] == ']' || (tok.n > 2 && str_ends(tok, STR("]:")));
	return tok.p[tok.n - 1] == ':';
}

/* RFC 5424: "1 TIMESTAMP HOST APP PROCID MSGID SD MSG" after the PRI. */
static int parse_5424(struct str s, struct syslog_line *out, struct diag *d)
{
	s = str_skip(s, 2);
	if (s.n && s.p[0] == '-') {
		diag_errorf(d, "expected 'Mmm dd hh:mm:ss' timestamp");
		return -1;
	}
	if (take_time(&s, &out->time) == -1) {
		diag_errorf(d, "expected 'Mmm dd hh:mm:ss' timestamp");
		return -1;
	}
	s = str_skip_blanks(s);
	out->host = take_token(&s);
	s = str_skip_blanks(s);
	out->program = take_token(&s);
	s = str_skip_blanks(s);
	struct str procid = take_token(&s);
	s = str_skip_blanks(s);
	(void)take_token(&s); /* MSGID */
	s = str_skip_blanks(s);
	if (out->program.n == 0 || s.n == 0) {
		diag_errorf(d, "expected program name before ':'");
		return -1;
	}
	if (str_eq(out->host, STR("-")))
		out->host = STR_NULL;
	if (str_eq(out->program, STR("-")))
		out->program = STR_NULL;
	uint64_t pid;
	if (str_to_u64(procid, UINT32_MAX, &pid) == 0)
		out->pid = (uint32_t)pid;
	if (s.p[0] == '-') {
		s = str_skip(s, 1);
	} else {
		/* structured data: one or more [id k="v"...], ']' escaped as \] in values */
		while (s.n && s.p[0] == '[') {
			size_t i = 1;
			bool inq = false;
			while (i < s.n && (inq || s.p[i] != ']')) {
				if (s.p[i] == '\\' && i + 1 < s.n)
					i++;
				else if (s.p[i] == '"')
					inq = !inq;
				i++;
			}
			if (i >= s.n) {
				diag_errorf(d, "expected ']' closing RFC 5424 structured data");
				return -1;
			}
			s = str_skip(s, i + 1);
		}
	}
	s = str_skip_blanks(s);
	if (str_starts(s, STR("\xEF\xBB\xBF")))
		s = str_skip(s, 3);
	out->msg = s;
	msg_unwrap(out);
	return 0;
}

/*
 * The shape of nearly every line, "Mmm dd hh:mm:ss host prog[pid]: msg",
 * read with plain indexes straight into out. false: some other shape (or a
 * malformed line), for the general path below to read or refuse; when true,
 * out holds exactly what the general path would have produced.
 */
static bool parse_common(struct str s, struct syslog_line *out, struct stamp_cache *cache)
{
	size_t used;
	if (s.n < 17 || s.p[0] == '<' || s.p[15] != ' ')
		return false;
	if (cache && cache->time.month && mem_eq(s.p, cache->text, 15)) {
		out->time = cache->time;
	} else {
		if (time_parse_syslog(s, &out->time, &used) == -1 || used != 15)
			return false;
		if (cache) {
			memcpy(cache->text, s.p, 15);
			cache->time = out->time;
		}
	}
	const char *p = s.p, *e = s.p + s.n;
	size_t i = 16;
	while (i < s.n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	/* a facility token, "last message repeated", or a line without a host: general path */
	if (i >= s.n || p[i] == '<' || p[i] == '[' || p[i] == '-' ||
	    (p[i] == 'l' && str_starts((struct str){p + i, s.n - i}, STR("last message"))))
		return false;
	size_t h = i;
	while (i < s.n && !(cls[(unsigned char)p[i]] & C_BLANK))
		i++;
	if (p[i - 1] == ':' || i >= s.n)
		return false;
	out->host = (struct str){p + h, i - h};
	while (i < s.n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (i >= s.n || p[i] == '[' || p[i] == '-' ||
	    (p[i] == 'l' && str_starts((struct str){p + i, s.n - i}, STR("last message"))))
		return false;
	size_t g = i;
	while (i < s.n && !(cls[(unsigned char)p[i]] & C_PROG_END))
		i++;
	if (i == g || i >= s.n)
		return false;
	out->program = (struct str){p + g, i - g};
	out->pid = 0;
	if (p[i] == '[') {
		uint32_t pid = 0;
		size_t nd = 0;
		i++;
		while (i < s.n && ascii_digit(p[i]) && nd < 9) {
			pid = pid * 10 + (uint32_t)(p[i++] - '0');
			nd++;
		}
		if (nd == 0 || i >= s.n || p[i] != ']')
			return false; /* also ten or more digits: the general path decides */
		out->pid = pid;
		i++;
	}
	if (i >= s.n || p[i] != ':')
		return false;
	i++;
	while (i < s.n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	out->msg = (struct str){p + i, (size_t)(e - (p + i))};
	out->repeated = 0;
	msg_unwrap(out);
	return true;
}

int syslog_parse(struct str line, struct syslog_line *out, struct diag *d)
{
	return syslog_parse_cached(line, out, NULL, d);
}

int syslog_parse_cached(struct str line, struct syslog_line *out, struct stamp_cache *cache,
			struct diag *d)
{
	struct str s = line;

	if (line.n > LINE_MAX_BYTES) {
		diag_errorf(d, "line longer than %d bytes, skipped", LINE_MAX_BYTES);
		return -1;
	}
	while (s.n && (s.p[s.n - 1] == '\n' || s.p[s.n - 1] == '\r'))
		s.n--;
	if (parse_common(s, out, cache))
		return 0;
	struct syslog_line sl = {0};
	if (take_pri(&s) && s.n > 2 && s.p[0] == '1' && s.p[1] == ' ') {
		if (parse_5424(s, &sl, d) == -1)
			return -1;
		*out = sl;
		return 0;
	}
	if (take_time(&s, &sl.time) == -1) {
		diag_errorf(d, "expected 'Mmm dd hh:mm:ss' timestamp");
		return -1;
	}
	if (s.n == 0 || (s.p[0] != ' ' && s.p[0] != '\t')) {
		diag_errorf(d, "expected a space after the timestamp");
		return -1;
	}
	s = str_skip_blanks(s);
	if (s.n && s.p[0] == '<') {
		struct str peek = s;
		struct str facility = take_token(&peek);
		if (facility.n > 2 && facility.p[facility.n - 1] == '>')
			s = str_skip_blanks(peek); /* "<mail.info>" */
	}
	if (take_last_repeated(s, &sl.repeated)) {
		sl.msg = s;
		*out = sl;
		return 0;
	}
	struct str rest = s;
	struct str tok = take_token(&rest);
	if (!looks_like_program(tok)) {
		sl.host = tok;
		s = str_skip_blanks(rest);
		if (take_last_repeated(s, &sl.repeated)) {
			sl.msg = s;
			*out = sl;
			return 0;
		}
	}
	if (s.n == 0) {
		diag_errorf(d, "expected program name before ':'");
		return -1;
	}
	if (take_program(&s, &sl, d) == -1)
		return -1;
	sl.msg = s;
	msg_unwrap(&sl);
	*out = sl;
	return 0;
}
