/*
 * fuzz_snort_fast.c - arbitrary bytes, split into lines, through the Snort/
 * Suricata text alert decoders: each line as an alert_fast line (one clock
 * for the input, so rollover paths run), as a syslog message body for the
 * snort and the suricata program (snort_msg_parse), and through the whole
 * syslog path; the whole input goes to the sniffer. The first byte picks the
 * clock's year and zone. Nothing may crash or read out of bounds, and every
 * slice an event holds must lie inside the input.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "decode/decode.h"
#include "decode/snort_fast.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

/* A slice the decoder took from the line lies wholly inside the input. */
static size_t inside(struct str s, struct str in)
{
	size_t sum = 0;
	if (s.n == 0)
		return 0;
	if (s.p < in.p || s.p + s.n > in.p + in.n)
		abort(); /* a slice outside the input: the decoder read out of bounds */
	for (size_t i = 0; i < s.n; i++)
		sum += (unsigned char)s.p[i];
	return sum;
}

static size_t touch(const struct event *ev, struct str in)
{
	size_t sum = inside(ev->rule_name, in) + inside(ev->rule_id, in) + inside(ev->reason, in) +
		     inside(ev->pri, in);
	for (size_t i = 0; i < ev->proto.n; i++) /* a slice of the line or a literal */
		sum += (unsigned char)ev->proto.p[i];
	return sum + ev->src_port + ev->dst_port + (size_t)ev->blocked;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct str in = {(const char *)data, n};
	struct str rest = in;
	struct syslog_clock clk, sclk;
	size_t sum = 0;

	syslog_clock_init(&clk, 2000 + (n ? data[0] % 50 : 0), n ? (data[0] % 29 - 14) * 60 : 0);
	syslog_clock_init(&sclk, 2024, 0);
	sum += (size_t)snort_fast_sniff(in);
	for (long no = 1; rest.n; no++) {
		struct str line = str_cut(&rest, '\n');
		struct event ev;
		struct diag d = {.file = "fuzz", .line = no};
		if (snort_fast_line_clock(line, &clk, &ev, &d) == 0)
			sum += touch(&ev, in);
		event_clear(&ev);
		ev.program = STR("snort");
		if (snort_msg_parse(line, &ev, &d) == 0)
			sum += touch(&ev, in);
		event_clear(&ev);
		ev.program = STR("suricata");
		if (snort_msg_parse(line, &ev, &d) == 0)
			sum += touch(&ev, in);
		if (decode_syslog_line(line, &sclk, &ev, &d) == 0)
			sum += ev.rule_name.n;
	}
	volatile size_t sink = sum;
	(void)sink;
	return 0;
}
