/**
 * `seedDemo`: the deterministic demo data set (see plan.ts for how the published figures are
 * met). Idempotent: every record has a fixed id and is inserted with `skipDuplicates`, so a
 * second run inserts nothing and changes nothing; records a user has since edited are kept.
 * `seedScale`: N times the demo volume of cycle-2 needs, for benchmarks.
 */
import { getArticle, getState, cycle2For, type CategoryId, type NeedStatus } from "@tahub/domain";
import { hashPassword } from "../password.js";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { loadReferenceData } from "../reference.js";
import { AS_AT, SEPT_2021 } from "./figures.js";
import { demoFindings } from "./findings.js";
import { planDemo, type DemoPlan } from "./plan.js";
import { Rng } from "./prng.js";
import {
  demoExpertise,
  demoExperts,
  demoOffers,
  demoProviders,
  demoQuestionnaire,
} from "./supply.js";
import { cycle1Text, needText } from "./texts.js";

/** Demo sign-in password of every demo user (documented in docs/storage.md). */
export const DEMO_PASSWORD = "tahub-demo-2023";

export const DEMO_USERS = [
  {
    id: "demo-user-admin",
    email: "admin@tahub.demo",
    name: "Demo administrator",
    role: "admin",
    stateId: null,
    providerId: null,
  },
  {
    id: "demo-user-analyst",
    email: "analyst@tahub.demo",
    name: "Demo analyst",
    role: "analyst",
    stateId: null,
    providerId: null,
  },
  {
    id: "demo-user-state-ken",
    email: "state.ken@tahub.demo",
    name: "Demo focal point, Kenya",
    role: "state",
    stateId: "KEN",
    providerId: null,
  },
  {
    id: "demo-user-state-idn",
    email: "state.idn@tahub.demo",
    name: "Demo focal point, Indonesia",
    role: "state",
    stateId: "IDN",
    providerId: null,
  },
  {
    id: "demo-user-donor",
    email: "donor@tahub.demo",
    name: "Demo donor officer",
    role: "provider",
    stateId: null,
    providerId: "demo-provider-donor-nor",
  },
  {
    id: "demo-user-unodc",
    email: "unodc@tahub.demo",
    name: "Demo UNODC officer",
    role: "provider",
    stateId: null,
    providerId: "demo-provider-unodc",
  },
] as const;

/** Every demo record carries this creation instant, so a re-created database is identical. */
const CREATED = new Date("2023-09-15T00:00:00Z");
const date = (d: string) => new Date(`${d}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export interface SeedCounts {
  [model: string]: number;
}

export interface SeedResult {
  /** Rows inserted per model by this run (zero everywhere on a second run). */
  counts: SeedCounts;
  changed: boolean;
  plan: DemoPlan;
}

function summaryDate(rng: Rng, late: boolean): string {
  // Early: mid-2017 to Sept 2021; late: Oct 2021 to the as-at date.
  const from = late ? date("2021-10-01").getTime() : date("2017-06-01").getTime();
  const to = late ? date(AS_AT).getTime() : date(SEPT_2021).getTime();
  return iso(new Date(from + Math.floor((rng.next() * (to - from)) / 86_400_000) * 86_400_000));
}

const STATUS_WEIGHTS: [NeedStatus, number][] = [
  ["identified", 0.76],
  ["in-progress", 0.1],
  ["partially-met", 0.06],
  ["met", 0.06],
  ["no-longer-relevant", 0.02],
];

/** Builds every demo record (pure; no database). */
export function buildDemo(plan: DemoPlan = planDemo()) {
  const rng = new Rng(plan.seed ^ 0x5eed);
  const summaries = [
    ...plan.cycle2Summaries.map((s) => ({
      id: `demo-summary-2-${s.state}`,
      stateId: s.state,
      cycle: 2,
      finalisedOn: date(summaryDate(rng, s.late)),
    })),
    ...plan.cycle1Summaries.map((s) => ({
      id: `demo-summary-1-${s}`,
      stateId: s,
      cycle: 1,
      finalisedOn: date(
        iso(new Date(date("2011-06-01").getTime() + rng.int(0, 3650) * 86_400_000)),
      ),
    })),
  ];
  const finalised = new Map(summaries.map((s) => [`${s.cycle}:${s.stateId}`, s.finalisedOn]));
  const providers = demoProviders();
  const offers = demoOffers(rng, providers);
  const needs: Prisma.NeedCreateManyInput[] = [];
  const statusChanges: Prisma.NeedStatusChangeCreateManyInput[] = [];
  const engagements: Prisma.EngagementCreateManyInput[] = [];
  let n1 = 0;
  let n2 = 0;
  for (const p of plan.needs) {
    const id =
      p.cycle === 2
        ? `demo-need-2-${String(++n2).padStart(4, "0")}`
        : `demo-need-1-${String(++n1).padStart(4, "0")}`;
    const summaryOn = finalised.get(`${p.cycle}:${p.state}`)!;
    const identifiedOn = new Date(summaryOn.getTime() - rng.int(30, 400) * 86_400_000);
    if (p.cycle === 1) {
      const art = p.articles[0]!;
      needs.push({
        id,
        stateId: p.state,
        cycle: 1,
        chapterId: p.chapter,
        articles: p.articles,
        text: cycle1Text(p.cycle1Category!, art, getArticle(art)?.title ?? ""),
        language: "en",
        sourceRef: `Executive summary, cycle 1 (demo)`,
        identifiedOn,
        cycle1Category: p.cycle1Category,
        categories: cycle2For(p.cycle1Category!),
        demo: true,
        createdAt: CREATED,
        updatedAt: CREATED,
      });
      continue;
    }
    const category = p.category!;
    const { text, language } = needText(p.key, category, rng, getState(p.state)?.languages ?? []);
    let r = rng.next();
    let status: NeedStatus = "identified";
    for (const [s, w] of STATUS_WEIGHTS) {
      if ((r -= w) < 0) {
        status = s;
        break;
      }
    }
    const confidentiality = rng.chance(0.8)
      ? "public"
      : rng.chance(0.6)
        ? "donors-secretariat"
        : "secretariat-only";
    const second = rng.chance(0.25)
      ? rng.pick(["capacity-building", "institution-building", "policymaking"] as CategoryId[])
      : undefined;
    const categories = [...new Set([category, ...(second ? [second] : [])])];
    // The published categories are the secretariat's own, made by hand before TA Hub: most demo
    // needs are recorded as confirmed by the analyst. A share still awaits review, so the review
    // queue has work; the engine's suggestions are computed by the API at start-up (never
    // invented here, and demo texts never train the model).
    const awaitingReview = rng.chance(0.15);
    needs.push({
      id,
      stateId: p.state,
      cycle: 2,
      chapterId: p.chapter,
      articles: p.articles,
      text,
      language,
      sourceRef: `Executive summary, cycle 2, finalised ${iso(summaryOn)} (demo)`,
      status,
      confidentiality,
      genderResponsive: rng.chance(0.08),
      identifiedOn,
      category,
      categories,
      reviewAction: awaitingReview ? null : "confirm",
      reviewedById: awaitingReview ? null : "demo-user-analyst",
      reviewedAt: awaitingReview ? null : CREATED,
      demo: true,
      createdAt: CREATED,
      updatedAt: CREATED,
    });
    statusChanges.push({
      id: `${id}-s0`,
      needId: id,
      from: null,
      to: "identified",
      at: identifiedOn,
    });
    if (status !== "identified") {
      const path: NeedStatus[] =
        status === "no-longer-relevant"
          ? ["no-longer-relevant"]
          : status === "in-progress"
            ? ["in-progress"]
            : ["in-progress", status];
      path.forEach((to, i) =>
        statusChanges.push({
          id: `${id}-s${i + 1}`,
          needId: id,
          from: i === 0 ? "identified" : path[i - 1]!,
          to,
          byUserId: "demo-user-analyst",
          at: new Date(summaryOn.getTime() + (i + 1) * 90 * 86_400_000),
        }),
      );
      if (status !== "no-longer-relevant") {
        const offer =
          offers.find((o) => o.articles.some((a) => p.articles.includes(a))) ?? rng.pick(offers);
        const done = status === "met";
        engagements.push({
          id: `demo-engagement-${id}`,
          needId: id,
          offerId: offer.id,
          providerId: offer.providerId,
          // Lifecycle statuses (issue 15): a met need's engagement was delivered and evaluated.
          status: done ? "evaluated" : "in-progress",
          startedOn: new Date(summaryOn.getTime() + 90 * 86_400_000),
          endedOn: done ? new Date(summaryOn.getTime() + 400 * 86_400_000) : null,
          description: `${offer.title} for this need (demo).`,
          evaluation: done
            ? {
                relevance: { score: rng.int(2, 4) },
                coherence: { score: rng.int(2, 4) },
                effectiveness: { score: rng.int(1, 4) },
                efficiency: { score: rng.int(1, 4) },
                impact: { score: rng.int(1, 4) },
                sustainability: {
                  score: rng.int(1, 4),
                  note: "Follow-up training budgeted nationally.",
                },
              }
            : undefined,
          demo: true,
          createdAt: CREATED,
          updatedAt: CREATED,
        });
      }
    }
  }
  const stateIds = plan.cycle2Summaries.map((s) => s.state);
  return {
    summaries: summaries.map((s) => ({ ...s, demo: true, createdAt: CREATED })),
    providers: providers.map(({ southSouth: _s, ...p }) => ({
      ...p,
      demo: true,
      createdAt: CREATED,
    })),
    offers: offers.map((o) => ({
      ...o,
      periodFrom: date(o.periodFrom),
      periodTo: o.periodTo ? date(o.periodTo) : null,
      demo: true,
      createdAt: CREATED,
      updatedAt: CREATED,
    })),
    expertise: demoExpertise(rng, providers, stateIds).map((e) => ({
      ...e,
      demo: true,
      createdAt: CREATED,
    })),
    experts: demoExperts(rng).map((e) => ({
      ...e,
      availableFrom: date(e.availableFrom),
      consentDate: e.consentDate ? date(e.consentDate) : null,
      demo: true,
      createdAt: CREATED,
    })),
    questionnaires: demoQuestionnaire(rng, stateIds).map((q) => ({
      ...q,
      submittedAt: new Date(q.submittedAt),
      demo: true,
    })),
    needs,
    statusChanges,
    engagements,
  };
}

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
      const skip = { skipDuplicates: true } as const;
      await insertChunks("stateSummaries", d.summaries, counts, (data) =>
        tx.stateSummary.createMany({ data, ...skip }),
      );
      await insertChunks("providers", d.providers, counts, (data) =>
        tx.provider.createMany({ data, ...skip }),
      );
      await insertChunks(
        "users",
        DEMO_USERS.filter((u) => !existingUsers.has(u.id)).map((u) => ({
          id: u.id,
          email: u.email,
          name: u.name,
          passwordHash: hash,
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
      await insertChunks("offers", d.offers, counts, (data) =>
        tx.offer.createMany({ data, ...skip }),
      );
      await insertChunks("expertise", d.expertise, counts, (data) =>
        tx.expertise.createMany({ data, ...skip }),
      );
      await insertChunks("experts", d.experts, counts, (data) =>
        tx.expert.createMany({ data, ...skip }),
      );
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
          engagementId: e.id!,
          action: "record",
          to: e.status!,
          party: "provider",
          at: e.createdAt!,
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
      await insertChunks(
        "subscriptions",
        [
          // Saved criteria (notifications & mail, docs/notifications.md). The watermark is the
          // seeding instant: only records added after it notify, never the demo data itself.
          {
            id: "demo-sub-1",
            userId: "demo-user-donor",
            target: "needs",
            frequency: "daily",
            regions: ["african"],
            articles: [52],
            createdAt: CREATED,
            checkedAt: new Date(),
          },
          {
            id: "demo-sub-2",
            userId: "demo-user-donor",
            target: "needs",
            frequency: "immediate",
            articles: [52],
            createdAt: CREATED,
            checkedAt: new Date(),
          },
          {
            id: "demo-sub-3",
            userId: "demo-user-state-ken",
            target: "offers",
            frequency: "immediate",
            categories: ["capacity-building"],
            createdAt: CREATED,
            checkedAt: new Date(),
          },
        ],
        counts,
        (data) => tx.subscription.createMany({ data, ...skip }),
      );
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return { counts, changed: Object.values(counts).some((n) => n > 0), plan };
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
        await prisma.$transaction((tx) => tx.need.createMany({ data: chunk, skipDuplicates: true }))
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
