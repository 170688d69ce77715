/*
 * gen.h - the parts of retrace-bench-gen, the benchmark's log generator
 * (bench/README.md): the world (hosts, users, external mail domains), the
 * attackers, the task heap that orders multi-line stories in time, and the
 * line writer. gen.c holds the writer, the scheduler, the ground truth and
 * main; gen_mail.c the Postfix, sendmail and Dovecot lines; gen_hosts.c the
 * sshd, kernel, cron/sudo/systemd lines and the attackers' steps.
 *
 * Only libc. Everything random comes from struct rng (splitmix64) seeded by
 * --seed, so the same arguments give the same bytes on every machine.
 */
#ifndef RETRACE_BENCH_GEN_H
#define RETRACE_BENCH_GEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define DOMAIN       "corp.example"
#define NET(a, b, c) (((uint32_t)(a) << 24) | ((uint32_t)(b) << 16) | ((uint32_t)(c) << 8))

enum {
	OUT_CHUNK = 1 << 22, /* bytes buffered before one fwrite */
	LINE_ROOM = 2048,    /* no line is longer */
	NUSERS = 400,
	NADMINS = 8,       /* users 0..7 administer the servers */
	USER_BACKUP = 398, /* uid slots of the backup and monitoring jobs' SSH logins */
	USER_MONITOR = 399,
	NPOOL = 6,      /* long-lived daemon processes per pool */
	EXT_HOSTS = 8,  /* mail servers per external domain */
	NEXT = 24,      /* external domains (gen_exts) */
	NEXT_RCPT = 22, /* the first NEXT_RCPT of them receive mail too */
};

enum cat { CAT_POSTFIX, CAT_SENDMAIL, CAT_DOVECOT, CAT_SSHD, CAT_KERNEL, CAT_OTHER, CAT_N };
enum host_id { H_MX1, H_MAIL2, H_IMAP1, H_BASTION, H_WEB1, H_DB1, H_FW1, H_N };
enum pool_id { P_SMTPD, P_SUBMIT, P_CLEANUP, P_SMTP, P_LMTP, P_AUTHW, P_N };
enum akind { A_FAST, A_SLOW, A_SPRAY, A_COMP, A_KINDS };
enum via { VIA_SSH, VIA_POSTFIX, VIA_SENDMAIL, VIA_DOVECOT };
/* A delivery outcome profile: benign users, or an intruder's spam run. */
enum profile { PR_BENIGN, PR_SPAM };

enum tkind {
	T_ACTOR,      /* a: actor index */
	T_PF_DELIVER, /* x: qid, a: user, b:c message-id or recipient seed, d: see run_task */
	T_PF_RETRY,   /* the deferred recipients of an outbound message */
	T_DC_LOGOUT,  /* x: session, a: user, b: mail pid, c: pop3 */
	T_DC_RETRY,   /* a: user, b: address (the login after a mistyped password) */
	T_SSH_CLOSE,  /* x: address, a: user, b: pid, c: port, d: host | session << 4 */
	T_SSH_RETRY,  /* x: address, a: user, b: host */
	T_BOUNCE_IN,  /* a: user, b: external domain, c: via postfix (else sendmail) */
};

struct rng {
	uint64_t s;
};

struct pool {
	uint32_t pid[NPOOL];
	uint32_t uses[NPOOL];
};

struct host {
	const char *name;
	size_t len;
	uint32_t next_pid;
	uint32_t qmgr_pid, anvil_pid, logind_pid;
	uint32_t sessions; /* systemd-logind session numbers */
	struct pool pool[P_N];
};

struct user {
	char login[16];
	uint32_t ws_ip;   /* workstation, inside */
	uint32_t home_ip; /* remote workers' one outside address */
	bool remote;
	bool heavy;    /* sends three times as much mail */
	bool mistyped; /* failed once from ws_ip: listed as benign */
};

struct actor {
	enum akind kind;
	enum via via;
	uint32_t ip;
	uint32_t user;      /* compromise: the account */
	uint32_t attempts;  /* guesses left */
	uint32_t conn_left; /* fast: guesses left in this SSH connection */
	uint32_t conn_done; /* fast: guesses made in this connection */
	uint32_t name;      /* fast: wordlist index of the name tried */
	uint32_t pid, port;
	uint32_t scan_left; /* fast: firewall drops before the brute force */
	uint32_t phase;     /* compromise: 0 guessing, 1 login, 2 burst */
	uint32_t burst_left;
	uint32_t spray_off, spray_step, spray_k;
	uint32_t fails, sent; /* for the truth file */
	int64_t start;        /* seconds after the first line */
	int64_t first, last;  /* times of its first and last lines (-1: none yet) */
};

struct task {
	int64_t t;
	uint64_t seq; /* ties in t run in creation order */
	uint64_t x;
	uint32_t a, b, c, d;
	enum tkind kind;
};

/* External mail domains: their MX (outbound), inbound server names and a /24. */
struct ext {
	const char *domain, *mx, *in_pre, *in_suf;
	uint32_t net;
};

struct gen {
	struct rng r;
	FILE *f;
	char *buf;
	size_t n;
	uint64_t size, total, lines;
	uint64_t actor_bytes; /* written by attackers: they do not move the clock */
	uint64_t cat_bytes[CAT_N];
	int64_t start, span; /* epoch seconds of the first line; planned seconds */
	int64_t clock_us;    /* the background clock, microseconds since start */
	int64_t boot;        /* fw1's boot time, for kernel uptime stamps */
	int64_t fw_up;       /* uptime second and microseconds of the last kernel line */
	uint32_t fw_us;
	int64_t stamp_t, stamp_day, last_t;
	char stamp[16];
	uint32_t diurnal_pm[7][24];
	struct host host[H_N];
	struct user user[NUSERS];
	struct actor *actor;
	size_t nactor;
	struct task *heap;
	size_t nheap, capheap;
	uint64_t seq, qid_ctr;
};

extern const struct ext gen_exts[NEXT];
extern const char *const gen_given[26];
extern const char *const gen_surname[40];

/* ---- randomness (splitmix64) ---- */

static inline uint64_t mix64(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

static inline uint64_t rng_next(struct rng *r)
{
	return mix64(r->s += 0x9e3779b97f4a7c15u);
}

/* Uniform in [0, n) for n > 0, from the top bits of a hash (multiply-shift). */
static inline uint32_t hash_below(uint64_t h, uint32_t n)
{
	return (uint32_t)(((h >> 32) * n) >> 32);
}

static inline uint32_t rng_below(struct rng *r, uint32_t n)
{
	return hash_below(rng_next(r), n);
}

static inline uint32_t rng_range(struct rng *r, uint32_t lo, uint32_t hi)
{
	return lo + rng_below(r, hi - lo + 1);
}

static inline bool rng_pct(struct rng *r, uint32_t pct)
{
	return rng_below(r, 100) < pct;
}

/* ---- gen.c: lines, time, tasks ---- */

/*
 * Append text at d and return the new end (no NUL). Verbs: %s a C string,
 * %u an unsigned (uint32_t), %U a uint64_t, %I an IPv4 address (uint32_t,
 * host order), %Q a Postfix queue id (uint64_t), %% a percent sign. The
 * caller keeps a line under LINE_ROOM bytes.
 */
char *putf(char *d, const char *fmt, ...);
char *put_u0(char *d, uint64_t v, int width); /* zero-padded */
char *put_b64(char *d, uint64_t v, int n);    /* n <= 10 base64 characters from v */
/* Start a line "Mmm dd hh:mm:ss host prog[pid]: " (no "[pid]" when pid is 0). */
char *line_begin(struct gen *g, int64_t t, enum host_id h, const char *prog, uint32_t pid);
/* End the line begun last at d; its bytes count towards category c. */
void line_end(struct gen *g, char *d, enum cat c);
/* "Mmm dd hh:mm:ss" of t (15 characters, not NUL-terminated; valid until the next call). */
const char *stamp_of(struct gen *g, int64_t t);
void civil_from_days(int64_t z, int64_t *y, int64_t *m, int64_t *d);
void task_at(struct gen *g, int64_t t, enum tkind k, uint64_t x, uint32_t a, uint32_t b, uint32_t c,
	     uint32_t d);
uint32_t host_newpid(struct gen *g, enum host_id h);
/* A process of a daemon pool: reused for a while, then replaced (Postfix's max_use). */
uint32_t pool_pid(struct gen *g, enum host_id h, enum pool_id p, uint32_t max_use);
uint32_t noise_ip(struct rng *r); /* a random public address of the Internet's noise */
uint32_t ext_ip(uint32_t e, uint32_t k);

/* ---- gen_mail.c ---- */

void bg_postfix(struct gen *g, int64_t t);
void bg_sendmail(struct gen *g, int64_t t);
void bg_dovecot(struct gen *g, int64_t t);
/* Mail from external domain e to local user u (null_sender: a bounce), by Postfix or sendmail. */
void pf_inbound(struct gen *g, int64_t t, uint32_t e, uint32_t u, bool null_sender);
void sm_inbound(struct gen *g, int64_t t, uint32_t e, uint32_t u, bool null_sender);
/* A message user u submits with SMTP AUTH from ip to n external recipients. */
void pf_submit(struct gen *g, int64_t t, uint32_t u, uint32_t ip, uint32_t n, enum profile p);
void sm_submit(struct gen *g, int64_t t, uint32_t u, uint32_t ip, uint32_t n, enum profile p);
/* One failed SMTP AUTH of name from ip (full: name@DOMAIN); IMAP for dc_fail. */
void pf_auth_fail(struct gen *g, int64_t t, const char *name, bool full, uint32_t ip);
void sm_auth_fail(struct gen *g, int64_t t, const char *name, uint32_t ip);
void dc_fail(struct gen *g, int64_t t, const char *name, uint32_t ip);
void dc_login(struct gen *g, int64_t t, uint32_t u, uint32_t ip, bool pop3);
/* Tasks: deliveries that follow an accepted message, the end of an IMAP session. */
void pf_deliver_task(struct gen *g, const struct task *tk);
void dc_logout(struct gen *g, int64_t t, uint32_t u, uint32_t mpid, bool pop3, uint64_t sess);

/* ---- gen_hosts.c ---- */

void bg_sshd(struct gen *g, int64_t t);
void bg_kernel(struct gen *g, int64_t t);
void bg_other(struct gen *g, int64_t t);
void ssh_login(struct gen *g, int64_t t, enum host_id h, uint32_t u, const char *login, uint32_t ip,
	       bool password);
void ssh_close_task(struct gen *g, const struct task *tk);
/* One step of attacker i at t; it schedules its next step itself. */
void actor_step(struct gen *g, uint32_t i, int64_t t);

#endif
