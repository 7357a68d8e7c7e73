import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isLocalRequest } from "./client.js";
import type { Rejection } from "./origin.js";

/**
 * /metrics names routes, error rates and memory: useful to an attacker timing a stall. With
 * METRICS_TOKEN set, a scraper presents it as a Bearer token (from anywhere, local included);
 * without it, only this machine may read metrics, judged by the socket, not by X-Forwarded-For.
 */
export function checkMetricsAccess(
  req: Pick<IncomingMessage, "socket" | "headers">,
  token: string | undefined,
): Rejection | null {
  if (token) {
    const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "");
    const sent = m?.[1];
    if (sent !== undefined && sameSecret(sent.trim(), token)) return null;
    return {
      status: 401,
      code: "UNAUTHORIZED",
      message: "Metrics need the bearer token (METRICS_TOKEN).",
    };
  }
  if (isLocalRequest(req)) return null;
  return {
    status: 403,
    code: "FORBIDDEN",
    message: "Metrics are served only to this machine unless METRICS_TOKEN is set.",
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
