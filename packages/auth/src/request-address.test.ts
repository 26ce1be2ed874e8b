import { describe, expect, it } from "vitest";
import { normalizeAddress, ProxyList, throttlingKeyOf } from "./network-address";
import { peerAddressHeader, requestAddress } from "./request-address";

const proxies = ProxyList.parse("10.0.0.0/8, 2001:db8:ffff::/48, 192.0.2.7");
const from = (peer: string | undefined, forwardedFor?: string | string[]) => ({
  ...(peer === undefined ? {} : { [peerAddressHeader]: peer }),
  ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
});

describe("requestAddress", () => {
  it("takes the connection's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    for (let i = 0; i < 5; i++) {
      // Rotating the header, as a password sprayer would: one address all along.
      expect(requestAddress(from("198.51.100.23", `203.0.113.${i}`), ProxyList.none)).toBe("198.51.100.23");
    }
  });

  it("never takes a forged victim's address from an untrusted peer", () => {
    expect(requestAddress(from("198.51.100.23", "203.0.113.9"), proxies)).toBe("198.51.100.23");
    expect(requestAddress({ ...from("198.51.100.23", "203.0.113.9"), "x-real-ip": "203.0.113.9" }, proxies)).toBe("198.51.100.23");
  });

  it("behind trusted proxies, takes the first untrusted hop from the right, not what the client wrote to its left", () => {
    // The client sent "203.0.113.9" itself; the outer proxy appended the address it saw, the inner one its own.
    expect(requestAddress(from("10.0.0.2", "203.0.113.9, 198.51.100.23, 10.0.0.1"), proxies)).toBe("198.51.100.23");
    expect(requestAddress(from("10.0.0.2", ["203.0.113.9, 198.51.100.23", "10.0.0.1"]), proxies)).toBe("198.51.100.23");
    expect(requestAddress(from("192.0.2.7", "198.51.100.23"), proxies)).toBe("198.51.100.23");
  });

  it("takes the peer when a trusted proxy sent no X-Forwarded-For, and the leftmost when every hop is trusted", () => {
    expect(requestAddress(from("10.0.0.2"), proxies)).toBe("10.0.0.2");
    expect(requestAddress(from("10.0.0.2", "10.9.9.9, 10.0.0.1"), proxies)).toBe("10.9.9.9");
  });

  it("believes nothing to the left of a hop a trusted proxy wrote that is no address", () => {
    expect(requestAddress(from("10.0.0.2", "203.0.113.9, not-an-address"), proxies)).toBe("unknown");
  });

  it("reads IPv6 and IPv4-mapped addresses, each in one spelling", () => {
    expect(requestAddress(from("::ffff:198.51.100.23", "203.0.113.9"), proxies)).toBe("198.51.100.23");
    expect(requestAddress(from("2001:DB8:0:0::1"), proxies)).toBe("2001:db8::/64");
    // A mapped proxy address is still the proxy; an IPv6 proxy range; a bracketed hop with a port.
    expect(requestAddress(from("::ffff:10.0.0.2", "2001:db8::77"), proxies)).toBe("2001:db8::/64");
    expect(requestAddress(from("2001:db8:ffff:1::5", "[2001:db8:1::9]:443, 2001:db8:ffff::1"), proxies)).toBe("2001:db8:1::/64");
    expect(requestAddress(from("10.0.0.2", "::ffff:203.0.113.9"), proxies)).toBe("203.0.113.9");
  });

  it("answers an IPv6 client by its /64: one host rotating through its network is one key", () => {
    const keys = ["2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:0db8:0001:0002:8a2e:0370:7334:0001"].map((peer) => requestAddress(from(peer), ProxyList.none));
    expect(new Set(keys)).toEqual(new Set(["2001:db8:1:2::/64"]));
    // The next /64 is another network; behind a proxy the client's hop is keyed the same way.
    expect(requestAddress(from("2001:db8:1:3::1"), ProxyList.none)).toBe("2001:db8:1:3::/64");
    expect(requestAddress(from("10.0.0.2", "2001:db8:1:2:aaaa::9"), proxies)).toBe("2001:db8:1:2::/64");
  });

  it("answers 'unknown' without a peer, never trusting X-Forwarded-For then", () => {
    expect(requestAddress(from(undefined, "203.0.113.9"), proxies)).toBe("unknown");
    expect(requestAddress(from("not-an-address", "203.0.113.9"), proxies)).toBe("unknown");
    expect(requestAddress(undefined, proxies)).toBe("unknown");
  });
});

describe("normalizeAddress", () => {
  it.each([
    ["198.51.100.23", "198.51.100.23"],
    [" 198.51.100.23:5123 ", "198.51.100.23"],
    ["::FFFF:198.51.100.23", "198.51.100.23"],
    ["::ffff:c633:6417", "198.51.100.23"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["unknown", null],
    ["", null],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});

describe("throttlingKeyOf", () => {
  it.each([
    ["198.51.100.23", "198.51.100.23"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8::/64"],
    ["::1", "::/64"],
    ["fe80::1", "fe80::/64"],
    ["2001:db8:0:1::", "2001:db8:0:1::/64"],
    ["ab:cd:ef:12::", "ab:cd:ef:12::/64"],
    ["unknown", "unknown"],
  ])("%s → %s", (address, expected) => {
    expect(throttlingKeyOf(address)).toBe(expected);
  });
});

describe("ProxyList.parse", () => {
  it("reads addresses and ranges of both families, and matches mapped IPv4", () => {
    const list = ProxyList.parse(" 127.0.0.1 ,::1, 172.30.0.0/24, fd00::/8 ");
    expect(list.entries).toEqual(["127.0.0.1", "::1", "172.30.0.0/24", "fd00::/8"]);
    expect(["127.0.0.1", "::ffff:127.0.0.1", "::1", "172.30.0.200", "fd12::3"].map((a) => list.includes(a))).toEqual([true, true, true, true, true]);
    expect(["127.0.0.2", "172.30.1.1", "fe80::1", "junk"].map((a) => list.includes(a))).toEqual([false, false, false, false]);
  });

  it("trusts nobody when empty", () => {
    expect(ProxyList.parse("").entries).toEqual([]);
    expect(ProxyList.parse(undefined).includes("127.0.0.1")).toBe(false);
  });

  it("refuses what it cannot read, naming it", () => {
    expect(() => ProxyList.parse("10.0.0.0/8, proxy.internal, 10.0.0.0/33")).toThrow("not an IP address or CIDR range: proxy.internal, 10.0.0.0/33");
  });
});
