import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, outcome, type Harness } from "./harness.js";
import { must } from "./must.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 300_000);
afterAll(() => h?.close());

describe("needs", () => {
  it("classifies a need on the way in and records its first status", async () => {
    const ken = await h.as("state");
    const n = await ken.needs.create({
      state: "KEN",
      text: "Legislative assistance to draft a law on the protection of whistle-blowers (art. 33)",
    });
    expect(n.suggestion?.categories[0]?.id).toBeDefined();
    expect(n.suggestion?.modelVersion).toBe(h.services.classifier.version());
    expect(n.statusHistory).toEqual([expect.objectContaining({ from: null, to: "identified" })]);
    expect(n.state).toBe("KEN");
    expect(n.region).toBe("african");
  });

  it("keeps the articles the State gave and derives the chapter from them", async () => {
    const n = await (
      await h.as("state")
    ).needs.create({
      state: "KEN",
      text: "Training of FIU analysts on financial investigations",
      articles: [58],
    });
    expect(n.articles).toEqual([58]);
    expect(n.chapter).toBe("V");
  });

  it("refuses bad input with the field and the reason, storing nothing", async () => {
    const ken = await h.as("state");
    const before = (await ken.needs.list({})).total;
    const err = await ken.needs
      .create({ state: "KEN", text: " ", articles: [99] })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "BAD_REQUEST" });
    expect((await ken.needs.list({})).total).toBe(before);
  });

  it("lets a State add needs only for itself", async () => {
    const ken = await h.as("state");
    expect(
      await outcome(
        ken.needs.create({ state: "PER", text: "Support for the public procurement authority" }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("moves a need through its lifecycle and keeps the history, refusing jumps the rules forbid", async () => {
    const ken = await h.as("state");
    const n = await ken.needs.create({
      state: "KEN",
      text: "Support to set up an asset management office (art. 31)",
    });
    await ken.needs.setStatus({ id: n.id, status: "in-progress", note: "UNODC mentor assigned" });
    const met = await ken.needs.setStatus({ id: n.id, status: "met" });
    expect(met.statusHistory.map((s) => s.to)).toEqual(["identified", "in-progress", "met"]);
    const err = await ken.needs
      .setStatus({ id: n.id, status: "identified" })
      .catch((e: unknown) => e as { code: string; message: string });
    expect(err).toMatchObject({ code: "BAD_REQUEST" });
    expect((err as unknown as Error).message).toMatch(/may go to: partially-met/);
  });

  it("filters, searches, sorts and pages through needs with a cursor", async () => {
    const analyst = await h.as("analyst");
    for (let i = 0; i < 5; i++)
      await analyst.needs.create({
        state: "PER",
        text: `Peru need number ${i} on procurement audits (art. 9)`,
        articles: [9],
      });
    const page1 = await analyst.needs.list({
      state: "PER",
      article: 9,
      limit: 2,
      sort: "created",
      order: "asc",
    });
    expect(page1.total).toBe(5);
    expect(page1.items).toHaveLength(2);
    const page2 = await analyst.needs.list({
      state: "PER",
      article: 9,
      limit: 2,
      sort: "created",
      order: "asc",
      cursor: must(page1.nextCursor),
    });
    const page3 = await analyst.needs.list({
      state: "PER",
      article: 9,
      limit: 2,
      sort: "created",
      order: "asc",
      cursor: must(page2.nextCursor),
    });
    const ids = [...page1.items, ...page2.items, ...page3.items].map((n) => n.id);
    expect(new Set(ids).size).toBe(5);
    expect(page3.nextCursor).toBeNull();
    expect((await analyst.needs.list({ q: "number 3" })).items.map((n) => n.text)).toEqual([
      "Peru need number 3 on procurement audits (art. 9)",
    ]);
    expect((await analyst.needs.list({ region: "latin-american-caribbean" })).total).toBe(5);
  });

  it("lets only the owning State or the secretariat edit a need", async () => {
    const n = await (
      await h.as("state")
    ).needs.create({
      state: "KEN",
      text: "Awareness campaign on the access to information law (art. 10)",
    });
    expect(
      await outcome(
        (await h.as("otherState")).needs.update({
          id: n.id,
          version: n.version,
          genderResponsive: true,
        }),
      ),
    ).toMatch(/FORBIDDEN|NOT_FOUND/);
    const updated = await (
      await h.as("analyst")
    ).needs.update({ id: n.id, version: n.version, genderResponsive: true });
    expect(updated.genderResponsive).toBe(true);
  });
});

describe("the review queue", () => {
  it("queues unsure suggestions, least confident first, and empties as the secretariat reviews", async () => {
    const analyst = await h.as("analyst");
    await (await h.as("state")).needs.create({ state: "KEN", text: "Assistance." });
    const q = await analyst.classify.queue({});
    expect(q.total).toBeGreaterThan(0);
    const conf = q.items.map((i) => i.confidence ?? 0);
    expect([...conf].sort((a, b) => a - b)).toEqual(conf);
    const first = must(q.items[0]);
    const corrected = await analyst.classify.correct({
      needId: first.id,
      version: (await analyst.needs.byId({ id: first.id })).version,
      category: "institution-building",
      articles: [6],
    });
    expect(corrected).toMatchObject({
      category: "institution-building",
      articles: [6],
      chapter: "II",
      reviewAction: "correct",
      reviewedBy: "analyst",
    });
    expect((await analyst.classify.queue({})).items.map((i) => i.id)).not.toContain(first.id);
  });

  it("confirms a suggestion, recording who and when", async () => {
    const analyst = await h.as("analyst");
    const n = await (
      await h.as("state")
    ).needs.create({ state: "KEN", text: "Training for judges on judicial integrity (art. 11)" });
    const c = await analyst.classify.confirm({ needId: n.id });
    expect(c.reviewAction).toBe("confirm");
    expect(c.reviewedAt).not.toBeNull();
    expect(c.category).toBe(n.category ?? n.suggestion?.categories[0]?.id);
  });

  it("learns from corrections: the corrected text is then suggested with the corrected category", async () => {
    const analyst = await h.as("analyst");
    const text = "Quarterly xylophone roundtables for municipal integrity officers";
    const n = await (await h.as("state")).needs.create({ state: "KEN", text });
    await analyst.classify.correct({
      needId: n.id,
      version: n.version,
      category: "research-data",
      articles: [13],
    });
    const again = await analyst.classify.text({ text });
    expect(again.categories[0]?.id).toBe("research-data");
  });
});
