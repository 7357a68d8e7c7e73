import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { createServices } from "@tahub/api";
import { createDb, hashPassword, loadReferenceData, migrate, type Db } from "@tahub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { createHttpServer, MAX_BATCH } from "./server.js";

let db: Db;
let base: string;
let close: () => Promise<void>;
const logs: string[] = [];
/** The content of a file next to the portal folder, outside what the server may serve. */
const OUTSIDE = "outside-the-static-root-7f3a";

/** GET with the path sent exactly as written: fetch and new URL() would resolve `..` first. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ host: hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

beforeAll(async () => {
  db = await createDb({ url: "memory://" });
  await migrate(db);
  await loadReferenceData(db.prisma);
  await db.prisma.user.create({
    data: {
      email: "analyst@test.org",
      name: "Analyst",
      passwordHash: await hashPassword("pw-123456"),
      memberships: { create: { role: "analyst" } },
    },
  });
  // The portal folder sits inside a folder holding a file it must never serve.
  const top = mkdtempSync(join(tmpdir(), "portal-"));
  writeFileSync(join(top, "outside.txt"), OUTSIDE);
  const portal = join(top, "portal");
  mkdirSync(join(portal, "assets"), { recursive: true });
  writeFileSync(join(portal, "index.html"), "<!doctype html><title>TA Hub</title>");
  writeFileSync(join(portal, "assets", "app-abc123.js"), "console.log(1)");
  const { server } = createHttpServer({
    db,
    services: createServices(),
    logger: createLogger("debug", (l) => logs.push(l)),
    portalDir: portal,
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((ok) => server.close(() => ok()));
}, 300_000); // PGlite migrations are CPU-bound: minutes on a loaded 2-core machine

afterAll(async () => {
  await close?.();
  await db?.close();
});

const trpcGet = (path: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });

describe("the HTTP server", () => {
  it("reports health with the database reachable", async () => {
    const r = await fetch(`${base}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: "ok", db: "pglite" });
  });

  it("serves tRPC queries", async () => {
    const r = await trpcGet("states.list", { group: "eastern-european" });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { result: { data: { iso3: string }[] } };
    expect(body.result.data.length).toBe(23);
  });

  it("answers bad input with 400, naming the field, the reason and its typed code for the portal's wording", async () => {
    const r = await trpcGet("needs.list", { article: 99 });
    expect(r.status).toBe(400);
    const body = (await r.json()) as {
      error: { data: { fields: { field: string; message: string }[] } };
    };
    expect(body.error.data.fields).toEqual([
      {
        field: "article",
        message: expect.stringMatching(/71/),
        code: "too_big",
        params: { maximum: 71, origin: "number" },
      },
    ]);
  });

  it("survives malformed requests", async () => {
    expect((await fetch(`${base}/trpc/needs.list?input=%7Bnot-json`)).status).toBe(400);
    expect((await fetch(`${base}/trpc/no.such.procedure`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("refuses batches of more than MAX_BATCH calls, and a login inside any batch (issue 12, H2/H4)", async () => {
    const calls = (n: number, path: string) => Array.from({ length: n }, () => path).join(",");
    const input = (n: number) =>
      encodeURIComponent(
        JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, null]))),
      );
    const ok = await fetch(
      `${base}/trpc/${calls(MAX_BATCH, "auth.me")}?batch=1&input=${input(MAX_BATCH)}`,
    );
    expect(ok.status).toBe(200);
    const tooMany = await fetch(
      `${base}/trpc/${calls(MAX_BATCH + 1, "auth.me")}?batch=1&input=${input(MAX_BATCH + 1)}`,
    );
    expect(tooMany.status).toBe(400);
    const body = JSON.stringify(
      Object.fromEntries(
        ["a", "b"].map((p, i) => [i, { email: "analyst@test.org", password: `wrong-${p}` }]),
      ),
    );
    const batchedLogin = await fetch(`${base}/trpc/auth.login,auth.login?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(batchedLogin.status).toBe(400);
    expect(((await batchedLogin.json()) as { error: { message: string } }).error.message).toMatch(
      /one request/,
    );
  });

  it("logs in with an HTTP-only cookie that later requests carry", async () => {
    const r = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "analyst@test.org", password: "pw-123456" }),
    });
    expect(r.status).toBe(200);
    const cookie = r.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    const me = await trpcGet("auth.me", null, { cookie: cookie.split(";")[0] ?? "" });
    expect(((await me.json()) as { result: { data: { role: string } } }).result.data.role).toBe(
      "analyst",
    );
  });

  it("serves the portal with the SPA fallback and long-lived caching for hashed assets", async () => {
    const page = await fetch(`${base}/needs/some-id`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>TA Hub</title>");
    const asset = await fetch(`${base}/assets/app-abc123.js`);
    expect(asset.headers.get("cache-control")).toMatch(/immutable/);
  });

  it("never serves a file outside the portal folder, however the path spells `..`", async () => {
    // Encoded slashes survive URL parsing and are decoded by the static handler: its guard is
    // what refuses them (404, no SPA fallback, nothing from outside).
    const guarded = [
      "/..%2foutside.txt",
      "/%2e%2e%2foutside.txt",
      "/assets/..%2f..%2foutside.txt",
      "/assets%2f..%2f..%2foutside.txt",
      "/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    ];
    for (const path of guarded) {
      const r = await rawGet(path);
      expect({ path, status: r.status }).toEqual({ path, status: 404 });
      expect(r.body, path).not.toContain(OUTSIDE);
      expect(r.body, path).not.toMatch(/root:/);
    }
    // Plain and dot-encoded segments are resolved by the URL parser before the handler sees
    // them (to /outside.txt, /etc/passwd): the portal's own index answers, never the file.
    for (const path of ["/../outside.txt", "/%2e%2e/outside.txt", "/../../../../etc/passwd"]) {
      const r = await rawGet(path);
      expect(r.body, path).not.toContain(OUTSIDE);
      expect(r.body, path).not.toMatch(/root:/);
      expect(r.body, path).toContain("<title>TA Hub</title>");
    }
    // A backslash is not a separator here: a file name, and none exists.
    expect((await rawGet("/..%5coutside.txt")).body).not.toContain(OUTSIDE);
  });

  it("exposes Prometheus metrics", async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/tahub_http_requests_total\{route="trpc:states.list",status="200"\} \d+/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });
});
