/*
 * fuzz_eve.c - arbitrary bytes, split into lines, through the Suricata EVE
 * decoder (one reader for the whole input, as a file is read), and the whole
 * input through the sniffer. Nothing may crash, leak json-c objects or read
 * out of bounds; every string an event keeps must lie in the reader's
 * scratch, never in memory json-c has freed.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "decode/suricata_eve.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

static size_t kept(const struct eve_reader *r, struct str s)
{
	if (s.n == 0)
		return 0;
	if (s.p < r->scratch || s.p + s.n > r->scratch + EVE_SCRATCH)
		abort(); /* a string outside the reader's scratch buffer */
	size_t sum = 0;
	for (size_t i = 0; i < s.n; i++)
		sum += (unsigned char)s.p[i];
	return sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct str in = {(const char *)data, n};
	struct eve_reader *r = malloc(sizeof(*r));
	size_t sum = 0;

	if (!r)
		return 0;
	eve_reader_init(r, n ? (data[0] % 29 - 14) * 60 : 0);
	sum += (size_t)eve_sniff(in);
	for (long no = 1; in.n; no++) {
		struct str line = str_cut(&in, '\n');
		struct event ev;
		struct diag d = {.file = "fuzz", .line = no};
		if (eve_line(r, line, &ev, &d) == -1)
			continue;
		sum += kept(r, ev.rule_name) + kept(r, ev.rule_id) + kept(r, ev.reason) +
		       kept(r, ev.pri) + kept(r, ev.proto) + kept(r, ev.host);
		sum += ev.src_port + ev.dst_port + (size_t)ev.blocked;
	}
	free(r);
	volatile size_t sink = sum;
	(void)sink;
	return 0;
}
