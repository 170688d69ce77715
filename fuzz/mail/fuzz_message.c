/*
 * fuzz_message.c - libFuzzer target for message_parse() and bounce_analyze():
 * any bytes as a whole message (MIME, bounces, broken structure). GMime's
 * process-wide state is set up on the first call and kept: g_mime_init()
 * counts its callers, so the replay driver and libFuzzer both work.
 */
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "mail/bounce.h"
#include "mail/message.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	message_init(); /* counted by GMime: only the first call does the work */
	struct arena a = {0};
	struct diag d = {.file = "fuzz"};
	struct str raw = {(const char *)data, n};
	struct message m;
	if (message_parse(raw, &a, &m, &d) == 0) {
		struct bounce b;
		if (bounce_analyze(&m, raw, &a, &b, &d) == 0 && b.nrcpts > BOUNCE_RCPTS_MAX)
			__builtin_trap();
	}
	arena_free(&a);
	return 0;
}
