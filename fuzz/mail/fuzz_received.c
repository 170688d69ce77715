/*
 * fuzz_received.c - libFuzzer target for the Received header parser and the
 * trust walk. The input is one header value; it is parsed, and a one-hop
 * chain is walked with a policy that calls every address ours but loopback.
 */
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "mail/received.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

static enum received_zone zone(void *ctx, const struct ip *ip, struct str host)
{
	(void)ctx;
	(void)host;
	return ip && !ip_is_loopback(ip) ? RECEIVED_OURS : RECEIVED_EXTERNAL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct arena a = {0};
	struct diag d = {.file = "fuzz"};
	struct received_hop h[2];
	if (received_parse((struct str){(const char *)data, n}, &a, &h[0], &d) == 0) {
		h[1] = h[0];
		struct received_trust_policy pol = {.zone = zone, .trust_authenticated = n & 1};
		size_t i = received_trust(h, 2, &pol);
		if (i > 2)
			__builtin_trap();
	}
	arena_free(&a);
	return 0;
}
