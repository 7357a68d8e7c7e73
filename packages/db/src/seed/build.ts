/** `buildDemo`: every record of the demo data set, built from the plan (pure; no database). */
import { AS_AT, SEPT_2021 } from "./figures.js";
import { CREATED, date, iso } from "./dates.js";
import { demoNeeds } from "./demo-needs.js";
import { planDemo, type DemoPlan } from "./plan.js";
import { Rng } from "./prng.js";
import {
  demoExpertise,
  demoExperts,
  demoOffers,
  demoProviders,
  demoQuestionnaire,
} from "./supply-records.js";
import type { DemoProvider } from "./supply.js";

function summaryDate(rng: Rng, late: boolean): string {
  // Early: mid-2017 to Sept 2021; late: Oct 2021 to the as-at date.
  const from = late ? date("2021-10-01").getTime() : date("2017-06-01").getTime();
  const to = late ? date(AS_AT).getTime() : date(SEPT_2021).getTime();
  return iso(new Date(from + Math.floor((rng.next() * (to - from)) / 86_400_000) * 86_400_000));
}

/** The executive summaries of both cycles, each finalised on a drawn date of its period. */
function demoSummaries(rng: Rng, plan: DemoPlan) {
  return [
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
}

/** Builds every demo record (pure; no database). */
export function buildDemo(plan: DemoPlan = planDemo()) {
  const rng = new Rng(plan.seed ^ 0x5eed);
  const summaries = demoSummaries(rng, plan);
  const finalised = new Map(summaries.map((s) => [`${s.cycle}:${s.stateId}`, s.finalisedOn]));
  const providers = demoProviders();
  const offers = demoOffers(rng, providers);
  const { needs, statusChanges, engagements } = demoNeeds(rng, plan, finalised, offers);
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
    ...directories(rng, providers, stateIds),
    needs,
    statusChanges,
    engagements,
  };
}

/** The knowledge bank, the expert directory and the questionnaire answers (drawn in this order). */
function directories(rng: Rng, providers: DemoProvider[], stateIds: string[]) {
  return {
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
  };
}
