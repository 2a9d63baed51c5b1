// Whether a channel URL's host is somewhere on the public internet. A site owner types channel
// URLs, and the worker then POSTs visitors' messages there and reports errors and timing back:
// pointed at loopback, a private network or a cloud metadata address, that is a probe of
// networks the owner has no business reaching. Only what a host's spelling says is judged here
// (literal addresses, reserved names, names that spell an address for wildcard DNS, names known
// to answer loopback); any other public name that resolves to a private address is the
// platform's to stop.

/** IPv4 blocks that are not public unicast (IANA special-purpose registry), as [first, bits]. */
const SPECIAL_IPV4: readonly [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
];

/** IPv6 blocks inside 2000::/3 that are not public unicast, as [first, bits]. */
const SPECIAL_IPV6: readonly [string, number][] = [
  ["2001::", 23], // IETF protocol assignments, Teredo among them
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4: judged by the IPv4 address it carries, below
  ["3fff::", 20], // documentation
];

// Names that never leave the machine or the local network (RFC 6761, 6762, 8375, ICANN 2024).
const LOCAL_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa"];

/**
 * Whether `hostname` (a URL's, as `new URL(…).hostname` gives it: lowercase, IPv4 in dotted
 * decimal, IPv6 in brackets) names a host on the public internet: not loopback, private,
 * carrier-grade NAT, link-local (cloud metadata), multicast, documentation or otherwise
 * reserved, nor `localhost`, `*.localhost`, `*.local`, `*.internal`, `*.home.arpa`, a name
 * without a dot or one with an empty label (`169.254.169.254..`), nor a name that spells a
 * non-public address for wildcard DNS (`10.0.0.1.nip.io`) or is known to answer loopback
 * (`localtest.me`). IPv4-mapped, NAT64 and 6to4 IPv6 addresses are judged by the IPv4 address
 * they carry.
 *
 * @example
 * isPublicHost("hooks.slack.com"); // true
 * isPublicHost(new URL("http://0x7f000001/").hostname); // false: 127.0.0.1
 * isPublicHost("[::ffff:a9fe:a9fe]"); // false: 169.254.169.254
 */
export function isPublicHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  // An empty label ("169.254.169.254..", "localhost..", ".x.example") is no name the parser
  // judged: it keeps the dots, and a resolver that drops them reaches the address or name
  // within. One trailing dot (a fully qualified name) was taken off above.
  if (/^\.|\.\.|\.$/.test(host)) return false;
  if (host.startsWith("[") && host.endsWith("]")) {
    const groups = parseIpv6(host.slice(1, -1));
    return groups !== null && isPublicIpv6(groups);
  }
  if (host.includes(":")) {
    const groups = parseIpv6(host);
    return groups !== null && isPublicIpv6(groups);
  }
  const ipv4 = parseIpv4(host);
  if (ipv4 !== null) return isPublicIpv4(ipv4);
  // A last label of digits (or 0x…) that is no dotted quad is a number form WHATWG would have
  // turned into an address, or refused: it is no name.
  if (/(?:^|\.)(?:\d+|0x[0-9a-f]*)$/.test(host)) return false;
  if (host === "" || host === "localhost" || !host.includes(".")) return false;
  if (LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return false;
  if (LOOPBACK_NAMES.some((name) => host === name || host.endsWith(`.${name}`))) return false;
  return !spellsNonPublicAddress(host);
}

// Public names registered to answer 127.0.0.1 for any subdomain, used to get past checks such
// as this one: refused by name, since no resolver runs here.
const LOOPBACK_NAMES = ["localtest.me", "lvh.me", "vcap.me", "lacolhost.com", "localh.st"];

// Wildcard and rebinding DNS services that also read eight hex digits as an address
// (`app-c0a80101.nip.io` is 192.168.1.1: a label before the zone, whole or after its last dash;
// `7f000001.c0a80001.rbndr.us` answers 127.0.0.1 and 192.168.0.1 by turns, a DNS rebinding
// name). Judged only under these zones: elsewhere an eight-hex-digit label is a hash far more
// often (`92832de0.ngrok.io`), and one in eight of those would spell a reserved address.
const HEX_ADDRESS_ZONES = ["nip.io", "sslip.io", "xip.io", "rbndr.us"];

/**
 * Whether a name writes a non-public address in itself, as wildcard and rebinding DNS services
 * answer it: four numbers in a row, each label or dash apart (`10.0.0.1.nip.io`,
 * `www-10-0-0-1.sslip.io`, `make-127.0.0.1-rr.1u.ms`, `make-1.2.3.4-rebind-127-0-0-1-rr.1u.ms`),
 * IPv6 with dashes for colons (`--1.sslip.io`), or, under a zone of `HEX_ADDRESS_ZONES`, eight
 * hex digits (`7f000001.nip.io`).
 */
function spellsNonPublicAddress(host: string): boolean {
  const labels = host.split(".");
  const zone = HEX_ADDRESS_ZONES.find((z) => host.endsWith(`.${z}`));
  if (zone) {
    const under = labels.slice(0, labels.length - zone.split(".").length);
    const spelled = under.map((label) => /(?:^|-)([0-9a-f]{8})$/.exec(label)?.[1]);
    if (spelled.some((hex) => hex && !isPublicIpv4(Number.parseInt(hex, 16)))) return true;
  }
  // Numbers apart by dots or dashes, in any mix: rebinding services (1u.ms) write one or two
  // addresses between words, dotted or dashed.
  const tokens = host.split(/[.-]/);
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const ipv4 = parseIpv4(tokens.slice(i, i + 4).join("."));
    if (ipv4 !== null && !isPublicIpv4(ipv4)) return true;
  }
  return labels.some((label) => {
    const ipv6 = label.includes("--") ? parseIpv6(label.replaceAll("-", ":")) : null;
    return ipv6 !== null && !isPublicIpv6(ipv6);
  });
}

function parseIpv4(text: string): number | null {
  const parts = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!parts) return null;
  let value = 0;
  for (const part of parts.slice(1)) {
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

function inIpv4Block(address: number, [first, bits]: readonly [string, number]): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(address / size) === Math.floor((parseIpv4(first) ?? 0) / size);
}

function isPublicIpv4(address: number): boolean {
  return !SPECIAL_IPV4.some((block) => inIpv4Block(address, block));
}

/** Eight 16-bit groups, or null when `text` is no IPv6 address. A dotted IPv4 tail is allowed. */
function parseIpv6(text: string): number[] | null {
  let body = text;
  const tail: number[] = [];
  const dotted = /(?:^|:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(body);
  if (dotted?.[1]) {
    const ipv4 = parseIpv4(dotted[1]);
    if (ipv4 === null) return null;
    tail.push(Math.floor(ipv4 / 65536), ipv4 % 65536);
    body = body.slice(0, body.length - dotted[1].length);
    if (body.endsWith(":") && !body.endsWith("::")) body = body.slice(0, -1);
  }
  const halves = body.split("::");
  if (halves.length > 2) return null;
  const parse = (half: string | undefined) =>
    half
      ? half.split(":").map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? Number.parseInt(g, 16) : -1))
      : [];
  const head = parse(halves[0]);
  const rest = [...parse(halves[1]), ...tail];
  if ([...head, ...rest].some((g) => g < 0)) return null;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...rest];
}

function inIpv6Block(groups: readonly number[], [first, bits]: readonly [string, number]): boolean {
  const prefix = parseIpv6(first) ?? [];
  for (let i = 0, left = bits; i < 8 && left > 0; i++, left -= 16) {
    const mask = left >= 16 ? 0xffff : (0xffff << (16 - left)) & 0xffff;
    if (((groups[i] ?? 0) & mask) !== ((prefix[i] ?? 0) & mask)) return false;
  }
  return true;
}

function isPublicIpv6(groups: readonly number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const embedded = g6 * 65536 + g7;
  // ::ffff:a.b.c.d (IPv4-mapped) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address.
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff)
    return isPublicIpv4(embedded);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return isPublicIpv4(embedded);
  // 2002:wwxx:yyzz::/48 (6to4) reaches wwxx:yyzz.
  if (g0 === 0x2002) return isPublicIpv4(g1 * 65536 + g2);
  // Only 2000::/3 is global unicast: ::, ::1, fc00::/7, fe80::/10, ff00::/8 and the rest are not.
  if ((g0 & 0xe000) !== 0x2000) return false;
  return !SPECIAL_IPV6.some((block) => inIpv6Block(groups, block));
}
