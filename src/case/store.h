/*
 * store.h - the case file: a SQLite database holding one investigation's
 * evidence table, findings with their entities and citations, timeline,
 * verdict, answers, recommendations and limits, so the case can be queried
 * with any SQLite tool and kept with the incident's records.
 *
 * Every value is written through bound parameters, never spliced into SQL.
 */
#ifndef RETRACE_CASE_STORE_H
#define RETRACE_CASE_STORE_H

#include "base/diag.h"
#include "case/case.h"
#include "evidence/evfile.h"

/*
 * Write case c (with the evidence table files[0..nfiles)) to the SQLite file
 * path, replacing an earlier case in it. 0, or -1 with a diagnostic.
 */
int store_write(const char *path, const struct case_file *c, const struct evidence_file *files,
		size_t nfiles, struct diag *d);

#endif
