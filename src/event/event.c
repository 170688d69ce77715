/*
 * event.c - names for the event model's enumerations (used on export).
 */
#include "event/event.h"

#include <string.h>

const char *event_kind_name(enum event_kind k)
{
	static const char *const names[EV_KIND_COUNT] = {
		[EV_NONE] = "none",
		[EV_AUTH] = "authentication",
		[EV_MAIL_FROM] = "mail.accepted",
		[EV_MAIL_TO] = "mail.delivery",
		[EV_MAIL_REJECT] = "mail.rejected",
		[EV_MAIL_CONNECT] = "mail.connection",
		[EV_IPS_ALERT] = "ips.alert",
		[EV_FW_PACKET] = "firewall.packet",
	};
	return (unsigned)k < EV_KIND_COUNT && names[k] ? names[k] : "unknown";
}

const char *service_name(enum service s)
{
	switch (s) {
	case SVC_SMTP:
		return "smtp";
	case SVC_SSH:
		return "ssh";
	case SVC_TELNET:
		return "telnet";
	case SVC_IMAP:
		return "imap";
	case SVC_POP3:
		return "pop3";
	case SVC_FTP:
		return "ftp";
	case SVC_OTHER:
		return "other";
	case SVC_UNKNOWN:
		break;
	}
	return "unknown";
}

enum service service_from_port(uint16_t port)
{
	switch (port) {
	case 25:
	case 465:
	case 587:
		return SVC_SMTP;
	case 22:
		return SVC_SSH;
	case 23:
		return SVC_TELNET;
	case 143:
	case 993:
		return SVC_IMAP;
	case 110:
	case 995:
		return SVC_POP3;
	case 21:
		return SVC_FTP;
	default:
		return SVC_OTHER;
	}
}
