/*
 * run_cli.c - golden tests of the command line. Each test is a folder under
 * tests/cli/cases/ holding the evidence it needs and a file `test`:
 *
 *   args: investigate -q --format json {dir}/maillog
 *   exit: 1
 *   stdout: "verdict": "account_compromise"
 *   stderr: firewall.csv:3: error:
 *   !stdout: \x1b
 *
 * `{dir}` is replaced by the folder's path. `stdout:`/`stderr:` lines must
 * each occur as a substring; `!stdout:`/`!stderr:` must not occur; `\xNN`
 * and `\n` escapes are understood. A regression test is a new folder.
 *
 * usage: run_cli RETRACE CASE_DIR
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, len = 0, r;
	char *b = malloc(cap + 1);
	while (b && (r = fread(b + len, 1, cap - len, f)) > 0) {
		len += r;
		if (len == cap) {
			cap *= 2;
			b = realloc(b, cap + 1);
		}
	}
	fclose(f);
	if (b)
		b[len] = '\0';
	if (n)
		*n = len;
	return b;
}

static void unescape(char *s)
{
	char *o = s;
	for (char *p = s; *p; p++) {
		if (p[0] == '\\' && p[1] == 'x' && p[2] && p[3]) {
			char hex[3] = {p[2], p[3], 0};
			*o++ = (char)strtol(hex, NULL, 16);
			p += 3;
		} else if (p[0] == '\\' && p[1] == 'n') {
			*o++ = '\n';
			p++;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: run_cli RETRACE CASE_DIR\n");
		return 2;
	}
	char path[4096], cmd[16384], out[512], err[512];
	snprintf(path, sizeof(path), "%s/test", argv[2]);
	char *spec = slurp(path, NULL);
	if (!spec) {
		fprintf(stderr, "%s: cannot read\n", path);
		return 1;
	}
	snprintf(out, sizeof(out), "/tmp/retrace-cli-%d.out", (int)getpid());
	snprintf(err, sizeof(err), "/tmp/retrace-cli-%d.err", (int)getpid());
	int failures = 0, want_exit = -1;
	char *args = NULL;
	for (char *line = strtok(spec, "\n"); line; line = strtok(NULL, "\n")) {
		if (!strncmp(line, "args: ", 6))
			args = line + 6;
		else if (!strncmp(line, "exit: ", 6))
			want_exit = atoi(line + 6);
	}
	if (!args) {
		fprintf(stderr, "%s: no args: line\n", path);
		return 1;
	}
	/* expand {dir} */
	size_t o = (size_t)snprintf(cmd, sizeof(cmd), "'%s' ", argv[1]);
	for (const char *p = args; *p && o < sizeof(cmd) - 1024; p++) {
		if (!strncmp(p, "{dir}", 5)) {
			o += (size_t)snprintf(cmd + o, sizeof(cmd) - o, "%s", argv[2]);
			p += 4;
		} else {
			cmd[o++] = *p;
		}
	}
	snprintf(cmd + o, sizeof(cmd) - o, " >'%s' 2>'%s' </dev/null", out, err);
	int status = system(cmd);
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	char *so = slurp(out, NULL), *se = slurp(err, NULL);
	unlink(out);
	unlink(err);
	if (!so || !se)
		return 1;
	if (want_exit >= 0 && code != want_exit) {
		fprintf(stderr, "FAIL exit: want %d, got %d\n", want_exit, code);
		failures++;
	}
	free(spec);
	spec = slurp(path, NULL);
	for (char *line = strtok(spec, "\n"); line; line = strtok(NULL, "\n")) {
		int neg = line[0] == '!';
		char *l = line + neg;
		const char *hay = NULL;
		if (!strncmp(l, "stdout: ", 8))
			hay = so;
		else if (!strncmp(l, "stderr: ", 8))
			hay = se;
		else
			continue;
		char *needle = l + 8;
		unescape(needle);
		int found = strstr(hay, needle) != NULL;
		if (found == neg) {
			fprintf(stderr, "FAIL %s%.6s %s\n", neg ? "!" : "", l, needle);
			failures++;
		}
	}
	if (failures) {
		fprintf(stderr, "--- stdout\n%s--- stderr\n%s", so, se);
		return 1;
	}
	printf("%s: ok\n", argv[2]);
	free(so);
	free(se);
	free(spec);
	return 0;
}
