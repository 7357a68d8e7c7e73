import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, outcome as code, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 300_000);
afterAll(() => h?.close());

describe("closing and reopening an offer (issue 15)", () => {
  it("lets the provider reopen its closed offer, with a new version and an audit entry", async () => {
    const donor = await h.as("provider");
    const offer = await donor.offers.create({
      providerId: h.ids.provider,
      title: "Peer learning on whistle-blower hotlines",
      description: "Study visits to a whistle-blower protection agency and its hotline",
      modalities: ["peer-learning"],
      articles: [33],
    });
    expect((await donor.offers.close({ id: offer.id })).status).toBe("closed");
    expect((await donor.offers.reopen({ id: offer.id })).status).toBe("open");
    const after = await donor.offers.byId({ id: offer.id });
    expect(after.status).toBe("open");
    expect(after.version).toBe(offer.version + 2);
    const audit = await h.db.prisma.auditLog.findMany({ where: { entityId: offer.id } });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["offer.close", "offer.reopen"]),
    );
  });

  it("refuses another provider's offer (public, so FORBIDDEN) and an unknown one (NOT_FOUND)", async () => {
    const admin = await h.as("admin");
    const theirs = await admin.offers.create({
      providerId: h.ids.otherProvider,
      title: "Asset tracing course",
      description: "A course on tracing assets abroad",
      modalities: ["training"],
      articles: [52],
    });
    await admin.offers.close({ id: theirs.id });
    const donor = await h.as("provider");
    expect(await code(donor.offers.reopen({ id: theirs.id }))).toBe("FORBIDDEN");
    expect(await code(donor.offers.reopen({ id: "no-such-offer" }))).toBe("NOT_FOUND");
    expect((await admin.offers.byId({ id: theirs.id })).status).toBe("closed");
  });
});
