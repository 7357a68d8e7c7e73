/**
 * A real API on a real (in-memory) PGlite database, with one user per role and callers that act
 * as each of them through `createCaller` — no HTTP, no mocks.
 */
import { createDb, hashPassword, loadReferenceData, migrate, type Db } from "@tahub/db";
import { createCaller, createRequestContext, createServices, type Services } from "../src/index.js";

export const PASSWORD = "correct horse battery staple";

export const ROLES = [
  "public",
  "admin",
  "analyst",
  "state",
  "otherState",
  "provider",
  "otherProvider",
] as const;
export type TestRole = (typeof ROLES)[number];

export interface Harness {
  db: Db;
  services: Services;
  ids: {
    provider: string;
    otherProvider: string;
    users: Record<Exclude<TestRole, "public">, string>;
  };
  /** A caller acting as `role`; `fresh` opens a new session instead of reusing the cached one. */
  as(role: TestRole, fresh?: boolean): Promise<ReturnType<typeof createCaller>>;
  close(): Promise<void>;
}

const EMAILS: Record<Exclude<TestRole, "public">, string> = {
  admin: "admin@test.org",
  analyst: "analyst@test.org",
  state: "focal.ken@test.org",
  otherState: "focal.per@test.org",
  provider: "donor@test.org",
  otherProvider: "donor2@test.org",
};

/** `open` gives the database (default: a fresh in-memory PGlite; see backends.ts for a server). */
export async function createHarness(
  open: () => Promise<Db> = () => createDb({ url: "memory://" }),
): Promise<Harness> {
  const db = await open();
  await migrate(db);
  await loadReferenceData(db.prisma);
  const services = createServices();
  const p = db.prisma;
  const provider = await p.provider.create({
    data: {
      name: "Integrity Commission of Ghana",
      kind: "state-agency",
      stateId: "GHA",
      regions: ["african"],
    },
  });
  const otherProvider = await p.provider.create({
    data: { name: "Nordic Governance Fund", kind: "bilateral-donor", stateId: "NOR", regions: [] },
  });
  const hash = await hashPassword(PASSWORD);
  const membership: Record<
    Exclude<TestRole, "public">,
    { role: string; stateId?: string; providerId?: string }
  > = {
    admin: { role: "admin" },
    analyst: { role: "analyst" },
    state: { role: "state", stateId: "KEN" },
    otherState: { role: "state", stateId: "PER" },
    provider: { role: "provider", providerId: provider.id },
    otherProvider: { role: "provider", providerId: otherProvider.id },
  };
  const users = {} as Record<Exclude<TestRole, "public">, string>;
  for (const [role, email] of Object.entries(EMAILS) as [Exclude<TestRole, "public">, string][]) {
    const u = await p.user.create({
      data: { email, name: role, passwordHash: hash, memberships: { create: membership[role] } },
    });
    users[role] = u.id;
  }
  const tokens = new Map<TestRole, string | null>([["public", null]]);
  async function as(role: TestRole, fresh = false) {
    if (fresh && role !== "public") tokens.delete(role);
    if (!tokens.has(role)) {
      let token: string | null = null;
      const anon = createCaller(
        await createRequestContext({
          db: p,
          services,
          ip: `10.0.0.${ROLES.indexOf(role)}`,
          sessionToken: null,
          onLogin: (t) => (token = t),
        }),
      );
      await anon.auth.login({
        email: EMAILS[role as Exclude<TestRole, "public">],
        password: PASSWORD,
      });
      tokens.set(role, token);
    }
    const caller = createCaller(
      await createRequestContext({
        db: p,
        services,
        ip: "10.0.1.1",
        sessionToken: tokens.get(role) ?? null,
      }),
    );
    if (fresh && role !== "public") tokens.delete(role);
    return caller;
  }
  return {
    db,
    services,
    ids: { provider: provider.id, otherProvider: otherProvider.id, users },
    as,
    close: () => db.close(),
  };
}

/** A minimal expert CV as `experts.upsert` takes it; the tests vary name, summary and consent. */
export function expertCv(name: string, consentToList: boolean, summary = "Procurement auditor") {
  return {
    name,
    summary,
    languages: ["en"],
    articles: [9],
    areas: ["procurement"],
    education: [],
    employment: [],
    assignments: [],
    publications: [],
    availability: {},
    consentToList,
  };
}

/** The tRPC error code a promise rejects with, or "OK". */
export async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    return (e as { code?: string }).code ?? "THROWN";
  }
}
