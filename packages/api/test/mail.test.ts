/**
 * E-mail through the transactional outbox (issue 15, deliverable 2), delivered to a real SMTP
 * server running in this process: a move of an engagement mails the other party in its own
 * language; without an SMTP server the mail is held and the admin reads it; a failing server
 * leads to retries, then "failed", and nothing is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDue, smtpTransport } from "../src/index.js";
import { createHarness, outcome, type Harness } from "./harness.js";
import { startSmtp, type TestSmtp } from "./smtp.js";
import { must } from "./must.js";

describe("mail through the outbox", () => {
  let h: Harness;
  let smtp: TestSmtp;
  let n = 0;

  beforeAll(async () => {
    h = await createHarness();
    smtp = await startSmtp();
    // The Kenyan focal point reads TA Hub in French, the donor in Spanish.
    await h.db.prisma.user.update({ where: { id: h.ids.users.state }, data: { locale: "fr" } });
    await h.db.prisma.user.update({ where: { id: h.ids.users.provider }, data: { locale: "es" } });
  }, 300_000);
  afterAll(async () => {
    await smtp?.close();
    await h?.close();
  });

  async function proposal() {
    n++;
    const need = await (
      await h.as("state")
    ).needs.create({
      state: "KEN",
      text: `Mail case ${n}: training of procurement auditors (art. 9)`,
      articles: [9],
    });
    return (await h.as("provider")).engagements.create({
      needId: need.id,
      providerId: h.ids.provider,
    });
  }
  const outbox = (where: object = {}) =>
    h.db.prisma.outboxMail.findMany({ where, orderBy: { createdAt: "asc" } });

  it("queues a mail in the same transaction as the move, and delivers it to the other party in its language", async () => {
    const p = await proposal();
    // The proposal queued one mail, to the State's focal point, worded in French.
    const [queued, ...more] = await outbox({ status: "queued" });
    expect(more).toEqual([]);
    expect(queued).toMatchObject({ to: "focal.ken@test.org", kind: "notification" });
    expect(must(queued).subject).toBe(
      "Integrity Commission of Ghana propose un soutien pour un besoin de Kenya",
    );

    const result = await deliverDue(h.db.prisma, smtpTransport(smtp.url));
    expect(result).toEqual({ sent: 1, held: 0, retrying: 0, failed: 0 });
    const [mail] = await smtp.waitFor(1);
    expect(must(mail).to).toEqual(["focal.ken@test.org"]);
    expect(must(mail).subject).toBe(
      "Integrity Commission of Ghana propose un soutien pour un besoin de Kenya",
    );
    expect(must(mail).text).toContain(`/engagements/${p.id}`);
    // The notification it told of is marked mailed.
    const notes = await h.db.prisma.notification.findMany({ where: { engagementId: p.id } });
    expect(notes.map((x) => !!x.mailedAt)).toEqual([true]);

    // The State accepts: the donor hears of it, in Spanish, with the State's message.
    await (
      await h.as("state")
    ).engagements.move({ id: p.id, version: p.version, move: "accept", message: "Merci !" });
    await deliverDue(h.db.prisma, smtpTransport(smtp.url));
    const [, answer] = await smtp.waitFor(2);
    expect(must(answer).to).toEqual(["donor@test.org"]);
    expect(must(answer).subject).toBe("Kenia aceptó el apoyo de Integrity Commission of Ghana");
    expect(must(answer).text).toContain("Merci !");
  });

  it("holds mail without an SMTP server, and the admin reads it in the outbox", async () => {
    const before = smtp.received.length;
    await proposal();
    const result = await deliverDue(h.db.prisma, null);
    expect(result.held).toBe(1);
    expect(smtp.received.length).toBe(before);

    const admin = await h.as("admin");
    const page = await admin.outbox.list({ status: "held", limit: 10 });
    expect(page.items.map((m) => [m.to, m.status, m.kind])).toEqual([
      ["focal.ken@test.org", "held", "notification"],
    ]);
    expect(must(page.items[0]).text).toContain(`Mail case ${n}`);
    expect(page.counts.held).toBe(1);
    // Filters: by recipient and kind.
    expect((await admin.outbox.list({ to: "FOCAL.KEN", limit: 50 })).total).toBeGreaterThan(1);
    expect((await admin.outbox.list({ kind: "password-reset", limit: 50 })).total).toBe(0);
    // Only the admin reads the outbox.
    expect(await outcome((await h.as("analyst")).outbox.list({ limit: 5 }))).toBe("FORBIDDEN");
    expect(await outcome((await h.as("state")).outbox.list({ limit: 5 }))).toBe("FORBIDDEN");
  });

  it("retries a failing SMTP server with backoff, marks the mail failed after the last attempt, and loses nothing", async () => {
    await h.db.prisma.outboxMail.updateMany({ data: { status: "sent" } });
    const before = smtp.received.length;
    await proposal();
    smtp.failing = true;
    const transport = smtpTransport(smtp.url);
    // First attempt fails: still queued, not before the backoff.
    let r = await deliverDue(h.db.prisma, transport, { maxAttempts: 3 });
    expect(r).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
    let [row] = await outbox({ status: { not: "sent" } });
    expect(row).toMatchObject({ status: "queued", attempts: 1 });
    expect(must(row).lastError).toMatch(/451/);
    expect(must(row).nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    // Nothing is tried again before its time.
    r = await deliverDue(h.db.prisma, transport, { maxAttempts: 3 });
    expect(r).toEqual({ sent: 0, held: 0, retrying: 0, failed: 0 });
    // With the waits elapsed (no backoff here), two more attempts, then failed.
    await h.db.prisma.outboxMail.updateMany({
      where: { id: must(row).id },
      data: { nextAttemptAt: new Date() },
    });
    r = await deliverDue(h.db.prisma, transport, { maxAttempts: 3, backoff: () => 0 });
    expect(r.retrying).toBe(1);
    r = await deliverDue(h.db.prisma, transport, { maxAttempts: 3, backoff: () => 0 });
    expect(r.failed).toBe(1);
    [row] = await outbox({ id: must(row).id });
    expect(row).toMatchObject({ status: "failed", attempts: 3 });
    expect(smtp.received.length).toBe(before);

    // The server recovers; the admin queues the failed mail again and it arrives, once.
    smtp.failing = false;
    const admin = await h.as("admin");
    expect(
      must((await admin.outbox.list({ status: "failed", limit: 5 })).items[0]).lastError,
    ).toMatch(/451/);
    expect(await admin.outbox.retry({ ids: [must(row).id] })).toEqual({ queued: 1 });
    r = await deliverDue(h.db.prisma, transport);
    expect(r.sent).toBe(1);
    await smtp.waitFor(before + 1);
    expect(must(smtp.received.at(-1)).subject).toBe(must(row).subject);
    expect((await outbox({ id: must(row).id }))[0]).toMatchObject({ status: "sent", attempts: 1 });
  });
});
