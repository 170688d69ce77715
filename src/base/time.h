/*
 * time.h - timestamps as they appear in evidence.
 *
 * Inside retrace a time is int64 seconds since the Unix epoch, UTC, plus the
 * UTC offset in minutes it was written with (for display). Syslog's classic
 * "Mmm dd hh:mm:ss" carries neither year nor zone: struct syslog_clock supplies
 * both and follows the December-to-January rollover of a file read in order.
 */
#ifndef RETRACE_BASE_TIME_H
#define RETRACE_BASE_TIME_H

#include <stdbool.h>
#include <stdint.h>

#include "base/str.h"

enum { TIME_NONE = 0 }; /* a zero time means "unknown" */
#define TIME_UNKNOWN INT64_MIN

struct civil {
	int year, month, day; /* month 1-12 */
	int hour, min, sec;
	int usec;
	int offset_min; /* UTC offset when has_offset */
	bool has_year, has_offset;
};

/* Days since 1970-01-01 of a proleptic Gregorian date. */
int64_t days_from_civil(int y, int m, int d);
/* Seconds since the epoch, UTC, of c (its offset applied if it has one, else offset_min). */
int64_t civil_to_epoch(const struct civil *c, int default_offset_min);
void epoch_to_civil(int64_t t, int offset_min, struct civil *out);
/* "Jan".."Dec" -> 1..12, else 0. */
int month_from_abbr(struct str s);

/*
 * Parse a syslog time at the start of s: "Mmm dd hh:mm:ss" (RFC 3164), an
 * ISO 8601 / RFC 3339 time ("2024-03-14T00:00:09.123+09:00"). *used is set to
 * the bytes consumed. 0 or -1.
 */
int time_parse_syslog(struct str s, struct civil *out, size_t *used);
/*
 * Parse ISO 8601-ish times found in CSV exports: "YYYY-MM-DD[ T]hh:mm[:ss[.f]][Z|±hh[:]mm]",
 * "YYYY/MM/DD hh:mm:ss", "YYYY.MM.DD hh:mm:ss". Whole string. 0 or -1.
 */
int time_parse_iso(struct str s, struct civil *out);
/* RFC 5322 date: "[Day, ]dd Mon yyyy hh:mm[:ss] (+hhmm|zone)". 0 or -1. */
int time_parse_rfc5322(struct str s, struct civil *out);
/* Format t with the offset as "2024-03-14T00:00:09+09:00" into buf[32]. */
const char *time_format_iso(int64_t t, int offset_min, char *buf);

/*
 * Year and zone for yearless syslog stamps. A file read in order moves
 * forward in time; a month that goes backwards by more than six months (Dec
 * then Jan) starts the next year.
 */
struct syslog_clock {
	int year;       /* year of the first line */
	int offset_min; /* zone of the host that wrote the file */
	int last_month; /* 0 until the first line */
	/* cache: days_from_civil(day_year, day_month, day_day); day_month 0: empty */
	int day_year, day_month, day_day;
	int64_t days;
};

void syslog_clock_init(struct syslog_clock *c, int year, int offset_min);
/*
 * The year of a yearless line of this month read after the lines c has seen;
 * advances c (a month more than six months back starts the next year, more
 * than six months ahead is a late line of the previous year).
 */
int syslog_clock_step(struct syslog_clock *c, int month);
/*
 * Epoch seconds of t, which has its year (t's offset if it has one, else
 * c's), through c's cache of the last day number: civil_to_epoch for lines
 * read in date order.
 */
int64_t syslog_clock_epoch(struct syslog_clock *c, const struct civil *t);
/* Resolve c's missing year/zone and return epoch seconds. */
int64_t syslog_clock_resolve(struct syslog_clock *c, struct civil *t);
/*
 * The year a log's first line belongs to, given the year and month of a
 * reference time known to be after it (file mtime, dated evidence) and the
 * first line's month: the reference year, or one before if that month is later.
 */
int syslog_guess_year(int ref_year, int ref_month, int first_month);

#endif
