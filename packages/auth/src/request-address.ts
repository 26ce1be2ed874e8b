import { authEnv } from "./env";
import { normalizeAddress, type ProxyList, throttlingKeyOf } from "./network-address";

type HeaderValue = string | string[] | undefined | null;

/**
 * The address of the peer that opened the connection, as the app's server (scripts/serve-app.mjs)
 * writes it on every request after deleting any copy the request came with. Next itself keeps a
 * client's X-Forwarded-For as sent and adds the socket's address only when there is none, so the
 * socket's address cannot be told from the headers Next passes on; this header is how it arrives.
 */
export const peerAddressHeader = "x-stepwise-peer-address";

function values(value: HeaderValue): string[] {
  return Array.isArray(value) ? value : value ? [value] : [];
}

/**
 * The client's address for throttling. The connection's peer, unless that peer is one of the
 * configured reverse proxies (TRUSTED_PROXIES): then X-Forwarded-For is read from the right, each
 * hop having been appended by the proxy in front of it, skipping the trusted proxies to the first
 * address that is not one. Hops further left were written by whoever sent the request, so nothing
 * a client writes there is ever believed. Without a peer (a server that does not set the header)
 * the answer is "unknown", one key for every such request: stricter, never forgeable. An IPv6
 * client is answered by its /64, the network one host may send from (throttlingKeyOf).
 */
export function requestAddress(headers: Record<string, HeaderValue> | undefined, trusted: ProxyList = authEnv().trustedProxies): string {
  return throttlingKeyOf(clientAddress(headers, trusted));
}

function clientAddress(headers: Record<string, HeaderValue> | undefined, trusted: ProxyList): string {
  const peer = normalizeAddress(values(headers?.[peerAddressHeader])[0] ?? "");
  if (peer === null) return "unknown";
  if (!trusted.includes(peer)) return peer;
  const hops = values(headers?.["x-forwarded-for"])
    .flatMap((value) => value.split(","))
    .map((hop) => hop.trim())
    .filter((hop) => hop !== "");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]!);
    // A proxy we trust wrote this hop but it is no address: nothing to its left can be believed.
    if (hop === null) return "unknown";
    if (!trusted.includes(hop)) return hop;
  }
  // Every hop is a proxy of ours (or there are none): the request started inside, at the leftmost.
  return normalizeAddress(hops[0] ?? "") ?? peer;
}
