import { BlockList, isIP, isIPv4 } from "node:net";

/**
 * One spelling per address, so one client is one throttling key: IPv6 lowercased and compressed
 * (the URL parser's canonical form), an IPv4-mapped IPv6 address (`::ffff:203.0.113.9`, as a
 * dual-stack server sees IPv4 peers) as plain IPv4, and without the brackets, port or zone a
 * proxy may write. Null for anything that is not an IP address.
 */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "");
  if (isIPv4(address)) return address;
  if (isIP(address) !== 6) return null;
  const canonical = canonicalIPv6(address);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!mapped) return canonical;
  const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/**
 * What a per-address limit counts `address` under: an IPv4 address itself, and an IPv6 address by
 * its /64 (`2001:db8:1:2::/64`). A host is handed a whole /64 and may send from any of its 2^64
 * addresses, so counting each address alone would give one machine a fresh budget on every one.
 * Takes a normalized address (normalizeAddress); anything else, "unknown" say, is its own key.
 */
export function throttlingKeyOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  const [left, right] = [groups(head), groups(tail)];
  const full = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${canonicalIPv6(`${full.slice(0, 4).join(":")}::`)}/64`;
}

/** IPv6 lowercased and compressed, as the URL parser writes it. */
function canonicalIPv6(address: string): string {
  return new URL(`http://[${address}]/`).hostname.slice(1, -1);
}

/** The reverse proxies whose X-Forwarded-For is believed: addresses and CIDR ranges, IPv4 or IPv6. */
export class ProxyList {
  private readonly list = new BlockList();

  private constructor(readonly entries: readonly string[]) {
    for (const entry of entries) {
      const [network, prefix] = entry.split("/") as [string, string | undefined];
      const family = isIPv4(network) ? "ipv4" : "ipv6";
      if (prefix === undefined) this.list.addAddress(network, family);
      else this.list.addSubnet(network, Number(prefix), family);
    }
  }

  /**
   * From a comma-separated list (`10.0.0.0/8, 2001:db8::1`). Throws with the entries it could not
   * read, so a typo stops the app at start rather than quietly trusting nobody (or everybody).
   */
  static parse(text: string | undefined): ProxyList {
    const entries = (text ?? "").split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
    const normalized = entries.map(normalizeEntry);
    const unreadable = entries.filter((_, i) => normalized[i] === null);
    if (unreadable.length > 0) throw new Error(`not an IP address or CIDR range: ${unreadable.join(", ")}`);
    return new ProxyList(normalized as string[]);
  }

  static readonly none = ProxyList.parse("");

  includes(address: string): boolean {
    const normalized = normalizeAddress(address);
    if (normalized === null) return false;
    return this.list.check(normalized, isIPv4(normalized) ? "ipv4" : "ipv6");
  }
}

function normalizeEntry(entry: string): string | null {
  const [network = "", prefix, ...rest] = entry.split("/");
  const address = normalizeAddress(network);
  if (address === null || rest.length > 0) return null;
  if (prefix === undefined) return address;
  const bits = Number(prefix);
  const max = isIPv4(address) ? 32 : 128;
  return /^\d+$/.test(prefix) && bits <= max ? `${address}/${bits}` : null;
}
