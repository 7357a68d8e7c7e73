/**
 * States acting on their own needs (issue 15, deliverable 3; docs/states.md): edits keep a
 * revision each and may send the need back to review, a withdrawal is final and takes the need
 * out of matching and other readers' lists while the analytics keep it as at earlier days.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, outcome, type Harness } from "./harness.js";
import { must } from "./must.js";

const TRAINING =
  "Training of investigators of the anti-corruption commission on financial investigations";
const TRAINING_2 =
  "Specialised training for prosecutors and judges on mutual legal assistance requests";
const LAW = "Drafting a law on whistle-blower protection";

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
  // Kenya's cycle-2 summary, so the analytics count its needs as at a day.
  await h.db.prisma.stateSummary.upsert({
    where: { stateId_cycle: { stateId: "KEN", cycle: 2 } },
    create: { stateId: "KEN", cycle: 2, finalisedOn: new Date("2020-01-15T00:00:00Z") },
    update: {},
  });
}, 300_000);

afterAll(() => h?.close());

async function kenyanNeed(text = TRAINING, confidentiality = "public" as const) {
  return (await h.as("state")).needs.create({ state: "KEN", text, confidentiality });
}

describe("a State edits its need", () => {
  it("keeps a revision per edit: who, when, each changed field before and after", async () => {
    const kenya = await h.as("state");
    const need = await kenyanNeed();
    const edited = await kenya.needs.update({
      id: need.id,
      version: need.version,
      text: TRAINING_2,
      genderResponsive: true,
      confidentiality: "donors-secretariat",
    });
    expect(edited.version).toBe(need.version + 1);
    const { revisions } = await kenya.needs.history({ id: need.id });
    expect(revisions).toHaveLength(1);
    const [r] = revisions;
    expect(must(r).kind).toBe("edit");
    expect(must(r).by).toBe("state");
    expect(must(r).version).toBe(edited.version);
    expect(Date.now() - Date.parse(must(r).at)).toBeLessThan(60_000);
    const byField = Object.fromEntries(must(r).changes.map((c) => [c.field, c]));
    expect(byField.text).toEqual({ field: "text", before: TRAINING, after: TRAINING_2 });
    expect(byField.genderResponsive).toEqual({
      field: "genderResponsive",
      before: false,
      after: true,
    });
    expect(byField.confidentiality?.after).toBe("donors-secretariat");
    // Unchanged fields are not in the revision.
    expect(byField.articles).toBeUndefined();
    // The secretariat reads the history too; another State and providers do not.
    expect((await (await h.as("analyst")).needs.history({ id: need.id })).revisions).toHaveLength(
      1,
    );
    expect(await outcome((await h.as("otherState")).needs.history({ id: need.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await outcome((await h.as("provider")).needs.history({ id: need.id }))).toBe(
      "FORBIDDEN",
    );
  });

  it("refuses an edit made from a stale copy (optimistic version)", async () => {
    const kenya = await h.as("state");
    const need = await kenyanNeed();
    await kenya.needs.update({ id: need.id, version: need.version, genderResponsive: true });
    expect(
      await outcome(kenya.needs.update({ id: need.id, version: need.version, text: TRAINING_2 })),
    ).toBe("CONFLICT");
    expect((await kenya.needs.history({ id: need.id })).revisions).toHaveLength(1);
  });

  it("re-classifies a new wording and sends a confirmed need back to review when the grouping may no longer hold", async () => {
    const kenya = await h.as("state");
    const analyst = await h.as("analyst");
    const need = await kenyanNeed();
    const confirmed = await analyst.classify.confirm({ needId: need.id });
    expect(confirmed.category).toBe("capacity-building");
    expect(confirmed.reviewAction).toBe("confirm");
    // Another training need: the confirmed grouping still holds, the review stands.
    const same = await kenya.needs.update({
      id: need.id,
      version: confirmed.version,
      text: TRAINING_2,
    });
    expect(same.reviewAction).toBe("confirm");
    expect(same.suggestion?.categories[0]?.id).toBe("capacity-building");
    // Now a law: the engine's suggestion changes, the confirmation no longer holds.
    const law = await kenya.needs.update({ id: need.id, version: same.version, text: LAW });
    expect(law.suggestion?.categories[0]?.id).toBe("legislative-assistance");
    expect(law.reviewAction).toBeNull();
    expect(law.needsReview).toBe(true);
    const queue = await analyst.classify.queue({ limit: 100 });
    expect(queue.items.map((n) => n.id)).toContain(need.id);
    const fields = must((await kenya.needs.history({ id: need.id })).revisions.at(-1)).changes;
    expect(fields.find((c) => c.field === "reviewAction")).toEqual({
      field: "reviewAction",
      before: "confirm",
      after: null,
    });
  });

  it("lets only the State that identified the need (or the secretariat) edit it", async () => {
    const need = await kenyanNeed();
    expect(
      await outcome(
        (await h.as("otherState")).needs.update({ id: need.id, version: need.version, text: LAW }),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("a State withdraws its need", () => {
  it("needs a reason, is final, and is kept in the status history and the revisions", async () => {
    const kenya = await h.as("state");
    const need = await kenyanNeed();
    expect(
      await outcome(kenya.needs.withdraw({ id: need.id, version: need.version, reason: "" })),
    ).toBe("BAD_REQUEST");
    // Not through setStatus: a withdrawal carries a reason and a day.
    expect(await outcome(kenya.needs.setStatus({ id: need.id, status: "withdrawn" }))).toBe(
      "BAD_REQUEST",
    );
    const w = await kenya.needs.withdraw({
      id: need.id,
      version: need.version,
      reason: "Now funded by the national budget",
    });
    expect(w.status).toBe("withdrawn");
    expect(w.statusHistory.at(-1)).toMatchObject({
      from: "identified",
      to: "withdrawn",
      note: "Now funded by the national budget",
    });
    const history = await kenya.needs.history({ id: need.id });
    expect(history.withdrawnOn).toBe(new Date().toISOString().slice(0, 10));
    expect(history.revisions.at(-1)).toMatchObject({
      kind: "withdraw",
      reason: "Now funded by the national budget",
    });
    // Final: no edit, no status change, no second withdrawal.
    expect(await outcome(kenya.needs.update({ id: need.id, version: w.version, text: LAW }))).toBe(
      "BAD_REQUEST",
    );
    expect(await outcome(kenya.needs.setStatus({ id: need.id, status: "identified" }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await outcome(kenya.needs.withdraw({ id: need.id, version: w.version, reason: "again" })),
    ).toBe("BAD_REQUEST");
  });

  it("drops out of matching and of the public's and providers' lists, search and exports; the State and the secretariat keep it", async () => {
    const kenya = await h.as("state");
    const marker = "Quetzalwhirl";
    const need = await kenyanNeed(`${TRAINING} ${marker}`);
    await kenya.needs.withdraw({ id: need.id, version: need.version, reason: "No longer needed" });
    for (const role of ["public", "provider", "otherState"] as const) {
      const c = await h.as(role);
      expect(await outcome(c.needs.byId({ id: need.id })), role).toBe("NOT_FOUND");
      const list = await c.needs.list({ limit: 200 });
      expect(
        list.items.map((n) => n.id),
        role,
      ).not.toContain(need.id);
      expect(JSON.stringify(await c.search.global({ q: marker })), role).not.toContain(need.id);
      expect((await c.export.needs({ format: "csv", q: marker })).count, role).toBe(0);
      expect(await outcome(c.match.forNeed({ needId: need.id })), role).toBe("NOT_FOUND");
    }
    for (const role of ["state", "analyst"] as const) {
      const c = await h.as(role);
      expect((await c.needs.byId({ id: need.id })).status, role).toBe("withdrawn");
      expect(
        (await c.needs.list({ limit: 200, status: "withdrawn" })).items.map((n) => n.id),
        role,
      ).toContain(need.id);
    }
    // Nobody is matched to it, not even the secretariat.
    const matches = await (await h.as("analyst")).match.forProvider({ providerId: h.ids.provider });
    expect(JSON.stringify(matches)).not.toContain(need.id);
  });

  it("counts in the analytics as at the days before its withdrawal, not after", async () => {
    const analyst = await h.as("analyst");
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const count = async (asAt?: string) =>
      (
        await analyst.analytics.figures(
          asAt ? { asAt, filters: { states: ["KEN"] } } : { filters: { states: ["KEN"] } },
        )
      ).cycle2.needs as number;
    const need = await kenyanNeed();
    const [thenBefore, nowBefore] = [await count(yesterday), await count()];
    await (
      await h.as("state")
    ).needs.withdraw({
      id: need.id,
      version: need.version,
      reason: "Merged with another need",
    });
    expect(await count(yesterday)).toBe(thenBefore);
    expect(await count()).toBe(nowBefore - 1);
  });
});

describe("a State proposes a correction of its need's grouping or articles", () => {
  it("waits in the review queue beside the engine's suggestion; accepted, it is applied with a review entry and a revision", async () => {
    const kenya = await h.as("state");
    const analyst = await h.as("analyst");
    const need = await kenyanNeed();
    const p = await kenya.corrections.propose({
      needId: need.id,
      categories: ["institution-building", "capacity-building"],
      articles: [6, 36],
      comment: "The training is part of setting up the new commission",
    });
    expect(p.status).toBe("pending");
    // One pending proposal per need.
    expect(
      await outcome(
        kenya.corrections.propose({ needId: need.id, articles: [6], comment: "and again" }),
      ),
    ).toBe("CONFLICT");
    const queue = await analyst.corrections.list({ status: "pending" });
    const row = must(queue.find((c) => c.id === p.id));
    expect(row.engine?.categories[0]?.id).toBe("capacity-building");
    expect(row.proposed).toEqual({
      categories: ["institution-building", "capacity-building"],
      articles: [6, 36],
    });
    // Only the secretariat decides.
    expect(await outcome(kenya.corrections.accept({ id: p.id }))).toBe("FORBIDDEN");
    const accepted = await analyst.corrections.accept({ id: p.id });
    expect(accepted).toMatchObject({ status: "accepted", decidedBy: "analyst" });
    const after = await kenya.needs.byId({ id: need.id });
    expect(after).toMatchObject({
      category: "institution-building",
      categories: ["institution-building", "capacity-building"],
      articles: [6, 36],
      reviewAction: "correct",
      reviewedBy: "analyst",
    });
    const last = must((await kenya.needs.history({ id: need.id })).revisions.at(-1));
    expect(last.kind).toBe("correction");
    expect(last.by).toBe("analyst");
    expect(last.changes.find((c) => c.field === "category")).toMatchObject({
      before: "capacity-building",
      after: "institution-building",
    });
    // The State sees the outcome; a decided proposal is not decided twice.
    expect((await kenya.corrections.list({ needId: need.id }))[0]?.status).toBe("accepted");
    expect(await outcome(analyst.corrections.reject({ id: p.id, reason: "too late" }))).toBe(
      "CONFLICT",
    );
  });

  it("rejected with a reason, leaves the need as it was and tells the State why", async () => {
    const kenya = await h.as("state");
    const need = await kenyanNeed();
    const p = await kenya.corrections.propose({
      needId: need.id,
      articles: [33],
      comment: "This is about whistle-blowers",
    });
    await (
      await h.as("analyst")
    ).corrections.reject({
      id: p.id,
      reason: "The text is about investigators' training",
    });
    expect(await kenya.needs.byId({ id: need.id })).toMatchObject({
      articles: need.articles,
      reviewAction: null,
    });
    expect((await kenya.corrections.list({ needId: need.id }))[0]).toMatchObject({
      status: "rejected",
      decisionReason: "The text is about investigators' training",
    });
  });

  it("is the need's State's own: another State cannot propose, nor see the proposals", async () => {
    const need = await kenyanNeed();
    const peru = await h.as("otherState");
    expect(
      await outcome(peru.corrections.propose({ needId: need.id, articles: [5], comment: "ours?" })),
    ).toBe("FORBIDDEN");
    await (
      await h.as("state")
    ).corrections.propose({
      needId: need.id,
      articles: [5],
      comment: "Prevention policy",
    });
    expect((await peru.corrections.list({})).map((c) => c.needId)).not.toContain(need.id);
    expect(await outcome((await h.as("provider")).corrections.list({}))).toBe("FORBIDDEN");
  });
});
