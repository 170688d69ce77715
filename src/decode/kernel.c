/*
 * kernel.c - the kernel decoder (program "kernel"): netfilter LOG / NFLOG
 * lines written by iptables, nftables, ufw and firewalld, the only kernel
 * messages retrace uses. A line is
 *
 *   [12345.678901] PREFIX IN=eth0 OUT= MAC=... SRC=218.49.112.67 DST=192.168.1.12
 *       LEN=60 TOS=0x00 PREC=0x00 TTL=50 ID=1 DF PROTO=TCP SPT=51515 DPT=23
 *       WINDOW=29200 RES=0x00 SYN URGP=0
 *
 * (the uptime stamp is optional, and PREFIX is the rule's --log-prefix, which
 * may be empty or run straight into "IN=", as in OpenWrt's "DROP(src wan)IN=").
 *   -> EV_FW_PACKET: src_ip/dst_ip, src_port/dst_port (SPT/DPT), proto the
 *      PROTO= text (TCP, UDP, ICMP, or a number), rule_name the prefix without
 *      blanks, a trailing ':' or enclosing [] ("FW-DROP", "UFW BLOCK"),
 *      blocked when the prefix says DROP, REJECT, DENY or BLOCK (any case),
 *      service that of the destination port for TCP and UDP.
 * A line is a packet when it holds "IN=", "SRC=" and "DST=" fields; every
 * other kernel line is EV_NONE. Malformed (-1): an empty message, a SRC= or
 * DST= that is no address, a SPT= or DPT= that is not a port number. Fields
 * are read after "IN=" only, the first occurrence of each, and not inside the
 * "[SRC=... ]" an ICMP error quotes of the offending packet. Every slice
 * points into the line.
 */
#include "decode/decoders.h"

/* "[ 12345.678901] " at the start of s: skipped. */
static struct str skip_uptime(struct str s)
{
	if (!s.n || s.p[0] != '[')
		return s;
	size_t i = 1;
	while (i < s.n && s.p[i] == ' ')
		i++;
	size_t start = i;
	while (i < s.n && (ascii_digit(s.p[i]) || s.p[i] == '.'))
		i++;
	if (i == start || i >= s.n || s.p[i] != ']')
		return s;
	return str_skip_blanks(str_skip(s, i + 1));
}

/* Offset of the "IN=" field: at the start or after a blank, ')', ']' or ':'; -1 if none. */
static ptrdiff_t find_in(struct str s)
{
	size_t base = 0;
	for (ptrdiff_t at; (at = str_find(str_skip(s, base), STR("IN="))) >= 0;) {
		size_t pos = base + (size_t)at;
		char c = pos ? s.p[pos - 1] : ' ';
		if (c == ' ' || c == ')' || c == ']' || c == ':')
			return (ptrdiff_t)pos;
		base = pos + 1;
	}
	return -1;
}

/* The fields retrace reads; .p is NULL for a key that does not occur. */
struct nf_fields {
	struct str src, dst, proto, spt, dpt;
};

/* If tok is "KEY=value" for key "KEY=", its value into *slot unless an earlier token set it. */
static inline void take_first(struct str tok, struct str key, struct str *slot)
{
	if (!slot->p && str_starts(tok, key))
		*slot = str_skip(tok, key.n);
}

/*
 * The first SRC=, DST=, PROTO=, SPT= and DPT= of the blank-separated tokens
 * of s, in one pass; the scan stops at a token starting with '[' (an ICMP
 * error quoting the offending packet) and once all five are found.
 */
static void scan_fields(struct str s, struct nf_fields *f)
{
	*f = (struct nf_fields){STR_NULL, STR_NULL, STR_NULL, STR_NULL, STR_NULL};
	while (s.n) {
		struct str tok = str_cut(&s, ' ');
		if (!tok.n)
			continue;
		switch (tok.p[0]) {
		case '[':
			return;
		case 'S':
			take_first(tok, STR("SRC="), &f->src);
			take_first(tok, STR("SPT="), &f->spt);
			break;
		case 'D':
			take_first(tok, STR("DST="), &f->dst);
			take_first(tok, STR("DPT="), &f->dpt);
			break;
		case 'P':
			take_first(tok, STR("PROTO="), &f->proto);
			break;
		default:
			continue;
		}
		if (f->dpt.p && f->spt.p && f->proto.p && f->src.p && f->dst.p)
			return;
	}
}

static int take_ip(struct str v, const char *key, struct ip *ip, bool *has, struct diag *d)
{
	if (ip_parse(v, ip) == -1) {
		diag_errorf(d, "%s=: expected an IP address, got '%.*s'", key,
			    STR_FMT(str_sub(v, 0, 48)));
		return -1;
	}
	*has = true;
	return 0;
}

/* A port field's value (.p NULL: absent, the port stays 0). */
static int take_port(struct str v, const char *key, uint16_t *port, struct diag *d)
{
	uint64_t n;
	if (!v.p)
		return 0;
	if (str_to_u64(v, 65535, &n) == -1) {
		diag_errorf(d, "%s=: expected a port number 0-65535, got '%.*s'", key,
			    STR_FMT(str_sub(v, 0, 24)));
		return -1;
	}
	*port = (uint16_t)n;
	return 0;
}

/* The log prefix as a rule name: blanks, a trailing ':' and enclosing [] dropped. */
static struct str rule_of(struct str prefix)
{
	prefix = str_trim(prefix);
	if (prefix.n && prefix.p[prefix.n - 1] == ':')
		prefix = str_trim(str_sub(prefix, 0, prefix.n - 1));
	if (prefix.n >= 2 && prefix.p[0] == '[' && prefix.p[prefix.n - 1] == ']' &&
	    str_chr(str_sub(prefix, 1, prefix.n - 1), ']') < 0)
		prefix = str_trim(str_sub(prefix, 1, prefix.n - 1));
	return prefix;
}

/* The rule says DROP, REJECT, DENY or BLOCK anywhere, in any case. */
static bool says_blocked(struct str rule)
{
	for (size_t i = 0; i < rule.n; i++) {
		struct str at = str_skip(rule, i);
		switch (ascii_lower(rule.p[i])) {
		case 'd':
			if (str_istarts(at, STR("DROP")) || str_istarts(at, STR("DENY")))
				return true;
			break;
		case 'r':
			if (str_istarts(at, STR("REJECT")))
				return true;
			break;
		case 'b':
			if (str_istarts(at, STR("BLOCK")))
				return true;
			break;
		default:
			break;
		}
	}
	return false;
}

static int kernel_decode(const struct syslog_line *sl, struct event *ev, struct diag *d)
{
	struct str msg = skip_uptime(str_trim(sl->msg));
	if (msg.n == 0) {
		diag_errorf(d, "empty kernel message");
		return -1;
	}
	ptrdiff_t in = find_in(msg);
	if (in < 0) {
		ev->reason = msg;
		return 0;
	}
	struct nf_fields f;
	scan_fields(str_skip(msg, (size_t)in), &f);
	if (!f.src.p || !f.dst.p) {
		ev->reason = msg;
		return 0;
	}
	ev->kind = EV_FW_PACKET;
	ev->rule_name = rule_of(str_sub(msg, 0, (size_t)in));
	ev->blocked = says_blocked(ev->rule_name);
	if (take_ip(f.src, "SRC", &ev->src_ip, &ev->has_src_ip, d) == -1 ||
	    take_ip(f.dst, "DST", &ev->dst_ip, &ev->has_dst_ip, d) == -1 ||
	    take_port(f.spt, "SPT", &ev->src_port, d) == -1 ||
	    take_port(f.dpt, "DPT", &ev->dst_port, d) == -1)
		return -1;
	ev->proto = f.proto;
	if (ev->dst_port && (str_ieq(ev->proto, STR("TCP")) || str_ieq(ev->proto, STR("UDP"))))
		ev->service = service_from_port(ev->dst_port);
	return 0;
}

static const char *const kernel_programs[] = {"kernel", NULL};

const struct line_decoder decoder_kernel = {
	.name = "kernel",
	.programs = kernel_programs,
	.decode = kernel_decode,
};
