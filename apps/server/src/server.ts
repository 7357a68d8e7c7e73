import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { appRouter, createRequestContext, readSessionCookie, type Services } from "@tahub/api";
import type { Db } from "@tahub/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import type { Logger } from "./logger.js";
import { Metrics } from "./metrics.js";
import { createStaticHandler } from "./static.js";

export interface ServerOptions {
  db: Db;
  services: Services;
  logger: Logger;
  /** Built portal folder; the server answers API calls only when it is absent. */
  portalDir?: string;
  trustProxy?: boolean;
  cookieSecure?: boolean;
}

/** Paths are bucketed so metrics do not explode with ids in URLs. */
function routeOf(pathname: string): string {
  if (pathname.startsWith("/trpc/"))
    return "trpc:" + pathname.slice(6).split(",").slice(0, 3).join(",");
  if (pathname === "/healthz" || pathname === "/metrics") return pathname;
  return "static";
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const fwd = trustProxy ? req.headers["x-forwarded-for"] : undefined;
  const first = Array.isArray(fwd) ? fwd[0] : fwd?.split(",")[0];
  return (first ?? req.socket.remoteAddress ?? "unknown").trim();
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

/** Whether a tRPC path ("a.b,c.d") batches an unbatchable procedure with others. */
export function batchesUnbatchable(pathname: string): boolean {
  const calls = decodeURIComponent(pathname.slice("/trpc/".length)).split(",");
  return calls.length > 1 && calls.some((c) => UNBATCHABLE.has(c));
}

export function createHttpServer(opts: ServerOptions): { server: Server; metrics: Metrics } {
  const metrics = new Metrics();
  const serveStatic = opts.portalDir ? createStaticHandler(opts.portalDir) : null;
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    // One HTTP request may carry at most MAX_BATCH calls (issue 12, H2/H4: a batch of 200
    // analytics calls stalled the server for 30 s, and a batch of 300 logins outran the
    // throttle). The portal's client batches no more (apps/portal/src/lib/trpc.ts).
    maxBatchSize: MAX_BATCH,
    createContext: ({ req, res }) =>
      createRequestContext({
        db: opts.db.prisma,
        services: opts.services,
        ip: clientIp(req, opts.trustProxy ?? false),
        sessionToken: readSessionCookie(req.headers.cookie),
        setCookie: (cookie) => res.appendHeader("set-cookie", cookie),
        cookieSecure: opts.cookieSecure ?? false,
      }),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR")
        opts.logger.error("procedure failed", { path, err: String(error.cause ?? error) });
    },
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const started = process.hrtime.bigint();
    const url = new URL(req.url ?? "/", "http://localhost");
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observe(routeOf(url.pathname), res.statusCode, seconds);
    });
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
      res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
      res.end(metrics.render());
      return;
    }
    if (url.pathname.startsWith("/trpc/")) {
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

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // One bad request never takes the server down.
      opts.logger.error("request failed", { url: req.url, err: String(err) });
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal error");
    });
  });
  server.keepAliveTimeout = 65_000;
  return { server, metrics };
}
