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
}, 300_000);
afterAll(() => h?.close());

describe("matching through the API", () => {
  it("ranks the offer on the need's article first, explains why, and never returns a closed offer", async () => {
    const m = await (await h.as("public")).match.forNeed({ needId });
    expect(m.offers[0]?.id).toBe(openOffer);
    expect(m.offers[0]?.reasons).toContainEqual({ kind: "shared-articles", articles: [58] });
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
    const forPeru = (await (await h.as("public")).match.forNeed({ needId: peru.id })).expertise;
    expect(forPeru.map((e) => e.id)).toContain(own.id);
    // The entry the State published itself names it by code too, so the portal can give the
    // State's name in the reader's language (docs/language.md), not the English subtitle only.
    expect(forPeru.find((e) => e.id === own.id)).toMatchObject({
      subtitle: "Kenya",
      subtitleState: "KEN",
    });
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

  it("returns reasons as typed data the portal translates, never sentences", async () => {
    const m = await (await h.as("public")).match.forNeed({ needId });
    for (const o of [...m.offers, ...m.expertise, ...m.experts])
      for (const r of o.reasons) expect(typeof r === "object" && "kind" in r).toBe(true);
    const concept = m.offers[0]?.reasons.find((r) => r.kind === "same-concept");
    expect(concept).toMatchObject({ concept: "financial-intelligence-unit" });
    // Named in the three portal languages.
    expect(concept && "labels" in concept ? Object.keys(concept.labels).sort() : []).toEqual([
      "en",
      "es",
      "fr",
    ]);
  });
});

describe("filters in every path", () => {
  const FIU = "Training of financial intelligence unit analysts on suspicious transaction reports";
  let bgdNeed: string;
  let globalOffer: string;
  let frenchOffer: string;

  beforeAll(async () => {
    const admin = await h.as("admin");
    bgdNeed = (await admin.needs.create({ state: "BGD", text: FIU, articles: [58] })).id;
    globalOffer = (
      await admin.offers.create({
        providerId: h.ids.otherProvider,
        title: "FIU analysis clinic",
        description: FIU,
        modalities: ["training"],
        articles: [58],
        regions: [],
      })
    ).id;
    frenchOffer = (
      await admin.offers.create({
        providerId: h.ids.otherProvider,
        title: "Formation des analystes de CRF",
        description: FIU,
        modalities: ["training"],
        articles: [58],
        languages: ["fr"],
      })
    ).id;
  }, 60_000);

  it("does not offer an offer limited to the African States to Bangladesh; a global one, yes", async () => {
    const m = await (await h.as("public")).match.forNeed({ needId: bgdNeed });
    expect(m.offers.map((o) => o.id)).not.toContain(openOffer);
    expect(m.offers.map((o) => o.id)).toContain(globalOffer);
    const ken = await (await h.as("public")).match.forNeed({ needId });
    expect(ken.offers.map((o) => o.id)).toEqual(expect.arrayContaining([openOffer, globalOffer]));
    expect(ken.offers.find((o) => o.id === openOffer)?.reasons).toContainEqual({
      kind: "region",
      region: "african",
    });
  });

  it("does not offer a French-only offer for needs in English of English-speaking States", async () => {
    const m = await (await h.as("public")).match.forNeed({ needId });
    expect(m.offers.map((o) => o.id)).not.toContain(frenchOffer);
  });

  it("shows a provider whose only open offer is African no needs outside Africa (forProvider, coverage)", async () => {
    const donor = await h.as("provider");
    const states = (await donor.match.forProvider({})).states.map((s) => s.state);
    expect(states).toContain("KEN");
    expect(states).not.toContain("BGD");
    const coverage = await donor.match.coverage({});
    expect(coverage.map((c) => c.state)).not.toContain("BGD");
    // The other provider has a global offer: Bangladesh is in its reach.
    const other = await (await h.as("otherProvider")).match.forProvider({});
    expect(other.states.map((s) => s.state)).toContain("BGD");
  });

  it("never matches an expert who did not consent to be listed, whoever asks", async () => {
    const admin = await h.as("admin");
    const quiet = await admin.experts.upsert({
      expert: {
        name: "Unlisted Analyst",
        languages: ["en"],
        articles: [58],
        consentToList: false,
        summary: FIU,
      },
    });
    const listed = await admin.experts.upsert({
      expert: {
        name: "Listed Analyst",
        languages: ["en"],
        articles: [58],
        consentToList: true,
        summary: FIU,
      },
    });
    const m = await admin.match.forNeed({ needId });
    expect(m.experts.map((x) => x.id)).toContain(listed.id);
    expect(m.experts.map((x) => x.id)).not.toContain(quiet.id);
  });
});

describe("partners through the API", () => {
  const TEXT = "Verification of asset declarations of senior public officials";
  let perNeed: string;
  let chileEntry: string;

  beforeAll(async () => {
    const admin = await h.as("admin");
    perNeed = (await (await h.as("otherState")).needs.create({ state: "PER", text: TEXT })).id;
    // A hub based in Thailand and an expert from Colombia: neither is a State's evidence.
    const hub = await h.db.prisma.provider.create({
      data: {
        name: "Regional anti-corruption hub",
        kind: "regional-hub",
        stateId: "THA",
        regions: [],
      },
    });
    await admin.offers.create({
      providerId: hub.id,
      title: "Asset declarations",
      description: TEXT,
      modalities: ["peer-learning"],
      southSouth: true,
    });
    await admin.experts.upsert({
      expert: {
        name: "C. Expert",
        nationality: "COL",
        languages: ["es"],
        consentToList: true,
        summary: TEXT,
      },
    });
    chileEntry = (
      await admin.expertise.create({
        state: "CHL",
        title: "Chile's asset declaration checks",
        description: TEXT,
      })
    ).id;
    const bol = await admin.needs.create({ state: "BOL", text: TEXT });
    await admin.needs.setStatus({ id: bol.id, status: "met" });
  }, 60_000);

  it("lists States by what they did, with the cited records' titles", async () => {
    const p = await (await h.as("public")).match.partners({ needId: perNeed });
    const states = p.map((s) => s.state);
    expect(states[0]).toBe("CHL");
    expect(p[0]?.reasons[0]).toMatchObject({
      kind: "published-expertise",
      expertiseId: chileEntry,
      title: "Chile's asset declaration checks",
    });
    expect(p.find((s) => s.state === "BOL")?.reasons).toContainEqual(
      expect.objectContaining({ kind: "met-same-need", concept: "asset-declaration" }),
    );
    // Nationality and a hub's seat are not evidence.
    expect(states).not.toContain("COL");
    expect(states).not.toContain("THA");
  });

  it("ranks no partner by a record the caller may not read", async () => {
    const ecu = await (
      await h.as("admin")
    ).needs.create({ state: "ECU", text: TEXT, confidentiality: "secretariat-only" });
    await (await h.as("admin")).needs.setStatus({ id: ecu.id, status: "met" });
    const pub = await (await h.as("public")).match.partners({ needId: perNeed });
    expect(pub.map((s) => s.state)).not.toContain("ECU");
    const admin = await (await h.as("admin")).match.partners({ needId: perNeed });
    expect(admin.find((s) => s.state === "ECU")?.reasons).toContainEqual(
      expect.objectContaining({ kind: "met-same-need", needId: ecu.id }),
    );
  });
});

describe("near-duplicate needs", () => {
  it("warns about a close need of the same State, and only the same State's", async () => {
    const ken = await h.as("state");
    const text =
      "Training for the financial intelligence unit on the analysis of suspicious transaction reports";
    const d = await ken.needs.duplicates({ state: "KEN", text });
    expect(d.needs.map((n) => n.id)).toContain(needId);
    expect(d.needs[0]?.similarity).toBeGreaterThanOrEqual(d.threshold);
    const other = await ken.needs.duplicates({
      state: "KEN",
      text: "Drafting a law on public procurement",
    });
    expect(other.needs).toEqual([]);
    // Peru's own check never shows Kenya's need; a focal point may not look into another State's.
    const peru = await (await h.as("otherState")).needs.duplicates({ state: "PER", text });
    expect(peru.needs.map((n) => n.id)).not.toContain(needId);
    await expect(ken.needs.duplicates({ state: "PER", text })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Saving anyway stays allowed.
    await expect(ken.needs.create({ state: "KEN", text, articles: [58] })).resolves.toMatchObject({
      state: "KEN",
    });
  });
});

describe("needs-versus-supply matrix", () => {
  it("counts a global offer in every region, and says how many offers are global", async () => {
    const m = await (await h.as("admin")).analytics.supplyMatrix({ cycle: 2 });
    const at = (region: string) => m.cells.find((c) => c.article === 58 && c.region === region);
    // Article 58 open offers: the African one, plus two global ones (the FIU clinic and the
    // French-only course: languages do not limit a region). The closed one counts nowhere.
    expect(at("african")).toMatchObject({ offers: 3, globalOffers: 2 });
    expect(at("asia-pacific")).toMatchObject({ offers: 2, globalOffers: 2 });
    expect(at("western-european-other")).toMatchObject({ offers: 2, globalOffers: 2 });
  });
});
