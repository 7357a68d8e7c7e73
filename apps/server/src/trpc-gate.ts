import type { IncomingMessage } from "node:http";
import { isLocalRequest } from "./client.js";
import { clientIp, type TrustedProxies } from "./client-ip.js";
import {
  bodyLimitFor,
  checkContentLength,
  checkContentType,
  checkOrigin,
  takesFiles,
  type Rejection,
} from "./origin.js";
import { clientKey, expensiveCalls, type TokenBuckets } from "./rate-limit.js";

/** Calls one batched HTTP request may carry. */
export const MAX_BATCH = 10;

/** Procedures that must come alone: each call is a password attempt the throttle must see in turn. */
const UNBATCHABLE = new Set(["auth.login"]);

/** The procedure paths of a tRPC URL path ("/trpc/a.b,c.d"); null when its escapes are broken. */
function trpcCalls(pathname: string): string[] | null {
  try {
    return decodeURIComponent(pathname.slice("/trpc/".length)).split(",");
  } catch {
    return null;
  }
}

/** Whether a tRPC path ("a.b,c.d") batches an unbatchable procedure with others. */
function batchesUnbatchable(pathname: string): boolean {
  const calls = trpcCalls(pathname) ?? [];
  return calls.length > 1 && calls.some((c) => UNBATCHABLE.has(c));
}

/** What the gate needs to know about the server. */
export interface TrpcGate {
  maxBodyBytes: number;
  allowedOrigins: readonly string[];
  trustProxy: TrustedProxies;
  buckets: TokenBuckets;
  /** Whether loopback clients are throttled too. */
  loopback: boolean;
}

/** A refused tRPC request: the answer, extra headers, and whether to close the connection. */
export interface Refusal {
  rejection: Rejection;
  headers?: Record<string, string>;
  /** The body is left unread: close the connection rather than let Node drain it. */
  close?: boolean;
}

/** A write with a wrong content type, a foreign origin or a body over its limit. */
function refuseBody(req: IncomingMessage, calls: string[], gate: TrpcGate): Refusal | null {
  if (req.method === "GET" || req.method === "HEAD") return null;
  const refused =
    checkContentType(req.headers) ??
    checkOrigin(req.headers, gate.allowedOrigins) ??
    checkContentLength(req.headers, bodyLimitFor(calls, gate.maxBodyBytes), takesFiles(calls));
  return refused ? { rejection: refused, close: true } : null;
}

/** Expensive calls past the client's token bucket. */
function refuseRate(req: IncomingMessage, calls: string[], gate: TrpcGate): Refusal | null {
  const cost = expensiveCalls(calls);
  if (cost === 0 || (!gate.loopback && isLocalRequest(req))) return null;
  const taken = gate.buckets.take(clientKey(clientIp(req, gate.trustProxy)), cost);
  if (taken.ok) return null;
  return {
    rejection: {
      status: 429,
      code: "TOO_MANY_REQUESTS",
      message: `Too many search, match, analytics, classification or export calls from this address; try again in ${taken.retryAfterSeconds} s.`,
    },
    headers: { "retry-after": String(taken.retryAfterSeconds) },
  };
}

/**
 * Why a tRPC request is refused before any procedure runs, or null to let it through: a broken
 * path, a refused body, the rate limit, or a login batched with other calls.
 */
export function trpcRefusal(
  req: IncomingMessage,
  pathname: string,
  gate: TrpcGate,
): Refusal | null {
  const calls = trpcCalls(pathname);
  if (!calls) {
    const message = "The procedure path has a malformed %-escape.";
    return { rejection: { status: 400, code: "BAD_REQUEST", message } };
  }
  const refused = refuseBody(req, calls, gate) ?? refuseRate(req, calls, gate);
  if (refused) return refused;
  if (batchesUnbatchable(pathname)) {
    const message = "Sign in with one request of its own, not inside a batch.";
    return { rejection: { status: 400, code: "BAD_REQUEST", message } };
  }
  return null;
}
