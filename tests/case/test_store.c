/*
 * test_store.c - the SQLite case file: what is written reads back the same,
 * attacker text containing SQL stays data (bound parameters), and a second
 * write replaces the first case.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "case/store.h"

static const char *query1(sqlite3 *db, const char *sql, char *buf, size_t n)
{
	sqlite3_stmt *st;
	buf[0] = '\0';
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return "prepare failed";
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		snprintf(buf, n, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return buf;
}

static void build_case(struct case_file *c, struct arena *a)
{
	case_init(c, a);
	c->verdict = VERDICT_ACCOUNT_COMPROMISE;
	struct finding *f = case_add(c, "auth.outside_login", SEV_HIGH);
	finding_title(c, f, "x'); DROP TABLE finding; --");
	finding_entity(c, f, ENT_ACCOUNT, STR("KIM@mail.test.com"));
	finding_ref(f, (struct evref){0, 57});
	finding_time(f, 1710342040);
	case_add_compromised(c, STR("KIM@mail.test.com"));
	struct ip ip;
	ip_parse(STR("218.49.112.67"), &ip);
	case_add_attacker(c, &ip);
	case_timeline(c, 1710342040, &f->refs[0], "logs in");
	case_recommend(c, "reset the password");
}

static void test_roundtrip(void **state)
{
	(void)state;
	char path[] = "/tmp/retrace-case-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	struct arena a = {0};
	struct case_file c;
	build_case(&c, &a);
	struct evidence_file ev = {.path = "maillog",
				   .kind = "syslog",
				   .records = 10,
				   .decoded = 9,
				   .skipped = 1,
				   .first_ts = 1710342040,
				   .last_ts = TIME_UNKNOWN};
	struct diag d = {0};
	assert_int_equal(store_write(path, &c, &ev, 1, &d), 0);
	assert_int_equal(store_write(path, &c, &ev, 1, &d), 0); /* replaces, not appends */
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	char buf[256];
	assert_string_equal(query1(db, "SELECT count(*) FROM finding", buf, sizeof(buf)), "1");
	assert_string_equal(query1(db, "SELECT title FROM finding", buf, sizeof(buf)),
			    "x'); DROP TABLE finding; --");
	assert_string_equal(
		query1(db, "SELECT value FROM answer WHERE key = 'verdict'", buf, sizeof(buf)),
		"account_compromise");
	assert_string_equal(query1(db,
				   "SELECT e.path || ':' || c.line FROM citation c JOIN evidence e "
				   "ON e.id = c.evidence",
				   buf, sizeof(buf)),
			    "maillog:57");
	assert_string_equal(query1(db, "SELECT ts FROM timeline", buf, sizeof(buf)),
			    "2024-03-13T15:00:40+00:00");
	assert_string_equal(query1(db, "SELECT first_seen FROM evidence", buf, sizeof(buf)),
			    "2024-03-13T15:00:40+00:00");
	assert_string_equal(query1(db, "SELECT last_seen IS NULL FROM evidence", buf, sizeof(buf)),
			    "1");
	assert_string_equal(query1(db, "PRAGMA user_version", buf, sizeof(buf)), "2");
	sqlite3_close(db);
	unlink(path);
	arena_free(&a);
}

static void test_unwritable(void **state)
{
	(void)state;
	struct arena a = {0};
	struct case_file c;
	build_case(&c, &a);
	struct diag d = {0};
	assert_int_equal(store_write("/nonexistent-dir/case.db", &c, NULL, 0, &d), -1);
	assert_true(d.nerr > 0);
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {cmocka_unit_test(test_roundtrip),
					   cmocka_unit_test(test_unwritable)};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
