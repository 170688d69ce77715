/*
 * store.c - writing a case to SQLite in one transaction. The schema is
 * documented in docs/casefile.md; its version is in PRAGMA user_version.
 */
#include "case/store.h"

#include <sqlite3.h>
#include <stdio.h>

enum { STORE_SCHEMA_VERSION = 2 };

static const char schema[] =
	"DROP TABLE IF EXISTS evidence; DROP TABLE IF EXISTS finding;"
	"DROP TABLE IF EXISTS entity; DROP TABLE IF EXISTS citation;"
	"DROP TABLE IF EXISTS timeline; DROP TABLE IF EXISTS answer;"
	"DROP TABLE IF EXISTS note;"
	"CREATE TABLE evidence(id INTEGER PRIMARY KEY, path TEXT, kind TEXT, why TEXT,"
	" compressed INTEGER, records INTEGER, decoded INTEGER, skipped INTEGER,"
	" first_seen TEXT, last_seen TEXT);"
	"CREATE TABLE finding(id INTEGER PRIMARY KEY, code TEXT, severity TEXT, title TEXT,"
	" detail TEXT, first TEXT, last TEXT, citations_total INTEGER);"
	"CREATE TABLE entity(finding INTEGER REFERENCES finding(id), type TEXT, value TEXT);"
	"CREATE TABLE citation(finding INTEGER REFERENCES finding(id),"
	" evidence INTEGER REFERENCES evidence(id), line INTEGER);"
	"CREATE TABLE timeline(ts TEXT, message TEXT, evidence INTEGER, line INTEGER);"
	"CREATE TABLE answer(key TEXT, value TEXT);"
	"CREATE TABLE note(kind TEXT, rule TEXT, text TEXT);"
	"CREATE INDEX entity_value ON entity(value);";

struct store {
	sqlite3 *db;
	struct diag *d;
	int rc;
};

static sqlite3_stmt *prep(struct store *s, const char *sql)
{
	sqlite3_stmt *st = NULL;
	if (s->rc == 0 && sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		diag_errorf(s->d, "case file: %s", sqlite3_errmsg(s->db));
		s->rc = -1;
	}
	return st;
}

static void bind_str(sqlite3_stmt *st, int i, struct str v)
{
	sqlite3_bind_text(st, i, v.p ? v.p : "", (int)(v.n > 0x7fffffff ? 0x7fffffff : v.n),
			  SQLITE_TRANSIENT);
}

static void bind_time(sqlite3_stmt *st, int i, const struct case_file *c, int64_t ts)
{
	char buf[32];
	if (ts == TIME_UNKNOWN)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, time_format_iso(ts, c->tz_offset_min, buf), -1,
				  SQLITE_TRANSIENT);
}

static void run(struct store *s, sqlite3_stmt *st)
{
	if (!st || s->rc)
		return;
	if (sqlite3_step(st) != SQLITE_DONE) {
		diag_errorf(s->d, "case file: %s", sqlite3_errmsg(s->db));
		s->rc = -1;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

static void answer(struct store *s, sqlite3_stmt *st, const char *key, struct str v)
{
	if (!st)
		return;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	bind_str(st, 2, v);
	run(s, st);
}

static void write_answers(struct store *s, const struct case_file *c)
{
	sqlite3_stmt *st = prep(s, "INSERT INTO answer(key, value) VALUES (?, ?)");
	char buf[64];
	answer(s, st, "verdict", str_from_c(verdict_name(c->verdict)));
	for (int i = 0; i < c->ncompromised; i++)
		answer(s, st, "compromised_account", c->compromised_accounts[i]);
	for (int i = 0; i < c->nattackers; i++)
		answer(s, st, "attacker_ip", str_from_c(ip_format(&c->attacker_ips[i], buf)));
	for (int i = 0; i < c->nslow; i++)
		answer(s, st, "slow_bruteforce_ip",
		       str_from_c(ip_format(&c->slow_bruteforce_ips[i], buf)));
	for (int i = 0; i < c->nalerted; i++)
		answer(s, st, "ips_alerted_ip", str_from_c(ip_format(&c->ips_alerted_ips[i], buf)));
	for (int i = 0; i < c->noverbroad; i++)
		answer(s, st, "overbroad_rule", c->overbroad_rules[i]);
	for (size_t i = 0; i < c->nexposed; i++) {
		char ipb[IP_TEXT_MAX];
		snprintf(buf, sizeof(buf), "%s:%u", ip_format(&c->exposed[i].host, ipb),
			 c->exposed[i].port);
		answer(s, st, "exposed_service", str_from_c(buf));
	}
	answer(s, st, "bounces_genuine",
	       str_from_c(c->bounces_genuine < 0 ? "null"
			  : c->bounces_genuine   ? "true"
						 : "false"));
	if (c->first_malicious_event != TIME_UNKNOWN)
		answer(s, st, "first_malicious_event",
		       str_from_c(
			       time_format_iso(c->first_malicious_event, c->tz_offset_min, buf)));
	sqlite3_finalize(st);
}

static void write_findings(struct store *s, const struct case_file *c)
{
	sqlite3_stmt *f = prep(s, "INSERT INTO finding(id, code, severity, title, detail, first, "
				  "last, citations_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
	sqlite3_stmt *e = prep(s, "INSERT INTO entity(finding, type, value) VALUES (?, ?, ?)");
	sqlite3_stmt *r = prep(s, "INSERT INTO citation(finding, evidence, line) VALUES (?, ?, ?)");
	for (size_t i = 0; i < c->nf && s->rc == 0; i++) {
		const struct finding *x = &c->f[i];
		sqlite3_bind_int64(f, 1, (sqlite3_int64)i + 1);
		sqlite3_bind_text(f, 2, x->code, -1, SQLITE_STATIC);
		sqlite3_bind_text(f, 3, severity_name(x->sev), -1, SQLITE_STATIC);
		bind_str(f, 4, x->title);
		bind_str(f, 5, x->detail);
		bind_time(f, 6, c, x->first);
		bind_time(f, 7, c, x->last);
		sqlite3_bind_int64(f, 8, (sqlite3_int64)x->refs_total);
		run(s, f);
		for (int k = 0; k < x->nent; k++) {
			sqlite3_bind_int64(e, 1, (sqlite3_int64)i + 1);
			sqlite3_bind_text(e, 2, entity_kind_name(x->ent[k].kind), -1,
					  SQLITE_STATIC);
			bind_str(e, 3, x->ent[k].value);
			run(s, e);
		}
		for (int k = 0; k < x->nrefs; k++) {
			sqlite3_bind_int64(r, 1, (sqlite3_int64)i + 1);
			sqlite3_bind_int64(r, 2, (sqlite3_int64)x->refs[k].evidence + 1);
			sqlite3_bind_int64(r, 3, (sqlite3_int64)x->refs[k].line);
			run(s, r);
		}
	}
	sqlite3_finalize(f);
	sqlite3_finalize(e);
	sqlite3_finalize(r);
}

static void write_rest(struct store *s, const struct case_file *c,
		       const struct evidence_file *files, size_t nfiles)
{
	sqlite3_stmt *ev =
		prep(s, "INSERT INTO evidence(id, path, kind, why, compressed, records, "
			"decoded, skipped, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, "
			"?, ?, ?, ?, ?)");
	for (size_t i = 0; i < nfiles && s->rc == 0; i++) {
		const struct evidence_file *x = &files[i];
		sqlite3_bind_int64(ev, 1, (sqlite3_int64)i + 1);
		bind_str(ev, 2, str_from_c(x->path));
		if (x->kind)
			sqlite3_bind_text(ev, 3, x->kind, -1, SQLITE_STATIC);
		bind_str(ev, 4, str_from_c(x->why));
		sqlite3_bind_int(ev, 5, x->compressed);
		sqlite3_bind_int64(ev, 6, (sqlite3_int64)x->records);
		sqlite3_bind_int64(ev, 7, (sqlite3_int64)x->decoded);
		sqlite3_bind_int64(ev, 8, (sqlite3_int64)x->skipped);
		bind_time(ev, 9, c, x->first_ts);
		bind_time(ev, 10, c, x->last_ts);
		run(s, ev);
	}
	sqlite3_finalize(ev);
	sqlite3_stmt *t =
		prep(s, "INSERT INTO timeline(ts, message, evidence, line) VALUES (?, ?, ?, ?)");
	for (size_t i = 0; i < c->nt && s->rc == 0; i++) {
		bind_time(t, 1, c, c->t[i].ts);
		bind_str(t, 2, c->t[i].text);
		if (c->t[i].has_ref) {
			sqlite3_bind_int64(t, 3, (sqlite3_int64)c->t[i].ref.evidence + 1);
			sqlite3_bind_int64(t, 4, (sqlite3_int64)c->t[i].ref.line);
		}
		run(s, t);
	}
	sqlite3_finalize(t);
	sqlite3_stmt *n = prep(s, "INSERT INTO note(kind, rule, text) VALUES (?, ?, ?)");
	for (int i = 0; i < c->nreasons && s->rc == 0; i++) {
		sqlite3_bind_text(n, 1, "reason", -1, SQLITE_STATIC);
		sqlite3_bind_text(n, 2, c->reasons[i].rule, -1, SQLITE_STATIC);
		bind_str(n, 3, c->reasons[i].why);
		run(s, n);
	}
	for (int i = 0; i < c->nrec && s->rc == 0; i++) {
		sqlite3_bind_text(n, 1, "recommendation", -1, SQLITE_STATIC);
		bind_str(n, 3, c->recommendations[i]);
		run(s, n);
	}
	for (int i = 0; i < c->nlimits && s->rc == 0; i++) {
		sqlite3_bind_text(n, 1, "limit", -1, SQLITE_STATIC);
		bind_str(n, 3, c->limits[i]);
		run(s, n);
	}
	sqlite3_finalize(n);
}

int store_write(const char *path, const struct case_file *c, const struct evidence_file *files,
		size_t nfiles, struct diag *d)
{
	struct store s = {.d = d};
	char *err = NULL;
	if (sqlite3_open_v2(path, &s.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
	    SQLITE_OK) {
		diag_errorf(d, "%s: %s", path, s.db ? sqlite3_errmsg(s.db) : "out of memory");
		goto out_close;
	}
	if (sqlite3_exec(s.db, "BEGIN", NULL, NULL, &err) != SQLITE_OK ||
	    sqlite3_exec(s.db, schema, NULL, NULL, &err) != SQLITE_OK) {
		diag_errorf(d, "%s: %s", path, err ? err : sqlite3_errmsg(s.db));
		sqlite3_free(err);
		goto out_close;
	}
	write_rest(&s, c, files, nfiles);
	write_findings(&s, c);
	write_answers(&s, c);
	if (s.rc == 0) {
		char pragma[64];
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", STORE_SCHEMA_VERSION);
		if (sqlite3_exec(s.db, pragma, NULL, NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(s.db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
			diag_errorf(d, "%s: %s", path, sqlite3_errmsg(s.db));
			s.rc = -1;
		}
	}
	if (s.rc)
		sqlite3_exec(s.db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(s.db);
	return s.rc;
out_close:
	sqlite3_close(s.db);
	return -1;
}
