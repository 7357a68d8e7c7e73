/**
 * States' other records (issue 15, deliverable 3; docs/states.md; split from
 * state-actions.test.ts): the assistance a State received and its evaluation, and the experts
 * it recommends, whose contact stays the secretariat's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, outcome, type Harness } from "./harness.js";
import { must } from "./must.js";

const TRAINING =
  "Training of investigators of the anti-corruption commission on financial investigations";

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
}, 300_000);

afterAll(() => h?.close());

async function kenyanNeed(text = TRAINING, confidentiality = "public" as const) {
  return (await h.as("state")).needs.create({ state: "KEN", text, confidentiality });
}

describe("a State records assistance it received and evaluates it (2021 questionnaire, Q9 and Q11)", () => {
  it("tied to one of its needs or not, from a TA Hub provider or one named; the secretariat sees all, other States and providers none", async () => {
    const kenya = await h.as("state");
    const need = await kenyanNeed();
    const tied = await kenya.assistance.record({
      state: "KEN",
      needId: need.id,
      providerId: h.ids.provider,
      periodFrom: "2024-01-01",
      periodTo: "2024-06-30",
      description: "Six-month mentoring of the commission's investigators",
      articles: [6, 36],
      evaluation: { relevance: { score: 4, note: "Exactly what we asked" }, impact: { score: 3 } },
    });
    expect(tied).toMatchObject({
      needId: need.id,
      provider: "Integrity Commission of Ghana",
      periodFrom: "2024-01-01",
      evaluation: { relevance: { score: 4, note: "Exactly what we asked" }, impact: { score: 3 } },
      recordedBy: "state",
    });
    // Q9: support that matched no identified need, from a provider outside TA Hub.
    const untied = await kenya.assistance.record({
      state: "KEN",
      providerName: "A university partnership",
      description: "Software for the asset declaration register",
    });
    expect(untied).toMatchObject({
      needId: null,
      provider: "A university partnership",
      evaluation: null,
    });
    const evaluated = await kenya.assistance.evaluate({
      id: untied.id,
      evaluation: { sustainability: { score: 1, note: "Licence expired" } },
    });
    expect(evaluated.evaluation).toEqual({ sustainability: { score: 1, note: "Licence expired" } });

    expect((await kenya.assistance.list({})).map((a) => a.id)).toEqual(
      expect.arrayContaining([tied.id, untied.id]),
    );
    expect(
      (await (await h.as("analyst")).assistance.list({ state: "KEN" })).map((a) => a.id),
    ).toEqual(expect.arrayContaining([tied.id, untied.id]));
    const peru = await h.as("otherState");
    expect((await peru.assistance.list({})).map((a) => a.id)).not.toContain(tied.id);
    expect(await outcome(peru.assistance.list({ state: "KEN" }))).toBe("FORBIDDEN");
    expect(
      await outcome(
        peru.assistance.evaluate({ id: tied.id, evaluation: { impact: { score: 1 } } }),
      ),
    ).toBe("NOT_FOUND");
    expect(await outcome((await h.as("provider")).assistance.list({}))).toBe("FORBIDDEN");
  });

  it("uses the engagements' 1-4 scale, refuses another State's need and names exactly one provider", async () => {
    const kenya = await h.as("state");
    const base = { state: "KEN", providerName: "Someone", description: "Help received" };
    expect(
      await outcome(kenya.assistance.record({ ...base, evaluation: { impact: { score: 5 } } })),
    ).toBe("BAD_REQUEST");
    expect(await outcome(kenya.assistance.record({ ...base, evaluation: {} }))).toBe("BAD_REQUEST");
    expect(await outcome(kenya.assistance.record({ ...base, providerId: h.ids.provider }))).toBe(
      "BAD_REQUEST",
    );
    const peruNeed = await (
      await h.as("otherState")
    ).needs.create({ state: "PER", text: TRAINING });
    expect(await outcome(kenya.assistance.record({ ...base, needId: peruNeed.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await outcome(kenya.assistance.record({ ...base, state: "PER" }))).toBe("FORBIDDEN");
  });
});

describe("a State recommends experts (2009 working-group report, para 25)", () => {
  it("a new person: the contact is the secretariat's only; added to the directory, listed only with consent", async () => {
    const kenya = await h.as("state");
    const analyst = await h.as("analyst");
    const r = await kenya.recommendations.create({
      state: "KEN",
      person: {
        name: "Wanjiru Mwangi",
        areas: ["financial investigations"],
        articles: [31, 52],
        languages: ["en", "fr"],
        nationality: "KEN",
        contact: "w.mwangi@example.org",
      },
      reason: "Led our asset tracing unit for ten years",
    });
    expect(r).toMatchObject({ status: "pending", contact: null, name: "Wanjiru Mwangi" });
    expect((await kenya.recommendations.list({}))[0]?.contact).toBeNull();
    const seen = (await analyst.recommendations.list({ status: "pending" })).find(
      (x) => x.id === r.id,
    );
    expect(seen?.contact).toBe("w.mwangi@example.org");
    expect(await outcome((await h.as("otherState")).recommendations.list({}))).toBe("OK");
    expect(
      (await (await h.as("otherState")).recommendations.list({})).map((x) => x.id),
    ).not.toContain(r.id);

    // Without consent, the entry exists for the secretariat only.
    const added = await analyst.recommendations.addToDirectory({ id: r.id, consentToList: false });
    expect(added.status).toBe("added");
    const entry = must(added.expertId);
    expect(await outcome((await h.as("public")).experts.byId({ id: entry }))).toBe("NOT_FOUND");
    expect(await outcome((await h.as("provider")).experts.byId({ id: entry }))).toBe("NOT_FOUND");
    expect((await analyst.experts.byId({ id: entry })).name).toBe("Wanjiru Mwangi");
    // Kenya is not told the name of an entry that is not listed.
    expect(
      (await kenya.recommendations.list({})).find((x) => x.id === r.id)?.expertName,
    ).toBeNull();
    expect(
      await outcome(analyst.recommendations.addToDirectory({ id: r.id, consentToList: true })),
    ).toBe("CONFLICT");
  });

  it("with the person's consent the new entry is listed; an existing entry is recommended with a reason", async () => {
    const kenya = await h.as("state");
    const analyst = await h.as("analyst");
    const r = await kenya.recommendations.create({
      state: "KEN",
      person: { name: "Juan Pérez", areas: ["procurement"] },
      reason: "Audited our procurement authority",
    });
    const added = await analyst.recommendations.addToDirectory({ id: r.id, consentToList: true });
    const listed = await (await h.as("public")).experts.byId({ id: must(added.expertId) });
    expect(listed.name).toBe("Juan Pérez");
    const existing = await kenya.recommendations.create({
      state: "KEN",
      expertId: must(added.expertId),
      reason: "Also very good on e-procurement",
    });
    expect(existing).toMatchObject({
      expertId: added.expertId,
      expertName: "Juan Pérez",
      name: null,
    });
    // An entry nobody may see is answered as missing; both or neither is refused.
    expect(
      await outcome(
        kenya.recommendations.create({ state: "KEN", expertId: "nope", reason: "x".repeat(5) }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await outcome(kenya.recommendations.create({ state: "KEN", reason: "nobody named" })),
    ).toBe("BAD_REQUEST");
    // The secretariat may set a recommendation aside; the State sees it, and it is final.
    const other = await kenya.recommendations.create({
      state: "KEN",
      person: { name: "Someone Else" },
      reason: "Worth a look",
    });
    expect(await outcome(kenya.recommendations.dismiss({ id: other.id }))).toBe("FORBIDDEN");
    expect((await analyst.recommendations.dismiss({ id: other.id })).status).toBe("dismissed");
    expect((await kenya.recommendations.list({ status: "dismissed" })).map((x) => x.id)).toEqual([
      other.id,
    ]);
    expect(
      await outcome(analyst.recommendations.addToDirectory({ id: other.id, consentToList: true })),
    ).toBe("CONFLICT");
    // A recommendation of an existing entry is not turned into a second entry.
    expect(
      await outcome(
        analyst.recommendations.addToDirectory({ id: existing.id, consentToList: true }),
      ),
    ).toBe("CONFLICT");
  });
});
