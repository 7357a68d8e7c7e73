/**
 * Subscriptions to new needs and offers (issue 15, deliverable 2) and the questionnaire's
 * deadline with its reminders (issue 14, part 5): what reaches the inbox and the outbox, in
 * whose language, once, and never about a record the subscriber may not read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueReminder, sendReminders } from "../src/mail/reminders.js";
import { runDigest, runImmediate, SETTLE_MS } from "../src/mail/subscriptions.js";
import { createHarness, outcome, type Harness } from "./harness.js";
import { must } from "./must.js";

const later = (ms = 0) => new Date(Date.now() + SETTLE_MS + 1000 + ms);
const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

describe("subscriptions to new needs and offers", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await createHarness();
    await h.db.prisma.user.update({ where: { id: h.ids.users.provider }, data: { locale: "fr" } });
  }, 300_000);
  afterAll(() => h?.close());

  const notes = (userId: string) =>
    h.db.prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
  const mailsTo = (to: string) =>
    h.db.prisma.outboxMail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

  it("validates criteria: at least one, real articles, real States", async () => {
    const donor = await h.as("provider");
    expect(await outcome(donor.subscriptions.create({ target: "needs" }))).toBe("BAD_REQUEST");
    expect(await outcome(donor.subscriptions.create({ target: "needs", articles: [72] }))).toBe(
      "BAD_REQUEST",
    );
    expect(await outcome(donor.subscriptions.create({ target: "needs", states: ["XXX"] }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("notifies an immediate subscriber of each new matching need it may read, in the inbox and by mail, once", async () => {
    const donor = await h.as("provider");
    const sub = await donor.subscriptions.create({
      target: "needs",
      frequency: "immediate",
      articles: [9, 10],
      regions: ["latin-american-caribbean"],
    });
    expect((await donor.subscriptions.list()).map((s) => s.id)).toEqual([sub.id]);

    const admin = await h.as("admin");
    const open = await admin.needs.create({
      state: "PER",
      text: "Subscription case: e-procurement audit trail for municipal tenders (art. 9)",
      articles: [9],
    });
    // Matches the criteria but the donor may not read it: never told.
    await admin.needs.create({
      state: "PER",
      text: "Sealed case: secretariat-only procurement inquiry (art. 9)",
      articles: [9],
      confidentiality: "secretariat-only",
    });
    // Readable but outside the criteria (another region).
    await admin.needs.create({
      state: "KEN",
      text: "Other region: procurement (art. 9)",
      articles: [9],
    });

    expect(await runImmediate(h.db.prisma, later())).toBe(1);
    const [note, ...rest] = await notes(h.ids.users.provider);
    expect(rest).toEqual([]);
    expect(note).toMatchObject({ kind: "subscription.need", needId: open.id });
    const [mail] = await mailsTo("donor@test.org");
    expect(mail).toMatchObject({ kind: "subscription", notificationIds: [must(note).id] });
    expect(must(mail).subject).toBe("Un nouveau besoin correspond à votre abonnement : Pérou");
    expect(must(mail).text).toContain(`/needs/${open.id}`);
    expect(must(mail).text).not.toContain("Sealed case");

    // In the inbox, as data the portal words.
    const inbox = await donor.inbox.list({ limit: 10 });
    expect(inbox.items.map((i) => [i.kind, i.needId, i.engagementId, i.state])).toEqual([
      ["subscription.need", open.id, null, "PER"],
    ]);
    // A second run finds nothing new.
    expect(await runImmediate(h.db.prisma, later(5000))).toBe(0);
    expect(await mailsTo("donor@test.org")).toHaveLength(1);

    // Deleted, it notifies no more.
    await donor.subscriptions.remove({ id: sub.id });
    await admin.needs.create({ state: "PER", text: "After removal (art. 9)", articles: [9] });
    expect(await runImmediate(h.db.prisma, later(10_000))).toBe(0);
  });

  it("notifies of new offers too, and only the subscriber's own subscriptions are theirs", async () => {
    const other = await h.as("otherProvider");
    const sub = await other.subscriptions.create({
      target: "offers",
      articles: [9],
      text: "audit",
    });
    expect(await outcome((await h.as("provider")).subscriptions.remove({ id: sub.id }))).toBe("OK");
    expect((await other.subscriptions.list()).map((s) => s.id)).toEqual([sub.id]);
    const offer = await (
      await h.as("provider")
    ).offers.create({
      providerId: h.ids.provider,
      title: "Procurement audit clinics",
      description: "Audit of e-procurement platforms",
      modalities: ["training"],
      articles: [9],
    });
    expect(await runImmediate(h.db.prisma, later(15_000))).toBe(1);
    const [note] = await notes(h.ids.users.otherProvider);
    expect(note).toMatchObject({ kind: "subscription.offer", offerId: offer.id });
    const [mail] = await mailsTo("donor2@test.org");
    expect(must(mail).subject).toBe(
      "A new offer matches your subscription: Integrity Commission of Ghana",
    );
  });

  it("gathers daily subscriptions into one digest mail a day, without restricted records", async () => {
    const kenya = await h.as("state");
    await kenya.subscriptions.create({ target: "needs", frequency: "daily", states: ["PER"] });
    await kenya.subscriptions.create({ target: "needs", frequency: "daily", articles: [15] });
    const admin = await h.as("admin");
    await admin.needs.create({
      state: "PER",
      text: "Digest one: bribery of officials (art. 15)",
      articles: [15],
    });
    await admin.needs.create({
      state: "PER",
      text: "Digest two: asset declarations (art. 8)",
      articles: [8],
    });
    await admin.needs.create({
      state: "PER",
      text: "Digest sealed: secretariat-only (art. 15)",
      articles: [15],
      confidentiality: "secretariat-only",
    });
    // Daily subscriptions are not immediate.
    expect(await runImmediate(h.db.prisma, later(20_000))).toBe(0);
    expect(await runDigest(h.db.prisma, later(20_000))).toBe(1);
    const [digest, ...more] = await mailsTo("focal.ken@test.org");
    expect(more).toEqual([]);
    expect(must(digest).kind).toBe("digest");
    expect(must(digest).subject).toBe("TA Hub: 2 new records match your subscriptions");
    expect(must(digest).text).toContain("Digest one");
    expect(must(digest).text).toContain("Digest two");
    expect(must(digest).text).not.toContain("Digest sealed");
    // The next day's run has nothing new to say.
    expect(await runDigest(h.db.prisma, later(DAY))).toBe(0);
  });
});

describe("the questionnaire's deadline and reminders", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await createHarness();
    await h.db.prisma.user.update({
      where: { id: h.ids.users.otherState },
      data: { locale: "es" },
    });
  }, 300_000);
  afterAll(() => h?.close());

  it("picks the nearest reminder day that has come, and none after the deadline", () => {
    const deadline = new Date("2027-03-31T00:00:00Z");
    const on = (d: string) => new Date(`${d}T09:00:00Z`);
    expect(dueReminder(deadline, [14, 3, 0], on("2027-03-10"))).toBeNull();
    expect(dueReminder(deadline, [14, 3, 0], on("2027-03-17"))).toBe(14);
    expect(dueReminder(deadline, [14, 3, 0], on("2027-03-27"))).toBe(14);
    expect(dueReminder(deadline, [14, 3, 0], on("2027-03-28"))).toBe(3);
    expect(dueReminder(deadline, [14, 3, 0], on("2027-03-31"))).toBe(0);
    expect(dueReminder(deadline, [14, 3, 0], on("2027-04-01"))).toBeNull();
  });

  it("reminds the States that have not answered since the round opened, once per reminder day, and shows the secretariat who is missing", async () => {
    const admin = await h.as("admin");
    expect(
      await outcome(admin.questionnaire.setDeadline({ deadline: day(-1), remindDays: [3] })),
    ).toBe("BAD_REQUEST");
    expect(
      await outcome((await h.as("state")).questionnaire.setDeadline({ deadline: day(10) })),
    ).toBe("FORBIDDEN");
    await admin.questionnaire.setDeadline({ deadline: day(3), remindDays: [14, 3, 0] });
    // Kenya answers; Peru does not.
    await (await h.as("state")).questionnaire.submit({ answers: { "2": { answer: "yes" } } });

    expect(await sendReminders(h.db.prisma)).toBe(1);
    expect(await sendReminders(h.db.prisma)).toBe(0);
    const [note] = await h.db.prisma.notification.findMany({
      where: { userId: h.ids.users.otherState },
    });
    expect(note).toMatchObject({ kind: "questionnaire.reminder" });
    expect(await h.db.prisma.notification.count({ where: { userId: h.ids.users.state } })).toBe(0);
    const [mail] = await h.db.prisma.outboxMail.findMany({ where: { to: "focal.per@test.org" } });
    expect(must(mail).kind).toBe("questionnaire.reminder");
    expect(must(mail).subject).toMatch(/^Recordatorio: el cuestionario de seguimiento vence el /);
    expect(must(mail).text).toContain("Perú");

    // In Peru's inbox, with the deadline.
    const inbox = await (await h.as("otherState")).inbox.list({ limit: 5 });
    expect(inbox.items.map((i) => [i.kind, i.deadline])).toEqual([
      ["questionnaire.reminder", day(3)],
    ]);

    // The secretariat sees the deadline, who answered and who has not, and the last reminder.
    const round = await admin.questionnaire.round();
    expect(round.round?.deadline).toBe(day(3));
    expect(round.answered).toBe(1);
    const peru = must(round.pending).find((p) => p.state === "PER");
    expect(peru).toMatchObject({ focalPoints: 1, lastReminder: { daysBefore: 3 } });
    expect(must(round.pending).some((p) => p.state === "KEN")).toBe(false);
    // A focal point sees the deadline and whether its State has answered, not the others.
    const kenya = await (await h.as("state")).questionnaire.round();
    expect(kenya).toMatchObject({ submittedSinceOpen: true, pending: null });

    // On the day itself, a last reminder.
    expect(await sendReminders(h.db.prisma, new Date(Date.now() + 3 * DAY))).toBe(1);
    const last = await h.db.prisma.outboxMail.findMany({
      where: { to: "focal.per@test.org" },
      orderBy: { createdAt: "desc" },
      take: 1,
    });
    expect(must(last[0]).subject).toMatch(/^El cuestionario de seguimiento vence hoy/);

    // A new round asks everyone again: Kenya's earlier answer no longer counts.
    await admin.questionnaire.setDeadline({ deadline: day(30), remindDays: [30], reopen: true });
    expect(await sendReminders(h.db.prisma)).toBe(2);
  });
});
