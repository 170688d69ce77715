/*
 * main.c - entry point: sets up the libraries that keep process-wide state
 * (GMime) and hands argv to the command dispatcher.
 */
#include "cmd/cmd.h"
#include "mail/message.h"

int main(int argc, char **argv)
{
	message_init();
	int rc = cmd_main(argc, argv);
	message_shutdown();
	return rc;
}
