/*
 * investigate.c - `retrace investigate PATH...`: read the evidence, analyse,
 * print the reconstruction. Diagnostics go to stderr as file:line: level:
 * message (escaped: they may quote attacker text), at most DIAG_PER_FILE per
 * file and a count of the rest.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "case/analyze.h"
#include "case/store.h"
#include "cmd/cmd.h"
#include "ingest/kinds.h"
#include "ingest/run.h"
#include "report/esc.h"
#include "report/report.h"

enum { DIAG_PER_FILE = 20 };

struct stderr_sink {
	struct diag_sink base;
	const char *file;
	int shown, hidden;
	bool quiet;
};

static void sink_flush(struct stderr_sink *s)
{
	if (s->hidden)
		fprintf(stderr, "%s: ... and %d more diagnostics for this file\n",
			s->file ? s->file : "retrace", s->hidden);
	s->hidden = 0;
	s->shown = 0;
}

static void sink_emit(struct diag_sink *self, enum diag_level level, const char *file, long line,
		      int col, const char *msg)
{
	struct stderr_sink *s = (struct stderr_sink *)self;
	if (file != s->file && (!file || !s->file || strcmp(file, s->file))) {
		sink_flush(s);
		s->file = file;
	}
	if (s->quiet && level == DIAG_NOTE)
		return;
	if (s->shown >= DIAG_PER_FILE) {
		s->hidden++;
		return;
	}
	s->shown++;
	if (file) {
		esc_term(stderr, str_from_c(file));
		if (line > 0)
			fprintf(stderr, ":%ld", line);
		if (col > 0)
			fprintf(stderr, ":%d", col);
		fputs(": ", stderr);
	} else {
		fputs("retrace: ", stderr);
	}
	fputs(level == DIAG_ERROR     ? "error: "
	      : level == DIAG_WARNING ? "warning: "
				      : "note: ",
	      stderr);
	esc_term(stderr, str_from_c(msg));
	fputc('\n', stderr);
}

/* "N", "NK", "NM" or "NG" (binary multiples) into *out; 0 or -1. */
static int parse_bytes(const char *s, uint64_t *out)
{
	struct str t = str_trim(str_from_c(s));
	uint64_t v, mul = 1;
	if (t.n && (t.p[t.n - 1] | 0x20) == 'k')
		mul = UINT64_C(1) << 10;
	else if (t.n && (t.p[t.n - 1] | 0x20) == 'm')
		mul = UINT64_C(1) << 20;
	else if (t.n && (t.p[t.n - 1] | 0x20) == 'g')
		mul = UINT64_C(1) << 30;
	if (mul > 1)
		t.n--;
	if (str_to_u64(t, (UINT64_C(1) << 40) / mul, &v) == -1)
		return -1;
	*out = v * mul;
	return 0;
}

static void usage(FILE *f)
{
	fputs("usage: retrace investigate [OPTIONS] PATH...\n"
	      "\n"
	      "Reads evidence files and folders (recursively; .gz/.bz2/.xz/.zst read as they are;\n"
	      "'-' is standard input), identifies each file's kind from its content, correlates\n"
	      "everything and prints the reconstruction: verdict, findings citing file:line,\n"
	      "timeline, recommendations.\n"
	      "\n"
	      "options:\n"
	      "  -f, --format FMT   text (default), md, html or json\n"
	      "  -o, --output FILE  write the report to FILE instead of standard output\n"
	      "      --as KIND      read every PATH as KIND (see 'retrace kinds')\n"
	      "      --year YEAR    year of syslog lines, which carry none (default: inferred\n"
	      "                     from dated evidence, else the file's modification time)\n"
	      "      --tz ZONE      zone of syslog lines, e.g. +09:00, -0500, UTC (default UTC)\n"
	      "      --color WHEN   auto (default), always or never; NO_COLOR is respected\n"
	      "      --case FILE    also keep the case in the SQLite file FILE (docs/casefile.md)\n"
	      "      --threads N    threads for decoding logs (default: the number of CPUs);\n"
	      "                     the result is the same for every N\n"
	      "      --chunk-size B large uncompressed logs are decoded in chunks of B bytes\n"
	      "                     (K, M, G suffixes; default 2M); this changes speed and\n"
	      "                     memory, never results\n"
	      "      --no-mmap      read logs with read(2) instead of mapping them (for logs\n"
	      "                     that may be truncated while retrace reads them)\n"
	      "  -q, --quiet        no progress messages\n"
	      "  -h, --help         this help\n"
	      "\n"
	      "exit status: 0 no incident, 1 incident found (verdict other than no_incident),\n"
	      "2 usage error, 3 no usable evidence, 70 internal error.\n"
	      "\n"
	      "example:\n"
	      "  retrace investigate --tz +09:00 examples/seed-case\n",
	      f);
}

/* "+09:00", "+0900", "-5", "UTC", "Z" -> minutes. */
static int parse_tz(const char *s, int *out)
{
	struct str z = str_from_c(s);
	if (str_ieq(z, STR("UTC")) || str_ieq(z, STR("Z")) || str_ieq(z, STR("GMT"))) {
		*out = 0;
		return 0;
	}
	if (!z.n || (z.p[0] != '+' && z.p[0] != '-'))
		return -1;
	int sign = z.p[0] == '-' ? -1 : 1;
	z = str_skip(z, 1);
	uint64_t hh = 0, mm = 0;
	ptrdiff_t colon = str_chr(z, ':');
	if (colon >= 0) {
		if (str_to_u64(str_sub(z, 0, (size_t)colon), 18, &hh) == -1 ||
		    str_to_u64(str_skip(z, (size_t)colon + 1), 59, &mm) == -1)
			return -1;
	} else if (z.n == 4) {
		if (str_to_u64(str_sub(z, 0, 2), 18, &hh) == -1 ||
		    str_to_u64(str_skip(z, 2), 59, &mm) == -1)
			return -1;
	} else if (str_to_u64(z, 18, &hh) == -1) {
		return -1;
	}
	*out = sign * (int)(hh * 60 + mm);
	return 0;
}

int cmd_investigate(int argc, char **argv)
{
	static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
					     {"output", required_argument, NULL, 'o'},
					     {"as", required_argument, NULL, 'A'},
					     {"year", required_argument, NULL, 'Y'},
					     {"tz", required_argument, NULL, 'Z'},
					     {"color", required_argument, NULL, 'C'},
					     {"quiet", no_argument, NULL, 'q'},
					     {"help", no_argument, NULL, 'h'},
					     {"case", required_argument, NULL, 'S'},
					     {"threads", required_argument, NULL, 'T'},
					     {"chunk-size", required_argument, NULL, 'K'},
					     {"no-mmap", no_argument, NULL, 'M'},
					     {NULL, 0, NULL, 0}};
	struct run_options ro = {0};
	enum report_format fmt = REPORT_TEXT;
	const char *out_path = NULL, *color = "auto", *case_path = NULL;
	bool quiet = false;
	int ch;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "f:o:qh", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (report_format_parse(optarg, &fmt) == -1) {
				fprintf(stderr,
					"retrace: unknown format '%s' (text, md, html, json)\n",
					optarg);
				return EXIT_USAGE;
			}
			break;
		case 'o':
			out_path = optarg;
			break;
		case 'A':
			if (!kind_by_name(optarg)) {
				fprintf(stderr,
					"retrace: unknown kind '%s'; 'retrace kinds' lists them\n",
					optarg);
				return EXIT_USAGE;
			}
			ro.force_kind = optarg;
			break;
		case 'Y': {
			uint64_t y;
			if (str_to_u64(str_from_c(optarg), 9999, &y) == -1 || y < 1970) {
				fprintf(stderr,
					"retrace: --year wants a year such as 2024, not '%s'\n",
					optarg);
				return EXIT_USAGE;
			}
			ro.year = (int)y;
			break;
		}
		case 'Z':
			if (parse_tz(optarg, &ro.tz_offset_min) == -1) {
				fprintf(stderr,
					"retrace: --tz wants an offset such as +09:00, -0500 or "
					"UTC, "
					"not '%s'\n",
					optarg);
				return EXIT_USAGE;
			}
			ro.have_tz = true;
			break;
		case 'C':
			if (strcmp(optarg, "auto") && strcmp(optarg, "always") &&
			    strcmp(optarg, "never")) {
				fprintf(stderr, "retrace: --color wants auto, always or never\n");
				return EXIT_USAGE;
			}
			color = optarg;
			break;
		case 'q':
			quiet = true;
			break;
		case 'S':
			case_path = optarg;
			break;
		case 'M':
			ro.no_mmap = true;
			break;
		case 'K': {
			uint64_t k;
			if (parse_bytes(optarg, &k) == -1 || k < 4096) {
				fprintf(stderr,
					"retrace: --chunk-size wants a byte count of at least "
					"4096 (suffix K, M or G allowed), not '%s'\n",
					optarg);
				return EXIT_USAGE;
			}
			ro.chunk_bytes = k;
			break;
		}
		case 'T': {
			uint64_t t;
			if (str_to_u64(str_from_c(optarg), 64, &t) == -1 || t == 0) {
				fprintf(stderr,
					"retrace: --threads wants a number from 1 to 64, not "
					"'%s'\n",
					optarg);
				return EXIT_USAGE;
			}
			ro.threads = (int)t;
			break;
		}
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		fputs("retrace investigate: name at least one evidence file or folder\n", stderr);
		usage(stderr);
		return EXIT_USAGE;
	}

	if (ro.threads == 0) {
		long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
		ro.threads = ncpu < 1 ? 1 : ncpu > 64 ? 64 : (int)ncpu;
	}
	struct stderr_sink sink = {.base = {sink_emit}, .quiet = quiet};
	struct diag d = {.sink = &sink.base};
	struct arena a = {0};
	struct run *r = NEW(&a, struct run, 1);
	ro.progress = !quiet && isatty(2);
	ro.sink = &sink.base;
	run_init(r, &a, &ro);
	for (int i = optind; i < argc; i++)
		run_add_path(r, argv[i], &d);
	if (r->nfiles == 0) {
		sink_flush(&sink);
		fputs("retrace: no evidence files to read\n", stderr);
		arena_free(&a);
		return EXIT_INPUT;
	}
	int rc = run_ingest(r, &d);
	sink_flush(&sink);
	if (!quiet)
		for (size_t i = 0; i < r->nfiles; i++) {
			const struct evidence_file *f = &r->files[i];
			esc_term(stderr, str_from_c(f->path));
			if (f->kind)
				fprintf(stderr,
					": %s%s, %llu records (%llu decoded, %llu skipped)\n",
					f->kind, f->compressed ? " (compressed)" : "",
					(unsigned long long)f->records,
					(unsigned long long)f->decoded,
					(unsigned long long)f->skipped);
			else
				fprintf(stderr, ": skipped: %s\n",
					f->why ? f->why : "not recognised");
		}
	if (rc == -1) {
		fputs("retrace: none of the evidence could be read\n", stderr);
		arena_free(&a);
		return EXIT_INPUT;
	}
	struct case_file *c = NEW(&a, struct case_file, 1);
	struct analyze_params params;
	analyze_default_params(&params);
	case_init(c, &a);
	case_analyze(c, r, &params);

	if (case_path) {
		struct diag sd = {.sink = &sink.base};
		if (store_write(case_path, c, r->files, r->nfiles, &sd) == -1) {
			sink_flush(&sink);
			arena_free(&a);
			return EXIT_INTERNAL;
		}
	}
	FILE *out = stdout;
	if (out_path && !(out = fopen(out_path, "w"))) {
		perror(out_path);
		arena_free(&a);
		return EXIT_INPUT;
	}
	bool use_color = !strcmp(color, "always") ||
			 (!strcmp(color, "auto") && !out_path && isatty(1) && !getenv("NO_COLOR"));
	struct report_input in = {.c = c, .files = r->files, .nfiles = r->nfiles};
	int wrc = report_write(out, fmt, &in, use_color);
	if (out != stdout && fclose(out) != 0)
		wrc = -1;
	if (wrc == -1)
		perror(out_path ? out_path : "stdout");
	int verdict = c->verdict;
	arena_free(&a);
	if (wrc == -1)
		return EXIT_INTERNAL;
	return verdict == VERDICT_NO_INCIDENT ? EXIT_NO_INCIDENT : EXIT_INCIDENT;
}

int cmd_kinds(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	puts("Evidence kinds (recognised from content; force one with --as KIND):\n");
	for (size_t i = 0; i < nkinds; i++)
		printf("  %-14s %s\n", kinds[i]->name, kinds[i]->summary);
	puts("\nCompressed files (gzip, bzip2, xz, zstd) are read as they are. docs/formats.md\n"
	     "describes every kind with an example.");
	return 0;
}
