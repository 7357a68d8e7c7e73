/**
 * An offer's terms (issue 15, deliverable 4): gender-responsive flag, provider type, budget range
 * and currency, duration. Stored and returned, filtered on, checked on the way in, exported.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, outcome, type Harness } from "./harness.js";
import { must } from "./must.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 300_000);
afterAll(() => h?.close());

const base = (providerId: string, title: string) => ({
  providerId,
  title,
  description: "Mentoring of procurement auditors on red flags",
  modalities: ["mentoring" as const],
  articles: [9],
});

describe("offer terms", () => {
  it("stores the terms and gives a provider type from the provider's kind when none is said", async () => {
    const donor = await h.as("provider");
    // The test provider is a State's agency: bilateral by default.
    const o = await donor.offers.create({
      ...base(h.ids.provider, "Mentoring for auditors"),
      genderResponsive: true,
      budget: { min: 20_000, max: 60_000, currency: "eur" },
      durationMonths: 18,
    });
    expect(o).toMatchObject({
      genderResponsive: true,
      providerType: "bilateral",
      budgetMin: 20_000,
      budgetMax: 60_000,
      currency: "EUR",
      durationMonths: 18,
    });
    const updated = await donor.offers.update({
      id: o.id,
      version: o.version,
      offer: { ...base(h.ids.provider, "Mentoring for auditors"), providerType: "regional" },
    });
    expect(updated).toMatchObject({
      genderResponsive: false,
      providerType: "regional",
      budgetMin: null,
      budgetMax: null,
      currency: null,
      durationMonths: null,
    });
  });

  it("filters offers.list by gender-responsiveness and provider type", async () => {
    const admin = await h.as("admin");
    const g = await admin.offers.create({
      ...base(h.ids.otherProvider, "Gender and integrity"),
      genderResponsive: true,
      providerType: "global",
    });
    const n = await admin.offers.create({
      ...base(h.ids.otherProvider, "Integrity only"),
      providerType: "multilateral",
    });
    const pub = await h.as("public");
    const ids = async (input: object) =>
      (await pub.offers.list({ providerId: h.ids.otherProvider, ...input })).items.map((o) => o.id);
    expect(await ids({ genderResponsive: true })).toEqual([g.id]);
    expect(await ids({ genderResponsive: false })).toEqual([n.id]);
    expect(await ids({ providerType: "multilateral" })).toEqual([n.id]);
    expect(await ids({ providerType: "global", genderResponsive: true })).toEqual([g.id]);
    expect(await ids({ providerType: "bilateral" })).toEqual([]);
  });

  it("refuses a currency that is not ISO 4217, a budget whose upper end is below its lower end, and a budget without currency", async () => {
    const donor = await h.as("provider");
    const bad = async (extra: object) =>
      outcome(donor.offers.create({ ...base(h.ids.provider, "Bad budget"), ...extra }));
    expect(await bad({ budget: { min: 1, max: 2, currency: "XYZ" } })).toBe("BAD_REQUEST");
    expect(await bad({ budget: { min: 1, max: 2, currency: "EURO" } })).toBe("BAD_REQUEST");
    expect(await bad({ budget: { min: 10, max: 2, currency: "USD" } })).toBe("BAD_REQUEST");
    expect(await bad({ budget: { min: 10 } })).toBe("BAD_REQUEST");
    expect(await bad({ durationMonths: 0 })).toBe("BAD_REQUEST");
    expect(await bad({ providerType: "unilateral" })).toBe("BAD_REQUEST");
    expect(await bad({ budget: { max: 5_000, currency: "KES" } })).toBe("OK");
  });

  it("exports the terms in CSV, JSON and IATI (policy marker, scope, collaboration type, budget)", async () => {
    const admin = await h.as("admin");
    const o = await admin.offers.create({
      ...base(h.ids.provider, "Exported terms"),
      period: { from: "2025-01-01" },
      genderResponsive: true,
      providerType: "bilateral",
      budget: { min: 100_000, max: 250_000, currency: "USD" },
      durationMonths: 12,
    });
    const csv = (await admin.export.offers({ format: "csv" })).body;
    const header = must(csv.split(/\r?\n/)[0]).split(",");
    const row = must(csv.split(/\r?\n/).find((l) => l.startsWith(o.id)));
    const cell = (name: string) => row.split(",")[header.indexOf(name)];
    expect(cell("genderResponsive")).toBe("true");
    expect(cell("providerType")).toBe("bilateral");
    expect(cell("budgetMax")).toBe("250000");
    expect(cell("currency")).toBe("USD");
    expect(cell("durationMonths")).toBe("12");
    const json = JSON.parse((await admin.export.offers({ format: "json" })).body) as {
      id: string;
    }[];
    expect(json.find((r) => r.id === o.id)).toMatchObject({
      budgetMin: 100_000,
      budgetMax: 250_000,
      currency: "USD",
      providerType: "bilateral",
    });
    const xml = (await admin.export.offers({ format: "iati" })).body;
    const activity = xml.slice(xml.indexOf(`OFFER-${o.id}`));
    const one = activity.slice(0, activity.indexOf("</iati-activity>"));
    expect(one).toContain(`<policy-marker vocabulary="1" code="1" significance="1"/>`);
    expect(one).toContain(`<collaboration-type code="1"/>`);
    expect(one).toContain(
      `<budget type="1" status="1"><period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/><value currency="USD" value-date="2025-01-01">250000</value></budget>`,
    );
    // The schema's order: policy-marker after the tags, collaboration-type, then budget.
    expect(one.indexOf("<policy-marker")).toBeGreaterThan(one.lastIndexOf("<tag"));
    expect(one.indexOf("<budget")).toBeGreaterThan(one.indexOf("<collaboration-type"));
  });
});
