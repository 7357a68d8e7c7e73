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

type Member = Exclude<TestRole, "public">;

const EMAILS: Record<Member, string> = {
  admin: "admin@test.org",
  analyst: "analyst@test.org",
  state: "focal.ken@test.org",
  otherState: "focal.per@test.org",
  provider: "donor@test.org",
  otherProvider: "donor2@test.org",
};

/** The two providers and one user per role (password `PASSWORD`), each with its membership. */
async function seedMembers(p: Db["prisma"]) {
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
  const membership: Record<Member, { role: string; stateId?: string; providerId?: string }> = {
    admin: { role: "admin" },
    analyst: { role: "analyst" },
    state: { role: "state", stateId: "KEN" },
    otherState: { role: "state", stateId: "PER" },
    provider: { role: "provider", providerId: provider.id },
    otherProvider: { role: "provider", providerId: otherProvider.id },
  };
  const users = {} as Record<Member, string>;
  for (const [role, email] of Object.entries(EMAILS) as [Member, string][]) {
    const u = await p.user.create({
      data: { email, name: role, passwordHash: hash, memberships: { create: membership[role] } },
    });
    users[role] = u.id;
  }
  return { provider: provider.id, otherProvider: otherProvider.id, users };
}

/** `as(role, fresh)`: callers that log in once per role and reuse the session token. */
function sessionCallers(p: Db["prisma"], services: Services): Harness["as"] {
  const tokens = new Map<TestRole, string | null>([["public", null]]);
  return async function as(role: TestRole, fresh = false) {
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
        email: EMAILS[role as Member],
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
  };
}

/** `open` gives the database (default: a fresh in-memory PGlite; see backends.ts for a server). */
export async function createHarness(
  open: () => Promise<Db> = () => createDb({ url: "memory://" }),
): Promise<Harness> {
  const db = await open();
  await migrate(db);
  await loadReferenceData(db.prisma);
  const services = createServices();
  const ids = await seedMembers(db.prisma);
  return { db, services, ids, as: sessionCallers(db.prisma, services), close: () => db.close() };
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
