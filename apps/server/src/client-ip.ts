import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * Which peers may tell us the client's address through X-Forwarded-For (TRUST_PROXY): `false`
 * believes no header, or a list of addresses, CIDR ranges and the keywords `loopback`,
 * `linklocal` and `uniquelocal`.
 *
 * A plain "trust the header" switch let any client pick its own address by sending a new
 * X-Forwarded-For with each request, and so slip past every per-address limit (issue 12). With a
 * list, the address is read right to left and the first hop that is not a listed proxy is the
 * client, so what a client writes in the header counts only when the hop after it is trusted.
 */
export type TrustedProxies = false | readonly string[];

/** Parses TRUST_PROXY; throws with a message for the operator when the value is unusable. */
export function parseTrustProxy(raw: string): TrustedProxies {
  const value = raw.trim();
  if (value === "" || value === "false" || value === "0") return false;
  // Refused rather than read as "trust every hop": that is exactly the setting that let a client
  // choose its own address. The operator knows where the proxies are; they must say so.
  if (value === "true" || value === "1") {
    throw new Error(
      `"${value}" is no longer accepted: it let any client choose its own address. List the addresses of your proxies or load balancers instead, comma-separated: addresses, CIDR ranges or the keywords loopback, linklocal, uniquelocal (e.g. TRUST_PROXY=loopback or TRUST_PROXY=10.0.0.0/8)`,
    );
  }
  const list = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of list) {
    try {
      proxyaddr.compile(item);
    } catch {
      throw new Error(
        `"${item}" is not an address, a CIDR range or one of loopback, linklocal, uniquelocal`,
      );
    }
    const bits = prefixBits(item);
    if (bits !== null && bits.length < bits.min)
      throw new Error(
        `"${item}" trusts a range too wide to be your proxies (a /${bits.length}; at least /${bits.min} is required): ranges such as 0.0.0.0/1 let any client choose its own address`,
      );
  }
  return list;
}

/** The prefix length of a CIDR item ("10.0.0.0/8", "10.0.0.0/255.0.0.0", "fd00::/8"), or null. */
function prefixBits(item: string): { length: number; min: number } | null {
  const [address, mask] = item.split("/");
  if (!address || mask === undefined) return null;
  const v6 = address.includes(":");
  const length = /^\d+$/.test(mask)
    ? Number(mask)
    : mask
        .split(".")
        .map((o) => Number(o).toString(2).replace(/0/g, "").length)
        .reduce((a, b) => a + b, 0);
  // The widest private ranges are 10.0.0.0/8 and fc00::/7; nothing wider is a set of proxies.
  return { length, min: v6 ? 7 : 8 };
}

/** Compiled trust functions, one per list (the server keeps one list for its life). */
const compiled = new WeakMap<readonly string[], (addr: string, i: number) => boolean>();

function trustFunction(list: readonly string[]) {
  let fn = compiled.get(list);
  if (!fn) {
    fn = proxyaddr.compile([...list]);
    compiled.set(list, fn);
  }
  return fn;
}

/** "::ffff:192.0.2.1" and "192.0.2.1" are one client; the throttle must see one key. */
function normalise(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m?.[1] ?? address;
}

/** The client's address: the socket's peer, or what the trusted proxies in front of it say. */
export function clientIp(
  req: Pick<IncomingMessage, "socket" | "headers">,
  trust: TrustedProxies = false,
): string {
  const socketAddress = req.socket.remoteAddress;
  if (!socketAddress) return "unknown";
  if (trust === false || trust.length === 0) return normalise(socketAddress);
  return normalise(proxyaddr(req as IncomingMessage, trustFunction(trust)));
}
