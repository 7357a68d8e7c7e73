/**
 * User and role management and the audit-log viewer (issue 15, deliverable 6): the admin lists,
 * creates, re-roles, disables and enables users; every change is in the audit log, which the
 * admin filters by actor, entity, action and day; the last active admin stays.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, outcome, type Harness } from "./harness.js";
import { must } from "./must.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 300_000);
afterAll(() => h?.close());

const today = () => new Date().toISOString().slice(0, 10);

describe("user management", () => {
  it("creates a focal point, changes its role, disables and enables it, each change audited", async () => {
    const admin = await h.as("admin");
    const u = await admin.admin.createUser({
      email: "New.Focal@Test.org",
      name: "New focal point",
      membership: { role: "state", state: "ken" },
      password: "a long enough password",
    });
    expect(u).toMatchObject({
      email: "new.focal@test.org",
      role: "state",
      state: "KEN",
      disabled: false,
    });
    expect(
      (await admin.admin.users({ role: "state", state: "KEN" })).items.map((x) => x.id),
    ).toContain(u.id);
    expect((await admin.admin.users({ q: "new focal" })).items.map((x) => x.id)).toEqual([u.id]);

    const p = await admin.admin.setRole({
      userId: u.id,
      membership: { role: "provider", providerId: h.ids.provider },
    });
    expect(p).toMatchObject({
      role: "provider",
      state: null,
      providerName: "Integrity Commission of Ghana",
    });
    expect((await admin.admin.setDisabled({ userId: u.id, disabled: true })).disabled).toBe(true);
    expect((await admin.admin.setDisabled({ userId: u.id, disabled: false })).disabled).toBe(false);

    const log = await admin.audit.list({ filters: { entity: "User", entityId: u.id } });
    expect(log.items.map((a) => a.action)).toEqual([
      "user.enable",
      "user.disable",
      "user.role",
      "user.create",
    ]);
    expect(log.items[2]).toMatchObject({
      actor: "admin@test.org",
      before: { role: "state", stateId: "KEN", providerId: null },
      after: { role: "provider", stateId: null, providerId: h.ids.provider },
    });
  });

  it("refuses a role without its State or provider, a taken address and an unknown provider", async () => {
    const admin = await h.as("admin");
    const bad = (membership: object, email = "x@test.org") =>
      outcome(admin.admin.createUser({ email, name: "X", membership } as never));
    expect(await bad({ role: "state" })).toBe("BAD_REQUEST");
    expect(await bad({ role: "provider" })).toBe("BAD_REQUEST");
    expect(await bad({ role: "analyst", state: "KEN" })).toBe("BAD_REQUEST");
    expect(await bad({ role: "provider", providerId: "no-such-provider" })).toBe("BAD_REQUEST");
    expect(await bad({ role: "analyst" }, "analyst@test.org")).toBe("CONFLICT");
  });

  it("signs a disabled user out at once", async () => {
    const admin = await h.as("admin");
    const id = h.ids.users.otherProvider;
    await h.as("otherProvider", true); // a session open
    expect(await h.db.prisma.session.count({ where: { userId: id } })).toBeGreaterThan(0);
    await admin.admin.setDisabled({ userId: id, disabled: true });
    expect(await h.db.prisma.session.count({ where: { userId: id } })).toBe(0);
    expect(await outcome(h.as("otherProvider", true))).toBe("UNAUTHORIZED");
    await admin.admin.setDisabled({ userId: id, disabled: false });
    expect(await outcome(h.as("otherProvider", true))).toBe("OK");
  });

  it("never leaves the platform without an active admin", async () => {
    const admin = await h.as("admin");
    const me = h.ids.users.admin;
    expect(
      await outcome(admin.admin.setRole({ userId: me, membership: { role: "analyst" } })),
    ).toBe("CONFLICT");
    expect(await outcome(admin.admin.setDisabled({ userId: me, disabled: true }))).toBe("CONFLICT");
    // With a second admin, the first may step down; the second then cannot.
    const second = await admin.admin.createUser({
      email: "second.admin@test.org",
      name: "Second admin",
      membership: { role: "admin" },
    });
    await admin.admin.setRole({ userId: me, membership: { role: "analyst" } });
    const rows = await h.db.prisma.membership.findMany({ where: { role: "admin" } });
    expect(rows.map((r) => r.userId)).toEqual([second.id]);
    await h.db.prisma.membership.updateMany({ where: { userId: me }, data: { role: "admin" } });
    expect(await outcome(admin.admin.setDisabled({ userId: second.id, disabled: true }))).toBe(
      "OK",
    );
    expect(await outcome(admin.admin.setDisabled({ userId: me, disabled: true }))).toBe("CONFLICT");
  });

  it("is the admin's alone", async () => {
    for (const role of ["analyst", "state", "provider"] as const) {
      const c = await h.as(role);
      expect(await outcome(c.admin.users({})), role).toBe("FORBIDDEN");
      expect(await outcome(c.audit.list({})), role).toBe("FORBIDDEN");
      expect(
        await outcome(c.admin.setDisabled({ userId: h.ids.users.admin, disabled: true })),
        role,
      ).toBe("FORBIDDEN");
    }
  });
});

describe("the audit-log viewer", () => {
  it("filters by actor, action prefix and day range, and pages", async () => {
    const admin = await h.as("admin");
    await (
      await h.as("provider")
    ).offers.create({
      providerId: h.ids.provider,
      title: "Audited offer",
      description: "An offer whose creation is audited",
      modalities: ["training"],
    });
    const byDonor = await admin.audit.list({
      filters: { actor: "donor@test.org", action: "offer." },
    });
    expect(byDonor.items.map((a) => a.action)).toEqual(["offer.create"]);
    expect(must(byDonor.items[0]).actorId).toBe(h.ids.users.provider);
    const users = await admin.audit.list({ filters: { action: "user." } });
    expect(users.total).toBeGreaterThan(3);
    expect(users.items.every((a) => a.action.startsWith("user."))).toBe(true);
    expect((await admin.audit.list({ filters: { from: today(), to: today() } })).total).toBe(
      (await admin.audit.list({})).total,
    );
    expect((await admin.audit.list({ filters: { to: "2000-01-01" } })).total).toBe(0);
    expect(
      await outcome(admin.audit.list({ filters: { from: "2024-02-02", to: "2024-02-01" } })),
    ).toBe("BAD_REQUEST");
    const first = await admin.audit.list({ limit: 2 });
    const next = await admin.audit.list({ limit: 2, cursor: must(first.nextCursor) });
    expect(next.items.map((a) => a.id)).not.toContain(must(first.items[0]).id);
    expect(next.items).toHaveLength(2);
  });
});
