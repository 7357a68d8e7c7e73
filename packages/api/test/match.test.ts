import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness.js";

let h: Harness;
let needId: string;
let openOffer: string;
let closedOffer: string;

beforeAll(async () => {
  h = await createHarness();
  const admin = await h.as("admin");
  needId = (
    await (
      await h.as("state")
    ).needs.create({
      state: "KEN",
      text: "Training for the financial intelligence unit on the analysis of suspicious transaction reports",
      articles: [58],
    })
  ).id;
  await (
    await h.as("otherState")
  ).needs.create({ state: "PER", text: "Drafting a law on public procurement", articles: [9] });
  openOffer = (
    await admin.offers.create({
      providerId: h.ids.provider,
      title: "FIU analyst training",
      description:
        "Training courses for financial intelligence unit analysts on strategic and operational analysis of suspicious transaction reports",
      modalities: ["training"],
      articles: [58],
      regions: ["african"],
    })
  ).id;
  closedOffer = (
    await admin.offers.create({
      providerId: h.ids.otherProvider,
      title: "FIU mentoring",
      description: "Mentoring of financial intelligence unit analysts",
      modalities: ["mentoring"],
      articles: [58],
    })
  ).id;
  await admin.offers.close({ id: closedOffer });
}, 120_000);
afterAll(() => h?.close());

describe("matching through the API", () => {
  it("ranks the offer on the need's article first, explains why, and never returns a closed offer", async () => {
    const m = await (await h.as("public")).match.forNeed({ needId });
    expect(m.offers[0]?.id).toBe(openOffer);
    expect(m.offers[0]?.reasons.join(" | ")).toMatch(/article 58/i);
    expect(m.offers.map((o) => o.id)).not.toContain(closedOffer);
    for (const o of m.offers) {
      expect(o.score).toBeGreaterThanOrEqual(0);
      expect(o.score).toBeLessThanOrEqual(1);
    }
  });

  it("shows a provider the needs that fit its offers, and which are already supported by whom", async () => {
    const donor = await h.as("provider");
    const before = await donor.match.forProvider({});
    expect(before.needs[0]?.id).toBe(needId);
    expect(before.states[0]?.state).toBe("KEN");
    await donor.engagements.create({
      needId,
      providerId: h.ids.provider,
      offerId: openOffer,
      status: "agreed",
    });
    await (
      await h.as("otherProvider")
    ).engagements.create({ needId, providerId: h.ids.otherProvider });
    const coverage = await donor.match.coverage({});
    const row = coverage.find((c) => c.needId === needId);
    expect(row).toMatchObject({ supportedByMe: true, overlap: true });
    expect(row?.supporters.map((s) => s.providerId).sort()).toEqual(
      [h.ids.provider, h.ids.otherProvider].sort(),
    );
  });

  it("does not suggest a State's own knowledge-bank entries to it, but does to others", async () => {
    const ken = await h.as("state");
    const own = await ken.expertise.create({
      state: "KEN",
      title: "FIU analysis manual",
      description: "Our financial intelligence unit manual on suspicious transaction reports",
    });
    const m = await (await h.as("public")).match.forNeed({ needId });
    expect(m.expertise.map((e) => e.id)).not.toContain(own.id);
    const peru = await (
      await h.as("otherState")
    ).needs.create({
      state: "PER",
      text: "Financial intelligence unit training on suspicious transaction reports",
      articles: [58],
    });
    expect(
      (await (await h.as("public")).match.forNeed({ needId: peru.id })).expertise.map((e) => e.id),
    ).toContain(own.id);
  });

  it("reports partner States with a 0-1 score and the engine's raw score", async () => {
    const partners = await (await h.as("public")).match.partners({ needId });
    for (const p of partners) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
      expect(p.rawScore).toBeGreaterThanOrEqual(p.score);
    }
  });

  it("refuses to match for another provider", async () => {
    await expect(
      (await h.as("provider")).match.forProvider({ providerId: h.ids.otherProvider }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
