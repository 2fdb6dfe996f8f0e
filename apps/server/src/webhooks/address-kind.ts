import { isIP } from "node:net";

/** Where an IP address leads: the public internet, this machine, or a private or reserved network. */
export type AddressKind = "public" | "loopback" | "private";

const v4Private: readonly (readonly [string, number])[] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];

const v4Number = (ip: string) => ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);

function inV4(ip: string, [base, bits]: readonly [string, number]): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(v4Number(ip) / size) === Math.floor(v4Number(base) / size);
}

function v4Kind(ip: string): AddressKind {
  if (inV4(ip, ["127.0.0.0", 8])) return "loopback";
  return v4Private.some((range) => inV4(ip, range)) ? "private" : "public";
}

/** The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail becomes two groups). */
function v6Groups(ip: string): number[] {
  let text = ip.toLowerCase();
  const v4Tail = text.match(/(\d+\.\d+\.\d+\.\d+)$/)?.[1];
  if (v4Tail) {
    const n = v4Number(v4Tail);
    text = `${text.slice(0, -v4Tail.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array(8 - front.length - back.length).fill(0), ...back];
}

function v6Kind(ip: string): AddressKind {
  const g = v6Groups(ip);
  const first = g[0] ?? 0;
  if (g.every((x, i) => x === (i === 7 ? 1 : 0))) return "loopback";
  const mapped = g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
  if (mapped)
    return v4Kind(`${(g[6] ?? 0) >> 8}.${(g[6] ?? 0) & 255}.${(g[7] ?? 0) >> 8}.${(g[7] ?? 0) & 255}`);
  if (g.every((x) => x === 0)) return "private";
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00)
    return "private";
  // NAT64 (64:ff9b::/96) and the documentation prefix (2001:db8::/32) lead nowhere public either.
  if (first === 0x64 && g[1] === 0xff9b) return "private";
  if (first === 0x2001 && g[1] === 0xdb8) return "private";
  return "public";
}

/**
 * Classifies an IP address for the webhook SSRF guard: loopback (127.0.0.0/8, ::1), private or
 * reserved (RFC 1918, CGNAT, link-local, unique-local, multicast, documentation …, and IPv4
 * mapped into IPv6 as its IPv4), or public. Anything that is not an IP address counts as private.
 *
 * @example addressKind("10.1.2.3") // "private"
 */
export function addressKind(ip: string): AddressKind {
  const bare = ip.replace(/^\[|\]$/g, "");
  const family = isIP(bare);
  if (family === 4) return v4Kind(bare);
  if (family === 6) return v6Kind(bare);
  return "private";
}
