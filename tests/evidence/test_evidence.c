/*
 * test_evidence.c - reading evidence files: line framing (CRLF, no final
 * newline, overlong lines skipped and counted), compressed input, folder
 * walking order, slurp caps; and output escaping (report/esc.h), which is
 * what stands between attacker bytes and the analyst's terminal.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <zlib.h>

#include "evidence/source.h"
#include "evidence/walk.h"
#include "report/esc.h"

static char tmpdir[256];

static void write_file(const char *name, const char *data, size_t n)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, n, f), n);
	fclose(f);
}

static int setup(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/retrace-test-XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_lines(void **state)
{
	(void)state;
	size_t big = SOURCE_LINE_MAX + 10;
	static const char head[] = "one\r\ntwo\n", tail[] = "\nthree";
	size_t n = sizeof(head) - 1 + big + sizeof(tail) - 1;
	char *data = malloc(n);
	if (!data)
		fail();
	memcpy(data, head, sizeof(head) - 1);
	memset(data + sizeof(head) - 1, 'x', big);
	memcpy(data + sizeof(head) - 1 + big, tail, sizeof(tail) - 1);
	write_file("lines.log", data, n);
	free(data);
	char path[512];
	snprintf(path, sizeof(path), "%s/lines.log", tmpdir);
	struct lines lr;
	struct diag d = {0};
	struct str l;
	assert_int_equal(lines_open(&lr, path, &d), 0);
	assert_int_equal(lines_next(&lr, &l, &d), 1);
	assert_true(str_eq(l, STR("one")));
	assert_int_equal(lines_next(&lr, &l, &d), 1);
	assert_true(str_eq(l, STR("two")));
	assert_int_equal(lines_next(&lr, &l, &d), 1);
	assert_true(str_eq(l, STR("three")));
	assert_int_equal(lr.line, 4); /* the overlong line 3 was counted and skipped */
	assert_int_equal(lr.too_long, 1);
	assert_int_equal(d.nwarn, 1);
	assert_int_equal(lines_next(&lr, &l, &d), 0);
	lines_close(&lr);
}

/* The mapped reader returns what the buffered one does: lines, numbers, offsets, skips. */
static void test_lines_mapped(void **state)
{
	(void)state;
	size_t big = SOURCE_LINE_MAX + 10;
	static const char head[] = "a\r\n\nbb\n", tail[] = "\ncc\r\ndd";
	size_t n = sizeof(head) - 1 + big + sizeof(tail) - 1;
	char *data = malloc(n);
	if (!data)
		fail();
	memcpy(data, head, sizeof(head) - 1);
	memset(data + sizeof(head) - 1, 'y', big);
	memcpy(data + sizeof(head) - 1 + big, tail, sizeof(tail) - 1);
	write_file("mapped.log", data, n);
	free(data);
	char path[512];
	snprintf(path, sizeof(path), "%s/mapped.log", tmpdir);
	/* whole file, and a range starting at line 3 (offset 4) */
	const uint64_t starts[] = {0, 4};
	for (size_t k = 0; k < 2; k++) {
		struct lines a, b;
		struct diag da = {0}, db = {0};
		assert_int_equal(lines_open_range(&a, path, starts[k], n, &da), 0);
		assert_int_equal(lines_map_range(&b, path, starts[k], n, &db), 0);
		assert_non_null(b.map);
		int ra, rb;
		do {
			struct str la, lb;
			ra = lines_next(&a, &la, &da);
			rb = lines_next(&b, &lb, &db);
			assert_int_equal(ra, rb);
			if (ra == 1) {
				assert_true(str_eq(la, lb));
				assert_int_equal(a.line, b.line);
				assert_int_equal(a.offset, b.offset);
			}
		} while (ra == 1);
		assert_int_equal(a.too_long, 1);
		assert_int_equal(b.too_long, 1);
		assert_int_equal(da.nwarn, db.nwarn);
		lines_close(&a);
		lines_close(&b);
	}
	/* what cannot be mapped says so, and the caller reads it another way */
	struct lines c;
	struct diag dc = {0};
	assert_int_equal(lines_map_range(&c, path, 0, n + 100, &dc), -1);
	assert_int_equal(lines_map_range(&c, "-", 0, 10, &dc), -1);
	unsigned char gz[] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
	write_file("fake.gz", (const char *)gz, sizeof(gz));
	snprintf(path, sizeof(path), "%s/fake.gz", tmpdir);
	assert_int_equal(lines_map_range(&c, path, 0, sizeof(gz), &dc), -1);
}

static void test_gzip(void **state)
{
	(void)state;
	char path[512];
	snprintf(path, sizeof(path), "%s/log.gz", tmpdir);
	gzFile gz = gzopen(path, "wb");
	assert_non_null(gz);
	for (int i = 0; i < 1000; i++)
		gzprintf(gz, "line %d\n", i);
	gzclose(gz);
	struct lines lr;
	struct diag d = {0};
	struct str l;
	assert_int_equal(lines_open(&lr, path, &d), 0);
	assert_true(lr.src.compressed);
	int n = 0;
	while (lines_next(&lr, &l, &d) == 1)
		n++;
	assert_int_equal(n, 1000);
	assert_true(str_eq(l, STR("line 999")));
	lines_close(&lr);
	char head[SOURCE_PEEK_BYTES];
	size_t hn;
	bool comp;
	assert_int_equal(source_peek(path, head, &hn, &comp, &d), 0);
	assert_true(comp);
	assert_true(str_starts((struct str){head, hn}, STR("line 0\nline 1\n")));
}

static void test_slurp_cap(void **state)
{
	(void)state;
	write_file("small.csv", "a,b\n1,2\n", 8);
	char path[512];
	snprintf(path, sizeof(path), "%s/small.csv", tmpdir);
	struct arena a = {0};
	struct diag d = {0};
	struct str out;
	assert_int_equal(source_slurp(path, 100, &a, &out, &d), 0);
	assert_int_equal(out.n, 8);
	assert_int_equal(source_slurp(path, 4, &a, &out, &d), -1);
	assert_non_null(strstr(d.msg, "larger than"));
	arena_free(&a);
}

static void test_walk(void **state)
{
	(void)state;
	char sub[512];
	snprintf(sub, sizeof(sub), "%s/dir", tmpdir);
	mkdir(sub, 0700);
	snprintf(sub, sizeof(sub), "%s/dir/cur", tmpdir);
	mkdir(sub, 0700);
	write_file("dir/b.log", "x\n", 2);
	write_file("dir/a.log", "x\n", 2);
	write_file("dir/.hidden", "x\n", 2);
	write_file("dir/cur/1.eml", "x\n", 2);
	struct arena a = {0};
	struct file_list fl = {0};
	struct diag d = {0};
	snprintf(sub, sizeof(sub), "%s/dir", tmpdir);
	assert_int_equal(walk_path(sub, &a, &fl, &d), 0);
	assert_int_equal(fl.n, 3);
	assert_non_null(strstr(fl.path[0], "dir/a.log"));
	assert_non_null(strstr(fl.path[1], "dir/b.log"));
	assert_non_null(strstr(fl.path[2], "dir/cur/1.eml"));
	assert_int_equal(walk_path("/nonexistent/retrace", &a, &fl, &d), -1);
	arena_free(&a);
}

static char *escaped(void (*fn)(FILE *, struct str), struct str s)
{
	static char buf[1024];
	FILE *f = fmemopen(buf, sizeof(buf), "w");
	fn(f, s);
	fclose(f);
	return buf;
}

static void test_escaping(void **state)
{
	(void)state;
	/* terminal: ESC, BEL, C1 CSI (U+009B), bad UTF-8 are made visible; Korean passes */
	assert_string_equal(escaped(esc_term, STR("a\033[2Jb\x07")), "a\\x1b[2Jb\\x07");
	assert_string_equal(escaped(esc_term, STR("\xc2\x9b"
						  "31m")),
			    "\\xc2\\x9b31m");
	assert_string_equal(escaped(esc_term, STR("\xff\xfe")), "\\xff\\xfe");
	assert_string_equal(escaped(esc_term, STR("김과장 PC")), "김과장 PC");
	assert_string_equal(escaped(esc_term, STR("\xed\xa0\x80")),
			    "\\xed\\xa0\\x80"); /* surrogate */
	assert_string_equal(escaped(esc_html, STR("<script>\"x\"&'")),
			    "&lt;script&gt;&quot;x&quot;&amp;&#39;");
	assert_string_equal(escaped(esc_md, STR("a|b*c")), "a\\|b\\*c");
	assert_string_equal(escaped(esc_csv, STR("=HYPERLINK(\"x\")")),
			    "\"'=HYPERLINK(\"\"x\"\")\"");
	assert_string_equal(escaped(esc_csv, STR("plain")), "\"plain\"");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines), cmocka_unit_test(test_lines_mapped),
		cmocka_unit_test(test_gzip),  cmocka_unit_test(test_slurp_cap),
		cmocka_unit_test(test_walk),  cmocka_unit_test(test_escaping),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
