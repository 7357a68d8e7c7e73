/**
 * Equity views through the API (issue 13): the needs waiting longest, the waiting bonus in a
 * donor's matches, and regional programme proposals; each answer only with what the caller may
 * read. Runs on PGlite and, with TAHUB_TEST_PG_URL, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "./backends.js";
import { createHarness, ROLES, type Harness, type TestRole } from "./harness.js";
import { must } from "./must.js";

const DECLARATIONS = "Verification of asset declarations of senior public officials";
const PROCUREMENT = "An electronic public procurement platform for open tenders";
const WHISTLE = "Protection of whistle-blowers who report corruption in the civil service";

const today = () => new Date().toISOString().slice(0, 10);
const daysSince = (day: string) =>
  Math.round((Date.parse(`${today()}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);

for (const backend of backends()) {
  describe.skipIf(!backend.open)(`equity views on ${backend.name}`, () => {
    let h: Harness;
    const id: Record<string, string> = {};

    beforeAll(async () => {
      h = await createHarness(must(backend.open));
      const admin = await h.as("admin");
      const kenya = await h.as("state");
      const peru = await h.as("otherState");
      const kenNeed = async (key: string, text: string, identifiedOn: string) =>
        (id[key] = (await kenya.needs.create({ state: "KEN", text, identifiedOn })).id);
      await kenNeed("old", DECLARATIONS, "2024-01-10");
      await kenNeed("newer", `${DECLARATIONS} and their families`, "2025-06-01");
      await kenNeed("engaged", `${DECLARATIONS} in the judiciary`, "2023-01-01");
      await kenNeed("unrelatedOld", PROCUREMENT, "2015-01-01");
      // Peru's restricted needs are older than all of Kenya's: first in line for their readers.
      id.secret = (
        await peru.needs.create({
          state: "PER",
          text: `Zircon: ${DECLARATIONS}`,
          identifiedOn: "2022-01-01",
          confidentiality: "secretariat-only",
        })
      ).id;
      id.donors = (
        await peru.needs.create({
          state: "PER",
          text: `Basalt: ${DECLARATIONS}`,
          identifiedOn: "2022-02-01",
          confidentiality: "donors-secretariat",
        })
      ).id;
      id.offer = (
        await admin.offers.create({
          providerId: h.ids.provider,
          title: "Asset declaration verification clinic",
          description: `Hands-on training on the ${DECLARATIONS.toLowerCase()}`,
          modalities: ["training"],
          regions: ["african"],
        })
      ).id;
      await admin.engagements.create({ needId: must(id.engaged), providerId: h.ids.otherProvider });
    }, 300_000);

    afterAll(async () => {
      await h?.close();
      await backend.cleanup();
    });

    const waitingIds = async (role: TestRole, input = {}) =>
      (await (await h.as(role)).match.waiting(input)).map((w) => w.id);

    it("lists open needs without engagement oldest first, with days waited and offers that could serve them", async () => {
      const w = await (await h.as("admin")).match.waiting({ region: "african" });
      // The engaged need (2023) is supported, so not waiting; the rest by identification day.
      expect(w.map((x) => x.id)).toEqual([id.unrelatedOld, id.old, id.newer]);
      const old = must(w[1]);
      expect(old).toMatchObject({ state: "KEN", region: "african", waitingSince: "2024-01-10" });
      expect(old.days).toBe(daysSince("2024-01-10"));
      // The African asset-declaration offer serves both declaration needs, not procurement.
      expect(w.map((x) => x.offers)).toEqual([0, 1, 1]);
    });

    it("shows a restricted need of another State only to its State and the secretariat", async () => {
      const seen = Object.fromEntries(
        await Promise.all(ROLES.map(async (r) => [r, await waitingIds(r)] as const)),
      );
      const readers = (needId: string) =>
        ROLES.filter((r) => (seen[r] as string[]).includes(needId)).sort();
      expect(readers(must(id.secret))).toEqual(["admin", "analyst", "otherState"]);
      expect(readers(must(id.donors))).toEqual(
        ["admin", "analyst", "otherProvider", "otherState", "provider"].sort(),
      );
      // Everyone sees the public needs, in the same order.
      for (const r of ROLES)
        expect((seen[r] as string[]).indexOf(must(id.old))).toBeGreaterThan(-1);
      // By identification day: Kenya's 2015 need, then Peru's two of 2022, before the rest.
      expect((seen.admin as string[]).slice(0, 3)).toEqual([id.unrelatedOld, id.secret, id.donors]);
    });

    it("ranks a donor's related needs by waiting time, within the cap, and never lifts an unrelated one", async () => {
      const donor = await h.as("provider");
      const m = await donor.match.forProvider({});
      const order = m.needs.map((n) => n.id);
      const at = (needId: string) => must(m.needs.find((n) => n.id === needId));
      // Two declaration needs of Kenya, alike; the one waiting since 2024 ranks first, with the
      // waiting reason; the procurement need waiting since 2015 stays below both.
      expect(order.indexOf(must(id.old))).toBeLessThan(order.indexOf(must(id.newer)));
      expect(at(must(id.old)).reasons).toContainEqual({
        kind: "waiting",
        days: daysSince("2024-01-10"),
      });
      const unrelated = order.indexOf(must(id.unrelatedOld));
      if (unrelated >= 0) expect(unrelated).toBeGreaterThan(order.indexOf(must(id.newer)));
      // Capped: a year's wait or more multiplies the evidence by 1.15 at most.
      expect(at(must(id.old)).rawScore).toBeLessThanOrEqual(
        at(must(id.newer)).rawScore * 1.15 + 1e-3,
      );
    });

    it("proposes a regional programme from three States of a region on one concept, not two", async () => {
      const admin = await h.as("admin");
      const programmes = async (input = {}) =>
        (await admin.match.regionalProgrammes(input)).filter(
          (p) => p.concept === "whistle-blower-protection",
        );
      const add = (state: string) => admin.needs.create({ state, text: WHISTLE });
      await add("KEN");
      await add("UGA");
      // A third State, but in another regional group: still two African States.
      await add("PER");
      expect(await programmes()).toEqual([]);
      await add("GHA");
      const [p, ...rest] = await programmes();
      expect(rest).toEqual([]);
      expect(p).toMatchObject({ region: "african", stateCount: 3, needCount: 3 });
      expect(must(p).states.map((s) => s.state)).toEqual(["GHA", "KEN", "UGA"]);
      expect(must(p).labels.fr).not.toBe("");
      expect(await programmes({ region: "latin-american-caribbean" })).toEqual([]);
      expect(await programmes({ minStates: 4 })).toEqual([]);
    });

    it("names as candidate providers the open offers on the concept that reach the region", async () => {
      const admin = await h.as("admin");
      const offer = (title: string, regions: string[], providerId = h.ids.otherProvider) =>
        admin.offers.create({
          providerId,
          title,
          description: `Mentoring on the ${WHISTLE.toLowerCase()}`,
          modalities: ["mentoring"],
          regions: regions as never,
        });
      const african = await offer("Whistle-blower units in Africa", ["african"]);
      const asian = await offer("Whistle-blower units in Asia", ["asia-pacific"]);
      const closed = await offer("Whistle-blower units, closed", []);
      await admin.offers.close({ id: closed.id });
      const [p] = (await admin.match.regionalProgrammes({})).filter(
        (x) => x.concept === "whistle-blower-protection",
      );
      const offers = must(p).providers.flatMap((x) => x.offers.map((o) => o.id));
      expect(offers).toContain(african.id);
      expect(offers).not.toContain(asian.id);
      expect(offers).not.toContain(closed.id);
      expect(must(p).providers.find((x) => x.providerId === h.ids.otherProvider)?.provider).toBe(
        "Nordic Governance Fund",
      );
    });

    it("keeps regional programmes to the secretariat", async () => {
      for (const r of ["public", "state", "provider"] as const)
        await expect((await h.as(r)).match.regionalProgrammes({})).rejects.toMatchObject({
          code: expect.stringMatching(/UNAUTHORIZED|FORBIDDEN/),
        });
    });
  });
}
