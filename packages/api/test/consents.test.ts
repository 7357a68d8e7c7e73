/**
 * A State's consent to share a restricted need with named providers (issue 15, deliverable 3;
 * CAC/COSP/2021 note on TA needs, para 31; docs/states.md). A named provider DOES read the need
 * through every read path (needs.list, needs.byId, search, matching, exports); an unnamed one
 * and the public do NOT; revoking (or the consent's last day passing) hides it again. On every
 * backend.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "./backends.js";
import { createHarness, outcome, type Harness, type TestRole } from "./harness.js";
import { must } from "./must.js";

type Caller = Awaited<ReturnType<Harness["as"]>>;

const MARKER = "Tamarillowisp";

/** Every read path a need can come out of, as `role`: true where the need is seen. */
async function seenThrough(h: Harness, role: TestRole, needId: string) {
  const c: Caller = await h.as(role);
  const exported = await Promise.all(
    (["csv", "json", "iati"] as const).map((format) => c.export.needs({ format })),
  );
  return {
    "needs.list": (await c.needs.list({ limit: 200 })).items.some((n) => n.id === needId),
    "needs.list q": (await c.needs.list({ q: MARKER, limit: 200 })).items.some(
      (n) => n.id === needId,
    ),
    "needs.byId": (await outcome(c.needs.byId({ id: needId }))) === "OK",
    "search.global": JSON.stringify(await c.search.global({ q: MARKER })).includes(needId),
    "match.forNeed": (await outcome(c.match.forNeed({ needId }))) === "OK",
    "match.waiting": (
      await c.match.waiting({ limit: 200, region: "latin-american-caribbean" })
    ).some((n) => n.id === needId),
    "export.needs": exported.map((e) => e.body.includes(MARKER)),
  };
}

const EVERYWHERE = {
  "needs.list": true,
  "needs.list q": true,
  "needs.byId": true,
  "search.global": true,
  "match.forNeed": true,
  "match.waiting": true,
  "export.needs": [true, true, true],
};
const NOWHERE = {
  "needs.list": false,
  "needs.list q": false,
  "needs.byId": false,
  "search.global": false,
  "match.forNeed": false,
  "match.waiting": false,
  "export.needs": [false, false, false],
};

for (const backend of backends()) {
  describe.skipIf(!backend.open)(`consents to share on ${backend.name}`, () => {
    let h: Harness;

    beforeAll(async () => {
      h = await createHarness(must(backend.open));
    }, 300_000);

    afterAll(async () => {
      await h?.close();
      await backend.cleanup();
    });

    /** A secretariat-only need of Peru (the `otherState` focal point's). */
    async function restrictedNeed() {
      return (await h.as("otherState")).needs.create({
        state: "PER",
        text: `Specialised training for prosecutors on mutual legal assistance ${MARKER}`,
        confidentiality: "secretariat-only",
      });
    }

    it("shows the need to the named provider through every read path, to no other provider nor the public, and hides it again once revoked", async () => {
      const peru = await h.as("otherState");
      const need = await restrictedNeed();
      for (const role of ["provider", "otherProvider", "public", "state"] as const)
        expect(await seenThrough(h, role, need.id), `${role} before consent`).toEqual(NOWHERE);

      const granted = await peru.consents.grant({ needId: need.id, providerIds: [h.ids.provider] });
      expect(granted).toHaveLength(1);
      expect(granted[0]).toMatchObject({
        providerId: h.ids.provider,
        provider: "Integrity Commission of Ghana",
        grantedBy: "otherState",
        expiresOn: null,
        revokedAt: null,
        active: true,
      });
      expect(await seenThrough(h, "provider", need.id), "named provider").toEqual(EVERYWHERE);
      for (const role of ["otherProvider", "public", "state"] as const)
        expect(await seenThrough(h, role, need.id), `${role} with consent`).toEqual(NOWHERE);
      // The State and the secretariat keep reading it.
      for (const role of ["otherState", "analyst"] as const)
        expect((await seenThrough(h, role, need.id))["needs.byId"], role).toBe(true);

      const revoked = await peru.consents.revoke({ id: must(granted[0]).id });
      expect(revoked[0]).toMatchObject({ revokedBy: "otherState", active: false });
      expect(must(revoked[0]).revokedAt).not.toBeNull();
      expect(await seenThrough(h, "provider", need.id), "after revocation").toEqual(NOWHERE);
      expect(await outcome(peru.consents.revoke({ id: must(granted[0]).id }))).toBe("CONFLICT");
    });

    it("ends with the consent's last day", async () => {
      const peru = await h.as("otherState");
      const need = await restrictedNeed();
      const today = new Date().toISOString().slice(0, 10);
      const [c] = await peru.consents.grant({
        needId: need.id,
        providerIds: [h.ids.provider],
        expiresOn: today,
      });
      expect(c).toMatchObject({ expiresOn: today, active: true });
      expect((await seenThrough(h, "provider", need.id))["needs.byId"]).toBe(true);
      // The day passes (moved back here: a grant cannot name a past day).
      await h.db.prisma.needShare.update({
        where: { id: must(c).id },
        data: { expiresOn: new Date(Date.now() - 86_400_000) },
      });
      expect(await seenThrough(h, "provider", need.id), "expired").toEqual(NOWHERE);
      expect((await peru.consents.list({ needId: need.id }))[0]?.active).toBe(false);
      expect(
        await outcome(
          peru.consents.grant({
            needId: need.id,
            providerIds: [h.ids.provider],
            expiresOn: "2020-01-01",
          }),
        ),
      ).toBe("BAD_REQUEST");
    });

    it("keeps every scope on record: a new grant to the same provider revokes the old one", async () => {
      const peru = await h.as("otherState");
      const need = await restrictedNeed();
      await peru.consents.grant({ needId: need.id, providerIds: [h.ids.provider] });
      const list = await peru.consents.grant({
        needId: need.id,
        providerIds: [h.ids.provider, h.ids.otherProvider],
        expiresOn: "2099-12-31",
      });
      expect(list.map((c) => [c.provider, c.active, c.expiresOn])).toEqual([
        ["Integrity Commission of Ghana", false, null],
        ["Integrity Commission of Ghana", true, "2099-12-31"],
        ["Nordic Governance Fund", true, "2099-12-31"],
      ]);
      expect((await seenThrough(h, "otherProvider", need.id))["needs.byId"]).toBe(true);
    });

    it("is the State's (and the secretariat's) to grant, list and revoke; never for a public need", async () => {
      const need = await restrictedNeed();
      const grant = { needId: need.id, providerIds: [h.ids.provider] };
      expect(await outcome((await h.as("state")).consents.grant(grant))).toBe("NOT_FOUND");
      expect(await outcome((await h.as("provider")).consents.grant(grant))).toBe("FORBIDDEN");
      expect(await outcome((await h.as("public")).consents.list({ needId: need.id }))).toBe(
        "UNAUTHORIZED",
      );
      const [c] = await (await h.as("analyst")).consents.grant(grant);
      // The provider now reads the need, but not who else may.
      expect(await outcome((await h.as("provider")).consents.list({ needId: need.id }))).toBe(
        "FORBIDDEN",
      );
      expect(await outcome((await h.as("state")).consents.revoke({ id: must(c).id }))).toBe(
        "NOT_FOUND",
      );
      const open = await (
        await h.as("otherState")
      ).needs.create({
        state: "PER",
        text: "Public need about asset recovery",
      });
      expect(
        await outcome(
          (await h.as("otherState")).consents.grant({
            needId: open.id,
            providerIds: [h.ids.provider],
          }),
        ),
      ).toBe("BAD_REQUEST");
    });

    it("opens the record, not the aggregate figures: the provider's analytics do not move", async () => {
      const provider = await h.as("provider");
      const q = { filters: { states: ["PER"] } };
      const before = JSON.stringify(await provider.analytics.figures(q));
      const need = await restrictedNeed();
      await (
        await h.as("otherState")
      ).consents.grant({
        needId: need.id,
        providerIds: [h.ids.provider],
      });
      expect(JSON.stringify(await provider.analytics.figures(q))).toBe(before);
    });
  });
}
