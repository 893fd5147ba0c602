import { isIPv4, isIPv6 } from "node:net";

// Which IP addresses the fetcher will not connect to unless told to. A news fetcher only ever needs
// public web servers; anything else (the machine itself, the LAN, a cloud metadata endpoint) is a way
// for a hostile feed or redirect to make us probe the network we run on (SSRF).

/** Why an address is refused, phrased to follow "is" / "resolves to 10.0.0.5,". */
export type AddressClass =
  | "unspecified"
  | "loopback"
  | "private"
  | "link-local"
  | "carrier-grade NAT"
  | "multicast"
  | "unique-local IPv6"
  | "reserved";

export interface NonPublicAddress {
  kind: AddressClass;
  /** e.g. "a private address", "an IPv4-mapped loopback address". */
  label: string;
}

interface Range4 {
  base: number;
  bits: number;
  kind: AddressClass;
}

function ip4(text: string): number {
  const parts = text.split(".").map(Number);
  return (((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0) as number;
}

const RANGES_4: readonly Range4[] = [
  // 0.0.0.0 reaches the local host on Linux, so the whole "this network" block is as bad as loopback.
  { base: ip4("0.0.0.0"), bits: 8, kind: "unspecified" },
  { base: ip4("10.0.0.0"), bits: 8, kind: "private" },
  { base: ip4("100.64.0.0"), bits: 10, kind: "carrier-grade NAT" },
  { base: ip4("127.0.0.0"), bits: 8, kind: "loopback" },
  // Includes 169.254.169.254, the cloud metadata service that hands out credentials.
  { base: ip4("169.254.0.0"), bits: 16, kind: "link-local" },
  { base: ip4("172.16.0.0"), bits: 12, kind: "private" },
  { base: ip4("192.0.0.0"), bits: 24, kind: "reserved" },
  { base: ip4("192.0.2.0"), bits: 24, kind: "reserved" },
  { base: ip4("192.88.99.0"), bits: 24, kind: "reserved" },
  { base: ip4("192.168.0.0"), bits: 16, kind: "private" },
  { base: ip4("198.18.0.0"), bits: 15, kind: "reserved" },
  { base: ip4("198.51.100.0"), bits: 24, kind: "reserved" },
  { base: ip4("203.0.113.0"), bits: 24, kind: "reserved" },
  { base: ip4("224.0.0.0"), bits: 4, kind: "multicast" },
  // 240/4 also holds the 255.255.255.255 broadcast address.
  { base: ip4("240.0.0.0"), bits: 4, kind: "reserved" },
];

function classify4(value: number): AddressClass | null {
  for (const range of RANGES_4) {
    const mask = range.bits === 0 ? 0 : (0xffffffff << (32 - range.bits)) >>> 0;
    if ((value & mask) >>> 0 === range.base) return range.kind;
  }
  return null;
}

/** Eight 16-bit groups, or null when the text is not an IPv6 address. Accepts a dotted-quad tail. */
export function parseIPv6(text: string): number[] | null {
  const bare = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!isIPv6(bare)) return null;
  let head = bare;
  const tail: number[] = [];
  const lastColon = head.lastIndexOf(":");
  const last = head.slice(lastColon + 1);
  if (last.includes(".")) {
    const v4 = ip4(last);
    tail.push(v4 >>> 16, v4 & 0xffff);
    head = head.slice(0, lastColon + 1);
    // Drop the single ":" left before the dotted quad unless it belongs to "::".
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const groups = (part: string) => (part === "" ? [] : part.split(":").map((g) => Number.parseInt(g, 16)));
  const gap = head.indexOf("::");
  let words: number[];
  if (gap >= 0) {
    const left = groups(head.slice(0, gap));
    const right = [...groups(head.slice(gap + 2)), ...tail];
    words = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  } else {
    words = [...groups(head), ...tail];
  }
  return words.length === 8 ? words : null;
}

// "an IPv4-mapped", "an unspecified", but "a unique-local".
const article = (word: string) => (/^(?!uni)[aeiou]/i.test(word) ? "an" : "a");

function labelFor(kind: AddressClass, prefix?: string): string {
  if (kind === "unspecified" && !prefix) return "the unspecified address";
  const phrase = prefix ? `${prefix} ${kind}` : kind;
  return `${article(phrase)} ${phrase} address`;
}

function embedded4(words: number[]): number {
  return ((words[6]! << 16) | words[7]!) >>> 0;
}

function classify6(words: number[]): NonPublicAddress | null {
  const [w0, w1, w2, w3, w4, w5, w6, w7] = words as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const zeroTo4 = w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0;
  if (zeroTo4 && w5 === 0 && w6 === 0 && w7 === 0)
    return { kind: "unspecified", label: labelFor("unspecified") };
  if (zeroTo4 && w5 === 0 && w6 === 0 && w7 === 1) return { kind: "loopback", label: labelFor("loopback") };
  // Addresses that carry an IPv4 address inside them are judged by that IPv4 address, since that is
  // where the packets end up (::ffff:10.0.0.1 is 10.0.0.1 to the kernel).
  const inner = (prefix: string): NonPublicAddress | null => {
    const kind = classify4(embedded4(words));
    return kind ? { kind, label: labelFor(kind, prefix) } : null;
  };
  if (zeroTo4 && w5 === 0xffff) return inner("IPv4-mapped");
  if (zeroTo4 && w5 === 0) return inner("IPv4-compatible");
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0) return inner("NAT64");
  if (w0 === 0x2002) {
    const kind = classify4(((w1 << 16) | w2) >>> 0);
    return kind ? { kind, label: labelFor(kind, "6to4") } : null;
  }
  if ((w0 & 0xfe00) === 0xfc00) return { kind: "unique-local IPv6", label: labelFor("unique-local IPv6") };
  if ((w0 & 0xffc0) === 0xfe80) return { kind: "link-local", label: labelFor("link-local") };
  if ((w0 & 0xff00) === 0xff00) return { kind: "multicast", label: labelFor("multicast") };
  // 2001::/23 (protocol assignments, Teredo) and 2001:db8::/32 (documentation) are never a news site.
  if (w0 === 0x2001 && (w1 < 0x200 || w1 === 0xdb8)) return { kind: "reserved", label: labelFor("reserved") };
  // Only 2000::/3 is allocated for global unicast; anything else is reserved or unassigned.
  if ((w0 & 0xe000) !== 0x2000) return { kind: "reserved", label: labelFor("reserved") };
  return null;
}

/**
 * Null for a public address; otherwise what kind of non-public address it is. Text that is not an IP
 * address at all is reported as reserved, so a caller that passes garbage fails closed.
 */
export function classifyAddress(address: string): NonPublicAddress | null {
  const bare = address.replace(/^\[|\]$/g, "");
  if (isIPv4(bare)) {
    const kind = classify4(ip4(bare));
    return kind ? { kind, label: labelFor(kind) } : null;
  }
  const words = parseIPv6(bare);
  if (!words) return { kind: "reserved", label: "not an IP address" };
  return classify6(words);
}

/** The bare address when a URL hostname is an IP literal ("[::1]" → "::1"), else null. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return isIPv4(bare) || isIPv6(bare) ? bare : null;
}
