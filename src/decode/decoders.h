/*
 * decoders.h - the line decoders registry.c lists (internal to src/decode).
 * Adding a log format: a file defining one struct line_decoder, a line here
 * and a row in registry.c's table.
 */
#ifndef RETRACE_DECODE_DECODERS_H
#define RETRACE_DECODE_DECODERS_H

#include "decode/decode.h"

extern const struct line_decoder decoder_sendmail;
extern const struct line_decoder decoder_sshd;
extern const struct line_decoder decoder_postfix;
extern const struct line_decoder decoder_exim;
extern const struct line_decoder decoder_dovecot;
extern const struct line_decoder decoder_pam;
extern const struct line_decoder decoder_kernel;
extern const struct line_decoder decoder_snort;

#endif
