/*
 * suricata_eve.c - Suricata EVE JSON records to events.
 *
 * Each line is parsed on its own with a json-c tokener limited to
 * EVE_DEPTH_MAX levels, in strict mode with UTF-8 validation, after the line
 * is checked against EVE_LINE_MAX. The fields an alert gives
 * (docs/formats.md, "Suricata EVE JSON"):
 *   timestamp -> ts ("2022-01-11T18:57:14.198005+0000"; without an offset the
 *   reader's offset_min applies), src_ip/src_port, dest_ip/dest_port, proto,
 *   host (sensor name) -> host, alert.signature -> rule_name,
 *   alert.gid:signature_id:rev -> rule_id, alert.category -> reason,
 *   alert.severity -> pri, alert.action "blocked" -> blocked.
 * Every string kept is copied into the reader's scratch, each with its own cap
 * so that one event always fits. Nothing is allocated outside json-c, whose
 * objects are released before returning.
 */
#include "decode/suricata_eve.h"

#include <json.h>
#include <stdio.h>
#include <string.h>

#include "decode/snort_fast.h"

enum {
	TYPE_MAX = 64,
	HOST_MAX = 256,
	PROTO_MAX = 32,
	ACTION_MAX = 32,
	TIME_MAX = 64,
	SIGNATURE_MAX = 2048,
	CATEGORY_MAX = 512,
	NUM_TEXT_MAX = 40, /* "4294967295:4294967295:4294967295" */
	SNIFF_LINES = 8,
};

_Static_assert(TYPE_MAX + HOST_MAX + PROTO_MAX + SIGNATURE_MAX + CATEGORY_MAX + 2 * NUM_TEXT_MAX <
		       EVE_SCRATCH,
	       "one event's strings must fit in the scratch buffer");

void eve_reader_init(struct eve_reader *r, int offset_min)
{
	r->offset_min = offset_min;
	r->used = 0;
}

/* Copy s into the scratch (the caps above guarantee room). */
static struct str keep(struct eve_reader *r, const char *p, size_t n)
{
	if (n > sizeof(r->scratch) - r->used)
		return STR_NULL;
	char *dst = r->scratch + r->used;
	if (n)
		memcpy(dst, p, n);
	r->used += n;
	return (struct str){dst, n};
}

static json_object *member(json_object *o, const char *key)
{
	json_object *v = NULL;
	if (!json_object_object_get_ex(o, key, &v))
		return NULL;
	return v;
}

/*
 * The string o[key] as a slice of json-c's copy (valid while o is): 1 found,
 * 0 absent or null, -1 (reported, naming where.key) not a string or longer
 * than max.
 */
static int get_text(json_object *o, const char *where, const char *key, size_t max, struct str *out,
		    struct diag *d)
{
	json_object *v = member(o, key);
	if (!v)
		return 0;
	if (!json_object_is_type(v, json_type_string)) {
		diag_errorf(d, "expected a string in \"%s%s\"", where, key);
		return -1;
	}
	int len = json_object_get_string_len(v);
	if (len < 0 || (size_t)len > max) {
		diag_errorf(d, "\"%s%s\" longer than %zu bytes", where, key, max);
		return -1;
	}
	*out = (struct str){json_object_get_string(v), (size_t)len};
	return 1;
}

/* As get_text, the string copied into the scratch so that it outlives o. */
static int get_string(struct eve_reader *r, json_object *o, const char *where, const char *key,
		      size_t max, struct str *out, struct diag *d)
{
	struct str text;
	int rc = get_text(o, where, key, max, &text, d);
	if (rc == 1)
		*out = keep(r, text.p, text.n);
	return rc;
}

/* The integer o[key] in 0..max: 1 found, 0 absent or null, -1 (reported) otherwise. */
static int get_uint(json_object *o, const char *where, const char *key, uint64_t max, uint64_t *out,
		    struct diag *d)
{
	json_object *v = member(o, key);
	if (!v)
		return 0;
	int64_t x = json_object_is_type(v, json_type_int) ? json_object_get_int64(v) : -1;
	if (x < 0 || (uint64_t)x > max) {
		diag_errorf(d, "expected an integer 0-%llu in \"%s%s\"", (unsigned long long)max,
			    where, key);
		return -1;
	}
	*out = (uint64_t)x;
	return 1;
}

static int get_endpoint(json_object *o, const char *ip_key, const char *port_key, struct ip *ip,
			bool *has_ip, uint16_t *port, struct diag *d)
{
	struct str text;
	uint64_t p;
	int rc = get_text(o, "", ip_key, IP_TEXT_MAX, &text, d);
	if (rc == -1)
		return -1;
	if (rc == 1) {
		if (ip_parse(text, ip) == -1 || text.n == 0 || text.p[0] == '[') {
			diag_errorf(d, "expected an IP address in \"%s\", got '%.*s'", ip_key,
				    STR_FMT(text));
			return -1;
		}
		*has_ip = true;
	}
	rc = get_uint(o, "", port_key, 65535, &p, d);
	if (rc == -1)
		return -1;
	if (rc == 1)
		*port = (uint16_t)p;
	return 0;
}

/* alert.action: 1 blocked, 0 allowed, -1 unknown. */
static int action_blocked(struct str a)
{
	if (str_ieq(a, STR("blocked")) || str_ieq(a, STR("drop")) || str_ieq(a, STR("dropped")) ||
	    str_ieq(a, STR("reject")) || str_ieq(a, STR("rejected")))
		return 1;
	if (str_ieq(a, STR("allowed")) || str_ieq(a, STR("alert")) || str_ieq(a, STR("pass")))
		return 0;
	return -1;
}

static int decode_alert(struct eve_reader *r, json_object *o, struct event *ev, struct diag *d)
{
	json_object *alert = member(o, "alert");
	struct str s;
	uint64_t gid = 1, sid = 0, rev = 0, sev;
	int rc;

	ev->program = STR("suricata");
	if (get_string(r, o, "", "host", HOST_MAX, &ev->host, d) == -1 ||
	    get_endpoint(o, "src_ip", "src_port", &ev->src_ip, &ev->has_src_ip, &ev->src_port, d) ==
		    -1 ||
	    get_endpoint(o, "dest_ip", "dest_port", &ev->dst_ip, &ev->has_dst_ip, &ev->dst_port,
			 d) == -1 ||
	    get_string(r, o, "", "proto", PROTO_MAX, &ev->proto, d) == -1)
		return -1;
	if (!alert || !json_object_is_type(alert, json_type_object)) {
		diag_errorf(d, "expected an \"alert\" object in an alert record");
		return -1;
	}
	rc = get_string(r, alert, "alert.", "signature", SIGNATURE_MAX, &ev->rule_name, d);
	if (rc == -1)
		return -1;
	if (rc == 0 || ev->rule_name.n == 0) {
		diag_errorf(d, "expected a non-empty string in \"alert.signature\"");
		return -1;
	}
	if (get_uint(alert, "alert.", "gid", UINT32_MAX, &gid, d) == -1 ||
	    (rc = get_uint(alert, "alert.", "signature_id", UINT32_MAX, &sid, d)) == -1 ||
	    get_uint(alert, "alert.", "rev", UINT32_MAX, &rev, d) == -1)
		return -1;
	if (rc == 1) {
		char id[NUM_TEXT_MAX];
		int n = snprintf(id, sizeof(id), "%llu:%llu:%llu", (unsigned long long)gid,
				 (unsigned long long)sid, (unsigned long long)rev);
		ev->rule_id = keep(r, id, (size_t)n);
	}
	if (get_string(r, alert, "alert.", "category", CATEGORY_MAX, &ev->reason, d) == -1)
		return -1;
	rc = get_uint(alert, "alert.", "severity", 255, &sev, d);
	if (rc == -1)
		return -1;
	if (rc == 1) {
		char num[NUM_TEXT_MAX];
		int n = snprintf(num, sizeof(num), "%llu", (unsigned long long)sev);
		ev->pri = keep(r, num, (size_t)n);
	}
	rc = get_text(alert, "alert.", "action", ACTION_MAX, &s, d);
	if (rc == -1)
		return -1;
	if (rc == 1) {
		int b = action_blocked(s);
		if (b == -1) {
			diag_errorf(d,
				    "expected \"allowed\" or \"blocked\" in \"alert.action\", got "
				    "'%.*s'",
				    STR_FMT(s));
			return -1;
		}
		ev->blocked = b == 1;
	}
	ev->service = snort_alert_service(ev->rule_name, ev->dst_port);
	ev->kind = EV_IPS_ALERT;
	return 0;
}

static int decode_record(struct eve_reader *r, json_object *o, struct event *ev, struct diag *d)
{
	struct str type, t;
	struct civil c;
	int rc = get_string(r, o, "", "event_type", TYPE_MAX, &type, d);
	if (rc == -1)
		return -1;
	if (rc == 0) {
		diag_errorf(d, "expected an EVE record: no string \"event_type\"");
		return -1;
	}
	rc = get_text(o, "", "timestamp", TIME_MAX, &t, d);
	if (rc == -1)
		return -1;
	if (rc == 0) {
		diag_errorf(d, "expected a \"timestamp\" in the record");
		return -1;
	}
	if (time_parse_iso(t, &c) == -1) {
		diag_errorf(d,
			    "expected \"timestamp\" like \"2022-01-11T18:57:14.198005+0000\", got "
			    "'%.*s'",
			    STR_FMT(t));
		return -1;
	}
	ev->ts = civil_to_epoch(&c, r->offset_min);
	ev->tz_offset_min = c.has_offset ? c.offset_min : r->offset_min;
	if (!str_eq(type, STR("alert"))) {
		ev->reason = type;
		return 0;
	}
	return decode_alert(r, o, ev, d);
}

/* Parse line as one JSON object no deeper than EVE_DEPTH_MAX; NULL (reported) if not. */
static json_object *parse_object(struct str line, struct diag *d)
{
	if (memchr(line.p, '\0', line.n)) {
		diag_errorf(d, "NUL byte in a JSON line");
		return NULL;
	}
	json_tokener *tok = json_tokener_new_ex(EVE_DEPTH_MAX);
	if (!tok) {
		diag_errorf(d, "out of memory for the JSON parser");
		return NULL;
	}
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	json_object *o = json_tokener_parse_ex(tok, line.p, (int)line.n);
	enum json_tokener_error err = json_tokener_get_error(tok);
	size_t end = json_tokener_get_parse_end(tok);
	json_tokener_free(tok);
	if (err == json_tokener_continue) {
		diag_errorf(d, "JSON cut short: the line ends inside the object");
		json_object_put(o);
		return NULL;
	}
	if (err != json_tokener_success) {
		d->col = (int)(end < line.n ? end : line.n) + 1;
		if (err == json_tokener_error_depth)
			diag_errorf(d, "JSON nested deeper than %d levels", EVE_DEPTH_MAX);
		else
			diag_errorf(d, "malformed JSON: %s", json_tokener_error_desc(err));
		json_object_put(o);
		return NULL;
	}
	if (str_trim(str_skip(line, end)).n) {
		d->col = (int)end + 1;
		diag_errorf(d, "expected one JSON object per line, found more text after it");
		json_object_put(o);
		return NULL;
	}
	if (!o || !json_object_is_type(o, json_type_object)) {
		diag_errorf(d, "expected a JSON object ({...}) per line");
		json_object_put(o);
		return NULL;
	}
	return o;
}

int eve_line(struct eve_reader *r, struct str line, struct event *ev, struct diag *d)
{
	event_clear(ev);
	r->used = 0;
	d->col = 0;
	while (line.n && (line.p[line.n - 1] == '\r' || line.p[line.n - 1] == '\n'))
		line.n--;
	if (line.n > EVE_LINE_MAX) {
		diag_errorf(d, "line longer than %d bytes, skipped", EVE_LINE_MAX);
		return -1;
	}
	if (str_trim(line).n == 0) {
		diag_errorf(d, "expected a JSON object, got an empty line");
		return -1;
	}
	json_object *o = parse_object(line, d);
	if (!o)
		return -1;
	struct event tmp;
	event_clear(&tmp);
	int rc = decode_record(r, o, &tmp, d);
	json_object_put(o);
	if (rc == 0)
		*ev = tmp;
	return rc;
}

/* A line the peek cut: Suricata writes "timestamp" first, so its start is telling. */
static bool partial_eve(struct str l)
{
	l = str_trim(l);
	return str_starts(l, STR("{\"timestamp\":\"")) && str_find(l, STR("\"event_type\":\"")) > 0;
}

static bool whole_eve(struct str l)
{
	struct diag d = {0};
	l = str_trim(l);
	if (!str_starts(l, STR("{")) || l.n > EVE_LINE_MAX)
		return false;
	json_object *o = parse_object(l, &d);
	if (!o)
		return false;
	json_object *t = member(o, "event_type"), *ts = member(o, "timestamp");
	bool ok = t && ts && json_object_is_type(t, json_type_string) &&
		  json_object_is_type(ts, json_type_string);
	json_object_put(o);
	return ok;
}

int eve_sniff(struct str head)
{
	const char *end = head.p + head.n;
	int n = 0, ok = 0;
	while (head.n && n < SNIFF_LINES) {
		struct str l = str_cut(&head, '\n');
		bool complete = l.p + l.n < end;
		if (str_trim(l).n == 0)
			continue;
		if (!complete) {
			if (n == 0) {
				n++;
				ok += partial_eve(l);
			}
			break; /* cut mid-line by the peek */
		}
		n++;
		ok += whole_eve(l);
	}
	if (n == 0 || ok * 2 < n)
		return 0;
	return 50 + 45 * ok / n;
}
