/*
 * assets.h - the asset inventory: hosts and networks, their roles, owners,
 * and which addresses are inside.
 *
 * Inside is what the inventory says, not RFC 1918: an asset may have a public
 * address, and a private address that is not ours is outside. The inside set
 * is the union of (1) every network row (a CIDR or range in the ip column, or
 * a CIDR written as the zone), (2) every host's own address and (3) for a
 * named zone with two or more hosts and no network row, the covering /24
 * (IPv6: /64) of each of its hosts. Roles are classified from free text by
 * keywords, or inferred from the name and OS when the role cell is empty;
 * docs/formats.md lists the rules.
 */
#ifndef RETRACE_POLICY_ASSETS_H
#define RETRACE_POLICY_ASSETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/ip.h"
#include "base/str.h"

enum { ASSET_ADDRS_MAX = 16 }; /* addresses in one ip cell (multi-homed or NATed hosts) */

enum asset_role {
	ASSET_ROLE_UNKNOWN = 0, /* nothing to go on */
	ASSET_ROLE_MAIL,
	ASSET_ROLE_WEB,
	ASSET_ROLE_FILE,
	ASSET_ROLE_DNS,
	ASSET_ROLE_DB,
	ASSET_ROLE_APP, /* WAS / application server */
	ASSET_ROLE_WORKSTATION,
	ASSET_ROLE_LAPTOP, /* a workstation that travels */
	ASSET_ROLE_FIREWALL,
	ASSET_ROLE_OTHER, /* a role was written but no keyword matched */
	ASSET_ROLE_COUNT
};

struct asset {
	struct str zone, name, ip_text, os, role_text, owner, notes;
	struct ip ip;         /* host rows: the address */
	struct ip_range net;  /* the host's address, or a network row's network */
	bool is_network;      /* the ip cell held a CIDR or range */
	enum asset_role role; /* primary role: the earliest keyword in the text */
	uint32_t roles;       /* 1u << role for every role named or inferred */
	bool role_inferred;   /* from name/OS, the role cell said nothing usable */
	long line;
};

/* Where an inside network came from (for explanations). */
enum zone_origin { ZONE_NETWORK_ROW, ZONE_HOST, ZONE_COVER };

struct zone_net {
	struct str zone;
	struct ip_range net;
	enum zone_origin origin;
};

struct assets {
	struct asset *v; /* file order; a cell with several addresses gives several entries */
	size_t n;
	struct zone_net *nets; /* the inside set, as built */
	size_t nnets;
	struct ip_range *inside; /* nets merged, sorted, disjoint */
	size_t ninside;
	size_t *by_ip; /* host entries sorted by address */
	size_t nhosts;
	size_t rows, skipped;
};

/*
 * Read an inventory CSV (header-driven; see docs/formats.md). Every bad row is
 * reported as file:line and skipped. Returns 0, or -1 when the header has no
 * ip column or no asset could be read. Strings live in a.
 */
int assets_load_csv(struct assets *out, struct arena *a, struct str buf, const char *file,
		    struct diag *d);
/* Header score of the first line(s), 0 if it cannot be an inventory. */
int assets_sniff(struct str head);
/* The host asset with this address, or NULL. */
const struct asset *assets_find_ip(const struct assets *as, const struct ip *ip);
/* The address belongs to the inventory's inside set. */
bool assets_is_inside(const struct assets *as, const struct ip *ip);
/* The complement of the inside set (everything, for an empty inventory), in a. */
size_t assets_outside(const struct assets *as, struct arena *a, struct ip_range **out);
/*
 * Workstations and laptops whose owner is the account: "KIM" and
 * "KIM@mail.test.com" both match an owner "kim" or "kim@corp.example"
 * (local parts compared case-insensitively). With no owner cell, an ASCII
 * word of the name matches ("Kim's PC"). Fills out[0..max), returns the count
 * found (may exceed max).
 */
size_t assets_owner_hosts(const struct assets *as, struct str account, const struct asset **out,
			  size_t max);
/* An account owner's workstation, as found by assets_owner_inside. */
struct assets_owner {
	const struct asset *asset;
	struct str host; /* its name, or its address text when it has no name */
};

/*
 * The account's owner (as assets_owner_hosts) has a workstation inside the
 * inventory's zones: the account is normally used from inside. out may be NULL.
 */
bool assets_owner_inside(const struct assets *as, struct str account, struct assets_owner *out);
/* Hosts with the mail role; as assets_owner_hosts. */
size_t assets_mail_servers(const struct assets *as, const struct asset **out, size_t max);
/* The asset has role r (primary or not). */
bool asset_has_role(const struct asset *x, enum asset_role r);
/*
 * Whether a host in role needs port (TCP; DNS also UDP) reachable. From
 * outside: mail 25, 465, 587, 110, 995, 143, 993; web 80, 443; dns 53.
 * From inside additionally: file 139, 445; db 1433, 1521, 3306, 5432; app
 * 8009, 8080, 8443. Administrative ports (22, 23, 3389, ...) are never
 * "needed" from outside: remote administration belongs behind a VPN.
 */
bool asset_role_needs_port(enum asset_role role, uint16_t port, bool from_outside);
/* "mail", "web", ..., "unknown". */
const char *asset_role_name(enum asset_role r);
/* Classify free text (a role cell, a name) by keywords; ASSET_ROLE_UNKNOWN if none. */
enum asset_role asset_role_classify(struct str text, uint32_t *roles);

#endif
