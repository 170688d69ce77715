/*
 * snort_fast.h - Snort and Suricata text alerts as EV_IPS_ALERT events.
 *
 * Two framings of one alert text (docs/formats.md, "IDS/IPS alert logs"):
 *   alert_fast lines, as Snort 2/3 and Suricata write them to alert/fast.log:
 *     01/11/2022-18:57:14.198005  [**] [1:2013028:6] ET POLICY curl User-Agent
 *     Outbound [**] [Classification: Attempted Information Leak] [Priority: 2]
 *     {TCP} 10.0.2.15:59010 -> 31.3.245.133:80
 *   and the same alert sent to syslog by the engine (program snort/suricata):
 *     snort[123]: [1:2000:1] msg [Classification: c] [Priority: 1]: {TCP} a:b -> c:d
 * Slices in the event point into the line; nothing is allocated.
 */
#ifndef RETRACE_DECODE_SNORT_FAST_H
#define RETRACE_DECODE_SNORT_FAST_H

#include "base/diag.h"
#include "base/str.h"
#include "base/time.h"
#include "event/event.h"

/*
 * Decode one alert_fast line. Times are MM/DD/YYYY-hh:mm:ss[.frac] (Suricata),
 * MM/DD/YY-... (Snort -y) or MM/DD-... (Snort 2, no year: year is used); all
 * are local to the sensor, so offset_min (minutes east of UTC) places them.
 * ev is cleared first. Returns 0 with an EV_IPS_ALERT event, or -1 with a
 * diagnostic naming what was expected (d->col points at the spot).
 */
int snort_fast_line(struct str line, int year, int offset_min, struct event *ev, struct diag *d);
/*
 * As snort_fast_line, for a file read in order: clk supplies year and zone
 * and carries the year over a December-to-January rollover of yearless lines.
 */
int snort_fast_line_clock(struct str line, struct syslog_clock *clk, struct event *ev,
			  struct diag *d);
/*
 * Decode the message part of a syslog line from snort or suricata (what
 * follows "snort[pid]: "). ev is not cleared (the syslog path has set time,
 * host and program); if ev->program starts with "suricata", IPv6 endpoints
 * always carry a port. An alert ("[gid:sid:rev] ...") fills ev and returns 0;
 * other engine messages leave ev->kind EV_NONE and return 0; -1 for an alert
 * that is cut or malformed.
 */
int snort_msg_parse(struct str msg, struct event *ev, struct diag *d);
/*
 * The service an alert is about: the destination port's when it names one
 * (service_from_port), else keywords of the signature as words (telnet, ssh,
 * "secure shell", smtp, ftp, imap, pop3; rdp, "remote desktop": SVC_OTHER),
 * else SVC_OTHER for a port and SVC_UNKNOWN without one.
 */
enum service snort_alert_service(struct str signature, uint16_t dst_port);
/*
 * Confidence 0-100 that head (a file's first bytes) is an alert_fast log:
 * the share of its first complete non-empty lines that decode.
 */
int snort_fast_sniff(struct str head);

#endif
