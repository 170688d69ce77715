/*
 * test_auth.c - the login tracker (detect/auth.c) on hand-made events: one
 * failed telnet attempt that login writes twice (the PAM module's line, then
 * its own FAILED LOGIN) counts once; either line alone counts; attempts of
 * different sources, accounts or processes, or far apart in time, stay apart.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "detect/auth.h"

/* A failed telnet login of user from ip (a.b.c.d as the last byte) at ts, by login[pid]. */
static struct event attempt(int64_t ts, uint32_t pid, uint8_t ip, const char *user, bool pam)
{
	struct event ev;
	event_clear(&ev);
	ev.kind = EV_AUTH;
	ev.outcome = OUTCOME_FAILURE;
	ev.service = SVC_TELNET;
	ev.ts = ts;
	ev.host = STR("mail");
	ev.program = STR("login");
	ev.pid = pid;
	ev.user = str_from_c(user);
	ev.reason = pam ? STR("pam_unix") : STR("Authentication failure");
	char text[32];
	snprintf(text, sizeof(text), "203.0.113.%u", ip);
	assert_int_equal(ip_parse(str_from_c(text), &ev.src_ip), 0);
	ev.has_src_ip = true;
	ev.line = (uint64_t)ts + 1;
	return ev;
}

static uint32_t fails_of(const struct auth_tracker *t, uint8_t ip)
{
	struct ip a;
	char text[32];
	snprintf(text, sizeof(text), "203.0.113.%u", ip);
	assert_int_equal(ip_parse(str_from_c(text), &a), 0);
	const struct auth_source *s = auth_source_of(t, &a);
	return s ? s->fail : 0;
}

static void feed(struct auth_tracker *t, struct event ev)
{
	auth_feed(t, &ev);
}

static void test_login_twice_counts_once(void **state)
{
	(void)state;
	struct arena a = {0};
	struct auth_tracker t;
	auth_init(&t, &a);
	/* source 1: three attempts, each written twice */
	for (int64_t k = 0; k < 3; k++) {
		feed(&t, attempt(100 + 10 * k, 44, 1, "root", true));
		feed(&t, attempt(101 + 10 * k, 44, 1, "root", false));
	}
	assert_int_equal(fails_of(&t, 1), 3);
	assert_int_equal(t.duplicates, 3);
	/* source 2: login's line alone (no PAM line logged) */
	feed(&t, attempt(200, 45, 2, "root", false));
	feed(&t, attempt(201, 45, 2, "root", false));
	assert_int_equal(fails_of(&t, 2), 2);
	/* source 3: the PAM line alone */
	feed(&t, attempt(300, 46, 3, "admin", true));
	assert_int_equal(fails_of(&t, 3), 1);
	arena_free(&a);
}

static void test_attempts_stay_apart(void **state)
{
	(void)state;
	struct arena a = {0};
	struct auth_tracker t;
	auth_init(&t, &a);
	/* two sources interleaved: each login line finds its own PAM line */
	feed(&t, attempt(100, 50, 4, "root", true));
	feed(&t, attempt(100, 51, 5, "root", true));
	feed(&t, attempt(101, 50, 4, "root", false));
	feed(&t, attempt(101, 51, 5, "root", false));
	assert_int_equal(fails_of(&t, 4), 1);
	assert_int_equal(fails_of(&t, 5), 1);
	/* another account, another process, or too late: a different attempt */
	feed(&t, attempt(200, 60, 6, "root", true));
	feed(&t, attempt(201, 60, 6, "admin", false));
	feed(&t, attempt(300, 61, 6, "root", true));
	feed(&t, attempt(301, 62, 6, "root", false));
	feed(&t, attempt(400, 63, 6, "root", true));
	feed(&t, attempt(400 + AUTH_PAM_WINDOW + 1, 63, 6, "root", false));
	assert_int_equal(fails_of(&t, 6), 6);
	/* one PAM line pairs with one login line only */
	feed(&t, attempt(500, 70, 7, "root", true));
	feed(&t, attempt(501, 70, 7, "root", false));
	feed(&t, attempt(502, 70, 7, "root", false));
	assert_int_equal(fails_of(&t, 7), 2);
	assert_int_equal(t.duplicates, 3);
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_login_twice_counts_once),
		cmocka_unit_test(test_attempts_stay_apart),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
