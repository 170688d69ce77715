/*
 * main.c - entry point: hands argv to the command dispatcher.
 */
#include "cmd/cmd.h"

int main(int argc, char **argv)
{
	return cmd_main(argc, argv);
}
