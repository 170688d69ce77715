/*
 * conformance.c - the helpers the conformance tests share (see conformance.h).
 */
#include "conformance.h"

#include <stdlib.h>
#include <string.h>

#include "base/time.h"
#include "decode/decode.h"

enum { CONF_LINE_CAP = 1 << 16 };

FILE *conf_open(const char *rel)
{
	const char *root = getenv("RETRACE_SOURCE_ROOT");
	char path[4096];
	snprintf(path, sizeof(path), "%s/../shared/conformance/%s", root ? root : ".", rel);
	return fopen(path, "r");
}

bool conf_verbose(void)
{
	return getenv("RETRACE_CONFORMANCE_VERBOSE") != NULL;
}

json_object *conf_jobj(json_object *o, const char *key)
{
	json_object *v;
	return o && json_object_object_get_ex(o, key, &v) ? v : NULL;
}

const char *conf_jstr(json_object *o, const char *key)
{
	json_object *v = conf_jobj(o, key);
	return v && json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
}

int conf_jint(json_object *o, const char *key, int dflt)
{
	json_object *v = conf_jobj(o, key);
	return v && json_object_is_type(v, json_type_int) ? json_object_get_int(v) : dflt;
}

bool conf_jbool(json_object *o, const char *key)
{
	json_object *v = conf_jobj(o, key);
	return v && json_object_get_boolean(v);
}

int conf_decode_2005(const char *line, struct event *ev, struct diag *d)
{
	struct syslog_clock clk;
	syslog_clock_init(&clk, 2005, 0);
	return decode_syslog_line(str_from_c(line), &clk, ev, d);
}

bool conf_names_host(const struct event *ev, const char *host)
{
	struct ip want;
	if (ip_parse(str_from_c(host), &want) == 0)
		return (ev->has_src_ip && ip_eq(&ev->src_ip, &want)) ||
		       (ev->has_dst_ip && ip_eq(&ev->dst_ip, &want));
	return str_ieq(ev->src_host, str_from_c(host)) || str_ieq(ev->dst_host, str_from_c(host));
}

bool conf_is_failure(const struct event *ev)
{
	return (ev->kind == EV_AUTH && ev->outcome == OUTCOME_FAILURE) ||
	       ev->kind == EV_MAIL_REJECT;
}

int conf_f2b_run(const char *rel, struct conf_f2b *sc)
{
	FILE *f = conf_open(rel);
	char *buf = malloc(CONF_LINE_CAP);
	if (!f) {
		free(buf);
		return -1;
	}
	while (fgets(buf, CONF_LINE_CAP, f)) {
		json_object *o = json_tokener_parse(buf), *exp = conf_jobj(o, "expect");
		const char *log = conf_jstr(o, "log");
		struct event ev;
		struct diag d = {.file = rel};
		struct syslog_line sl;
		if (!log || !exp) {
			json_object_put(o);
			continue;
		}
		if (syslog_parse(str_from_c(log), &sl, &d) == -1) {
			sc->unframed++;
			json_object_put(o);
			continue;
		}
		int rc = conf_decode_2005(log, &ev, &d);
		if (rc == -1) {
			sc->errors++;
			printf("  %s: error: %s\n    %s\n", rel, d.msg, log);
		}
		const char *host = conf_jstr(exp, "host"), *time = conf_jstr(exp, "time");
		if (conf_jbool(exp, "match") && host) {
			sc->match++;
			bool strict = rc == 0 && conf_is_failure(&ev) && conf_names_host(&ev, host);
			bool lenient = rc == 0 &&
				       (conf_is_failure(&ev) || (ev.kind == EV_MAIL_CONNECT &&
								 ev.outcome == OUTCOME_FAILURE)) &&
				       conf_names_host(&ev, host);
			sc->agree += strict;
			sc->agree_lenient += lenient;
			if (!lenient && conf_verbose())
				printf("  disagree (%s): %s\n", event_kind_name(ev.kind), log);
		} else if (!conf_jbool(exp, "match")) {
			sc->nomatch++;
			if (rc == 0 && conf_is_failure(&ev) && (ev.has_src_ip || ev.src_host.n)) {
				sc->extra++;
				if (conf_verbose())
					printf("  extra: %s\n", log);
			}
		}
		if (time && rc == 0 && ev.ts != TIME_UNKNOWN) {
			char got[32];
			time_format_iso(ev.ts, 0, got);
			sc->times++;
			/* month-day and time only: fail2ban infers years its own way */
			sc->time_ok += strncmp(got + 4, time + 4, 15) == 0;
		}
		json_object_put(o);
	}
	fclose(f);
	free(buf);
	return 0;
}

/* One line of the figures, "fail2ban NAME: ...". */
void conf_f2b_print(const char *name, const struct conf_f2b *sc)
{
	printf("fail2ban %s: %d/%d failure lines agree (%d/%d counting connection failures), "
	       "%d/%d non-failure lines called a failure, %d/%d times agree, %d errors, "
	       "%d lines without syslog framing\n",
	       name, sc->agree, sc->match, sc->agree_lenient, sc->match, sc->extra, sc->nomatch,
	       sc->time_ok, sc->times, sc->errors, sc->unframed);
}
