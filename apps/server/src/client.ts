import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/** Loopback by the socket's own address, never by a header a client could write. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  if (address === "::1") return true;
  const v4 = address.replace(/^::ffff:/i, "");
  return isIP(v4) === 4 && v4.startsWith("127.");
}

const FORWARDING_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip"];

/**
 * A request from this machine itself, not relayed. A reverse proxy on the same host connects
 * from 127.0.0.1 too, so a request that carries a forwarding header came from elsewhere
 * through it and is not local, whatever TRUST_PROXY says.
 */
export function isLocalRequest(req: Pick<IncomingMessage, "socket" | "headers">): boolean {
  return (
    isLoopbackAddress(req.socket.remoteAddress) &&
    FORWARDING_HEADERS.every((h) => req.headers[h] === undefined)
  );
}
