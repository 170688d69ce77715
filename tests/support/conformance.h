/*
 * conformance.h - helpers the conformance tests share (tests/decode,
 * tests/ids): opening the peer projects' data in
 * $RETRACE_SOURCE_ROOT/../shared/conformance, reading JSON lines, and the
 * questions they all ask of a decoded event. The data folder may be absent:
 * conf_open then gives NULL and the caller skips its test (cmocka skip()),
 * it does not fail.
 */
#ifndef RETRACE_TESTS_SUPPORT_CONFORMANCE_H
#define RETRACE_TESTS_SUPPORT_CONFORMANCE_H

#include <stdbool.h>
#include <stdio.h>

#include <json-c/json.h>

#include "base/diag.h"
#include "event/event.h"

/* $RETRACE_SOURCE_ROOT/../shared/conformance/rel ("." when unset), opened for
 * reading; NULL when it is absent (skip the test). */
FILE *conf_open(const char *rel);

/* RETRACE_CONFORMANCE_VERBOSE is set: print every disagreement. */
bool conf_verbose(void);

/* o[key] when o is an object that has key; NULL otherwise (o may be NULL). */
json_object *conf_jobj(json_object *o, const char *key);
/* o[key] when it is a string (owned by o); NULL otherwise. */
const char *conf_jstr(json_object *o, const char *key);
/* o[key] when it is an integer; dflt otherwise. */
int conf_jint(json_object *o, const char *key, int dflt);
/* o[key] is present and true. */
bool conf_jbool(json_object *o, const char *key);

/* Decode one syslog line with a fresh clock for year 2005 (fail2ban pins
 * "now" there); decode_syslog_line's result. */
int conf_decode_2005(const char *line, struct event *ev, struct diag *d);

/* The event names host (an address or a name) as its client or next hop. */
bool conf_names_host(const struct event *ev, const char *host);

/* A failure fail2ban would count: an EV_AUTH failure or an EV_MAIL_REJECT. */
bool conf_is_failure(const struct event *ev);

/* The fail2ban figures of one file of conformance/fail2ban. */
struct conf_f2b {
	int match, agree, agree_lenient, nomatch, extra, times, time_ok, errors, unframed;
};

/*
 * fail2ban: a "match": true line must give a failure (EV_AUTH failure or
 * EV_MAIL_REJECT; leniently also EV_MAIL_CONNECT failure, which fail2ban's
 * "ddos" and "aggressive" modes count) naming the expected host. "extra"
 * counts match:false lines we call a failure with an address. Lines whose
 * syslog framing does not parse (daemontools TAI64 stamps) are counted
 * apart: they never reach a decoder.
 * Fills *sc; -1 when the file is absent (skip the test).
 */
int conf_f2b_run(const char *rel, struct conf_f2b *sc);
void conf_f2b_print(const char *name, const struct conf_f2b *sc);

#endif
