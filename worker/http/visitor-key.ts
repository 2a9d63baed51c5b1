/**
 * The rate-limit identity of a visitor's address. An IPv4 address is one visitor. An IPv6
 * address is counted by its /64: a single subscriber is routinely given a whole /64 (2^64
 * addresses), so keying by the full address would let one visitor look like millions. The
 * prefix is written in one canonical form, so the compressed, expanded and mixed spellings of
 * the same network share one budget. An IPv4-mapped address (`::ffff:192.0.2.1`) is the IPv4
 * visitor it carries, not the /64 every IPv4 visitor would then share. Anything that does not
 * parse is kept as it is (locally there is no address at all).
 *
 * @example
 * visitorKey("203.0.113.7");                 // "203.0.113.7"
 * visitorKey("2001:db8:0:1:aaaa::1");        // "2001:db8:0:1::/64"
 * visitorKey("2001:0DB8:0000:0001:0:0:0:2"); // "2001:db8:0:1::/64"
 * visitorKey("::ffff:192.0.2.1");            // "192.0.2.1"
 */
export function visitorKey(address: string): string {
  return keyByPrefix(address, 4);
}

/**
 * The identity of a visitor as evidence: what the dashboard counts as visitors and what teaching
 * from picks, the knowledge gaps and the threshold recommendation need several of. As
 * `visitorKey`, but an IPv6 address is counted by its /48: a rate limit must not merge the
 * neighbours of one ISP's customer, but evidence must not count one holder of a /48 (free from
 * tunnel brokers, 65,536 /64s) as thousands of visitors. Two people in one /48, a household or an
 * office, then count as one: evidence errs toward too little.
 *
 * @example
 * evidenceKey("2001:db8:0:1::1"); // "2001:db8:0::/48"
 * evidenceKey("2001:db8:0:ffff::1"); // "2001:db8:0::/48"
 * evidenceKey("203.0.113.7"); // "203.0.113.7"
 */
export function evidenceKey(address: string): string {
  return keyByPrefix(address, 3);
}

/**
 * The visitor's address as Cloudflare's edge gives it: `CF-Connecting-IP`, unless that is a
 * Class E address (240.0.0.0/4, which no client on the internet has) beside an IPv6 address in
 * `CF-Connecting-IPv6`, which is then the visitor's. A zone's Pseudo IPv4 setting, set to
 * "Overwrite Headers" for an IPv4-only origin, puts a Class E address hashed from an IPv6
 * visitor's address in `CF-Connecting-IP` and keeps the real one in `CF-Connecting-IPv6`: read as
 * it came, each /64 of one holder's /48 (or each address of one /64) was a visitor of its own, to
 * the rate limits and to the evidence that counts visitors (`evidenceKey`). Only Cloudflare writes
 * a Class E address there, and it writes `CF-Connecting-IPv6` with it; undefined locally.
 *
 * @example
 * clientAddress({ header: (n) => ({ "cf-connecting-ip": "240.16.0.1", "cf-connecting-ipv6": "2001:db8::1" })[n] });
 * // "2001:db8::1"
 */
export function clientAddress(request: {
  header(name: string): string | undefined;
}): string | undefined {
  const address = request.header("cf-connecting-ip");
  const first = /^\s*(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}\s*$/.exec(address ?? "")?.[1];
  if (first === undefined || Number(first) < 240 || Number(first) > 255) return address;
  const ipv6 = request.header("cf-connecting-ipv6");
  return ipv6 && parseIpv6(ipv6.trim()) ? ipv6.trim() : address;
}

/** An address's key: IPv4 whole, IPv6 by its first `groups` 16-bit groups, in canonical form. */
function keyByPrefix(address: string, groups: 3 | 4): string {
  const trimmed = address.trim();
  if (!trimmed.includes(":")) return trimmed;
  const parsed = parseIpv6(trimmed);
  if (!parsed) return trimmed;
  if (isIpv4Mapped(parsed)) {
    const high = parsed[6] ?? 0;
    const low = parsed[7] ?? 0;
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return `${parsed
    .slice(0, groups)
    .map((g) => g.toString(16))
    .join(":")}::/${groups * 16}`;
}

function isIpv4Mapped(groups: readonly number[]): boolean {
  return groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function parseIpv6(text: string): number[] | null {
  // A zone (`fe80::1%eth0`) names the local interface, not a different host.
  const address = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  let tail: number[] = [];
  let body = address;
  const dotted = /(?:^|:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (dotted?.[1]) {
    const octets = dotted[1].split(".").map(Number);
    if (octets.some((o) => o > 255)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = octets;
    tail = [(a << 8) | b, (c << 8) | d];
    body = address.slice(0, address.length - dotted[1].length);
    // "::1.2.3.4" leaves "::", "64:ff9b::1.2.3.4" leaves "64:ff9b::", "a:b:c:d:e:f:1.2.3.4" leaves a trailing ":".
    if (body.endsWith(":") && !body.endsWith("::")) body = body.slice(0, -1);
  }
  const halves = body.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string | undefined): number[] | null => {
    if (!part) return [];
    const groups = part.split(":");
    if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null;
    return groups.map((g) => Number.parseInt(g, 16));
  };
  const head = parse(halves[0]);
  const rest = parse(halves[1]);
  if (!head || !rest) return null;
  const explicit = head.length + rest.length + tail.length;
  if (halves.length === 1) return explicit === 8 ? [...head, ...tail] : null;
  if (explicit > 7) return null;
  return [...head, ...Array<number>(8 - explicit).fill(0), ...rest, ...tail];
}
