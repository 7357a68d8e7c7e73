/**
 * The demo's needs (cycles 1 and 2), their status histories and the engagements of the needs
 * in progress or met, built from the plan (plan.ts). Pure: no database. Every draw from `rng`
 * is made in a fixed order, so the same plan gives the same records.
 */
import { getArticle, getState, cycle2For, type CategoryId, type NeedStatus } from "@tahub/domain";
import type { Prisma } from "../generated/prisma/client.js";
import { must } from "../util/at.js";
import { CREATED, iso } from "./dates.js";
import type { DemoPlan, PlannedNeed } from "./plan.js";
import type { Rng } from "./prng.js";
import type { demoOffers } from "./supply-records.js";
import { cycle1Text, needText } from "./texts.js";

type DemoOffer = ReturnType<typeof demoOffers>[number];
const DAY = 86_400_000;

const STATUS_WEIGHTS: [NeedStatus, number][] = [
  ["identified", 0.76],
  ["in-progress", 0.1],
  ["partially-met", 0.06],
  ["met", 0.06],
  ["no-longer-relevant", 0.02],
];

interface DemoNeeds {
  needs: Prisma.NeedCreateManyInput[];
  statusChanges: Prisma.NeedStatusChangeCreateManyInput[];
  engagements: Prisma.EngagementCreateManyInput[];
}

/** The needs of the plan; `finalised` maps `${cycle}:${state}` to its summary's date. */
export function demoNeeds(
  rng: Rng,
  plan: DemoPlan,
  finalised: ReadonlyMap<string, Date>,
  offers: readonly DemoOffer[],
): DemoNeeds {
  const out: DemoNeeds = { needs: [], statusChanges: [], engagements: [] };
  let n1 = 0;
  let n2 = 0;
  for (const p of plan.needs) {
    const id =
      p.cycle === 2
        ? `demo-need-2-${String(++n2).padStart(4, "0")}`
        : `demo-need-1-${String(++n1).padStart(4, "0")}`;
    const summaryOn = must(finalised.get(`${p.cycle}:${p.state}`), `a summary for ${id}`);
    const identifiedOn = new Date(summaryOn.getTime() - rng.int(30, 400) * DAY);
    if (p.cycle === 1) {
      out.needs.push(cycle1Need(p, id, identifiedOn));
      continue;
    }
    const { need, status } = cycle2Need(rng, p, id, summaryOn, identifiedOn);
    out.needs.push(need);
    out.statusChanges.push(...statusHistory(id, status, identifiedOn, summaryOn));
    if (status !== "identified" && status !== "no-longer-relevant")
      out.engagements.push(engagementOf(rng, p, id, status, summaryOn, offers));
  }
  return out;
}

function cycle1Need(p: PlannedNeed, id: string, identifiedOn: Date): Prisma.NeedCreateManyInput {
  const art = must(p.articles[0], `an article for ${id}`);
  const category = must(p.cycle1Category, `a cycle-1 category for ${id}`);
  return {
    id,
    stateId: p.state,
    cycle: 1,
    chapterId: p.chapter,
    articles: p.articles,
    text: cycle1Text(category, art, getArticle(art)?.title ?? ""),
    language: "en",
    sourceRef: `Executive summary, cycle 1 (demo)`,
    identifiedOn,
    cycle1Category: p.cycle1Category,
    categories: cycle2For(category),
    demo: true,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

function drawStatus(rng: Rng): NeedStatus {
  let r = rng.next();
  for (const [s, w] of STATUS_WEIGHTS) if ((r -= w) < 0) return s;
  return "identified";
}

function cycle2Need(
  rng: Rng,
  p: PlannedNeed,
  id: string,
  summaryOn: Date,
  identifiedOn: Date,
): { need: Prisma.NeedCreateManyInput; status: NeedStatus } {
  const category = must(p.category, `a category for ${id}`);
  const { text, language } = needText(p.key, category, rng, getState(p.state)?.languages ?? []);
  const status = drawStatus(rng);
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
  const need: Prisma.NeedCreateManyInput = {
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
  };
  return { need, status };
}

/** Identified on `identifiedOn`, then each later status 90 days apart after the summary. */
function statusHistory(
  id: string,
  status: NeedStatus,
  identifiedOn: Date,
  summaryOn: Date,
): Prisma.NeedStatusChangeCreateManyInput[] {
  const out: Prisma.NeedStatusChangeCreateManyInput[] = [
    { id: `${id}-s0`, needId: id, from: null, to: "identified", at: identifiedOn },
  ];
  if (status === "identified") return out;
  const path: NeedStatus[] =
    status === "no-longer-relevant"
      ? ["no-longer-relevant"]
      : status === "in-progress"
        ? ["in-progress"]
        : ["in-progress", status];
  path.forEach((to, i) =>
    out.push({
      id: `${id}-s${i + 1}`,
      needId: id,
      from: path[i - 1] ?? "identified",
      to,
      byUserId: "demo-user-analyst",
      at: new Date(summaryOn.getTime() + (i + 1) * 90 * DAY),
    }),
  );
  return out;
}

/** The engagement of a need in progress or met: an offer naming one of its articles. */
function engagementOf(
  rng: Rng,
  p: PlannedNeed,
  id: string,
  status: NeedStatus,
  summaryOn: Date,
  offers: readonly DemoOffer[],
): Prisma.EngagementCreateManyInput {
  const offer =
    offers.find((o) => o.articles.some((a) => p.articles.includes(a))) ?? rng.pick(offers);
  const done = status === "met";
  return {
    id: `demo-engagement-${id}`,
    needId: id,
    offerId: offer.id,
    providerId: offer.providerId,
    // Lifecycle statuses (issue 15): a met need's engagement was delivered and evaluated.
    status: done ? "evaluated" : "in-progress",
    startedOn: new Date(summaryOn.getTime() + 90 * DAY),
    endedOn: done ? new Date(summaryOn.getTime() + 400 * DAY) : null,
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
  };
}
