/*
 * evfmt.h - one-line text forms of events and transactions for the golden
 * tests (tests/decode, tests/ids): the golden files compare against them, so a
 * field a decoder sets wrongly shows up as a one-line diff.
 */
#ifndef RETRACE_TESTS_SUPPORT_EVFMT_H
#define RETRACE_TESTS_SUPPORT_EVFMT_H

#include <stdio.h>

#include "event/event.h"
#include "mail/txn.h"

/* " key=value" (nothing when s is empty); a value with blanks, quotes or
 * control bytes is written "quoted" with \" \\ \xNN. */
void evfmt_str(FILE *f, const char *key, struct str s);
/* "kind=... outcome=... key=value ..." with only the fields that are set. */
void evfmt_event(FILE *f, const struct event *ev);
/* "txn qid=... end=..." then one "  rcpt ..." line per recipient. */
void evfmt_txn(FILE *f, const struct txn *t);

#endif
