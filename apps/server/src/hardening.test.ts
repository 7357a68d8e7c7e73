/**
 * Request hardening (issue 12) against real listening servers: each test here fails when its
 * measure is taken out of server.ts. The servers share one PGlite database.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { createServices, type Services } from "@tahub/api";
import { createDb, loadReferenceData, migrate, type Db } from "@tahub/db";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readServerEnv } from "./env.js";
import { createLogger } from "./logger.js";
import { createHttpServer, type ServerOptions } from "./server.js";

let db: Db;
let services: Services;
let portal: string;
const servers: Server[] = [];
const BIG_ASSET = "export const words = [" + '"technical assistance",'.repeat(2000) + "];\n";
const METRICS_TOKEN = "metrics-token-for-the-test";
/** A non-loopback address of this machine, if it has one: requests to it come from it. */
const lanIp = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === "IPv4" && !i.internal)?.address;

async function listen(extra: Partial<ServerOptions> = {}, host = "127.0.0.1"): Promise<string> {
  const { server } = createHttpServer({
    db,
    services,
    logger: createLogger("error", () => {}),
    portalDir: portal,
    ...extra,
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  servers.push(server);
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

let base: string; // defaults, plus one allowed origin
let small: string; // 4 kB body limit
let secure: string; // COOKIE_SECURE, METRICS_TOKEN
let limited: string; // tight rate limit, loopback included
let exempt: string; // tight rate limit, loopback exempt (the default)
let lan: string | undefined; // tight rate limit, reached through a non-loopback address

beforeAll(async () => {
  db = await createDb({ url: "memory://" });
  await migrate(db);
  await loadReferenceData(db.prisma);
  services = createServices();
  portal = mkdtempSync(join(tmpdir(), "portal-"));
  mkdirSync(join(portal, "assets"));
  writeFileSync(join(portal, "index.html"), "<!doctype html><title>TA Hub</title>");
  writeFileSync(join(portal, "assets", "big-abc123.js"), BIG_ASSET);
  const tight = { perMinute: 6, burst: 10 };
  base = await listen({ allowedOrigins: ["https://portal.example.org"] });
  small = await listen({ maxBodyBytes: 4096 });
  secure = await listen({ cookieSecure: true, metricsToken: METRICS_TOKEN });
  limited = await listen({ rateLimit: { ...tight, loopback: true } });
  exempt = await listen({ rateLimit: { ...tight, loopback: false } });
  if (lanIp) lan = await listen({ rateLimit: { ...tight, loopback: false } }, lanIp);
}, 300_000); // PGlite migrations are CPU-bound: minutes on a loaded 2-core machine

afterAll(async () => {
  await Promise.all(
    servers.map((s) => new Promise<void>((ok) => s.close(() => ok())).then(() => undefined)),
  );
  await db?.close();
});

/** A raw request: exact path (fetch would normalise it) and control over how the body is sent. */
function raw(
  url: string,
  opts: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    /** Chunks written, then the request ends unless `hold` is set. */
    body?: string[];
    hold?: boolean;
  } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  const u = new URL(url);
  return new Promise((ok, fail) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        method: opts.method ?? "GET",
        path: opts.path ?? u.pathname + u.search,
        headers: opts.headers,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => {
          ok({ status: res.statusCode ?? 0, headers: res.headers, text });
          req.destroy();
        });
      },
    );
    req.on("error", fail);
    for (const chunk of opts.body ?? []) req.write(chunk);
    if (!opts.hold) req.end();
  });
}

const realFetch = globalThis.fetch;
/** The URL a fetch was called with, whichever of its three forms it came in. */
const requestUrl = (input: string | URL | Request) =>
  input instanceof Request ? input.url : input.toString();
const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
const classifyBody = (text: string) => JSON.stringify({ text });
const TEXT = "Training for the financial intelligence unit on suspicious transaction reports";

describe("CSRF: JSON bodies only, from this site", () => {
  it("refuses form and text bodies with 415, even for an input-less mutation like logout", async () => {
    const form = new FormData();
    form.set("x", "1");
    const multipart = await fetch(`${base}/trpc/auth.logout`, { method: "POST", body: form });
    expect(multipart.status).toBe(415);
    expect(((await multipart.json()) as { error: { message: string } }).error.message).toMatch(
      /application\/json/,
    );
    const text = await fetch(`${base}/trpc/auth.logout`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    expect(text.status).toBe(415);
    const none = await raw(`${base}/trpc/auth.logout`, { method: "POST", body: ["{}"] });
    expect(none.status).toBe(415);
    expect((await post(`${base}/trpc/auth.logout`, "{}")).status).toBe(200);
  });

  it("refuses another site's Origin or Referer with 403 and takes its own, listed, or none", async () => {
    const evil = await post(`${base}/trpc/auth.logout`, "{}", { origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    expect(
      (await post(`${base}/trpc/auth.logout`, "{}", { referer: "https://evil.example/page" }))
        .status,
    ).toBe(403);
    expect((await post(`${base}/trpc/auth.logout`, "{}", { origin: "null" })).status).toBe(403);
    expect((await post(`${base}/trpc/auth.logout`, "{}", { origin: base })).status).toBe(200);
    expect(
      (await post(`${base}/trpc/auth.logout`, "{}", { referer: `${base}/needs` })).status,
    ).toBe(200);
    expect(
      (await post(`${base}/trpc/auth.logout`, "{}", { origin: "https://portal.example.org" }))
        .status,
    ).toBe(200);
    expect((await post(`${base}/trpc/auth.logout`, "{}")).status).toBe(200);
  });
});

describe("request body limit", () => {
  it("answers 413 to a declared length over the limit before the body is sent", async () => {
    // Only 100 of the 10 MB declared are sent: without the early check the server would wait.
    const r = await raw(`${small}/trpc/auth.logout`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "10000000" },
      body: ["x".repeat(100)],
      hold: true,
    });
    expect(r.status).toBe(413);
    expect(r.headers.connection).toBe("close");
    expect(JSON.parse(r.text)).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
  }, 10_000);

  it("answers 413 to a chunked import body once it passes the limit", async () => {
    const body = JSON.stringify({ filename: "a.csv", contentBase64: "QQ".repeat(3000) });
    const r = await raw(`${small}/trpc/import.needs`, {
      method: "POST",
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      body: [body.slice(0, 3000), body.slice(3000)],
    });
    expect(r.status).toBe(413);
  });

  it("takes a body of unknown length only for calls that carry files (411 otherwise)", async () => {
    const r = await raw(`${small}/trpc/classify.text`, {
      method: "POST",
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      body: [classifyBody(TEXT)],
    });
    expect(r.status).toBe(411);
  });

  it("gives every call but the import 1 MiB, whatever MAX_BODY_BYTES says", async () => {
    const big = classifyBody("x".repeat(1_100_000));
    const r = await raw(`${base}/trpc/classify.text`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(big.length) },
      body: [big],
    });
    expect(r.status).toBe(413);
  });

  it("defaults above the largest import (28,000,000 base64 characters, transfer.ts)", () => {
    expect(readServerEnv({}).MAX_BODY_BYTES).toBeGreaterThan(28_000_000 + 1_000);
  });
});

describe("security headers", () => {
  it("sends a CSP the portal satisfies, no framing, nosniff; no HSTS on plain HTTP", async () => {
    for (const path of ["/", "/trpc/states.list"]) {
      const r = await fetch(`${base}${path}`);
      const csp = r.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("upgrade-insecure-requests");
      expect(r.headers.get("x-frame-options")).toBe("DENY");
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("strict-transport-security")).toBeNull();
    }
  });

  it("adds HSTS and upgrade-insecure-requests when COOKIE_SECURE is on", async () => {
    const r = await fetch(`${secure}/`);
    expect(r.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(r.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});

describe("compression", () => {
  it("sends the portal's files brotli- or gzip-compressed", async () => {
    for (const enc of ["br", "gzip"]) {
      const r = await raw(`${base}/assets/big-abc123.js`, { headers: { "accept-encoding": enc } });
      expect(r.headers["content-encoding"]).toBe(enc);
      expect(r.headers.vary).toMatch(/accept-encoding/i);
    }
    const plain = await raw(`${base}/assets/big-abc123.js`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.text).toBe(BIG_ASSET);
    // fetch decompresses: the content arrives intact.
    const viaFetch = await fetch(`${base}/assets/big-abc123.js`);
    expect(viaFetch.headers.get("content-encoding")).toMatch(/^(br|gzip)$/);
    expect(await viaFetch.text()).toBe(BIG_ASSET);
  });

  it("compresses API answers", async () => {
    const r = await fetch(`${base}/trpc/states.list?input=${encodeURIComponent("{}")}`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-encoding")).toBe("gzip");
    expect(
      ((await r.json()) as { result: { data: unknown[] } }).result.data.length,
    ).toBeGreaterThan(100);
  });
});

describe("/metrics access", () => {
  it("without METRICS_TOKEN: this machine only, judged by the socket, not X-Forwarded-For", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(200);
    // Through a reverse proxy on this host the socket is loopback, but the proxy says who asked.
    expect(
      (await fetch(`${base}/metrics`, { headers: { "x-forwarded-for": "127.0.0.1" } })).status,
    ).toBe(403);
  });

  it.skipIf(!lanIp)("without METRICS_TOKEN: 403 to another address", async () => {
    expect((await fetch(`${lan}/metrics`)).status).toBe(403);
  });

  it("with METRICS_TOKEN: 401 without the bearer token, even locally", async () => {
    const none = await fetch(`${secure}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe("Bearer");
    const wrong = await fetch(`${secure}/metrics`, { headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${secure}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toMatch(/tahub_http_requests_total/);
  });
});

describe("long queries by POST", () => {
  // 20,000 characters (the procedure's maximum), Cyrillic with no-break spaces: 40 kB of JSON,
  // 120 kB URL-encoded.
  const long = "Обучение\u00a0подразделения\u00a0финансовой\u00a0разведки\u00a0"
    .repeat(500)
    .slice(0, 20_000);

  it("answers a 40 kB classify.text sent as POST", async () => {
    const body = classifyBody(long);
    expect(Buffer.byteLength(body)).toBeGreaterThan(40_000);
    const r = await post(`${base}/trpc/classify.text`, body);
    expect(r.status).toBe(200);
    const data = ((await r.json()) as { result: { data: { modelVersion: string } } }).result.data;
    expect(typeof data.modelVersion).toBe("string");
    // The same as GET does not fit in Node's request head.
    const get = await fetch(`${base}/trpc/classify.text?input=${encodeURIComponent(body)}`);
    expect(get.status).toBe(431);
  });

  it("the portal's client sends it by POST and gets the answer", async () => {
    // Imported by path: the portal's module is the one under test; its own packages resolve.
    const path = new URL("../../portal/src/lib/trpc.ts", import.meta.url).href;
    const { makeTrpcClient } = (await import(path)) as {
      makeTrpcClient: (url: string) => {
        classify: { text: { query: (i: { text: string }) => Promise<{ modelVersion: string }> } };
        states: { list: { query: (i: object) => Promise<unknown[]> } };
      };
    };
    const client = makeTrpcClient(`${base}/trpc`);
    const sent: string[] = [];
    const spy = vi.spyOn(globalThis, "fetch");
    spy.mockImplementation((input, init) => {
      sent.push(
        `${init?.method ?? "GET"} ${(requestUrl(input).split("?")[0] ?? "").replace(base, "")}`,
      );
      return realFetch(input, init);
    });
    let classified: { modelVersion: string }, states: unknown[];
    try {
      [classified, states] = await Promise.all([
        client.classify.text.query({ text: long }),
        client.states.list.query({}),
      ]);
    } finally {
      spy.mockRestore();
    }
    expect(sent.sort()).toEqual(["GET /trpc/states.list", "POST /trpc/classify.text"]);
    expect(typeof classified.modelVersion).toBe("string");
    expect(states.length).toBeGreaterThan(100);
  });
});

describe("rate limit on expensive calls", () => {
  const classify = (url: string) =>
    fetch(`${url}/trpc/classify.text?input=${encodeURIComponent(classifyBody(TEXT))}`);

  it("answers 429 with Retry-After once a client's bucket is empty; cheap calls go on", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await classify(limited)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await classify(limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      "TOO_MANY_REQUESTS",
    );
    expect((await fetch(`${limited}/trpc/auth.me`)).status).toBe(200);
  });

  it("charges each call of a batch", async () => {
    // On a fresh server: 10 analytics calls in one batch spend the whole bucket.
    const url = await listen({ rateLimit: { perMinute: 6, burst: 10, loopback: true } });
    const n = 10;
    const batch = await fetch(
      `${url}/trpc/${Array(n).fill("analytics.figures").join(",")}?batch=1&input=${encodeURIComponent(
        JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}]))),
      )}`,
    );
    expect(batch.status).not.toBe(429);
    expect((await classify(url)).status).toBe(429);
  });

  it("exempts this machine by default (the load bench), not other addresses", async () => {
    for (let i = 0; i < 15; i++) expect((await classify(exempt)).status).toBe(200);
    if (lan) {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await classify(lan)).status);
      expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
      expect(statuses[10]).toBe(429);
    }
  });
});

describe("malformed URLs", () => {
  it("answer 400, never 500", async () => {
    for (const path of [
      "/trpc/needs.list%E0%A4%A",
      "/trpc/needs.list%E0%A4%A,auth.login?batch=1",
      "/trpc/needs.list?input=%E0%A4%A",
      "//",
      "//[",
    ]) {
      const r = await raw(base, { path });
      expect({ path, status: r.status }).toEqual({ path, status: 400 });
    }
    const post = await raw(base, {
      method: "POST",
      path: "/trpc/auth.logout%E0%A4%A",
      headers: { "content-type": "application/json" },
      body: ["{}"],
    });
    expect(post.status).toBe(400);
    expect((await raw(base, { path: "/%E0%A4%A" })).status).not.toBe(500);
    expect((await raw(base, { path: "/../../etc/passwd" })).status).not.toBe(500);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
