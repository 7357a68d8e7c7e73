/**
 * Expert entries without consent (issue 15: "Adding an expert without ticking consent leaves a
 * record that nobody can open or fix"): the provider that added the entry and the secretariat
 * find it (experts.list mine/unlisted), open it and fix it; to everyone else it stays unlisted,
 * and only they see the expert's address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expertCv, outcome, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 300_000);
afterAll(() => h?.close());

/** To every role but its provider and the secretariat, the entry cannot be opened, found or changed. */
async function expectHiddenFromOthers(
  savedId: string,
  listedId: string,
  version: number,
  cv: ReturnType<typeof expertCv> & { email: string },
) {
  // Nobody else opens, finds or changes it.
  for (const role of ["public", "state", "otherState", "otherProvider"] as const) {
    const other = await h.as(role);
    expect(await outcome(other.experts.byId({ id: savedId })), role).toBe("NOT_FOUND");
    expect(
      (await other.experts.list({ unlisted: true })).items.map((e) => e.id),
      role,
    ).not.toContain(savedId);
    expect(
      (await other.experts.list({ mine: true })).items.map((e) => e.id),
      role,
    ).toEqual(role === "otherProvider" ? [listedId] : []);
  }
  expect(
    await outcome(
      (await h.as("otherProvider")).experts.upsert({
        id: savedId,
        version,
        expert: cv,
      }),
    ),
  ).toBe("NOT_FOUND");
}

describe("an expert entry saved without consent", () => {
  it("is found, opened and fixed by its provider and the secretariat, and stays unlisted to others", async () => {
    // A listed entry of another provider, which no one else keeps.
    const listed = await (
      await h.as("otherProvider")
    ).experts.upsert({ expert: expertCv("Listed Elsewhere", true) });
    const donor = await h.as("provider");
    const cv = { ...expertCv("Unticked Expert", false), email: "unticked@roster.test" };
    const saved = await donor.experts.upsert({ expert: cv });
    expect(saved).toMatchObject({ consentToList: false, mayEdit: true });

    // Its provider finds it among the entries it keeps, and among the unlisted ones.
    const mine = await donor.experts.list({ mine: true });
    expect(mine.items.map((e) => e.id)).toContain(saved.id);
    const unlisted = await donor.experts.list({ mine: true, unlisted: true });
    expect(unlisted.items.map((e) => e.id)).toEqual([saved.id]);
    expect(await donor.experts.byId({ id: saved.id })).toMatchObject({
      mayEdit: true,
      email: "unticked@roster.test",
    });

    // The secretariat too, and it may fix the entry.
    const analyst = await h.as("analyst");
    expect((await analyst.experts.list({ unlisted: true })).items.map((e) => e.id)).toContain(
      saved.id,
    );
    const byAnalyst = await analyst.experts.byId({ id: saved.id });
    expect(byAnalyst.mayEdit).toBe(true);
    const renamed = await analyst.experts.upsert({
      id: saved.id,
      version: byAnalyst.version,
      expert: { ...cv, name: "Unticked Expert (checked)" },
    });
    expect(renamed.name).toBe("Unticked Expert (checked)");

    await expectHiddenFromOthers(saved.id, listed.id, renamed.version, cv);

    // The provider records the consent: the entry is listed, without its address for others.
    const fixed = await donor.experts.upsert({
      id: saved.id,
      version: renamed.version,
      expert: { ...cv, consentToList: true },
    });
    expect(fixed.consentToList).toBe(true);
    const seenByOther = await (await h.as("otherProvider")).experts.byId({ id: saved.id });
    expect(seenByOther).toMatchObject({ mayEdit: false, email: null });
    expect(await (await h.as("public")).experts.byId({ id: saved.id })).toMatchObject({
      mayEdit: false,
      email: null,
    });
  });
});
