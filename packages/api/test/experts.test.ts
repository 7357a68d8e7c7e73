/**
 * An expert's entry is changed only by the provider that added it, or by the secretariat
 * (issue 12, H3: any provider could rewrite any expert, consent included).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 120_000);
afterAll(() => h?.close());

const cv = (name: string, consentToList: boolean) => ({
  name,
  summary: "Procurement auditor",
  languages: ["en"],
  articles: [9],
  areas: ["procurement"],
  education: [],
  employment: [],
  assignments: [],
  publications: [],
  availability: {},
  consentToList,
});

describe("who may change an expert's entry", () => {
  it("lets the provider that added it change it, and nobody else but the secretariat", async () => {
    const provider = await h.as("provider");
    const mine = await provider.experts.upsert({ expert: cv("Aster Vale", false) });
    // Its own provider may change it.
    const changed = await provider.experts.upsert({
      id: mine.id,
      expert: cv("Aster Vale", true),
    });
    expect(changed.consentToList).toBe(true);

    // Another provider gets NOT_FOUND, as for a missing entry, and the entry is unchanged.
    const other = await h.as("otherProvider");
    await expect(
      other.experts.upsert({ id: mine.id, expert: cv("Overwritten", false) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      other.experts.upsert({ id: "no-such-expert", expert: cv("Xavier Nobody", false) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const analyst = await h.as("analyst");
    expect((await analyst.experts.byId({ id: mine.id })).name).toBe("Aster Vale");

    // An entry the secretariat added is the secretariat's: no provider may switch its consent on.
    const secretariats = await analyst.experts.upsert({ expert: cv("Birch Holm", false) });
    await expect(
      provider.experts.upsert({ id: secretariats.id, expert: cv("Birch Holm", true) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const fixed = await analyst.experts.upsert({
      id: mine.id,
      expert: cv("Aster Vale", false),
    });
    expect(fixed.consentToList).toBe(false);
  });
});
