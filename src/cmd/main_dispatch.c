/*
 * main_dispatch.c - subcommand table and the top-level --help/--version.
 */
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"

static void usage(FILE *f)
{
	fputs("usage: retrace COMMAND [OPTIONS] ...\n"
	      "\n"
	      "Reconstructs a security incident from the evidence an analyst collected.\n"
	      "\n"
	      "commands:\n"
	      "  investigate PATH...   read evidence files and folders, print the reconstruction\n"
	      "  kinds                 list the evidence kinds retrace recognises\n"
	      "\n"
	      "Run 'retrace COMMAND --help' for a command's options.\n",
	      f);
}

int cmd_main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		puts("retrace 0.1.0");
		return 0;
	}
	if (!strcmp(argv[1], "investigate"))
		return cmd_investigate(argc - 1, argv + 1);
	if (!strcmp(argv[1], "kinds"))
		return cmd_kinds(argc - 1, argv + 1);
	fprintf(stderr, "retrace: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return EXIT_USAGE;
}
