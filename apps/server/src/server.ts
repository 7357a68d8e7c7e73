import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { appRouter, createRequestContext, readSessionCookie, type Services } from "@tahub/api";
import type { Db } from "@tahub/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { DEFAULT_MAX_BODY_BYTES } from "./env.js";
import { compressor, run, securityHeaders } from "./headers.js";
import { clientIp, type TrustedProxies } from "./client-ip.js";
import type { Logger } from "./logger.js";
import { Metrics } from "./metrics.js";
import { checkMetricsAccess } from "./metrics-access.js";
import type { Rejection } from "./origin.js";
import { TokenBuckets } from "./rate-limit.js";
import { createStaticHandler } from "./static.js";
import { MAX_BATCH, trpcRefusal, type TrpcGate } from "./trpc-gate.js";

export { MAX_BATCH } from "./trpc-gate.js";

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

/** The tRPC adapter, with the limits and the request context of these options. */
function trpcHandler(opts: ServerOptions, maxBodyBytes: number) {
  return createHTTPHandler({
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
}

/** /healthz: 200 while the database answers, 503 when it does not. */
async function serveHealth(db: Db, res: ServerResponse) {
  let ok = true;
  try {
    await db.prisma.$queryRaw`SELECT 1`;
  } catch {
    ok = false;
  }
  res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
  res.end(JSON.stringify({ status: ok ? "ok" : "database unavailable", db: db.target.backend }));
}

/** /metrics: for the bearer of METRICS_TOKEN, or for local requests when there is none. */
function serveMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  metrics: Metrics,
  token: string | undefined,
) {
  const denied = checkMetricsAccess(req, token);
  if (denied) {
    reject(res, denied, denied.status === 401 ? { "www-authenticate": "Bearer" } : {});
    return;
  }
  res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
  res.end(metrics.render());
}

/** Everything one request needs from the server, built once. */
interface Parts {
  opts: ServerOptions;
  metrics: Metrics;
  gate: TrpcGate;
  trpc: ReturnType<typeof trpcHandler>;
  serveStatic: ReturnType<typeof createStaticHandler> | null;
  headers: ReturnType<typeof securityHeaders>;
  compress: ReturnType<typeof compressor>;
}

function buildParts(opts: ServerOptions): Parts {
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limit = opts.rateLimit ?? DEFAULT_RATE_LIMIT;
  return {
    opts,
    metrics: new Metrics(),
    gate: {
      maxBodyBytes,
      allowedOrigins: opts.allowedOrigins ?? [],
      trustProxy: opts.trustProxy ?? false,
      buckets: new TokenBuckets(limit),
      loopback: limit.loopback,
    },
    trpc: trpcHandler(opts, maxBodyBytes),
    serveStatic: opts.portalDir ? createStaticHandler(opts.portalDir) : null,
    headers: securityHeaders(opts.cookieSecure ?? false),
    compress: compressor(),
  };
}

/** A tRPC request past the gate; resolves once its response is done (the adapter returns nothing). */
async function serveTrpc(parts: Parts, req: IncomingMessage, res: ServerResponse, url: URL) {
  const refused = trpcRefusal(req, url.pathname, parts.gate);
  if (refused) {
    if (refused.close) res.setHeader("connection", "close");
    reject(res, refused.rejection, refused.headers);
    return;
  }
  // Waiting for the response keeps the call counted in flight: a graceful stop waits for it.
  await new Promise<void>((done) => {
    res.once("close", () => done());
    parts.trpc(req, res);
    if (res.closed) done();
  });
}

async function handle(parts: Parts, req: IncomingMessage, res: ServerResponse) {
  const started = process.hrtime.bigint();
  const url = parseUrl(req.url);
  res.on("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    parts.metrics.observe(url ? routeOf(url.pathname) : "bad-url", res.statusCode, seconds);
  });
  await run(parts.headers, req, res);
  await run(parts.compress, req, res);
  if (!url) {
    reject(res, { status: 400, code: "BAD_REQUEST", message: "The request URL is malformed." });
  } else if (url.pathname === "/healthz") {
    await serveHealth(parts.opts.db, res);
  } else if (url.pathname === "/metrics") {
    serveMetrics(req, res, parts.metrics, parts.opts.metricsToken);
  } else if (url.pathname.startsWith("/trpc/")) {
    await serveTrpc(parts, req, res, url);
  } else if (!(parts.serveStatic && (await parts.serveStatic(req, res, url.pathname)))) {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("Not found");
  }
}

/**
 * The HTTP server: tRPC at /trpc, the portal at /, /healthz and /metrics. It keeps no state
 * that another process would need (sessions live in the database), so several processes can
 * serve one PostgreSQL database behind a load balancer.
 */
export function createHttpServer(opts: ServerOptions): {
  server: Server;
  metrics: Metrics;
  /** Resolves once no request handler is running, or after `ms` (true if it drained). */
  drained: (ms: number) => Promise<boolean>;
} {
  const parts = buildParts(opts);
  // Handlers still running: a graceful stop waits for them before it closes the database, or
  // their queries would fail on a closed pool (seen when the load bench stopped a busy server).
  let inFlight = 0;
  const idleWaiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    inFlight++;
    handle(parts, req, res)
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
  return { server, metrics: parts.metrics, drained };
}
