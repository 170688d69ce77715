/*
 * cmd.h - the command line: one file per subcommand, dispatched by cmd_main.
 */
#ifndef RETRACE_CMD_CMD_H
#define RETRACE_CMD_CMD_H

/* Exit codes, documented in README.md and retrace --help. */
enum {
	EXIT_NO_INCIDENT = 0, /* ran; verdict no_incident */
	EXIT_INCIDENT = 1,    /* ran; an incident verdict */
	EXIT_USAGE = 2,       /* bad command line */
	EXIT_INPUT = 3,       /* no usable evidence / unreadable input */
	EXIT_INTERNAL = 70,   /* out of memory or internal error */
};

int cmd_main(int argc, char **argv);
int cmd_investigate(int argc, char **argv);
int cmd_kinds(int argc, char **argv);

#endif
