/*
 * esc.c - output escaping. UTF-8 is validated by hand (overlongs, surrogates
 * and code points above U+10FFFF are invalid) so that a crafted byte sequence
 * cannot smuggle a C1 control (U+0080-U+009F, e.g. CSI) past the filter.
 */
#include "report/esc.h"

#include <stdint.h>

size_t utf8_seq_len(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	if (c < 0x80)
		return 1;
	size_t len;
	uint32_t cp;
	if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		cp = c & 0x1fu;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		cp = c & 0x0fu;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		cp = c & 0x07u;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3fu);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

/* Write s, escaping controls and bad UTF-8; calls meta() for printable ASCII. */
static void esc_walk(FILE *f, struct str s, void (*meta)(FILE *, char))
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t i = 0;
	while (i < s.n) {
		unsigned char c = p[i];
		if (c < 0x20 || c == 0x7f) {
			if (c == '\t')
				fputc(' ', f);
			else
				fprintf(f, "\\x%02x", c);
			i++;
			continue;
		}
		if (c < 0x80) {
			meta(f, (char)c);
			i++;
			continue;
		}
		size_t len = utf8_seq_len(p + i, s.n - i);
		if (len == 0 || (len == 2 && c == 0xc2 && p[i + 1] < 0xa0)) {
			/* invalid, or a C1 control */
			fprintf(f, "\\x%02x", c);
			i++;
			continue;
		}
		fwrite(p + i, 1, len, f);
		i += len;
	}
}

static void meta_plain(FILE *f, char c)
{
	fputc(c, f);
}

static void meta_html(FILE *f, char c)
{
	switch (c) {
	case '&':
		fputs("&amp;", f);
		break;
	case '<':
		fputs("&lt;", f);
		break;
	case '>':
		fputs("&gt;", f);
		break;
	case '"':
		fputs("&quot;", f);
		break;
	case '\'':
		fputs("&#39;", f);
		break;
	default:
		fputc(c, f);
	}
}

static void meta_md(FILE *f, char c)
{
	switch (c) {
	case '\\':
	case '`':
	case '*':
	case '_':
	case '[':
	case ']':
	case '<':
	case '>':
	case '|':
	case '#':
		fputc('\\', f);
		fputc(c, f);
		break;
	default:
		fputc(c, f);
	}
}

static void meta_csv(FILE *f, char c)
{
	if (c == '"')
		fputc('"', f);
	fputc(c, f);
}

void esc_term(FILE *f, struct str s)
{
	esc_walk(f, s, meta_plain);
}

void esc_html(FILE *f, struct str s)
{
	esc_walk(f, s, meta_html);
}

void esc_md(FILE *f, struct str s)
{
	esc_walk(f, s, meta_md);
}

void esc_csv(FILE *f, struct str s)
{
	fputc('"', f);
	if (s.n && (s.p[0] == '=' || s.p[0] == '+' || s.p[0] == '-' || s.p[0] == '@' ||
		    s.p[0] == '\t' || s.p[0] == '\r'))
		fputc('\'', f);
	esc_walk(f, s, meta_csv);
	fputc('"', f);
}
