/**
 * Test databases: an in-memory PGlite always, and a fresh database on the PostgreSQL server of
 * TAHUB_TEST_PG_URL when it is set (CI). Each server test run creates `tahub_test_<random>` and
 * drops it afterwards. Without a server the PostgreSQL backend is still listed, unavailable, so
 * its suites show as skipped (`describe.skipIf(!backend.available)`) rather than silently absent.
 */
import pg from "pg";
import { createDb, type Db } from "../src/client.js";
import { pgConfigFromUrl } from "../src/adapter.js";
import { readEnv } from "../src/env.js";

export interface Backend {
  name: string;
  /** False when there is no server to run on; the name says why. */
  available: boolean;
  open(): Promise<Db>;
  /** Drop what `open` created. */
  cleanup(): Promise<void>;
}

export function backends(): Backend[] {
  const list: Backend[] = [
    {
      name: "PGlite",
      available: true,
      open: () => createDb({ url: "memory://" }),
      cleanup: () => Promise.resolve(),
    },
  ];
  const serverUrl = readEnv().testPgUrl;
  if (!serverUrl)
    list.push({
      name: "PostgreSQL (skipped: set TAHUB_TEST_PG_URL)",
      available: false,
      open: () => Promise.reject(new Error("TAHUB_TEST_PG_URL is not set")),
      cleanup: () => Promise.resolve(),
    });
  else {
    const database = `tahub_test_${Math.random().toString(36).slice(2, 10)}`;
    const admin = pgConfigFromUrl(serverUrl);
    const run = async (sql: string) => {
      const c = new pg.Client(admin);
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    list.push({
      name: "PostgreSQL",
      available: true,
      async open() {
        await run(`CREATE DATABASE "${database}"`);
        const u = new URL(serverUrl);
        u.pathname = `/${database}`;
        return createDb({ url: u.toString() });
      },
      cleanup: () => run(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
    });
  }
  return list;
}
