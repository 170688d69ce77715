/*
 * gen_hosts.c - the servers' own lines for retrace-bench-gen: OpenSSH 9.2 on
 * the exposed bastion and two internal servers (administrators' key logins
 * with their PAM and systemd-logind sessions, the backup job, a mistyped
 * password now and then, Internet probes that never authenticate), netfilter
 * LOG lines of the firewall fw1 (drops of scans, accepted and outbound SMTP),
 * cron, sudo, su and systemd on every host; and the attackers' steps.
 *
 * An SSH password guess is written the way sshd and PAM write it: for an
 * unknown name "Invalid user" once per connection, then per guess PAM's
 * "check pass; user unknown" and "authentication failure" and sshd's
 * "Failed password"; the connection ends with "Connection closed" or
 * "Disconnected" (or MaxAuthTries' three lines after six guesses).
 */
#include "gen.h"

/* Names SSH brute forcers try (only root exists). */
static const char *const ssh_words[] = {
	"root",    "admin",   "test",    "user",      "ubuntu", "oracle",  "postgres", "git",
	"ftpuser", "guest",   "pi",      "support",   "deploy", "jenkins", "hadoop",   "mysql",
	"nagios",  "ansible", "centos",  "minecraft", "steam",  "dev",     "tomcat",   "elastic",
	"zabbix",  "odoo",    "vagrant", "debian",    "admin1", "server"};
enum { NWORDS = sizeof(ssh_words) / sizeof(ssh_words[0]) };

/* Mailbox names SMTP guessers try besides real accounts. */
static const char *const mail_words[] = {"info",    "admin", "sales",     "contact",    "office",
					 "support", "test",  "webmaster", "postmaster", "hr"};
enum { NMWORDS = sizeof(mail_words) / sizeof(mail_words[0]) };

static const uint16_t scan_ports[] = {23,   445,  3389, 8080, 1433, 3306, 5900, 6379,
				      8443, 2323, 5060, 9200, 111,  135,  139,  21};
enum { NSCAN = sizeof(scan_ports) / sizeof(scan_ports[0]) };

static const char *const cron_cmds[] = {
	"   cd / && run-parts --report /etc/cron.hourly",
	"[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then "
	"/usr/lib/php/sessionclean; fi",
	"/usr/local/bin/backup-rotate.sh >/dev/null 2>&1",
	"test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily )",
	"/usr/bin/certbot -q renew"};
static const char *const sudo_cmds[] = {
	"/usr/bin/systemctl restart nginx", "/usr/bin/journalctl -u postfix --since today",
	"/usr/bin/apt-get upgrade -y",      "/usr/bin/tail -f /var/log/mail.log",
	"/usr/sbin/postqueue -p",           "/usr/bin/systemctl status dovecot"};
static const char *const systemd_units[][2] = {
	{"phpsessionclean.service", "Clean php session files"},
	{"apt-daily.service", "Daily apt download activities"},
	{"logrotate.service", "Rotate log files"},
	{"man-db.service", "Daily man-db regeneration"},
	{"sysstat-collect.service", "system activity accounting tool"}};

static const uint32_t BACKUP_IP = NET(10, 0, 0) | 30, MONITOR_IP = NET(10, 0, 0) | 31,
		      BASTION_PUB = NET(198, 18, 0) | 5;

/* ---- sshd ---------------------------------------------------------------- */

/* One sshd line; fmt's verbs, where it has them, are %s (a), %I (ip), %u (port), in that order. */
static void ssh_text(struct gen *g, int64_t t, enum host_id h, uint32_t pid, const char *fmt,
		     const char *a, uint32_t ip, uint32_t port)
{
	char *d = line_begin(g, t, h, "sshd", pid);
	line_end(g, putf(d, fmt, a, ip, port), CAT_SSHD);
}

void ssh_login(struct gen *g, int64_t t, enum host_id h, uint32_t u, const char *login, uint32_t ip,
	       bool password)
{
	uint32_t pid = host_newpid(g, h), port = rng_range(&g->r, 32768, 60999);
	char *d = line_begin(g, t, h, "sshd", pid);
	d = putf(d, "Accepted %s for %s from %I port %u ssh2", password ? "password" : "publickey",
		 login, ip, port);
	if (!password) {
		uint64_t k = mix64((uint64_t)ip * 131 + u);
		d = putf(d, ": ED25519 SHA256:");
		for (int i = 0; i < 5; i++)
			d = put_b64(d, mix64(k + (uint64_t)i), i == 4 ? 3 : 10);
	}
	line_end(g, d, CAT_SSHD);
	d = line_begin(g, t, h, "sshd", pid);
	d = putf(d, "pam_unix(sshd:session): session opened for user %s(uid=%u) by (uid=0)", login,
		 1001 + u);
	line_end(g, d, CAT_SSHD);
	uint32_t sn = ++g->host[h].sessions;
	d = line_begin(g, t, h, "systemd-logind", g->host[h].logind_pid);
	line_end(g, putf(d, "New session %u of user %s.", sn, login), CAT_OTHER);
	task_at(g, t + rng_range(&g->r, 20, 7200), T_SSH_CLOSE, ip, u, pid, port,
		(uint32_t)h | (sn << 4));
}

/* The end of a session ssh_login opened (T_SSH_CLOSE). */
void ssh_close_task(struct gen *g, const struct task *tk)
{
	enum host_id h = (enum host_id)(tk->d & 15);
	uint32_t ip = (uint32_t)tk->x, pid = tk->b, port = tk->c, sn = tk->d >> 4;
	const char *login = ip == BACKUP_IP    ? "backup"
			    : ip == MONITOR_IP ? "monitor"
					       : g->user[tk->a].login;
	ssh_text(g, tk->t, h, pid, "%sReceived disconnect from %I port %u:11: disconnected by user",
		 "", ip, port);
	ssh_text(g, tk->t, h, pid, "Disconnected from user %s %I port %u", login, ip, port);
	ssh_text(g, tk->t, h, pid, "pam_unix(sshd:session): session closed for user %s", login, 0,
		 0);
	char *d = line_begin(g, tk->t, h, "systemd-logind", g->host[h].logind_pid);
	line_end(g, putf(d, "Session %u logged out. Waiting for processes to exit.", sn),
		 CAT_OTHER);
	d = line_begin(g, tk->t, h, "systemd-logind", g->host[h].logind_pid);
	line_end(g, putf(d, "Removed session %u.", sn), CAT_OTHER);
}

/* One failed password of name from ip on connection pid/port, as PAM and sshd log it. */
static void ssh_fail(struct gen *g, int64_t t, enum host_id h, uint32_t pid, const char *name,
		     bool valid, uint32_t ip, uint32_t port)
{
	if (!valid)
		ssh_text(g, t, h, pid, "pam_unix(sshd:auth): check pass; user unknown", NULL, 0, 0);
	char *d = line_begin(g, t, h, "sshd", pid);
	d = putf(d,
		 "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh "
		 "ruser= rhost=%I",
		 ip);
	if (valid)
		d = putf(d, "  user=%s", name);
	line_end(g, d, CAT_SSHD);
	d = line_begin(g, t, h, "sshd", pid);
	d = putf(d, "Failed password for %s%s from %I port %u ssh2", valid ? "" : "invalid user ",
		 name, ip, port);
	line_end(g, d, CAT_SSHD);
}

/* The end of a connection that failed n guesses (n >= 6: MaxAuthTries reached). */
static void ssh_fail_close(struct gen *g, int64_t t, enum host_id h, uint32_t pid, const char *name,
			   bool valid, uint32_t ip, uint32_t port, uint32_t n)
{
	const char *who = valid ? "authenticating user " : "invalid user ";
	char *d;
	if (n >= 6) {
		d = line_begin(g, t, h, "sshd", pid);
		d = putf(d,
			 "error: maximum authentication attempts exceeded for %s%s from %I port "
			 "%u ssh2 [preauth]",
			 valid ? "" : "invalid user ", name, ip, port);
		line_end(g, d, CAT_SSHD);
		d = line_begin(g, t, h, "sshd", pid);
		d = putf(d,
			 "Disconnecting %s%s %I port %u: Too many authentication failures "
			 "[preauth]",
			 who, name, ip, port);
		line_end(g, d, CAT_SSHD);
		d = line_begin(g, t, h, "sshd", pid);
		d = putf(d,
			 "PAM 5 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= "
			 "rhost=%I",
			 ip);
		line_end(g, valid ? putf(d, "  user=%s", name) : d, CAT_SSHD);
		return;
	}
	bool closed = rng_pct(&g->r, 50);
	if (!closed)
		ssh_text(g, t, h, pid,
			 "%sReceived disconnect from %I port %u:11: Bye Bye [preauth]", "", ip,
			 port);
	d = line_begin(g, t, h, "sshd", pid);
	d = putf(d, "%s %s%s %I port %u [preauth]",
		 closed ? "Connection closed by" : "Disconnected from", who, name, ip, port);
	line_end(g, d, CAT_SSHD);
}

static void ssh_invalid(struct gen *g, int64_t t, uint32_t pid, const char *name, uint32_t ip,
			uint32_t port)
{
	ssh_text(g, t, H_BASTION, pid, "Invalid user %s from %I port %u", name, ip, port);
}

/* Internet noise on the bastion: connections that never reach authentication. */
static void ssh_noise(struct gen *g, int64_t t)
{
	uint32_t ip = noise_ip(&g->r), pid = host_newpid(g, H_BASTION);
	uint32_t port = rng_range(&g->r, 1024, 65535), k = rng_below(&g->r, 100);
	const char *fmt =
		k < 40   ? "%sConnection closed by %I port %u [preauth]"
		: k < 60 ? "%sDid not receive identification string from %I port %u"
		: k < 75 ? "%sbanner exchange: Connection from %I port %u: invalid format"
		: k < 90 ? "%sUnable to negotiate with %I port %u: no matching key exchange method "
			   "found. Their offer: diffie-hellman-group14-sha1,diffie-hellman-group-"
			   "exchange-sha1,diffie-hellman-group1-sha1 [preauth]"
			 : "%sReceived disconnect from %I port %u:11: Bye Bye [preauth]";
	ssh_text(g, t, H_BASTION, pid, fmt, "", ip, port);
	if (k >= 90)
		ssh_text(g, t, H_BASTION, pid, "%sDisconnected from %I port %u [preauth]", "", ip,
			 port);
}

void bg_sshd(struct gen *g, int64_t t)
{
	uint32_t k = rng_below(&g->r, 10000);
	if (rng_below(&g->r, 100000) < 7) {
		/* an inside administrator mistypes a password (about twice a day in all) */
		uint32_t u = rng_below(&g->r, NADMINS);
		struct user *U = &g->user[u];
		enum host_id h = k < 5000 ? H_WEB1 : H_DB1;
		uint32_t pid = host_newpid(g, h), port = rng_range(&g->r, 32768, 60999);
		ssh_fail(g, t, h, pid, U->login, true, U->ws_ip, port);
		U->mistyped = true;
		task_at(g, t + rng_range(&g->r, 4, 20), T_SSH_RETRY, U->ws_ip, u, (uint32_t)h, 0,
			0);
	} else if (k < 6000) {
		ssh_noise(g, t);
	} else if (k < 9960) {
		/* the backup and monitoring jobs log in with keys */
		static const enum host_id job_host[] = {H_WEB1, H_DB1, H_MX1, H_IMAP1, H_MAIL2};
		enum host_id h = job_host[rng_below(&g->r, 5)];
		bool backup = k < 7000;
		ssh_login(g, t, h, backup ? USER_BACKUP : USER_MONITOR,
			  backup ? "backup" : "monitor", backup ? BACKUP_IP : MONITOR_IP, false);
	} else {
		uint32_t u = rng_below(&g->r, NADMINS);
		const struct user *U = &g->user[u];
		enum host_id h = U->remote && k < 9980 ? H_BASTION : k < 9990 ? H_WEB1 : H_DB1;
		ssh_login(g, t, h, u, U->login, h == H_BASTION ? U->home_ip : U->ws_ip, false);
	}
}

/* ---- kernel (fw1) --------------------------------------------------------- */

static void fw_line(struct gen *g, int64_t t, const char *prefix, uint32_t src, uint32_t dst,
		    uint32_t dport, bool udp, bool in)
{
	int64_t up = t - g->boot;
	if (up != g->fw_up) {
		g->fw_up = up;
		g->fw_us = rng_below(&g->r, 500000);
	} else if (g->fw_us < 990000) {
		g->fw_us += rng_range(&g->r, 1, 9999);
	}
	char *d = putf(line_begin(g, t, H_FW1, "kernel", 0), "[%U.", (uint64_t)up);
	d = put_u0(d, g->fw_us, 6);
	d = putf(d, "] %s %s SRC=%I DST=%I LEN=%u TOS=0x00 PREC=0x00 TTL=%u ID=%u ", prefix,
		 in ? "IN=eth0 OUT= MAC=00:16:3e:5a:01:02:00:1b:21:3c:4d:5e:08:00"
		    : "IN=eth1 OUT=eth0",
		 src, dst, udp ? rng_range(&g->r, 40, 120) : 44 + 16 * rng_below(&g->r, 2),
		 rng_range(&g->r, 40, 250), rng_below(&g->r, 65536));
	if (udp)
		d = putf(d, "PROTO=UDP SPT=%u DPT=%u LEN=%u", rng_range(&g->r, 1024, 65535), dport,
			 rng_range(&g->r, 20, 100));
	else
		d = putf(d, "DF PROTO=TCP SPT=%u DPT=%u WINDOW=%u RES=0x00 SYN URGP=0",
			 rng_range(&g->r, 1024, 65535), dport, rng_pct(&g->r, 50) ? 1024u : 64240u);
	line_end(g, d, CAT_KERNEL);
}

void bg_kernel(struct gen *g, int64_t t)
{
	uint32_t k = rng_below(&g->r, 100);
	uint32_t e = rng_below(&g->r, NEXT), mx = ext_ip(e, rng_below(&g->r, EXT_HOSTS));
	if (k < 70) {
		bool udp = rng_pct(&g->r, 15);
		uint32_t port = udp ? (rng_pct(&g->r, 50) ? 53u : 123u)
				    : scan_ports[rng_below(&g->r, NSCAN)];
		fw_line(g, t, "FW-DROP", noise_ip(&g->r), NET(198, 18, 0) | (k & 1 ? 5 : 10), port,
			udp, true);
	} else if (k < 88) {
		fw_line(g, t, "FW-ACCEPT", mx, NET(10, 0, 0) | 10, 25, false, true);
	} else {
		fw_line(g, t, "FW-OUT", NET(10, 0, 0) | 10, mx, 25, false, false);
	}
}

/* ---- cron, sudo, systemd, su (every host) --------------------------------- */

/* One line of prog; fmt's verbs, where it has them, are %s (a) then %u (n). */
static void other_text(struct gen *g, int64_t t, enum host_id h, const char *prog, uint32_t pid,
		       const char *fmt, const char *a, uint32_t n)
{
	char *d = line_begin(g, t, h, prog, pid);
	line_end(g, putf(d, fmt, a, n), CAT_OTHER);
}

static void other_admin(struct gen *g, int64_t t, enum host_id h, uint32_t k)
{
	uint32_t u = rng_below(&g->r, NADMINS), uid = 1001 + u, pid = host_newpid(g, h);
	const char *login = g->user[u].login;
	if (k >= 99) {
		other_text(g, t, h, "su", pid, "(to postgres) %s on pts/1", login, 0);
		other_text(g, t, h, "su", pid,
			   "pam_unix(su-l:session): session opened for user postgres(uid=114) by "
			   "%s(uid=%u)",
			   login, uid);
		return;
	}
	if (rng_pct(&g->r, 2)) {
		char *d = line_begin(g, t, h, "sudo", 0);
		d = putf(d,
			 "pam_unix(sudo:auth): authentication failure; logname=%s uid=%u euid=0 "
			 "tty=/dev/pts/0 ruser=%s rhost=  user=%s",
			 login, uid, login, login);
		line_end(g, d, CAT_OTHER);
	}
	char *d = line_begin(g, t, h, "sudo", 0);
	d = putf(d, "   %s : TTY=pts/0 ; PWD=/home/%s ; USER=root ; COMMAND=%s", login, login,
		 sudo_cmds[rng_below(&g->r, 6)]);
	line_end(g, d, CAT_OTHER);
	other_text(g, t, h, "sudo", 0,
		   "pam_unix(sudo:session): session opened for user root(uid=0) by %s(uid=%u)",
		   login, uid);
	other_text(g, t, h, "sudo", 0, "pam_unix(sudo:session): session closed for user root%s", "",
		   0);
}

void bg_other(struct gen *g, int64_t t)
{
	enum host_id h = (enum host_id)rng_below(&g->r, H_N);
	uint32_t k = rng_below(&g->r, 100);
	if (k < 70) {
		uint32_t pid = host_newpid(g, h);
		other_text(g, t, h, "CRON", pid,
			   "pam_unix(cron:session): session opened for user root(uid=0) by "
			   "(uid=0)%s",
			   "", 0);
		other_text(g, t, h, "CRON", pid, "(root) CMD (%s)", cron_cmds[rng_below(&g->r, 5)],
			   0);
		other_text(g, t, h, "CRON", pid,
			   "pam_unix(cron:session): session closed for user root%s", "", 0);
	} else if (k >= 95) {
		other_admin(g, t, h, k);
	} else {
		const char *const *unit = systemd_units[rng_below(&g->r, 5)];
		other_text(g, t, h, "systemd", 1, "Starting %s...", unit[1], 0);
		other_text(g, t, h, "systemd", 1, "%s: Deactivated successfully.", unit[0], 0);
		other_text(g, t, h, "systemd", 1, "Finished %s.", unit[1], 0);
	}
}

/* ---- attackers ------------------------------------------------------------ */

static void actor_seen(struct actor *a, int64_t t)
{
	if (a->first < 0 || t < a->first)
		a->first = t;
	if (t > a->last)
		a->last = t;
}

/* One guess of a fast SSH brute forcer (after its port scan); the delay to the next. */
static uint32_t fast_step(struct gen *g, struct actor *a, int64_t t)
{
	if (a->scan_left) {
		a->scan_left--;
		fw_line(g, t, "FW-DROP", a->ip, BASTION_PUB, scan_ports[rng_below(&g->r, NSCAN)],
			false, true);
		return rng_below(&g->r, 3);
	}
	if (a->conn_left == 0) {
		static const uint32_t per_conn[] = {1, 1, 3, 6};
		a->pid = host_newpid(g, H_BASTION);
		a->port = rng_range(&g->r, 32768, 60999);
		a->name = rng_pct(&g->r, 40) ? 0 : rng_range(&g->r, 1, NWORDS - 1);
		a->conn_left = per_conn[rng_below(&g->r, 4)];
		if (a->conn_left > a->attempts)
			a->conn_left = a->attempts;
		a->conn_done = 0;
		if (a->name)
			ssh_invalid(g, t, a->pid, ssh_words[a->name], a->ip, a->port);
	}
	const char *name = ssh_words[a->name];
	ssh_fail(g, t, H_BASTION, a->pid, name, a->name == 0, a->ip, a->port);
	a->fails++;
	a->attempts--;
	a->conn_done++;
	if (--a->conn_left == 0) {
		ssh_fail_close(g, t, H_BASTION, a->pid, name, a->name == 0, a->ip, a->port,
			       a->conn_done);
		return rng_range(&g->r, 1, 3);
	}
	return rng_range(&g->r, 0, 2);
}

/* A name an SMTP guesser tries: a real account or a role mailbox. */
static const char *mail_guess(struct gen *g)
{
	if (rng_pct(&g->r, 60))
		return g->user[rng_below(&g->r, NUSERS)].login;
	return mail_words[rng_below(&g->r, NMWORDS)];
}

static void slow_step(struct gen *g, struct actor *a, int64_t t)
{
	if (a->via == VIA_SSH) {
		uint32_t pid = host_newpid(g, H_BASTION), port = rng_range(&g->r, 32768, 60999);
		uint32_t w = rng_pct(&g->r, 50) ? 0 : rng_range(&g->r, 1, NWORDS - 1);
		if (w)
			ssh_invalid(g, t, pid, ssh_words[w], a->ip, port);
		ssh_fail(g, t, H_BASTION, pid, ssh_words[w], w == 0, a->ip, port);
		ssh_fail_close(g, t, H_BASTION, pid, ssh_words[w], w == 0, a->ip, port, 1);
	} else if (a->via == VIA_POSTFIX) {
		pf_auth_fail(g, t, mail_guess(g), false, a->ip);
	} else {
		sm_auth_fail(g, t, mail_guess(g), a->ip);
	}
	a->fails++;
	a->attempts--;
}

static void spray_step(struct gen *g, struct actor *a, int64_t t)
{
	const char *login = g->user[(a->spray_off + a->spray_k++ * a->spray_step) % NUSERS].login;
	if (a->via == VIA_DOVECOT)
		dc_fail(g, t, login, a->ip);
	else
		pf_auth_fail(g, t, login, true, a->ip);
	a->fails++;
	a->attempts--;
}

/* One step of a compromise; the delay to the next, 0 when it is over. */
static uint32_t comp_step(struct gen *g, struct actor *a, int64_t t)
{
	bool pf = a->via == VIA_POSTFIX;
	if (a->phase == 0) {
		if (pf)
			pf_auth_fail(g, t, g->user[a->user].login, false, a->ip);
		else
			sm_auth_fail(g, t, g->user[a->user].login, a->ip);
		a->fails++;
		if (--a->attempts)
			return rng_range(&g->r, 5, 60);
		a->phase = 1;
		return rng_range(&g->r, 30, 600);
	}
	uint32_t n = 1;
	if (a->phase == 1) {
		/* the login that worked: a look at the mailbox and a test message */
		dc_login(g, t, a->user, a->ip, false);
		a->phase = 2;
	} else {
		n = rng_pct(&g->r, 70) ? 1 : rng_range(&g->r, 2, 5);
	}
	enum profile p = a->sent ? PR_SPAM : PR_BENIGN;
	if (pf)
		pf_submit(g, t, a->user, a->ip, n, p);
	else
		sm_submit(g, t, a->user, a->ip, n, p);
	/* recipients' servers that accepted first and bounce later */
	if (a->sent && rng_pct(&g->r, 15))
		task_at(g, t + rng_range(&g->r, 60, 3600), T_BOUNCE_IN, 0, a->user,
			rng_below(&g->r, NEXT_RCPT), pf, 0);
	if (a->sent++ == 0)
		return rng_range(&g->r, 300, 3600);
	return --a->burst_left ? rng_range(&g->r, 2, 30) : 0;
}

void actor_step(struct gen *g, uint32_t i, int64_t t)
{
	struct actor *a = &g->actor[i];
	uint32_t next = 0;
	switch (a->kind) {
	case A_FAST:
		next = fast_step(g, a, t);
		break;
	case A_SLOW:
		slow_step(g, a, t);
		next = rng_range(&g->r, 61, 300); /* never 3 guesses within 120 s */
		break;
	case A_SPRAY:
		spray_step(g, a, t);
		next = rng_range(&g->r, 15, 90);
		break;
	case A_COMP:
		next = comp_step(g, a, t);
		break;
	case A_KINDS:
		return;
	}
	actor_seen(a, t);
	bool more = a->kind == A_COMP ? next > 0 : a->attempts > 0;
	if (more)
		task_at(g, t + next, T_ACTOR, 0, i, 0, 0, 0);
}
