/**
 * `seedDemo`: the deterministic demo data set (see plan.ts for how the published figures are
 * met). Idempotent: every record has a fixed id and is inserted with `skipDuplicates`, so a
 * second run inserts nothing and changes nothing; records a user has since edited are kept.
 * `seedScale`: N times the demo volume of cycle-2 needs, for benchmarks.
 */
import { hashPassword } from "../password.js";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { loadReferenceData } from "../reference.js";
import { must } from "../util/at.js";
import { buildDemo } from "./build.js";
import { CREATED } from "./dates.js";
import { demoFindings } from "./findings.js";
import { planDemo, type DemoPlan } from "./plan.js";
import { DEMO_PASSWORD, DEMO_USERS, demoSubscriptions } from "./users.js";

export { buildDemo } from "./build.js";
export { DEMO_PASSWORD, DEMO_USERS } from "./users.js";

interface SeedCounts {
  [model: string]: number;
}

export interface SeedResult {
  /** Rows inserted per model by this run (zero everywhere on a second run). */
  counts: SeedCounts;
  changed: boolean;
  plan: DemoPlan;
}

type Demo = ReturnType<typeof buildDemo>;
type Tx = Prisma.TransactionClient;
const skip = { skipDuplicates: true } as const;

async function insertChunks<T>(
  label: string,
  rows: T[],
  counts: SeedCounts,
  insert: (chunk: T[]) => Promise<{ count: number }>,
  size = 500,
) {
  let n = 0;
  for (let i = 0; i < rows.length; i += size) n += (await insert(rows.slice(i, i + size))).count;
  counts[label] = (counts[label] ?? 0) + n;
}

/** Load reference data and the demo data set; a second run inserts nothing. */
export async function seedDemo(prisma: PrismaClient): Promise<SeedResult> {
  await loadReferenceData(prisma);
  const plan = planDemo();
  const d = buildDemo(plan);
  const existingUsers = new Set(
    (
      await prisma.user.findMany({
        where: { id: { in: DEMO_USERS.map((u) => u.id) } },
        select: { id: true },
      })
    ).map((u) => u.id),
  );
  const hash = existingUsers.size === DEMO_USERS.length ? "" : await hashPassword(DEMO_PASSWORD);
  const counts: SeedCounts = {};
  await prisma.$transaction(
    async (tx) => {
      await insertPeopleAndSupply(tx, d, { existingUsers, hash }, counts);
      await insertNeedsAndFollowUp(tx, d, plan, counts);
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return { counts, changed: Object.values(counts).some((n) => n > 0), plan };
}

/** Summaries, providers, the demo users (those not there yet) and memberships, and the supply. */
async function insertPeopleAndSupply(
  tx: Tx,
  d: Demo,
  users: { existingUsers: Set<string>; hash: string },
  counts: SeedCounts,
) {
  await insertChunks("stateSummaries", d.summaries, counts, (data) =>
    tx.stateSummary.createMany({ data, ...skip }),
  );
  await insertChunks("providers", d.providers, counts, (data) =>
    tx.provider.createMany({ data, ...skip }),
  );
  await insertChunks(
    "users",
    DEMO_USERS.filter((u) => !users.existingUsers.has(u.id)).map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      passwordHash: users.hash,
      demo: true,
      createdAt: CREATED,
    })),
    counts,
    (data) => tx.user.createMany({ data, ...skip }),
  );
  await insertChunks(
    "memberships",
    DEMO_USERS.map((u) => ({
      id: `${u.id}-membership`,
      userId: u.id,
      role: u.role,
      stateId: u.stateId,
      providerId: u.providerId,
      createdAt: CREATED,
    })),
    counts,
    (data) => tx.membership.createMany({ data, ...skip }),
  );
  await insertChunks("offers", d.offers, counts, (data) => tx.offer.createMany({ data, ...skip }));
  await insertChunks("expertise", d.expertise, counts, (data) =>
    tx.expertise.createMany({ data, ...skip }),
  );
  await insertChunks("experts", d.experts, counts, (data) =>
    tx.expert.createMany({ data, ...skip }),
  );
}

/** Needs and their histories, engagements, questionnaire answers, findings and subscriptions. */
async function insertNeedsAndFollowUp(tx: Tx, d: Demo, plan: DemoPlan, counts: SeedCounts) {
  await insertChunks("needs", d.needs, counts, (data) => tx.need.createMany({ data, ...skip }));
  await insertChunks("needStatusChanges", d.statusChanges, counts, (data) =>
    tx.needStatusChange.createMany({ data, ...skip }),
  );
  await insertChunks("engagements", d.engagements, counts, (data) =>
    tx.engagement.createMany({ data, ...skip }),
  );
  // Every engagement's history starts somewhere: the demo's were recorded, not proposed.
  await insertChunks(
    "engagementEvents",
    d.engagements.map((e) => ({
      id: `${e.id}-rec`,
      engagementId: must(e.id, "a demo engagement's id"),
      action: "record",
      to: must(e.status, "a demo engagement's status"),
      party: "provider",
      at: must(e.createdAt, "a demo engagement's creation date"),
    })),
    counts,
    (data) => tx.engagementEvent.createMany({ data, ...skip }),
  );
  await insertChunks("questionnaireResponses", d.questionnaires, counts, (data) =>
    tx.questionnaireResponse.createMany({ data, ...skip }),
  );
  await insertChunks("reviewFindings", demoFindings(plan), counts, (data) =>
    tx.reviewFinding.createMany({ data, ...skip }),
  );
  await insertChunks("subscriptions", demoSubscriptions(CREATED, new Date()), counts, (data) =>
    tx.subscription.createMany({ data, ...skip }),
  );
}

export interface ScaleResult {
  needs: number;
  inserted: number;
  seconds: number;
  bytes: number;
}

/**
 * N times the demo volume of cycle-2 needs: the demo set plus N-1 copies of its cycle-2 needs
 * (ids `scale-<k>-...`, flagged demo), inserted in transactions of `batch` rows. Idempotent.
 */
export async function seedScale(
  prisma: PrismaClient,
  n: number,
  batch = 2000,
): Promise<ScaleResult> {
  if (!Number.isInteger(n) || n < 1) throw new Error("scale must be a whole number >= 1");
  const started = Date.now();
  await seedDemo(prisma);
  const base = buildDemo().needs.filter((x) => x.cycle === 2);
  let inserted = 0;
  for (let k = 2; k <= n; k++) {
    const copies = base.map((x) => ({
      ...x,
      id: `scale-${k}-${x.id}`,
      sourceRef: `scale copy ${k} of ${x.id}`,
    }));
    for (let i = 0; i < copies.length; i += batch) {
      const chunk = copies.slice(i, i + batch);
      inserted += (
        await prisma.$transaction(
          (tx) => tx.need.createMany({ data: chunk, skipDuplicates: true }),
          // Each chunk fires the roll-up's triggers: on a loaded machine it outlasts the 5 s default.
          { timeout: 120_000, maxWait: 60_000 },
        )
      ).count;
    }
  }
  const size = await prisma.$queryRaw<
    { bytes: bigint }[]
  >`SELECT pg_database_size(current_database()) AS bytes`;
  const bytes = size[0]?.bytes ?? 0n;
  const needs = await prisma.need.count({ where: { cycle: 2 } });
  return { needs, inserted, seconds: (Date.now() - started) / 1000, bytes: Number(bytes) };
}
