/*
 * check_case.c - end-to-end check of one evidence folder: runs
 * `retrace investigate -q -f json DIR` and compares the answer with
 * DIR/expected.json, key by key (only the keys expected.json names).
 * Lists compare as sets (accounts case-insensitively), exposed_services as
 * sets of host:port, the rest exactly. Exit 0 when everything agrees, 1 with
 * every difference listed otherwise, 77 (skip) when DIR is absent.
 *
 * usage: check_case RETRACE DIR [extra retrace options...]
 */
#include <json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>

static int failures;

static void fail(const char *key, const char *fmt, const char *a, const char *b)
{
	fprintf(stderr, "MISMATCH %s: ", key);
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
	failures++;
}

/* Text form of one array element for set comparison. */
static void elem_key(struct json_object *e, char *buf, size_t n, int icase)
{
	if (json_object_is_type(e, json_type_object)) {
		struct json_object *h, *p;
		json_object_object_get_ex(e, "host", &h);
		json_object_object_get_ex(e, "port", &p);
		snprintf(buf, n, "%s:%d", h ? json_object_get_string(h) : "?",
			 p ? json_object_get_int(p) : -1);
	} else {
		snprintf(buf, n, "%s", json_object_get_string(e));
	}
	if (icase)
		for (char *c = buf; *c; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c - 'A' + 'a');
}

static int contains(struct json_object *arr, const char *k, int icase)
{
	char buf[512];
	for (size_t i = 0; i < json_object_array_length(arr); i++) {
		elem_key(json_object_array_get_idx(arr, i), buf, sizeof(buf), icase);
		if (!strcmp(buf, k))
			return 1;
	}
	return 0;
}

static void compare_sets(const char *key, struct json_object *want, struct json_object *got)
{
	int icase = !strcmp(key, "compromised_accounts");
	char buf[512];
	if (!got || !json_object_is_type(got, json_type_array)) {
		fail(key, "expected an array %s, got %s", json_object_to_json_string(want),
		     got ? json_object_to_json_string(got) : "nothing");
		return;
	}
	for (size_t i = 0; i < json_object_array_length(want); i++) {
		elem_key(json_object_array_get_idx(want, i), buf, sizeof(buf), icase);
		if (!contains(got, buf, icase))
			fail(key, "missing %s (got %s)", buf, json_object_to_json_string(got));
	}
	for (size_t i = 0; i < json_object_array_length(got); i++) {
		elem_key(json_object_array_get_idx(got, i), buf, sizeof(buf), icase);
		if (!contains(want, buf, icase))
			fail(key, "unexpected %s (want %s)", buf, json_object_to_json_string(want));
	}
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: check_case RETRACE DIR [options]\n");
		return 2;
	}
	struct stat st;
	if (stat(argv[2], &st) == -1) {
		fprintf(stderr, "%s absent: skipped\n", argv[2]);
		return 77;
	}
	char path[4096], cmd[16384];
	snprintf(path, sizeof(path), "%s/expected.json", argv[2]);
	struct json_object *want = json_object_from_file(path);
	if (!want) {
		fprintf(stderr, "%s: cannot read\n", path);
		return 1;
	}
	size_t o = (size_t)snprintf(cmd, sizeof(cmd), "'%s' investigate -q -f json", argv[1]);
	for (int i = 3; i < argc && o < sizeof(cmd); i++)
		o += (size_t)snprintf(cmd + o, sizeof(cmd) - o, " '%s'", argv[i]);
	snprintf(cmd + o, sizeof(cmd) - o, " '%s'", argv[2]);
	FILE *p = popen(cmd, "r");
	if (!p)
		return 1;
	size_t cap = 1 << 20, n = 0, r;
	char *buf = malloc(cap);
	while (buf && (r = fread(buf + n, 1, cap - n - 1, p)) > 0) {
		n += r;
		if (n + 1 == cap) {
			cap *= 2;
			buf = realloc(buf, cap);
		}
	}
	int status = pclose(p);
	if (!buf)
		return 1;
	buf[n] = '\0';
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	if (code != 0 && code != 1) {
		fprintf(stderr, "retrace exited %d\n", code);
		return 1;
	}
	struct json_object *got = json_tokener_parse(buf);
	if (!got) {
		fprintf(stderr, "retrace printed no valid JSON:\n%s\n", buf);
		return 1;
	}
	json_object_object_foreach(want, key, wv)
	{
		struct json_object *gv = NULL;
		if (!json_object_object_get_ex(got, key, &gv)) {
			fail(key, "%s%s", "key missing from the output", "");
			continue;
		}
		if (wv && json_object_is_type(wv, json_type_array)) {
			compare_sets(key, wv, gv);
			continue;
		}
		const char *ws = wv ? json_object_get_string(wv) : "null";
		const char *gs = gv ? json_object_get_string(gv) : "null";
		if (strcmp(ws, gs))
			fail(key, "want %s, got %s", ws, gs);
	}
	const char *verdict = json_object_get_string(json_object_object_get(got, "verdict"));
	if (verdict && code != (strcmp(verdict, "no_incident") ? 1 : 0))
		fail("exit status", "%s%s", "does not match the verdict", "");
	json_object_put(want);
	json_object_put(got);
	free(buf);
	if (failures)
		fprintf(stderr, "%d mismatch%s for %s\n", failures, failures == 1 ? "" : "es",
			argv[2]);
	else
		printf("%s: all expected answers match\n", argv[2]);
	return failures ? 1 : 0;
}
