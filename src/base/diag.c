/*
 * diag.c - formatting and routing of diagnostics. Message text may contain
 * attacker-controlled bytes; sinks that print must escape it (report/esc.h).
 */
#include "base/diag.h"

#include <stdarg.h>
#include <stdio.h>

static void diag_vemit(struct diag *d, enum diag_level level, const char *fmt, va_list ap)
{
	vsnprintf(d->msg, sizeof(d->msg), fmt, ap);
	if (level == DIAG_ERROR)
		d->nerr++;
	else if (level == DIAG_WARNING)
		d->nwarn++;
	if (d->sink)
		d->sink->emit(d->sink, level, d->file, d->line, d->col, d->msg);
}

void diag_errorf(struct diag *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vemit(d, DIAG_ERROR, fmt, ap);
	va_end(ap);
}

void diag_warnf(struct diag *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vemit(d, DIAG_WARNING, fmt, ap);
	va_end(ap);
}

void diag_notef(struct diag *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vemit(d, DIAG_NOTE, fmt, ap);
	va_end(ap);
}

void diag_where(const struct diag *d, char *buf, unsigned size)
{
	if (size == 0)
		return;
	if (d->file && d->line > 0 && d->col > 0)
		snprintf(buf, size, "%s:%ld:%d: ", d->file, d->line, d->col);
	else if (d->file && d->line > 0)
		snprintf(buf, size, "%s:%ld: ", d->file, d->line);
	else if (d->file)
		snprintf(buf, size, "%s: ", d->file);
	else
		buf[0] = '\0';
}
