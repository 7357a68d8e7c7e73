/**
 * Messages through the platform (issue 15, deliverable 4): a provider's user writes to a State
 * or an expert; replies stay in the thread; nobody sees another party's e-mail address; the
 * recipients get an unread mark and a mail; the unrelated get NOT_FOUND; sending is limited.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGE_LIMITS } from "../src/services/messages.js";
import { createHarness, expertCv, outcome, type Harness } from "./harness.js";
import { must } from "./must.js";

let h: Harness;
let needId: string;
beforeAll(async () => {
  h = await createHarness();
  needId = (
    await (
      await h.as("state")
    ).needs.create({
      state: "KEN",
      text: "Training for the hotline unit of the commission (art. 33)",
    })
  ).id;
}, 300_000);
afterAll(() => h?.close());

const EXPERT_MAIL = "quiet.expert@roster.test";

describe("a provider writes to a State", () => {
  it("the State's focal point reads the thread, replies in it, and the provider reads the reply", async () => {
    const donor = await h.as("provider");
    const kenya = await h.as("state");
    const t = await donor.messages.start({
      to: { kind: "state", state: "KEN" },
      subject: "Hotline training",
      body: "We could train your hotline unit in May.",
      needId,
    });
    expect(t).toMatchObject({ state: "KEN", mySide: "provider", needId, unread: 0 });
    expect(await kenya.messages.unread()).toEqual({ unread: 1 });
    const inbox = await kenya.messages.list({});
    expect(inbox.items.map((i) => i.id)).toEqual([t.id]);
    expect(inbox.items[0]).toMatchObject({
      unread: 1,
      providerName: "Integrity Commission of Ghana",
    });
    const seen = await kenya.messages.byId({ id: t.id });
    expect(seen.mySide).toBe("state");
    expect(seen.messages.map((m) => m.body)).toEqual(["We could train your hotline unit in May."]);
    expect(await kenya.messages.markRead({ id: t.id })).toEqual({ unread: 0 });

    const after = await kenya.messages.reply({
      threadId: t.id,
      body: "Yes, please: the week of 12 May.",
    });
    expect(after.messages.map((m) => [m.side, m.mine])).toEqual([
      ["provider", false],
      ["state", true],
    ]);
    expect(await donor.messages.unread()).toEqual({ unread: 1 });
    expect((await donor.messages.byId({ id: t.id })).messages[1]).toMatchObject({
      side: "state",
      authorName: "state",
      body: "Yes, please: the week of 12 May.",
    });
    // The focal point's mail is queued in the same transaction, worded with a link to the thread.
    const mails = await h.db.prisma.outboxMail.findMany({ where: { to: "focal.ken@test.org" } });
    expect(mails.some((m) => m.text.includes("/messages"))).toBe(true);
    // The mail names neither the thread nor what it says: only the platform shows them.
    expect(mails.some((m) => m.text.includes(t.id) || m.text.includes("hotline"))).toBe(false);
  });

  it("answers NOT_FOUND to everyone outside the thread, the secretariat included", async () => {
    const donor = await h.as("provider");
    const t = await donor.messages.start({
      to: { kind: "state", state: "KEN" },
      subject: "Private",
      body: "Only for Kenya.",
    });
    for (const role of ["otherState", "otherProvider", "analyst", "admin"] as const) {
      const other = await h.as(role);
      expect(await outcome(other.messages.byId({ id: t.id })), role).toBe("NOT_FOUND");
      expect(await outcome(other.messages.reply({ threadId: t.id, body: "Hi" })), role).toBe(
        "NOT_FOUND",
      );
      expect(await outcome(other.messages.markRead({ id: t.id })), role).toBe("NOT_FOUND");
      expect(
        (await other.messages.list({})).items.map((i) => i.id),
        role,
      ).not.toContain(t.id);
    }
    expect(await outcome((await h.as("public")).messages.byId({ id: t.id }))).toBe("UNAUTHORIZED");
  });

  it("lets only a provider's user start a conversation, to a State party, about a need it may read", async () => {
    const start = { to: { kind: "state" as const, state: "KEN" }, subject: "S", body: "B" };
    expect(await outcome((await h.as("state")).messages.start(start))).toBe("FORBIDDEN");
    expect(await outcome((await h.as("analyst")).messages.start(start))).toBe("FORBIDDEN");
    const donor = await h.as("provider");
    expect(
      await outcome(donor.messages.start({ ...start, to: { kind: "state", state: "XXX" } })),
    ).toBe("BAD_REQUEST");
    // Peru's need is not Kenya's.
    const peru = await (
      await h.as("otherState")
    ).needs.create({ state: "PER", text: "Support for the asset recovery office (art. 57)" });
    expect(await outcome(donor.messages.start({ ...start, needId: peru.id }))).toBe("BAD_REQUEST");
    const secret = await (
      await h.as("otherState")
    ).needs.create({
      state: "PER",
      text: "Restricted support for the FIU (art. 58)",
      confidentiality: "secretariat-only",
    });
    expect(
      await outcome(
        donor.messages.start({ ...start, to: { kind: "state", state: "PER" }, needId: secret.id }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("refuses an empty or over-long message, and the 31st message in an hour", async () => {
    const donor = await h.as("otherProvider");
    const start = { to: { kind: "state" as const, state: "PER" }, subject: "Limits" };
    expect(await outcome(donor.messages.start({ ...start, body: "  " }))).toBe("BAD_REQUEST");
    expect(await outcome(donor.messages.start({ ...start, body: "x".repeat(5_001) }))).toBe(
      "BAD_REQUEST",
    );
    const t = await donor.messages.start({ ...start, body: "First" });
    for (let i = 1; i < MESSAGE_LIMITS.perHour; i++)
      await donor.messages.reply({ threadId: t.id, body: `Message ${i}` });
    expect(await outcome(donor.messages.reply({ threadId: t.id, body: "One too many" }))).toBe(
      "TOO_MANY_REQUESTS",
    );
    // Back to an empty hour for the tests below.
    await h.db.prisma.messageThread.deleteMany({ where: { id: t.id } });
  });
});

describe("a provider writes to an expert", () => {
  it("never shows the expert's address to the sender, mails the expert, and takes the expert's reply through the link", async () => {
    const owner = await h.as("otherProvider");
    const expert = await owner.experts.upsert({
      expert: { ...expertCv("Quiet Expert", true), email: EXPERT_MAIL },
    });
    const donor = await h.as("provider");
    const answers: unknown[] = [];
    const keep = <T>(x: T) => (answers.push(x), x);
    keep(await donor.experts.byId({ id: expert.id }));
    keep(await donor.experts.list({ q: "Quiet" }));
    const t = keep(
      await donor.messages.start({
        to: { kind: "expert", expertId: expert.id },
        subject: "A mission",
        body: "Would you join a mission on procurement audits?",
      }),
    );
    expect(t).toMatchObject({
      expert: { id: expert.id, name: "Quiet Expert" },
      expertRoute: "expert",
    });
    // The mail goes to the stored address, with a link to read and reply (no platform user
    // receives it); the message itself stays on the platform, out of the mail.
    const mail = await h.db.prisma.outboxMail.findFirstOrThrow({ where: { to: EXPERT_MAIL } });
    expect(mail.text).not.toContain("procurement audits");
    const token = must(must(/\/messages\/reply\/([A-Za-z0-9_-]+)/.exec(mail.text))[1]);
    const pub = await h.as("public");
    const read = await pub.messages.expertThread({ token });
    expect(read).toMatchObject({ subject: "A mission", expertName: "Quiet Expert" });
    await pub.messages.expertReply({ token, body: "Yes, from 3 June." });
    keep(await donor.messages.list({}));
    const thread = keep(await donor.messages.byId({ id: t.id }));
    expect(thread.messages.at(-1)).toMatchObject({
      side: "expert",
      authorName: "Quiet Expert",
      body: "Yes, from 3 June.",
    });
    expect(await donor.messages.unread()).toMatchObject({ unread: expect.any(Number) });
    keep(await donor.messages.reply({ threadId: t.id, body: "Thank you!" }));
    for (const a of answers) expect(JSON.stringify(a)).not.toContain(EXPERT_MAIL);
    // A wrong token is NOT_FOUND; once the expert withdraws consent, the link stops working.
    expect(await outcome(pub.messages.expertThread({ token: "A".repeat(43) }))).toBe("NOT_FOUND");
    const newest = await h.db.prisma.outboxMail.findFirstOrThrow({
      where: { to: EXPERT_MAIL },
      orderBy: { createdAt: "desc" },
    });
    const token2 = must(must(/\/messages\/reply\/([A-Za-z0-9_-]+)/.exec(newest.text))[1]);
    await owner.experts.upsert({
      id: expert.id,
      version: expert.version,
      expert: { ...expertCv("Quiet Expert", false), email: EXPERT_MAIL },
    });
    expect(await outcome(pub.messages.expertThread({ token: token2 }))).toBe("NOT_FOUND");
  });

  it("sends to the owning provider's users when the expert has no address, and they answer in the thread", async () => {
    const owner = await h.as("otherProvider");
    const expert = await owner.experts.upsert({ expert: expertCv("No Address Expert", true) });
    const donor = await h.as("provider");
    const t = await donor.messages.start({
      to: { kind: "expert", expertId: expert.id },
      subject: "Availability",
      body: "Is this expert available?",
    });
    expect(t.expertRoute).toBe("owner");
    expect(await owner.messages.unread()).toMatchObject({ unread: 1 });
    const seen = await owner.messages.byId({ id: t.id });
    expect(seen.mySide).toBe("expert");
    await owner.messages.reply({ threadId: t.id, body: "She is, from July." });
    expect((await donor.messages.byId({ id: t.id })).messages.at(-1)).toMatchObject({
      side: "expert",
      body: "She is, from July.",
    });
  });

  it("cannot write to an expert it may not see (not listed, another provider's)", async () => {
    const owner = await h.as("otherProvider");
    const hidden = await owner.experts.upsert({ expert: expertCv("Unlisted Expert", false) });
    expect(
      await outcome(
        (await h.as("provider")).messages.start({
          to: { kind: "expert", expertId: hidden.id },
          subject: "S",
          body: "B",
        }),
      ),
    ).toBe("NOT_FOUND");
  });
});
