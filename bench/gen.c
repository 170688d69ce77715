/*
 * gen.c - retrace-bench-gen: a deterministic generator of realistic mixed
 * syslog of any size, with scripted attackers and a ground-truth JSON file,
 * for the benchmark in bench/ (bench/README.md). Not part of libretrace: it
 * includes only libc. This file holds the line writer, the clock and the task
 * scheduler, the world and the attackers' plan, the ground truth and main.
 *
 * The world: one organisation (corp.example, 400 accounts, workstations in
 * 10.1.0.0/16, servers in 10.0.0.0/16) with a Postfix MX (mx1), a legacy
 * sendmail relay (mail2), a Dovecot IMAP server (imap1), an exposed SSH
 * bastion, two internal servers (web1, db1) and a netfilter firewall (fw1).
 * Background traffic is split by volume as postfix 35%, sendmail 10%, dovecot
 * 20%, sshd 15%, kernel LOG 10%, cron/PAM/sudo/systemd 10% (a deficit
 * scheduler keeps the byte shares on target) and follows a working week.
 * Benign traffic that must not be flagged: inside users mistyping a password
 * once, remote workers using mail and SSH from one stable home address
 * (rarely mistyping), external mail servers. Internet noise (spam refused by
 * DNSBLs, SSH banner probes, firewall drops) comes from random public
 * addresses and never authenticates.
 *
 * Attackers (their number scales with --size; documentation address blocks):
 *   fast_bruteforce  198.51.100.0/24   hundreds of SSH password failures in minutes
 *   slow_bruteforce  192.0.2.0/24      one SSH or SMTP AUTH guess every 61-300 s for
 *                                      hours (never 3 within 120 s)
 *   spray            203.0.113.1-126   one IMAP or SMTP AUTH guess per account
 *   compromise       203.0.113.129-254 SMTP AUTH guessing on one account, the login
 *                                      that works, then 50-250 messages to external
 *                                      recipients (Postfix or sendmail) and the
 *                                      bounces that come back
 *
 * Time: RFC 3164 stamps, UTC, never going back. The background clock moves
 * with the background volume (386 bytes a second on average: 700 MiB is about
 * three weeks); stories that span seconds to hours (a delivery, a session's
 * end, an attacker's next guess) are tasks in a min-heap ordered by (time,
 * creation order), run before the background line that would pass them.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gen.h"

enum {
	B_AVG = 386,  /* background bytes per second, on average */
	MIB = 1 << 20 /* --size unit "M" */
};

static const uint32_t cat_share_pm[CAT_N] = {350, 100, 200, 150, 100, 100};
static const char *const cat_name[CAT_N] = {"postfix", "sendmail", "dovecot",
					    "sshd",    "kernel",   "other"};
static const char *const host_name[H_N] = {"mx1",  "mail2", "imap1", "bastion",
					   "web1", "db1",   "fw1"};
static const char *const akind_name[A_KINDS] = {"fast_bruteforce", "slow_bruteforce", "spray",
						"compromise"};
static const char *const via_name[] = {"ssh", "smtp", "smtp", "imap"};
/* attackers per 700 MiB, at least, at most (the size of the address block) */
static const uint32_t akind_base[A_KINDS] = {6, 6, 4, 4};
static const uint32_t akind_min[A_KINDS] = {2, 2, 1, 2};
static const uint32_t akind_max[A_KINDS] = {254, 254, 126, 126};

const char *const gen_given[26] = {"anna",  "ben",    "carla",   "david", "emma", "felix", "greta",
				   "hugo",  "ines",   "jonas",   "kim",   "lena", "max",   "nora",
				   "oscar", "paula",  "quentin", "rosa",  "sam",  "tina",  "ugo",
				   "vera",  "walter", "xenia",   "yann",  "zoe"};
const char *const gen_surname[40] = {
	"smith",  "jones",  "taylor",  "brown",    "wilson",  "evans",     "thomas",  "roberts",
	"walker", "wright", "lee",     "park",     "choi",    "kim",       "martin",  "bernard",
	"dubois", "moreau", "laurent", "muller",   "schmidt", "schneider", "fischer", "weber",
	"meyer",  "wagner", "becker",  "rossi",    "russo",   "ferrari",   "garcia",  "lopez",
	"santos", "silva",  "novak",   "kowalski", "nagy",    "horvat",    "jensen",  "nielsen"};

/* The last two only send (newsletters); see NEXT_RCPT. */
const struct ext gen_exts[NEXT] = {
	{"gmail.com", "gmail-smtp-in.l.google.com", "mail-wr1-f", ".google.com", NET(209, 85, 221)},
	{"outlook.com", "outlook-com.olc.protection.outlook.com", "mail-am6eur05olkn20",
	 ".outbound.protection.outlook.com", NET(40, 92, 58)},
	{"hotmail.com", "hotmail-com.olc.protection.outlook.com", "mail-vi1eur04olkn20",
	 ".outbound.protection.outlook.com", NET(40, 92, 74)},
	{"yahoo.com", "mta7.am0.yahoodns.net", "sonic", ".mail.bf2.yahoo.com", NET(98, 137, 68)},
	{"aol.com", "mx-aol.mail.gm0.yahoodns.net", "sonic", ".mail.ne1.yahoo.com",
	 NET(98, 136, 96)},
	{"icloud.com", "mx01.mail.icloud.com", "ms11p00im-qufo", ".me.com", NET(17, 58, 6)},
	{"gmx.de", "mx00.gmx.net", "mout-xforward-", ".gmx.net", NET(212, 227, 15)},
	{"web.de", "mx-ha03.web.de", "mout-", ".web.de", NET(212, 227, 17)},
	{"orange.fr", "smtp-in.orange.fr", "smtp", ".smtp.orange.fr", NET(80, 12, 242)},
	{"comcast.net", "mx1a1.comcast.net", "resqmta-po-", ".sys.comcast.net", NET(96, 114, 157)},
	{"acme-supply.com", "mail.acme-supply.com", "mail", ".acme-supply.com", NET(64, 98, 36)},
	{"northwind-traders.com", "mx.northwind-traders.com", "mx", ".northwind-traders.com",
	 NET(66, 96, 149)},
	{"contoso-logistics.com", "contoso-logistics-com.mail.protection.outlook.com",
	 "mail-dm6nam11on20", ".outbound.protection.outlook.com", NET(104, 47, 55)},
	{"fabrikam.net", "mx1.fabrikam.net", "smtp", ".fabrikam.net", NET(74, 208, 5)},
	{"globex.io", "aspmx.l.google.com", "mail-yb1-f", ".google.com", NET(209, 85, 219)},
	{"initech.biz", "mail.initech.biz", "out", ".initech.biz", NET(69, 163, 140)},
	{"umbrella-health.org", "mx.umbrella-health.org", "relay", ".umbrella-health.org",
	 NET(52, 101, 40)},
	{"wayne-ent.com", "mx.wayne-ent.com", "gw", ".wayne-ent.com", NET(63, 143, 40)},
	{"stark-industries.net", "mx2.stark-industries.net", "mta", ".stark-industries.net",
	 NET(50, 31, 32)},
	{"hooli.com", "mx.hooli.com", "smtp-out", ".hooli.com", NET(34, 102, 136)},
	{"vandelay-imports.com", "mail.vandelay-imports.com", "mail", ".vandelay-imports.com",
	 NET(67, 205, 141)},
	{"bluth-company.com", "mx.bluth-company.com", "mx", ".bluth-company.com",
	 NET(162, 255, 118)},
	{"news.shopmail-retail.com", "mx.shopmail-retail.com", "mta", ".shopmail-retail.com",
	 NET(198, 2, 128)},
	{"mailer.travelnow-deals.com", "mx.travelnow-deals.com", "o", ".travelnow-deals.com",
	 NET(167, 89, 100)},
};

/* First octets of the random address spaces (disjoint from the benign ones above). */
static const uint8_t noise_octets[] = {
	5,   31,  36,  37,  45,  46,  58,  61,  77,  78,  79,  85,  89,  91,  92,  93,  94,
	95,  103, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 121, 122, 123, 124,
	125, 139, 141, 159, 171, 175, 176, 177, 178, 179, 180, 181, 182, 183, 185, 186, 187,
	189, 190, 191, 193, 194, 195, 196, 197, 200, 201, 202, 210, 211, 218, 219, 220, 221};
static const uint8_t home_octets[] = {2, 24, 73, 76, 86, 90, 109, 188};

/* ---- the line writer ------------------------------------------------------ */

static char *put_mem(char *d, const char *s, size_t n)
{
	memcpy(d, s, n);
	return d + n;
}

static char *put_u(char *d, uint64_t v)
{
	char t[24];
	int n = 0;
	do {
		t[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		*d++ = t[--n];
	return d;
}

char *put_u0(char *d, uint64_t v, int width)
{
	for (int i = width - 1; i >= 0; i--) {
		d[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return d + width;
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

char *put_b64(char *d, uint64_t v, int n)
{
	for (int i = 0; i < n; i++) {
		*d++ = b64[v & 63];
		v >>= 6;
	}
	return d;
}

static char *put_ip(char *d, uint32_t ip)
{
	for (int shift = 24; shift > 0; shift -= 8) {
		d = put_u(d, (ip >> shift) & 255);
		*d++ = '.';
	}
	return put_u(d, ip & 255);
}

char *putf(char *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	for (;;) {
		const char *pct = strchr(fmt, '%');
		size_t lit = pct ? (size_t)(pct - fmt) : strlen(fmt);
		d = put_mem(d, fmt, lit);
		if (!pct)
			break;
		fmt = pct + 2;
		switch (pct[1]) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			d = put_mem(d, s, strlen(s));
			break;
		}
		case 'u':
			d = put_u(d, va_arg(ap, unsigned));
			break;
		case 'U':
			d = put_u(d, va_arg(ap, uint64_t));
			break;
		case 'I':
			d = put_ip(d, va_arg(ap, unsigned));
			break;
		case 'Q': {
			uint64_t q = va_arg(ap, uint64_t);
			for (int i = 10; i >= 0; i--, q >>= 4)
				d[i] = "0123456789ABCDEF"[q & 15];
			d += 11;
			break;
		}
		default: /* "%%" and anything unknown: the character itself */
			*d++ = pct[1];
			break;
		}
	}
	va_end(ap);
	return d;
}

static int gen_flush(struct gen *g)
{
	if (g->n && fwrite(g->buf, 1, g->n, g->f) != g->n)
		return -1;
	g->n = 0;
	return 0;
}

static void die(const char *what)
{
	fprintf(stderr, "retrace-bench-gen: %s: %s\n", what, strerror(errno));
	exit(1);
}

static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

const char *stamp_of(struct gen *g, int64_t t)
{
	if (t == g->stamp_t)
		return g->stamp;
	int64_t day = t / 86400, s = t % 86400;
	if (day != g->stamp_day) {
		int64_t y, m, d;
		civil_from_days(day, &y, &m, &d);
		memcpy(g->stamp, months + (m - 1) * 3, 3);
		g->stamp[3] = ' ';
		g->stamp[4] = (char)(d < 10 ? ' ' : '0' + d / 10);
		g->stamp[5] = (char)('0' + d % 10);
		g->stamp[6] = ' ';
		g->stamp_day = day;
	}
	char *p = put_u0(g->stamp + 7, (uint64_t)(s / 3600), 2);
	*p++ = ':';
	p = put_u0(p, (uint64_t)(s / 60 % 60), 2);
	*p++ = ':';
	put_u0(p, (uint64_t)(s % 60), 2);
	g->stamp_t = t;
	return g->stamp;
}

char *line_begin(struct gen *g, int64_t t, enum host_id h, const char *prog, uint32_t pid)
{
	if (g->n + LINE_ROOM > OUT_CHUNK && gen_flush(g) == -1)
		die("write");
	char *d = put_mem(g->buf + g->n, stamp_of(g, t), 15);
	g->last_t = t;
	*d++ = ' ';
	d = put_mem(d, g->host[h].name, g->host[h].len);
	*d++ = ' ';
	d = put_mem(d, prog, strlen(prog));
	if (pid)
		d = putf(d, "[%u]", pid);
	*d++ = ':';
	*d++ = ' ';
	return d;
}

void line_end(struct gen *g, char *d, enum cat c)
{
	*d++ = '\n';
	size_t len = (size_t)(d - (g->buf + g->n));
	g->n += len;
	g->total += len;
	g->cat_bytes[c] += len;
	g->lines++;
}

/* ---- calendar ------------------------------------------------------------ */

/* Days since 1970-01-01 of a civil date, and back (Hinnant's algorithms). */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int64_t *y, int64_t *m, int64_t *d)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

/* "2024-03-01T12:34:56Z" into b (32 bytes). */
static void iso_time(int64_t t, char *b)
{
	int64_t y, m, d, s = t % 86400;
	civil_from_days(t / 86400, &y, &m, &d);
	snprintf(b, 32, "%04d-%02d-%02dT%02d:%02d:%02dZ", (int)y, (int)m, (int)d, (int)(s / 3600),
		 (int)(s / 60 % 60), (int)(s % 60));
}

/* ---- processes and addresses ---------------------------------------------- */

uint32_t host_newpid(struct gen *g, enum host_id h)
{
	struct host *H = &g->host[h];
	H->next_pid += rng_range(&g->r, 1, 24);
	if (H->next_pid > 4194300)
		H->next_pid = 1000 + rng_below(&g->r, 500);
	return H->next_pid;
}

uint32_t pool_pid(struct gen *g, enum host_id h, enum pool_id p, uint32_t max_use)
{
	struct pool *P = &g->host[h].pool[p];
	uint32_t i = rng_below(&g->r, NPOOL);
	if (P->uses[i] == 0 || P->uses[i] >= max_use) {
		P->pid[i] = host_newpid(g, h);
		P->uses[i] = 0;
	}
	P->uses[i]++;
	return P->pid[i];
}

uint32_t noise_ip(struct rng *r)
{
	uint32_t o = noise_octets[rng_below(r, sizeof(noise_octets))];
	return (o << 24) | (rng_below(r, 1u << 16) << 8) | rng_range(r, 1, 254);
}

uint32_t ext_ip(uint32_t e, uint32_t k)
{
	return gen_exts[e].net | (11 + 17 * (k % EXT_HOSTS));
}

/* ---- tasks --------------------------------------------------------------- */

static bool task_before(const struct task *a, const struct task *b)
{
	return a->t < b->t || (a->t == b->t && a->seq < b->seq);
}

void task_at(struct gen *g, int64_t t, enum tkind k, uint64_t x, uint32_t a, uint32_t b, uint32_t c,
	     uint32_t d)
{
	if (g->nheap == g->capheap) {
		size_t nc = g->capheap ? g->capheap * 2 : 1024;
		struct task *h = realloc(g->heap, nc * sizeof(*h));
		if (!h)
			die("out of memory");
		g->heap = h;
		g->capheap = nc;
	}
	struct task tk = {
		.t = t, .seq = g->seq++, .kind = k, .x = x, .a = a, .b = b, .c = c, .d = d};
	size_t i = g->nheap++;
	while (i > 0 && task_before(&tk, &g->heap[(i - 1) / 2])) {
		g->heap[i] = g->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	g->heap[i] = tk;
}

static struct task task_pop(struct gen *g)
{
	struct task top = g->heap[0], last = g->heap[--g->nheap];
	size_t i = 0, n = g->nheap;
	for (size_t c; (c = 2 * i + 1) < n; i = c) {
		if (c + 1 < n && task_before(&g->heap[c + 1], &g->heap[c]))
			c++;
		if (!task_before(&g->heap[c], &last))
			break;
		g->heap[i] = g->heap[c];
	}
	if (n)
		g->heap[i] = last;
	return top;
}

static void run_task(struct gen *g, const struct task *tk)
{
	uint64_t before = g->total;
	switch (tk->kind) {
	case T_ACTOR:
		actor_step(g, tk->a, tk->t);
		g->actor_bytes += g->total - before;
		break;
	case T_PF_DELIVER:
	case T_PF_RETRY:
		pf_deliver_task(g, tk);
		break;
	case T_DC_LOGOUT:
		dc_logout(g, tk->t, tk->a, tk->b, tk->c != 0, tk->x);
		break;
	case T_DC_RETRY:
		dc_login(g, tk->t, tk->a, tk->b, false);
		break;
	case T_SSH_CLOSE:
		ssh_close_task(g, tk);
		break;
	case T_SSH_RETRY:
		ssh_login(g, tk->t, (enum host_id)tk->b, tk->a, g->user[tk->a].login,
			  (uint32_t)tk->x, true);
		break;
	case T_BOUNCE_IN:
		if (tk->c)
			pf_inbound(g, tk->t, tk->b, tk->a, true);
		else
			sm_inbound(g, tk->t, tk->b, tk->a, true);
		g->actor_bytes += g->total - before;
		break;
	}
}

static void run_tasks_until(struct gen *g, int64_t now)
{
	while (g->nheap && g->heap[0].t <= now) {
		struct task tk = task_pop(g);
		run_task(g, &tk);
	}
}

/* ---- the clock ------------------------------------------------------------ */

/* Background volume factor (per mille, mean 1000) of the hour containing t. */
static uint32_t diurnal(const struct gen *g, int64_t t)
{
	return g->diurnal_pm[(t / 86400 + 4) % 7][(t % 86400) / 3600];
}

static void diurnal_init(struct gen *g)
{
	static const uint32_t hour_w[24] = {300,  300,  300,  300,  300,  300,  500,  800,
					    1500, 1500, 1500, 1500, 1200, 1500, 1500, 1500,
					    1500, 1100, 800,  800,  800,  500,  500,  500};
	uint64_t sum = 0, w[7][24];
	for (int wd = 0; wd < 7; wd++)
		for (int h = 0; h < 24; h++) {
			w[wd][h] = (wd == 0 || wd == 6) ? hour_w[h] * 45 / 100 : hour_w[h];
			sum += w[wd][h];
		}
	for (int wd = 0; wd < 7; wd++)
		for (int h = 0; h < 24; h++)
			g->diurnal_pm[wd][h] = (uint32_t)(w[wd][h] * 168 * 1000 / sum);
}

/* Seconds of background that the size makes, following the weekly rhythm. */
static int64_t plan_span(struct gen *g)
{
	uint64_t acc = 0, want = g->size - g->size / 64; /* attackers add about 1.5% */
	int64_t span = 0;
	while (acc < want) {
		acc += (uint64_t)3600 * B_AVG * diurnal(g, g->start + span) / 1000;
		span += 3600;
	}
	return span;
}

/* The category furthest below its share (with jitter, so the order is no cycle). */
static enum cat pick_cat(struct gen *g)
{
	enum cat best = CAT_POSTFIX;
	int64_t best_def = INT64_MIN;
	for (int c = 0; c < CAT_N; c++) {
		int64_t def = (int64_t)(g->total * cat_share_pm[c] / 1000) -
			      (int64_t)g->cat_bytes[c] + (int64_t)rng_below(&g->r, 6000);
		if (def > best_def) {
			best_def = def;
			best = (enum cat)c;
		}
	}
	return best;
}

static void background(struct gen *g, int64_t now)
{
	switch (pick_cat(g)) {
	case CAT_POSTFIX:
		bg_postfix(g, now);
		break;
	case CAT_SENDMAIL:
		bg_sendmail(g, now);
		break;
	case CAT_DOVECOT:
		bg_dovecot(g, now);
		break;
	case CAT_SSHD:
		bg_sshd(g, now);
		break;
	case CAT_KERNEL:
		bg_kernel(g, now);
		break;
	case CAT_OTHER:
	case CAT_N:
		bg_other(g, now);
		break;
	}
}

/* ---- the world and the attackers' plan ----------------------------------- */

static void world_init(struct gen *g)
{
	for (int h = 0; h < H_N; h++) {
		struct host *H = &g->host[h];
		H->name = host_name[h];
		H->len = strlen(H->name);
		H->next_pid = 2000 + rng_below(&g->r, 300000);
		H->qmgr_pid = host_newpid(g, (enum host_id)h);
		H->anvil_pid = host_newpid(g, (enum host_id)h);
		H->logind_pid = host_newpid(g, (enum host_id)h);
	}
	for (uint32_t u = 0; u < NUSERS; u++) {
		struct user *U = &g->user[u];
		snprintf(U->login, sizeof(U->login), "%c%s", gen_given[u % 26][0],
			 gen_surname[u / 26]);
		U->ws_ip = NET(10, 1, 1 + u / 200) | (10 + u % 200);
		U->remote = rng_pct(&g->r, 10) && u < USER_BACKUP;
		U->heavy = rng_pct(&g->r, 10);
		uint32_t o = home_octets[rng_below(&g->r, sizeof(home_octets))];
		U->home_ip =
			(o << 24) | (rng_below(&g->r, 1u << 16) << 8) | rng_range(&g->r, 2, 254);
	}
}

static uint32_t scaled(uint64_t size, enum akind k)
{
	uint64_t n = (akind_base[k] * size + 350 * (uint64_t)MIB) / (700 * (uint64_t)MIB);
	return (uint32_t)(n < akind_min[k] ? akind_min[k] : n > akind_max[k] ? akind_max[k] : n);
}

/* Host bytes first..first+n-1 of an address block, in a seeded order. */
static void shuffle(struct gen *g, uint8_t *v, uint32_t n, uint32_t first)
{
	for (uint32_t i = 0; i < n; i++)
		v[i] = (uint8_t)(first + i);
	for (uint32_t i = n - 1; i > 0; i--) {
		uint32_t j = rng_below(&g->r, i + 1);
		uint8_t x = v[i];
		v[i] = v[j];
		v[j] = x;
	}
}

static int64_t start_between(struct gen *g, int64_t lo, int64_t hi)
{
	return hi <= lo ? lo : lo + (int64_t)rng_below(&g->r, (uint32_t)(hi - lo));
}

/* Plan one attacker of kind k (the i-th); lo..hi is where attacks may start. */
static void actor_plan(struct gen *g, struct actor *a, enum akind k, uint32_t i,
		       const uint8_t *host_byte, const uint16_t *victims, uint32_t nv, int64_t lo,
		       int64_t hi)
{
	a->kind = k;
	a->first = a->last = -1;
	switch (k) {
	case A_FAST:
		a->ip = NET(198, 51, 100) | host_byte[i];
		a->via = VIA_SSH;
		a->attempts = rng_range(&g->r, 150, 700);
		a->scan_left = rng_pct(&g->r, 50) ? rng_range(&g->r, 8, 30) : 0;
		a->start = start_between(g, lo, hi - 1800);
		break;
	case A_SLOW: {
		a->ip = NET(192, 0, 2) | host_byte[i];
		a->via = i % 3 == 0 ? VIA_SSH : i % 3 == 1 ? VIA_POSTFIX : VIA_SENDMAIL;
		int64_t room = (hi - lo) * 45 / 100 / 185; /* guesses that fit in 45% of it */
		uint32_t want = rng_range(&g->r, 40, 150);
		a->attempts = room < 8 ? 8 : room < want ? (uint32_t)room : want;
		a->start = start_between(g, lo, hi - (int64_t)a->attempts * 185);
		break;
	}
	case A_SPRAY:
		a->ip = NET(203, 0, 113) | host_byte[i];
		a->via = i % 2 == 0 ? VIA_DOVECOT : VIA_POSTFIX;
		a->attempts = rng_range(&g->r, 30, 150);
		a->spray_off = rng_below(&g->r, NUSERS);
		a->spray_step = 7 + 2 * rng_below(&g->r, 30); /* odd */
		while (a->spray_step % 5 == 0)                /* and coprime with 400 */
			a->spray_step += 2;
		a->start = start_between(g, lo, hi - (int64_t)a->attempts * 60);
		break;
	case A_COMP:
		a->ip = NET(203, 0, 113) | host_byte[i];
		a->via = i % 5 < 3 ? VIA_POSTFIX : VIA_SENDMAIL;
		a->user = victims[i % nv];
		a->attempts = rng_range(&g->r, 8, 40);
		a->burst_left = rng_range(&g->r, 50, 250);
		a->start = start_between(g, lo, hi - 4 * 3600);
		break;
	case A_KINDS:
		break;
	}
}

static void actors_init(struct gen *g)
{
	uint32_t n[A_KINDS], total = 0;
	for (int k = 0; k < A_KINDS; k++)
		total += n[k] = scaled(g->size, (enum akind)k);
	g->actor = calloc(total, sizeof(*g->actor));
	if (!g->actor)
		die("out of memory");
	uint8_t bytes[A_KINDS][254];
	shuffle(g, bytes[A_FAST], 254, 1);
	shuffle(g, bytes[A_SLOW], 254, 1);
	shuffle(g, bytes[A_SPRAY], 126, 1);
	shuffle(g, bytes[A_COMP], 126, 129);
	/* victims: ordinary users (not administrators, not remote workers) */
	uint16_t victims[NUSERS];
	uint32_t nv = 0;
	for (uint32_t u = NADMINS; u < USER_BACKUP; u++)
		if (!g->user[u].remote && rng_pct(&g->r, 50))
			victims[nv++] = (uint16_t)u;
	int64_t lo = g->span * 3 / 100, hi = g->span * 85 / 100;
	for (int k = 0; k < A_KINDS; k++)
		for (uint32_t i = 0; i < n[k]; i++) {
			struct actor *a = &g->actor[g->nactor];
			actor_plan(g, a, (enum akind)k, i, bytes[k], victims, nv, lo, hi);
			task_at(g, g->start + a->start, T_ACTOR, 0, (uint32_t)g->nactor++, 0, 0, 0);
		}
}

/* ---- ground truth --------------------------------------------------------- */

static void json_ip(FILE *f, uint32_t ip, bool *first)
{
	char b[20];
	*putf(b, "%I", ip) = '\0';
	fprintf(f, "%s\"%s\"", *first ? "" : ", ", b);
	*first = false;
}

static int write_truth(struct gen *g, const char *path, uint64_t seed, int year)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	char b[20], t1[32], t2[32];
	iso_time(g->start, t1);
	iso_time(g->last_t, t2);
	fprintf(f,
		"{\n\"generator\": \"retrace-bench-gen\", \"seed\": %llu, \"size\": %llu, "
		"\"bytes\": %llu, \"lines\": %llu,\n\"start\": \"%s\", \"end\": \"%s\", "
		"\"year\": %d, \"tz\": \"+00:00\", \"domain\": \"" DOMAIN "\",\n\"actors\": [\n",
		(unsigned long long)seed, (unsigned long long)g->size, (unsigned long long)g->total,
		(unsigned long long)g->lines, t1, t2, year);
	for (size_t i = 0; i < g->nactor; i++) {
		const struct actor *a = &g->actor[i];
		*putf(b, "%I", a->ip) = '\0';
		iso_time(a->first, t1);
		iso_time(a->last, t2);
		fprintf(f, "{\"ip\": \"%s\", \"kind\": \"%s\", \"service\": \"%s\", ", b,
			akind_name[a->kind], via_name[a->via]);
		if (a->kind == A_COMP)
			fprintf(f,
				"\"account\": \"%s\", \"address\": \"%s@" DOMAIN "\", "
				"\"via\": \"%s\", \"messages\": %u, ",
				g->user[a->user].login, g->user[a->user].login,
				a->via == VIA_POSTFIX ? "postfix" : "sendmail", a->sent);
		fprintf(f, "\"failures\": %u, \"first\": \"%s\", \"last\": \"%s\"}%s\n", a->fails,
			t1, t2, i + 1 < g->nactor ? "," : "");
	}
	/* benign: remote workers' homes, inside addresses that mistyped, mail servers */
	fputs("],\n\"benign_ips\": [", f);
	bool first = true;
	for (uint32_t u = 0; u < NUSERS; u++) {
		if (g->user[u].remote)
			json_ip(f, g->user[u].home_ip, &first);
		if (g->user[u].mistyped)
			json_ip(f, g->user[u].ws_ip, &first);
	}
	for (uint32_t e = 0; e < NEXT; e++)
		for (uint32_t k = 0; k < EXT_HOSTS; k++)
			json_ip(f, ext_ip(e, k), &first);
	fputs("],\n\"remote_workers\": [", f);
	first = true;
	for (uint32_t u = 0; u < NUSERS; u++)
		if (g->user[u].remote) {
			fprintf(f, "%s\"%s\"", first ? "" : ", ", g->user[u].login);
			first = false;
		}
	fputs("],\n\"volume\": {", f);
	for (int c = 0; c < CAT_N; c++)
		fprintf(f, "%s\"%s\": %llu", c ? ", " : "", cat_name[c],
			(unsigned long long)g->cat_bytes[c]);
	fputs("}\n}\n", f);
	return fclose(f) == 0 ? 0 : -1;
}

/* ---- command line ---------------------------------------------------------- */

static int parse_size(const char *s, uint64_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		return -1;
	uint64_t mul = 1;
	if (*end) {
		const char *units = "KkMmGg";
		const char *u = strchr(units, *end);
		if (!u || end[1])
			return -1;
		mul = (uint64_t)1 << (10 * (1 + (u - units) / 2));
	}
	if (v == 0 || v > (1ull << 46) / mul)
		return -1;
	*out = v * mul;
	return 0;
}

static int parse_date(const char *s, int64_t *out)
{
	int y, m, d;
	char extra;
	if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 || y < 1971 || y > 9999 || m < 1 ||
	    m > 12 || d < 1 || d > 31)
		return -1;
	*out = days_from_civil(y, m, d) * 86400;
	return 0;
}

static void usage(FILE *f)
{
	fputs("usage: retrace-bench-gen --size N[K|M|G] --out FILE --truth FILE.json\n"
	      "                         [--seed N] [--year YYYY] [--start YYYY-MM-DD]\n"
	      "Writes about N bytes (binary multiples) of realistic mixed syslog with\n"
	      "scripted attackers, and the ground truth as JSON. Same arguments, same bytes.\n"
	      "Defaults: --seed 42, --start 2024-03-01 (--year Y alone starts Y-03-01).\n",
	      f);
}

struct opts {
	uint64_t size, seed;
	const char *out, *truth, *start;
	int year;
};

/* 0 to run, 1 to exit 0 (help), 2 on a usage error (reported). */
static int parse_args(int argc, char **argv, struct opts *o)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		char *end;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 1;
		}
		if (!v) {
			fprintf(stderr, "retrace-bench-gen: %s: missing value\n", a);
			return 2;
		}
		i++;
		if (!strcmp(a, "--size") && parse_size(v, &o->size) == 0)
			continue;
		if (!strcmp(a, "--seed") && (o->seed = strtoull(v, &end, 0), !*end && end != v))
			continue;
		if (!strcmp(a, "--year") && (o->year = atoi(v)) >= 1971 && o->year <= 9999)
			continue;
		if (!strcmp(a, "--out") || !strcmp(a, "--truth") || !strcmp(a, "--start")) {
			*(a[2] == 'o' ? &o->out : a[2] == 't' ? &o->truth : &o->start) = v;
			continue;
		}
		fprintf(stderr, "retrace-bench-gen: %s %s: unknown option or bad value\n", a, v);
		usage(stderr);
		return 2;
	}
	if (!o->size || !o->out || !o->truth) {
		usage(stderr);
		return 2;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct opts o = {.seed = 42};
	int rc = parse_args(argc, argv, &o);
	if (rc)
		return rc == 1 ? 0 : 2;
	struct gen g = {.stamp_t = -1, .stamp_day = -1, .size = o.size, .r = {o.seed}};
	char defstart[16];
	snprintf(defstart, sizeof(defstart), "%04d-03-01", o.year ? o.year : 2024);
	if (parse_date(o.start ? o.start : defstart, &g.start) == -1) {
		fprintf(stderr, "retrace-bench-gen: --start %s: expected YYYY-MM-DD\n", o.start);
		return 2;
	}
	int64_t y, m, d;
	civil_from_days(g.start / 86400, &y, &m, &d);
	if (o.year && o.year != y) {
		fprintf(stderr, "retrace-bench-gen: --year %d disagrees with --start %s\n", o.year,
			o.start);
		return 2;
	}
	if (!(g.f = fopen(o.out, "wb")))
		die(o.out);
	if (!(g.buf = malloc(OUT_CHUNK)))
		die("out of memory");
	clock_t c0 = clock();
	diurnal_init(&g);
	world_init(&g);
	g.span = plan_span(&g);
	g.boot = g.start - 37 * 86400 - (int64_t)rng_below(&g.r, 86400);
	actors_init(&g);
	uint64_t counted = 0; /* background bytes that have moved the clock */
	while (g.total < g.size) {
		int64_t now = g.start + g.clock_us / 1000000;
		run_tasks_until(&g, now);
		background(&g, now);
		uint64_t bytes = g.total - g.actor_bytes - counted;
		counted += bytes;
		g.clock_us +=
			(int64_t)(bytes * 1000000000ull / ((uint64_t)B_AVG * diurnal(&g, now)));
	}
	run_tasks_until(&g, INT64_MAX);
	if (gen_flush(&g) == -1 || fclose(g.f) != 0)
		die(o.out);
	if (write_truth(&g, o.truth, o.seed, (int)y) == -1)
		die(o.truth);
	double secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
	fprintf(stderr,
		"retrace-bench-gen: %llu bytes, %llu lines, %.1f days, %zu attackers, %.2f s CPU "
		"(%.0f MB/s)\n",
		(unsigned long long)g.total, (unsigned long long)g.lines,
		(double)(g.last_t - g.start) / 86400, g.nactor, secs,
		secs > 0 ? (double)g.total / 1e6 / secs : 0.0);
	free(g.buf);
	free(g.heap);
	free(g.actor);
	return 0;
}
