/**
 * The graceful stop's drain (start.ts's stopper over `createHttpServer`'s `drained`): a tRPC
 * call counts as in flight until its response closes, so a stop that begins while a slow call
 * runs waits for its answer before the database is closed, and the server takes no new call.
 *
 * The slow call is a public query sent with a session cookie: the request context looks the
 * session up, and the stand-in database holds that look-up until the test lets it go. No real
 * database and no service are needed for that, so this suite starts in milliseconds.
 */
import { request, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SESSION_COOKIE, type Services } from "@tahub/api";
import type { Db } from "@tahub/db";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { createHttpServer } from "./server.js";

/** A database whose session look-up waits for `release()`; it knows no session. */
function heldDatabase() {
  let release = () => {};
  const held = new Promise<void>((ok) => (release = ok));
  let entered = () => {};
  const lookedUp = new Promise<void>((ok) => (entered = ok));
  const prisma = {
    session: {
      findUnique: async () => {
        entered();
        await held;
        return null;
      },
    },
  };
  const db = { prisma, target: { backend: "pglite" }, close: async () => {} } as unknown as Db;
  return { db, lookedUp, release };
}

/** One request on a connection of its own; resolves with the status and body, or rejects. */
function call(port: number, path: string, cookie?: string) {
  return new Promise<{ status: number; body: string }>((ok, fail) => {
    const headers: Record<string, string> = cookie ? { cookie } : {};
    const req = request({ host: "127.0.0.1", port, path, agent: false, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

const QUERY = `/trpc/states.list?input=${encodeURIComponent(JSON.stringify({ group: "eastern-european" }))}`;
const COOKIE = `${SESSION_COOKIE}=${"a".repeat(43)}`;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A server on a free port over a held database, and the order in which things happened. */
async function startHeld() {
  const { db, lookedUp, release } = heldDatabase();
  const { server, drained } = createHttpServer({
    db,
    // states.list and the session look-up use no service.
    services: {} as Services,
    logger: createLogger("error", () => {}),
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  cleanup = () => {
    release();
    server.closeAllConnections();
    server.close();
  };
  const port = (server.address() as AddressInfo).port;
  return { server, drained, port, lookedUp, release };
}

describe("the graceful stop's drain", () => {
  it("answers a slow call in flight when the stop begins before the server closes, and takes no new call", async () => {
    const { server, drained, port, lookedUp, release } = await startHeld();
    const events: string[] = [];
    server.on("request", (_req, res: ServerResponse) =>
      res.once("finish", () => events.push("response sent")),
    );
    const slow = call(port, QUERY, COOKIE).then((r) => {
      events.push("answered");
      return r;
    });
    await lookedUp; // the call is running, held in its session look-up
    // The stop, as start.ts begins it: stop listening, close idle connections, wait for drain.
    const closed = new Promise<void>((ok) => server.close(() => ok()));
    void closed.then(() => events.push("closed"));
    server.closeIdleConnections();
    const drain = drained(5_000).then((d) => {
      events.push("drained");
      return d;
    });
    // A new call once the stop began finds no listener.
    await expect(call(port, QUERY)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    await new Promise((ok) => setTimeout(ok, 100));
    expect(events, "the slow call must hold the drain").toEqual([]);
    release();
    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({
      result: { data: expect.arrayContaining([expect.objectContaining({ iso3: "POL" })]) },
    });
    expect(await drain).toBe(true);
    await closed;
    // The whole answer left the server before the drain ended and before the server closed.
    expect(events.indexOf("response sent")).toBe(0);
    expect(events).toEqual(expect.arrayContaining(["answered", "drained", "closed"]));
  });

  it("reports drained at once when no call is in flight", async () => {
    const { drained } = await startHeld();
    expect(await drained(1_000)).toBe(true);
  });
});
