/**
 * Optimistic concurrency (issue 12: `needs.update`, `offers.update` and `classify.correct` lost
 * 20 of 20 concurrent pairs silently, and the audit's `before` showed a stale state). Every
 * update names the version it read; the second of two writers holding the same version gets
 * CONFLICT, nothing the first saved is lost, and the audit's `before` is the state the update
 * really replaced. Runs on in-memory PGlite, and on the PostgreSQL server of TAHUB_TEST_PG_URL
 * when it is set, where two transactions really interleave.
 */
import { createDb, loadReferenceData, migrate, type Db } from "@tahub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createServices, type SessionUser } from "../src/index.js";
import { expertCv } from "./harness.js";
import { must } from "./must.js";

const STALE = /changed by someone else since you opened it; reload to see their changes/;

interface Env {
  db: Db;
  /** The server database's URL and name (PostgreSQL only), for a second connection. */
  url?: string;
  database?: string;
  cleanup(): Promise<void>;
}

async function openPGlite(): Promise<Env> {
  const db = await createDb({ url: "memory://" });
  return { db, cleanup: () => db.close() };
}

async function openServer(serverUrl: string): Promise<Env> {
  const database = `tahub_conc_${Math.random().toString(36).slice(2, 10)}`;
  const run = async (sql: string) => {
    const admin = await createDb({ url: serverUrl });
    try {
      await admin.prisma.$executeRawUnsafe(sql);
    } finally {
      await admin.close();
    }
  };
  await run(`CREATE DATABASE "${database}"`);
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  const db = await createDb({ url: u.toString() });
  return {
    db,
    url: u.toString(),
    database,
    async cleanup() {
      await db.close();
      await run(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    },
  };
}

const serverUrl = process.env.TAHUB_TEST_PG_URL?.trim() || undefined;
const BACKENDS: { name: string; open: () => Promise<Env>; skip: boolean }[] = [
  { name: "PGlite", open: openPGlite, skip: false },
  {
    name: "PostgreSQL (skipped: TAHUB_TEST_PG_URL is not set)",
    open: () => openServer(must(serverUrl)),
    skip: !serverUrl,
  },
];
if (serverUrl) must(BACKENDS[1]).name = "PostgreSQL";

/** The settled calls' outcomes, sorted: "OK" or the error code. */
const outcomes = async (ps: Promise<unknown>[]) =>
  (await Promise.allSettled(ps))
    .map((r) =>
      r.status === "fulfilled" ? "OK" : ((r.reason as { code?: string }).code ?? "THROWN"),
    )
    .sort();

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip)(`${backend.name}: concurrent updates`, () => {
    let env: Env;
    let as: Record<"analyst" | "admin" | "state" | "provider", ReturnType<typeof createCaller>>;
    let providerId: string;

    beforeAll(async () => {
      env = await backend.open();
      const p = env.db.prisma;
      await migrate(env.db);
      await loadReferenceData(p);
      providerId = (
        await p.provider.create({ data: { name: "Integrity Commission", kind: "state-agency" } })
      ).id;
      const services = createServices();
      const user = async (
        role: SessionUser["role"],
        extra: Partial<SessionUser> = {},
      ): Promise<SessionUser> => {
        const u = await p.user.create({
          data: { email: `${role}@concurrency.test`, name: role, passwordHash: "unused" },
        });
        return {
          id: u.id,
          email: u.email,
          name: role,
          role,
          state: null,
          providerId: null,
          stateName: null,
          providerName: null,
          locale: "en",
          ...extra,
        };
      };
      const caller = (u: SessionUser) =>
        createCaller({
          db: p,
          services,
          user: u,
          ip: "10.9.9.9",
          sessionToken: null,
          cookieSecure: false,
        });
      as = {
        analyst: caller(await user("analyst")),
        admin: caller(await user("admin")),
        state: caller(await user("state", { state: "KEN" })),
        provider: caller(await user("provider", { providerId })),
      };
    }, 300_000);
    afterAll(() => env?.cleanup());

    const audits = (entity: string, entityId: string, action: string) =>
      env.db.prisma.auditLog.findMany({
        where: { entity, entityId, action },
        orderBy: [{ at: "asc" }, { id: "asc" }],
      });

    const newNeed = (text: string) => as.state.needs.create({ state: "KEN", text, articles: [6] });

    const offerInput = (title: string) => ({
      providerId,
      title,
      description: "Institutional integrity assessments",
      modalities: ["assessment" as const],
    });

    const cv = (summary: string) => expertCv("Aster Vale", false, summary);

    it("needs.update: the second writer of the same version gets CONFLICT; nothing is lost; the audit's before is the true prior state", async () => {
      const n = await newNeed("Training of investigators of the anti-corruption commission");
      // Both read version 1.
      const readByState = await as.state.needs.byId({ id: n.id });
      const readByAnalyst = await as.analyst.needs.byId({ id: n.id });
      expect([readByState.version, readByAnalyst.version]).toEqual([1, 1]);

      const first = await as.state.needs.update({
        id: n.id,
        version: readByState.version,
        genderResponsive: true,
      });
      expect(first.version).toBe(2);
      await expect(
        as.analyst.needs.update({ id: n.id, version: readByAnalyst.version, sourceRef: "CAC/1" }),
      ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(STALE) });

      // Nothing lost: the first change stands and the refused one wrote nothing.
      const now = await as.analyst.needs.byId({ id: n.id });
      expect(now).toMatchObject({ genderResponsive: true, sourceRef: null, version: 2 });
      const entries = await audits("Need", n.id, "need.update");
      expect(entries).toHaveLength(1);
      expect(must(entries[0]).before).toMatchObject({ genderResponsive: false, version: 1 });

      // After reloading, the second writer's change goes through, and its audit entry shows
      // the first writer's change as the state it replaced.
      await as.analyst.needs.update({ id: n.id, version: now.version, sourceRef: "CAC/1" });
      const after = await audits("Need", n.id, "need.update");
      expect(after).toHaveLength(2);
      expect(must(after[1]).before).toMatchObject({
        genderResponsive: true,
        sourceRef: null,
        version: 2,
      });
      expect(await as.analyst.needs.byId({ id: n.id })).toMatchObject({
        genderResponsive: true,
        sourceRef: "CAC/1",
        version: 3,
      });
    });

    it("offers.update: the second writer gets CONFLICT; nothing is lost; the audit's before is the true prior state", async () => {
      const o = await as.provider.offers.create(offerInput("Integrity assessment"));
      expect(o.version).toBe(1);
      const readA = await as.provider.offers.byId({ id: o.id });
      const readB = await as.analyst.offers.byId({ id: o.id });
      await as.provider.offers.update({
        id: o.id,
        version: readA.version,
        offer: offerInput("Integrity assessment (2027)"),
      });
      await expect(
        as.analyst.offers.update({
          id: o.id,
          version: readB.version,
          offer: offerInput("Risk assessment"),
        }),
      ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(STALE) });
      expect(await as.analyst.offers.byId({ id: o.id })).toMatchObject({
        title: "Integrity assessment (2027)",
        version: 2,
      });
      const entries = await audits("Offer", o.id, "offer.update");
      expect(entries).toHaveLength(1);
      expect(must(entries[0]).before).toMatchObject({ title: "Integrity assessment", version: 1 });

      const reloaded = await as.analyst.offers.byId({ id: o.id });
      await as.analyst.offers.update({
        id: o.id,
        version: reloaded.version,
        offer: offerInput("Risk assessment"),
      });
      const after = await audits("Offer", o.id, "offer.update");
      expect(must(after[1]).before).toMatchObject({
        title: "Integrity assessment (2027)",
        version: 2,
      });
    });

    it("classify.correct: the second reviewer gets CONFLICT; the first correction stands; the audit's before is the true prior state", async () => {
      const n = await newNeed("Assistance for the review of the asset declaration law");
      const readA = await as.analyst.needs.byId({ id: n.id });
      const readB = await as.admin.needs.byId({ id: n.id });
      await as.analyst.classify.correct({
        needId: n.id,
        version: readA.version,
        category: "legislative-assistance",
        articles: [52],
      });
      await expect(
        as.admin.classify.correct({
          needId: n.id,
          version: readB.version,
          category: "capacity-building",
          articles: [60],
        }),
      ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(STALE) });
      expect(await as.admin.needs.byId({ id: n.id })).toMatchObject({
        category: "legislative-assistance",
        articles: [52],
        reviewAction: "correct",
        version: 2,
      });
      const entries = await audits("Need", n.id, "need.correct");
      expect(entries).toHaveLength(1);
      expect(must(entries[0]).before).toMatchObject({ category: n.category, articles: [6] });

      const reloaded = await as.admin.needs.byId({ id: n.id });
      await as.admin.classify.correct({
        needId: n.id,
        version: reloaded.version,
        category: "capacity-building",
        articles: [60],
      });
      const after = await audits("Need", n.id, "need.correct");
      expect(must(after[1]).before).toMatchObject({
        category: "legislative-assistance",
        articles: [52],
      });
    });

    it("experts.upsert: the second writer gets CONFLICT; nothing is lost; the audit's before is the true prior state", async () => {
      const e = await as.provider.experts.upsert({ expert: cv("Procurement auditor") });
      expect(e.version).toBe(1);
      await as.provider.experts.upsert({
        id: e.id,
        version: e.version,
        expert: cv("Procurement auditor, 12 years"),
      });
      await expect(
        as.analyst.experts.upsert({ id: e.id, version: e.version, expert: cv("Auditor") }),
      ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(STALE) });
      expect(await as.analyst.experts.byId({ id: e.id })).toMatchObject({
        summary: "Procurement auditor, 12 years",
        version: 2,
      });
      const entries = await audits("Expert", e.id, "expert.update");
      expect(entries).toHaveLength(1);
      expect(must(entries[0]).before).toMatchObject({ summary: "Procurement auditor", version: 1 });
      // An update must name the version it read.
      await expect(
        as.analyst.experts.upsert({ id: e.id, expert: cv("Auditor") }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    });

    /** Two updates of one need. */
    const raceNeedUpdates = async () => {
      const n = await newNeed("Training of judges on judicial integrity");
      expect(
        await outcomes([
          as.state.needs.update({ id: n.id, version: 1, genderResponsive: true }),
          as.analyst.needs.update({ id: n.id, version: 1, sourceRef: "CAC/2" }),
        ]),
      ).toEqual(["CONFLICT", "OK"]);
      const needAudits = await audits("Need", n.id, "need.update");
      expect(needAudits).toHaveLength(1);
      expect(must(needAudits[0]).before).toMatchObject({ version: 1, genderResponsive: false });
      expect((await as.analyst.needs.byId({ id: n.id })).version).toBe(2);
    };

    /** Two updates of one offer. */
    const raceOfferUpdates = async () => {
      const o = await as.provider.offers.create(offerInput("Peer review"));
      expect(
        await outcomes([
          as.provider.offers.update({
            id: o.id,
            version: 1,
            offer: offerInput("Peer review, first writer"),
          }),
          as.analyst.offers.update({
            id: o.id,
            version: 1,
            offer: offerInput("Peer review, second writer"),
          }),
        ]),
      ).toEqual(["CONFLICT", "OK"]);
      expect(await audits("Offer", o.id, "offer.update")).toHaveLength(1);
    };

    /** Two corrections of one need's classification. */
    const raceCorrections = async () => {
      const m = await newNeed("Support to the financial intelligence unit");
      expect(
        await outcomes([
          as.analyst.classify.correct({
            needId: m.id,
            version: 1,
            category: "capacity-building",
            articles: [58],
          }),
          as.admin.classify.correct({
            needId: m.id,
            version: 1,
            category: "institution-building",
            articles: [58],
          }),
        ]),
      ).toEqual(["CONFLICT", "OK"]);
      expect(await audits("Need", m.id, "need.correct")).toHaveLength(1);
    };

    /** Two updates of one expert. */
    const raceExpertUpdates = async () => {
      const e = await as.provider.experts.upsert({ expert: cv("Investigator") });
      expect(
        await outcomes([
          as.provider.experts.upsert({
            id: e.id,
            version: 1,
            expert: cv("Investigator, first writer"),
          }),
          as.analyst.experts.upsert({
            id: e.id,
            version: 1,
            expert: cv("Investigator, second writer"),
          }),
        ]),
      ).toEqual(["CONFLICT", "OK"]);
      expect(await audits("Expert", e.id, "expert.update")).toHaveLength(1);
    };

    it("a race of two updates of the same version (Promise.all): exactly one wins, for every procedure", async () => {
      await raceNeedUpdates();
      await raceOfferUpdates();
      await raceCorrections();
      await raceExpertUpdates();
    });

    it.skipIf(!backend.name.startsWith("PostgreSQL"))(
      "on a server, two transactions that both read version 1 before either writes: the UPDATE's version condition refuses the second",
      async () => {
        const n = await newNeed("Whistle-blower protection law (art. 33)");
        // A second connection holds the row, so both updates read version 1 and then queue on
        // its lock: the early version check passes for both, only the UPDATE's condition is left.
        const holder = await createDb({ url: must(env.url) });
        let release!: () => void;
        const released = new Promise<void>((r) => (release = r));
        let locked!: () => void;
        const isLocked = new Promise<void>((r) => (locked = r));
        const holding = holder.prisma.$transaction(
          async (tx) => {
            await tx.$queryRaw`SELECT 1 FROM "Need" WHERE id = ${n.id} FOR UPDATE`;
            locked();
            await released;
          },
          { timeout: 60_000 },
        );
        try {
          await isLocked;
          const race = Promise.allSettled([
            as.state.needs.update({ id: n.id, version: 1, genderResponsive: true }),
            as.analyst.needs.update({ id: n.id, version: 1, sourceRef: "CAC/3" }),
          ]);
          for (let i = 0; ; i++) {
            const [row] = await holder.prisma.$queryRaw<{ n: number }[]>`
              SELECT count(*)::int AS n FROM pg_stat_activity
               WHERE datname = ${must(env.database)} AND wait_event_type = 'Lock'`;
            if ((row?.n ?? 0) >= 2) break;
            if (i > 400) throw new Error("the two updates never both waited on the row");
            await new Promise((r) => setTimeout(r, 25));
          }
          release();
          await holding;
          const settled = await race;
          expect(settled.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
          const refused = settled.find((r) => r.status === "rejected") as PromiseRejectedResult;
          expect(refused.reason).toMatchObject({ code: "CONFLICT" });
          expect(await audits("Need", n.id, "need.update")).toHaveLength(1);
          expect((await as.analyst.needs.byId({ id: n.id })).version).toBe(2);
        } finally {
          release();
          await holding.catch(() => undefined);
          await holder.close();
        }
      },
      60_000,
    );
  });
}
