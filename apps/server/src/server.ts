import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { appRouter, createRequestContext, readSessionCookie, type Services } from "@tahub/api";
import type { Db } from "@tahub/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { isLocalRequest } from "./client.js";
import { DEFAULT_MAX_BODY_BYTES } from "./env.js";
import { compressor, run, securityHeaders } from "./headers.js";
import { clientIp, type TrustedProxies } from "./client-ip.js";
import type { Logger } from "./logger.js";
import { Metrics } from "./metrics.js";
import { checkMetricsAccess } from "./metrics-access.js";
import {
  bodyLimitFor,
  checkContentLength,
  checkContentType,
  checkOrigin,
  takesFiles,
  type Rejection,
} from "./origin.js";
import { clientKey, expensiveCalls, TokenBuckets } from "./rate-limit.js";
import { createStaticHandler } from "./static.js";

export interface ServerOptions {
  db: Db;
  services: Services;
  logger: Logger;
  /** Built portal folder; the server answers API calls only when it is absent. */
  portalDir?: string;
  /** Proxies whose X-Forwarded-For is believed (TRUST_PROXY); default none. */
  trustProxy?: TrustedProxies;
  /** Lifetime of new sessions in hours (SESSION_TTL_HOURS); default 12. */
  sessionTtlHours?: number;
  cookieSecure?: boolean;
  /** Origins besides the server's own Host whose pages may POST (ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** Largest request body (MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Bearer token for /metrics (METRICS_TOKEN); without it only local requests see metrics. */
  metricsToken?: string;
  /** Per-client limit on expensive calls; defaults as in env.ts. */
  rateLimit?: { perMinute: number; burst: number; loopback: boolean };
}

/** Matches the defaults of RATE_LIMIT_* in env.ts. */
const DEFAULT_RATE_LIMIT = { perMinute: 600, burst: 120, loopback: false };

/** Paths are bucketed so metrics do not explode with ids in URLs. */
function routeOf(pathname: string): string {
  if (pathname.startsWith("/trpc/"))
    return "trpc:" + pathname.slice(6).split(",").slice(0, 3).join(",");
  if (pathname === "/healthz" || pathname === "/metrics") return pathname;
  return "static";
}

/**
 * The HTTP server: tRPC at /trpc, the portal at /, /healthz and /metrics. It keeps no state
 * that another process would need (sessions live in the database), so several processes can
 * serve one PostgreSQL database behind a load balancer.
 */
/** Calls one batched HTTP request may carry. */
export const MAX_BATCH = 10;

/** Procedures that must come alone: each call is a password attempt the throttle must see in turn. */
const UNBATCHABLE = new Set(["auth.login"]);

/** The procedure paths of a tRPC URL path ("/trpc/a.b,c.d"); null when its escapes are broken. */
export function trpcCalls(pathname: string): string[] | null {
  try {
    return decodeURIComponent(pathname.slice("/trpc/".length)).split(",");
  } catch {
    return null;
  }
}

/** Whether a tRPC path ("a.b,c.d") batches an unbatchable procedure with others. */
export function batchesUnbatchable(pathname: string): boolean {
  const calls = trpcCalls(pathname) ?? [];
  return calls.length > 1 && calls.some((c) => UNBATCHABLE.has(c));
}

function reject(res: ServerResponse, r: Rejection, headers: Record<string, string> = {}) {
  res.writeHead(r.status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify({ error: { message: r.message, code: r.code } }));
}

/** Requests whose URL cannot be read are the client's fault: 400, never 500. */
function parseUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? "/", "http://localhost");
  } catch {
    return null;
  }
}

export function createHttpServer(opts: ServerOptions): {
  server: Server;
  metrics: Metrics;
  /** Resolves once no request handler is running, or after `ms` (true if it drained). */
  drained: (ms: number) => Promise<boolean>;
} {
  const metrics = new Metrics();
  const serveStatic = opts.portalDir ? createStaticHandler(opts.portalDir) : null;
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const allowedOrigins = opts.allowedOrigins ?? [];
  const limit = opts.rateLimit ?? DEFAULT_RATE_LIMIT;
  const buckets = new TokenBuckets(limit);
  const headers = securityHeaders(opts.cookieSecure ?? false);
  const compress = compressor();
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    // One HTTP request may carry at most MAX_BATCH calls (issue 12, H2/H4: a batch of 200
    // analytics calls stalled the server for 30 s, and a batch of 300 logins outran the
    // throttle). The portal's client batches no more (apps/portal/src/lib/trpc.ts).
    maxBatchSize: MAX_BATCH,
    // Counts bodies that declare no length (chunked) as they arrive; 413 past the limit.
    maxBodySize: maxBodyBytes,
    // Queries may also come as POST with a JSON body: a long classify.text in a GET URL passed
    // Node's 16 kB header limit (431). The portal switches to POST for long inputs.
    allowMethodOverride: true,
    createContext: ({ req, res }) =>
      createRequestContext({
        db: opts.db.prisma,
        services: opts.services,
        ip: clientIp(req, opts.trustProxy ?? false),
        sessionToken: readSessionCookie(req.headers.cookie),
        setCookie: (cookie) => res.appendHeader("set-cookie", cookie),
        cookieSecure: opts.cookieSecure ?? false,
        sessionTtlMs:
          opts.sessionTtlHours === undefined ? undefined : opts.sessionTtlHours * 3600_000,
      }),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR")
        opts.logger.error("procedure failed", { path, err: String(error.cause ?? error) });
    },
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const started = process.hrtime.bigint();
    const url = parseUrl(req.url);
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observe(url ? routeOf(url.pathname) : "bad-url", res.statusCode, seconds);
    });
    await run(headers, req, res);
    await run(compress, req, res);
    if (!url) {
      reject(res, { status: 400, code: "BAD_REQUEST", message: "The request URL is malformed." });
      return;
    }
    if (url.pathname === "/healthz") {
      let ok = true;
      try {
        await opts.db.prisma.$queryRaw`SELECT 1`;
      } catch {
        ok = false;
      }
      res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ status: ok ? "ok" : "database unavailable", db: opts.db.target.backend }),
      );
      return;
    }
    if (url.pathname === "/metrics") {
      const denied = checkMetricsAccess(req, opts.metricsToken);
      if (denied) {
        reject(res, denied, denied.status === 401 ? { "www-authenticate": "Bearer" } : {});
        return;
      }
      res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
      res.end(metrics.render());
      return;
    }
    if (url.pathname.startsWith("/trpc/")) {
      const calls = trpcCalls(url.pathname);
      if (!calls) {
        reject(res, {
          status: 400,
          code: "BAD_REQUEST",
          message: "The procedure path has a malformed %-escape.",
        });
        return;
      }
      if (req.method !== "GET" && req.method !== "HEAD") {
        const refused =
          checkContentType(req.headers) ??
          checkOrigin(req.headers, allowedOrigins) ??
          checkContentLength(req.headers, bodyLimitFor(calls, maxBodyBytes), takesFiles(calls));
        if (refused) {
          // The body is left unread: close the connection rather than let Node drain it.
          res.setHeader("connection", "close");
          reject(res, refused);
          return;
        }
      }
      const cost = expensiveCalls(calls);
      if (cost > 0 && (limit.loopback || !isLocalRequest(req))) {
        const taken = buckets.take(clientKey(clientIp(req, opts.trustProxy ?? false)), cost);
        if (!taken.ok) {
          reject(
            res,
            {
              status: 429,
              code: "TOO_MANY_REQUESTS",
              message: `Too many search, match, analytics, classification or export calls from this address; try again in ${taken.retryAfterSeconds} s.`,
            },
            { "retry-after": String(taken.retryAfterSeconds) },
          );
          return;
        }
      }
      if (batchesUnbatchable(url.pathname)) {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            error: {
              message: "Sign in with one request of its own, not inside a batch.",
              code: "BAD_REQUEST",
            },
          }),
        );
        return;
      }
      await trpc(req, res);
      return;
    }
    if (serveStatic && (await serveStatic(req, res, url.pathname))) return;
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("Not found");
  }

  // Handlers still running: a graceful stop waits for them before it closes the database, or
  // their queries would fail on a closed pool (seen when the load bench stopped a busy server).
  let inFlight = 0;
  const idleWaiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    inFlight++;
    handle(req, res)
      .catch((err: unknown) => {
        // One bad request never takes the server down.
        opts.logger.error("request failed", { url: req.url, err: String(err) });
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end("Internal error");
      })
      .finally(() => {
        if (--inFlight === 0) for (const wake of idleWaiters.splice(0)) wake();
      });
  });
  server.keepAliveTimeout = 65_000;
  /** Resolves once no handler is running, or after `ms` (true if it drained). */
  const drained = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (inFlight === 0) return resolve(true);
      const timer = setTimeout(() => resolve(false), ms);
      timer.unref();
      idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  return { server, metrics, drained };
}
