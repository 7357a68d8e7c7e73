/**
 * An expert's entry is changed only by the provider that added it, or by the secretariat
 * (issue 12, H3: any provider could rewrite any expert, consent included).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expertCv, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 300_000);
afterAll(() => h?.close());

const cv = (name: string, consentToList: boolean) => expertCv(name, consentToList);

describe("who may change an expert's entry", () => {
  it("lets the provider that added it change it, and nobody else but the secretariat", async () => {
    const provider = await h.as("provider");
    const mine = await provider.experts.upsert({ expert: cv("Aster Vale", false) });
    // Its own provider may change it.
    const changed = await provider.experts.upsert({
      id: mine.id,
      version: mine.version,
      expert: cv("Aster Vale", true),
    });
    expect(changed.consentToList).toBe(true);

    // Another provider gets NOT_FOUND, as for a missing entry, and the entry is unchanged.
    const other = await h.as("otherProvider");
    await expect(
      other.experts.upsert({
        id: mine.id,
        version: changed.version,
        expert: cv("Overwritten", false),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      other.experts.upsert({
        id: "no-such-expert",
        version: 1,
        expert: cv("Xavier Nobody", false),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const analyst = await h.as("analyst");
    expect((await analyst.experts.byId({ id: mine.id })).name).toBe("Aster Vale");

    // An entry the secretariat added is the secretariat's: no provider may switch its consent on.
    const secretariats = await analyst.experts.upsert({ expert: cv("Birch Holm", false) });
    await expect(
      provider.experts.upsert({
        id: secretariats.id,
        version: secretariats.version,
        expert: cv("Birch Holm", true),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const fixed = await analyst.experts.upsert({
      id: mine.id,
      version: changed.version,
      expert: cv("Aster Vale", false),
    });
    expect(fixed.consentToList).toBe(false);
  });
});

describe("contact details", () => {
  it("go to signed-in providers, the secretariat and the publisher, never to anonymous callers", async () => {
    const kenya = await h.as("state");
    const entry = await kenya.expertise.create({
      state: "KEN",
      title: "Online asset declarations",
      description: "How we built and run an online asset declaration system",
      contact: "declarations-desk@example.org",
    });
    const contactAs = async (role: Parameters<Harness["as"]>[0]) => {
      const c = await h.as(role);
      const one = (await c.expertise.byId({ id: entry.id })).contact;
      const listed = (await c.expertise.list({ q: "Online asset declarations" })).items.find(
        (e) => e.id === entry.id,
      )?.contact;
      return [one, listed];
    };
    expect(await contactAs("public")).toEqual([null, null]);
    expect(await contactAs("otherState")).toEqual([null, null]);
    for (const role of ["provider", "analyst", "state"] as const)
      expect(await contactAs(role)).toEqual([
        "declarations-desk@example.org",
        "declarations-desk@example.org",
      ]);
    const expert = await (
      await h.as("analyst")
    ).experts.upsert({
      expert: { ...cv("Cedar Lind", true), email: "cedar@example.org" },
    });
    expect((await (await h.as("public")).experts.byId({ id: expert.id })).email).toBeNull();
    expect((await (await h.as("otherState")).experts.byId({ id: expert.id })).email).toBeNull();
    // An expert's address goes only to the provider that keeps the entry and the secretariat
    // (issue 15: other providers write to the expert through the platform, never by address).
    expect((await (await h.as("provider")).experts.byId({ id: expert.id })).email).toBeNull();
    expect((await (await h.as("analyst")).experts.byId({ id: expert.id })).email).toBe(
      "cedar@example.org",
    );
    const own = await (
      await h.as("provider")
    ).experts.upsert({ expert: { ...cv("Birch Onu", true), email: "birch@example.org" } });
    expect((await (await h.as("provider")).experts.byId({ id: own.id })).email).toBe(
      "birch@example.org",
    );
  });
});

describe("the roster is no existence oracle", () => {
  it("lets two providers each list a person by the same e-mail: neither learns the other has", async () => {
    const email = "same.person@example.org";
    const a = await (
      await h.as("provider")
    ).experts.upsert({ expert: { ...cv("Dana Roe", false), email } });
    const b = await (
      await h.as("otherProvider")
    ).experts.upsert({ expert: { ...cv("Dana Roe", true), email } });
    expect(a.id).not.toBe(b.id);
    // Within one provider's own list the e-mail stays unique.
    await expect(
      (await h.as("provider")).experts.upsert({ expert: { ...cv("Dana R.", false), email } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("consent to be listed", () => {
  it("records who switched it and when", async () => {
    const donor = await h.as("provider");
    const made = await donor.experts.upsert({ expert: cv("Eli Moss", false) });
    const row = () =>
      h.db.prisma.expert.findUniqueOrThrow({
        where: { id: made.id },
        select: { consentRecordedById: true, consentRecordedAt: true, version: true },
      });
    expect((await row()).consentRecordedById).toBeNull();
    await donor.experts.upsert({
      id: made.id,
      version: (await row()).version,
      expert: cv("Eli Moss", true),
    });
    const after = await row();
    expect(after.consentRecordedById).toBe(h.ids.users.provider);
    expect(after.consentRecordedAt).toBeInstanceOf(Date);
  });
});

describe("the directory's geographic balance (issue 15; 2009 working-group report, para 24)", () => {
  it("filters experts by nationality and by the regional group of their nationality", async () => {
    const analyst = await h.as("analyst");
    const add = (name: string, nationality: string, listed = true) =>
      analyst.experts.upsert({ expert: { ...cv(name, listed), nationality } });
    await add("Kamau Njeri", "KEN");
    await add("Wanjiru Otieno", "KEN");
    await add("Lucía Quispe", "PER");
    await add("Hidden Person", "KEN", false);
    const pub = await h.as("public");
    const names = async (input: Parameters<typeof pub.experts.list>[0]) =>
      (await pub.experts.list(input)).items.map((e) => e.name).sort();
    expect(await names({ nationality: "KEN" })).toEqual(["Kamau Njeri", "Wanjiru Otieno"]);
    expect(await names({ region: "latin-american-caribbean" })).toEqual(["Lucía Quispe"]);
    expect(await names({ region: "eastern-european" })).toEqual([]);
  });

  it("counts the listed experts the caller may see per regional group and nationality", async () => {
    const balance = await (await h.as("public")).experts.balance();
    // The expert who did not consent is not counted for the public.
    expect(balance.byNationality.find((n) => n.nationality === "KEN")?.experts).toBe(2);
    expect(balance.byRegion["latin-american-caribbean"]).toBe(1);
    expect(Object.values(balance.byRegion).reduce((a, b) => a + b, 0)).toBe(balance.total);
    const secretariat = await (await h.as("analyst")).experts.balance();
    expect(secretariat.byNationality.find((n) => n.nationality === "KEN")?.experts).toBe(3);
  });
});
