/**
 * The databases API tests run on: an in-memory PGlite always, and a fresh database on the
 * PostgreSQL server of TAHUB_TEST_PG_URL when it is set (CI). Without a server the PostgreSQL
 * case is still listed, so the suite shows it as skipped rather than silently absent.
 */
import { createDb, type Db } from "@tahub/db";

export interface Backend {
  name: string;
  /** null when the backend is not available here, with the reason in `name`. */
  open: (() => Promise<Db>) | null;
  cleanup(): Promise<void>;
}

async function onServer(url: string, sql: string): Promise<void> {
  const admin = await createDb({ url });
  try {
    await admin.prisma.$executeRawUnsafe(sql);
  } finally {
    await admin.close();
  }
}

export function backends(): Backend[] {
  const list: Backend[] = [
    { name: "PGlite", open: () => createDb({ url: "memory://" }), cleanup: () => Promise.resolve() },
  ];
  const serverUrl = process.env.TAHUB_TEST_PG_URL;
  if (!serverUrl) {
    list.push({
      name: "PostgreSQL (skipped: set TAHUB_TEST_PG_URL)",
      open: null,
      cleanup: () => Promise.resolve(),
    });
    return list;
  }
  const database = `tahub_api_${Math.random().toString(36).slice(2, 10)}`;
  list.push({
    name: "PostgreSQL",
    async open() {
      await onServer(serverUrl, `CREATE DATABASE "${database}"`);
      const u = new URL(serverUrl);
      u.pathname = `/${database}`;
      return createDb({ url: u.toString() });
    },
    cleanup: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
  });
  return list;
}
