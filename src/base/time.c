/*
 * time.c - civil-time arithmetic (Howard Hinnant's days_from_civil algorithm)
 * and the timestamp grammars of syslog, ISO 8601 and RFC 5322. No locale and
 * no libc time zone database: zones in evidence are numeric or a few names.
 */
#include "base/time.h"

#include <stdio.h>

int64_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int64_t civil_to_epoch(const struct civil *c, int default_offset_min)
{
	int off = c->has_offset ? c->offset_min : default_offset_min;
	return days_from_civil(c->year, c->month, c->day) * 86400 + c->hour * 3600 + c->min * 60 +
	       c->sec - (int64_t)off * 60;
}

void epoch_to_civil(int64_t t, int offset_min, struct civil *out)
{
	t += (int64_t)offset_min * 60;
	int64_t z = (t >= 0 ? t : t - 86399) / 86400;
	int64_t secs = t - z * 86400;
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = yoe + era * 400;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t d = doy - (153 * mp + 2) / 5 + 1;
	int64_t m = mp + (mp < 10 ? 3 : -9);
	*out = (struct civil){
		.year = (int)(y + (m <= 2)),
		.month = (int)m,
		.day = (int)d,
		.hour = (int)(secs / 3600),
		.min = (int)(secs / 60 % 60),
		.sec = (int)(secs % 60),
		.offset_min = offset_min,
		.has_year = true,
		.has_offset = true,
	};
}

int month_from_abbr(struct str s)
{
	if (s.n < 3)
		return 0;
	/* the three letters, lower-cased, as one number: one compare per candidate */
	unsigned k = (unsigned)(unsigned char)ascii_lower(s.p[0]) << 16 |
		     (unsigned)(unsigned char)ascii_lower(s.p[1]) << 8 |
		     (unsigned)(unsigned char)ascii_lower(s.p[2]);
#define M3(a, b, c) ((unsigned)(a) << 16 | (unsigned)(b) << 8 | (unsigned)(c))
	switch (k) {
	case M3('j', 'a', 'n'):
		return 1;
	case M3('f', 'e', 'b'):
		return 2;
	case M3('m', 'a', 'r'):
		return 3;
	case M3('a', 'p', 'r'):
		return 4;
	case M3('m', 'a', 'y'):
		return 5;
	case M3('j', 'u', 'n'):
		return 6;
	case M3('j', 'u', 'l'):
		return 7;
	case M3('a', 'u', 'g'):
		return 8;
	case M3('s', 'e', 'p'):
		return 9;
	case M3('o', 'c', 't'):
		return 10;
	case M3('n', 'o', 'v'):
		return 11;
	case M3('d', 'e', 'c'):
		return 12;
	default:
		return 0;
	}
#undef M3
}

/* Exactly n digits at *s, advancing it. */
static int take_n(struct str *s, size_t n, int *out)
{
	if (s->n < n)
		return -1;
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s->p[i];
		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	*s = str_skip(*s, n);
	*out = v;
	return 0;
}

static int take_char(struct str *s, char c)
{
	if (s->n == 0 || s->p[0] != c)
		return -1;
	*s = str_skip(*s, 1);
	return 0;
}

static bool civil_valid(const struct civil *c)
{
	return c->month >= 1 && c->month <= 12 && c->day >= 1 && c->day <= 31 && c->hour >= 0 &&
	       c->hour <= 23 && c->min >= 0 && c->min <= 59 && c->sec >= 0 && c->sec <= 60;
}

/* Optional fraction, then optional zone: Z, +hh, +hhmm, +hh:mm. */
static int take_frac_zone(struct str *s, struct civil *c)
{
	if (s->n && (s->p[0] == '.' || s->p[0] == ',')) {
		*s = str_skip(*s, 1);
		int scale = 100000, usec = 0;
		size_t i = 0;
		while (i < s->n && s->p[i] >= '0' && s->p[i] <= '9') {
			if (scale > 0) {
				usec += (s->p[i] - '0') * scale;
				scale /= 10;
			}
			i++;
		}
		if (i == 0)
			return -1;
		*s = str_skip(*s, i);
		c->usec = usec;
	}
	if (s->n && (s->p[0] == 'Z' || s->p[0] == 'z')) {
		*s = str_skip(*s, 1);
		c->has_offset = true;
		c->offset_min = 0;
	} else if (s->n && (s->p[0] == '+' || s->p[0] == '-')) {
		int sign = s->p[0] == '-' ? -1 : 1, hh, mm = 0;
		struct str t = str_skip(*s, 1);
		if (take_n(&t, 2, &hh) == -1)
			return -1;
		if (t.n && t.p[0] == ':')
			t = str_skip(t, 1);
		if (t.n >= 2 && t.p[0] >= '0' && t.p[0] <= '9' && take_n(&t, 2, &mm) == -1)
			return -1;
		if (hh > 18 || mm > 59)
			return -1;
		c->has_offset = true;
		c->offset_min = sign * (hh * 60 + mm);
		*s = t;
	}
	return 0;
}

static int d2(const char *p)
{
	return ascii_digit(p[0]) && ascii_digit(p[1]) ? (p[0] - '0') * 10 + (p[1] - '0') : -1;
}

/*
 * The shape nearly every line has, "Mmm dd hh:mm:ss " (day space- or
 * zero-padded), read at fixed offsets; -1 sends the caller to the general path.
 */
static int syslog_fixed(struct str s, struct civil *out, size_t *used)
{
	if (s.n < 16 || s.p[3] != ' ' || s.p[6] != ' ' || s.p[9] != ':' || s.p[12] != ':' ||
	    s.p[15] != ' ')
		return -1;
	int month = month_from_abbr(s);
	int day = s.p[4] == ' ' && ascii_digit(s.p[5]) ? s.p[5] - '0' : d2(s.p + 4);
	int hour = d2(s.p + 7), min = d2(s.p + 10), sec = d2(s.p + 13);
	if (!month || day < 0 || hour < 0 || min < 0 || sec < 0)
		return -1;
	struct civil c = {.month = month, .day = day, .hour = hour, .min = min, .sec = sec};
	if (!civil_valid(&c))
		return -1;
	*out = c;
	*used = 15;
	return 0;
}

int time_parse_syslog(struct str s, struct civil *out, size_t *used)
{
	struct civil c = {0};
	struct str t = s;
	if (syslog_fixed(s, out, used) == 0)
		return 0;
	if (s.n >= 15 && month_from_abbr(s) && s.p[3] == ' ') {
		c.month = month_from_abbr(s);
		t = str_skip(s, 4);
		if (t.p[0] == ' ')
			t = str_skip(t, 1);
		if (t.n >= 2 && t.p[0] >= '0' && t.p[0] <= '9' && t.p[1] >= '0' && t.p[1] <= '9') {
			if (take_n(&t, 2, &c.day) == -1)
				return -1;
		} else if (take_n(&t, 1, &c.day) == -1) {
			return -1;
		}
		if (take_char(&t, ' ') == -1 || take_n(&t, 2, &c.hour) == -1 ||
		    take_char(&t, ':') == -1 || take_n(&t, 2, &c.min) == -1 ||
		    take_char(&t, ':') == -1 || take_n(&t, 2, &c.sec) == -1)
			return -1;
		if (t.n && t.p[0] == '.' && take_frac_zone(&t, &c) == -1)
			return -1;
	} else {
		if (take_n(&t, 4, &c.year) == -1 || take_char(&t, '-') == -1 ||
		    take_n(&t, 2, &c.month) == -1 || take_char(&t, '-') == -1 ||
		    take_n(&t, 2, &c.day) == -1 || take_char(&t, 'T') == -1 ||
		    take_n(&t, 2, &c.hour) == -1 || take_char(&t, ':') == -1 ||
		    take_n(&t, 2, &c.min) == -1 || take_char(&t, ':') == -1 ||
		    take_n(&t, 2, &c.sec) == -1 || take_frac_zone(&t, &c) == -1)
			return -1;
		c.has_year = true;
	}
	if (!civil_valid(&c))
		return -1;
	*out = c;
	*used = s.n - t.n;
	return 0;
}

int time_parse_iso(struct str s, struct civil *out)
{
	struct civil c = {0};
	struct str t = str_trim(s);
	char sep;
	if (take_n(&t, 4, &c.year) == -1 || t.n == 0)
		return -1;
	sep = t.p[0];
	if (sep != '-' && sep != '/' && sep != '.')
		return -1;
	t = str_skip(t, 1);
	if (take_n(&t, 2, &c.month) == -1 || take_char(&t, sep) == -1 ||
	    take_n(&t, 2, &c.day) == -1)
		return -1;
	if (t.n) {
		if (t.p[0] != 'T' && t.p[0] != ' ')
			return -1;
		t = str_skip(t, 1);
		if (take_n(&t, 2, &c.hour) == -1 || take_char(&t, ':') == -1 ||
		    take_n(&t, 2, &c.min) == -1)
			return -1;
		if (t.n && t.p[0] == ':' &&
		    (take_char(&t, ':') == -1 || take_n(&t, 2, &c.sec) == -1))
			return -1;
		if (t.n && t.p[0] == ' ')
			t = str_skip(t, 1);
		if (take_frac_zone(&t, &c) == -1 || t.n)
			return -1;
	}
	c.has_year = true;
	if (!civil_valid(&c))
		return -1;
	*out = c;
	return 0;
}

static int zone_name(struct str z, int *off)
{
	static const struct {
		const char *name;
		int off;
	} zones[] = {{"UT", 0},     {"GMT", 0},    {"UTC", 0},    {"Z", 0},
		     {"EST", -300}, {"EDT", -240}, {"CST", -360}, {"CDT", -300},
		     {"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420},
		     {"KST", 540},  {"JST", 540},  {"CET", 60},   {"CEST", 120}};
	for (size_t i = 0; i < sizeof(zones) / sizeof(zones[0]); i++)
		if (str_ieq(z, str_from_c(zones[i].name))) {
			*off = zones[i].off;
			return 0;
		}
	return -1;
}

int time_parse_rfc5322(struct str s, struct civil *out)
{
	struct civil c = {0};
	struct str t = str_trim(s);
	ptrdiff_t comma = str_chr(t, ',');
	if (comma >= 0 && comma <= 10)
		t = str_trim(str_skip(t, (size_t)comma + 1));
	struct str day = str_cut(&t, ' ');
	t = str_trim(t);
	struct str mon = str_cut(&t, ' ');
	t = str_trim(t);
	struct str year = str_cut(&t, ' ');
	t = str_trim(t);
	struct str hms = str_cut(&t, ' ');
	t = str_trim(t);
	struct str zone = str_cut(&t, ' ');
	uint64_t v;
	if (str_to_u64(day, 31, &v) == -1)
		return -1;
	c.day = (int)v;
	if (!(c.month = month_from_abbr(mon)) || mon.n < 3)
		return -1;
	if (str_to_u64(year, 9999, &v) == -1)
		return -1;
	c.year = (int)v;
	if (year.n == 2)
		c.year += c.year < 50 ? 2000 : 1900;
	if (take_n(&hms, 2, &c.hour) == -1 && take_n(&hms, 1, &c.hour) == -1)
		return -1;
	if (take_char(&hms, ':') == -1 || take_n(&hms, 2, &c.min) == -1)
		return -1;
	if (hms.n && (take_char(&hms, ':') == -1 || take_n(&hms, 2, &c.sec) == -1))
		return -1;
	if (hms.n)
		return -1;
	c.has_year = true;
	if (zone.n && (zone.p[0] == '+' || zone.p[0] == '-')) {
		if (take_frac_zone(&zone, &c) == -1)
			return -1;
	} else if (zone.n) {
		if (zone_name(zone, &c.offset_min) == -1)
			return -1;
		c.has_offset = true;
	}
	if (!civil_valid(&c))
		return -1;
	*out = c;
	return 0;
}

const char *time_format_iso(int64_t t, int offset_min, char *buf)
{
	struct civil c;
	epoch_to_civil(t, offset_min, &c);
	int a = offset_min < 0 ? -offset_min : offset_min;
	snprintf(buf, 32, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", c.year, c.month, c.day,
		 c.hour, c.min, c.sec, offset_min < 0 ? '-' : '+', a / 60 % 100, a % 60);
	return buf;
}

void syslog_clock_init(struct syslog_clock *c, int year, int offset_min)
{
	*c = (struct syslog_clock){.year = year, .offset_min = offset_min};
}

int syslog_clock_step(struct syslog_clock *c, int month)
{
	if (c->last_month && month + 6 < c->last_month)
		c->year++;
	else if (c->last_month && month > c->last_month + 6)
		c->year--; /* a late line from the previous year */
	c->last_month = month;
	return c->year;
}

int64_t syslog_clock_resolve(struct syslog_clock *c, struct civil *t)
{
	if (!t->has_year) {
		t->year = syslog_clock_step(c, t->month);
		t->has_year = true;
	}
	if (!t->has_offset) {
		t->offset_min = c->offset_min;
		t->has_offset = true;
	}
	return syslog_clock_epoch(c, t);
}

int64_t syslog_clock_epoch(struct syslog_clock *c, const struct civil *t)
{
	/* lines come in date order: the day number is nearly always the previous line's */
	if (t->year != c->day_year || t->month != c->day_month || t->day != c->day_day) {
		c->day_year = t->year;
		c->day_month = t->month;
		c->day_day = t->day;
		c->days = days_from_civil(t->year, t->month, t->day);
	}
	int off = t->has_offset ? t->offset_min : c->offset_min;
	return c->days * 86400 + t->hour * 3600 + t->min * 60 + t->sec - (int64_t)off * 60;
}

int syslog_guess_year(int ref_year, int ref_month, int first_month)
{
	return first_month > ref_month ? ref_year - 1 : ref_year;
}
