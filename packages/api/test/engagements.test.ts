/**
 * The engagement lifecycle and the inbox (issue 15), through the API as each party calls it, on
 * PGlite and (with TAHUB_TEST_PG_URL) PostgreSQL. Kenya (`state`) owns the needs; `provider`
 * and `otherProvider` propose support.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "./backends.js";
import { createHarness, outcome, type Harness, type TestRole } from "./harness.js";
import { must } from "./must.js";

for (const backend of backends()) {
  describe.skipIf(!backend.open)(`engagements on ${backend.name}`, () => {
    let h: Harness;
    let n = 0;

    beforeAll(async () => {
      h = await createHarness(must(backend.open));
    }, 300_000);
    afterAll(async () => {
      await h?.close();
      await backend.cleanup();
    });

    /** A fresh Kenyan need, so each case starts from "identified" with no engagement. */
    async function kenyanNeed(confidentiality: "public" | "secretariat-only" = "public") {
      n++;
      const need = await (
        await h.as("state")
      ).needs.create({
        state: "KEN",
        text: `Case ${n}: training of procurement auditors on bid-rigging red flags (art. 9)`,
        articles: [9],
        confidentiality,
      });
      return need.id;
    }
    const as = (role: TestRole) => h.as(role);
    const propose = async (needId: string, role: "provider" | "otherProvider" = "provider") =>
      (await as(role)).engagements.create({ needId, providerId: h.ids[role] });
    const inbox = async (role: TestRole) => (await as(role)).inbox.list({ limit: 200 });
    const kindsFor = async (role: TestRole, engagementId: string) =>
      (await inbox(role)).items.filter((i) => i.engagementId === engagementId).map((i) => i.kind);

    type Engagement = Awaited<
      ReturnType<Awaited<ReturnType<Harness["as"]>>["engagements"]["move"]>
    >;

    /** Kenya accepts with a message (the provider is told, with it), then the provider starts. */
    const acceptAndStart = async (p: { id: string; version: number }, needId: string) => {
      const kenya = await as("state");
      const donor = await as("provider");
      let e = await kenya.engagements.move({
        id: p.id,
        version: p.version,
        move: "accept",
        message: "Welcome: our procurement authority will host",
      });
      expect(e.status).toBe("accepted");
      const accepted = (await inbox("provider")).items.find(
        (i) => i.engagementId === p.id && i.kind === "engagement.accept",
      );
      expect(accepted).toMatchObject({
        from: "proposed",
        to: "accepted",
        party: "state",
        message: "Welcome: our procurement authority will host",
        needId,
        state: "KEN",
        read: false,
      });
      e = await donor.engagements.move({ id: p.id, version: e.version, move: "start" });
      expect(e.status).toBe("in-progress");
      expect(e.startedOn).not.toBeNull();
      return e;
    };

    /** The provider delivers proposing the need met; Kenya confirms, and the need is met. */
    const deliverAndConfirm = async (p: { id: string }, needId: string, started: Engagement) => {
      const kenya = await as("state");
      const donor = await as("provider");
      let e = started;
      e = await donor.engagements.move({
        id: p.id,
        version: e.version,
        move: "deliver",
        needStatus: "met",
        message: "Forty auditors trained",
      });
      expect(e).toMatchObject({
        status: "delivered",
        proposedNeedStatus: "met",
        needStatusDecision: null,
      });
      // The State sees the proposal and may confirm it; the provider may evaluate.
      expect((await kenya.engagements.byId({ id: p.id })).actions).toEqual([
        "evaluate",
        "confirm-status",
      ]);
      expect(e.actions).toEqual(["evaluate"]);

      e = await kenya.engagements.decideNeedStatus({ id: p.id, version: e.version, confirm: true });
      expect(e.needStatusDecision).toBe("confirmed");
      const need = await kenya.needs.byId({ id: needId });
      expect(need.status).toBe("met");
      expect(need.statusHistory.at(-1)).toMatchObject({ from: "identified", to: "met" });
      return e;
    };

    /** Each party evaluates: the provider first, then Kenya; no move is left. */
    const evaluateBoth = async (p: { id: string }, delivered: Engagement) => {
      const kenya = await as("state");
      const donor = await as("provider");
      let e = delivered;
      e = await donor.engagements.evaluate({
        id: p.id,
        version: e.version,
        evaluation: { relevance: { score: 4 }, impact: { score: 3 } },
      });
      expect(e.status).toBe("evaluated");
      e = await kenya.engagements.evaluate({
        id: p.id,
        version: e.version,
        evaluation: { effectiveness: { score: 3, note: "Audits now flag collusion" } },
      });
      expect(e).toMatchObject({
        status: "evaluated",
        evaluation: { relevance: { score: 4 } },
        stateEvaluation: { effectiveness: { score: 3 } },
        actions: [],
      });
      return e;
    };

    /** The history keeps who, when, from, to and the message; each event reached the other party. */
    const expectHistory = async (p: { id: string }, e: Engagement) => {
      const history = e.history.map((x) => [x.action, x.from, x.to, x.party, x.by]);
      expect(history).toEqual([
        ["propose", null, "proposed", "provider", "provider"],
        ["accept", "proposed", "accepted", "state", "state"],
        ["start", "accepted", "in-progress", "provider", "provider"],
        ["deliver", "in-progress", "delivered", "provider", "provider"],
        ["confirm-status", "delivered", "delivered", "state", "state"],
        ["evaluate", "delivered", "evaluated", "provider", "provider"],
        ["evaluate", "evaluated", "evaluated", "state", "state"],
      ]);
      expect(must(e.history[1]).message).toBe("Welcome: our procurement authority will host");
      expect(must(e.history[3]).needStatus).toBe("met");
      expect(e.history.every((x) => !Number.isNaN(Date.parse(x.at)))).toBe(true);
      // Each event reached the other party only.
      expect(await kindsFor("provider", p.id)).toEqual(
        expect.arrayContaining([
          "engagement.accept",
          "engagement.confirm-status",
          "engagement.evaluate",
        ]),
      );
      expect((await kindsFor("state", p.id)).sort()).toEqual(
        [
          "engagement.deliver",
          "engagement.evaluate",
          "engagement.propose",
          "engagement.start",
        ].sort(),
      );
    };

    it("walks proposed → accepted → in progress → delivered → evaluated, keeping who, when, from, to and the message", async () => {
      const needId = await kenyanNeed();
      const p = await propose(needId);
      expect(p).toMatchObject({ status: "proposed", created: true, overlap: [], version: 1 });
      // The State hears of the proposal; the proposer does not notify itself.
      expect(await kindsFor("state", p.id)).toEqual(["engagement.propose"]);
      expect(await kindsFor("provider", p.id)).toEqual([]);

      const started = await acceptAndStart(p, needId);
      const delivered = await deliverAndConfirm(p, needId, started);
      const e = await evaluateBoth(p, delivered);
      await expectHistory(p, e);
    });

    it("lets each party make only its own moves", async () => {
      const p = await propose(await kenyanNeed());
      const move = async (role: TestRole, m: "accept" | "decline" | "start") =>
        outcome(
          (await as(role)).engagements.move({
            id: p.id,
            version: p.version,
            move: m,
            ...(m === "decline" ? { message: "no" } : {}),
          }),
        );
      // Only the State accepts or declines: not the provider, the secretariat or another State.
      expect(await move("provider", "accept")).toBe("FORBIDDEN");
      expect(await move("admin", "accept")).toBe("FORBIDDEN");
      expect(await move("otherState", "accept")).toBe("FORBIDDEN");
      expect(await move("otherProvider", "decline")).toBe("FORBIDDEN");
      expect(await move("public", "accept")).toBe("UNAUTHORIZED");
      // Only the provider starts, and only an accepted engagement.
      expect(await move("state", "start")).toBe("FORBIDDEN");
      expect(await move("provider", "start")).toBe("BAD_REQUEST");
      expect(await move("state", "accept")).toBe("OK");
    });

    it("never takes an engagement back: a delivered one cannot be re-accepted, withdrawn or re-proposed through update", async () => {
      const p = await propose(await kenyanNeed());
      const donor = await as("provider");
      let e = await (await as("state")).engagements.move({ id: p.id, version: 1, move: "accept" });
      e = await donor.engagements.move({ id: p.id, version: e.version, move: "start" });
      e = await donor.engagements.move({
        id: p.id,
        version: e.version,
        move: "deliver",
        needStatus: "partially-met",
      });
      const again = await outcome(
        (await as("state")).engagements.move({ id: p.id, version: e.version, move: "accept" }),
      );
      expect(again).toBe("BAD_REQUEST");
      expect(
        await outcome(donor.engagements.move({ id: p.id, version: e.version, move: "withdraw" })),
      ).toBe("BAD_REQUEST");
      // `update` edits the description; a status in its input is not a field it knows.
      await donor.engagements.update({
        id: p.id,
        version: e.version,
        description: "Done",
        ...({ status: "proposed" } as object),
      });
      const row = await h.db.prisma.engagement.findUniqueOrThrow({ where: { id: p.id } });
      expect(row.status).toBe("delivered");
    });

    it("refuses a move made from a stale copy with CONFLICT", async () => {
      const p = await propose(await kenyanNeed());
      const kenya = await as("state");
      await kenya.engagements.move({ id: p.id, version: p.version, move: "accept" });
      const stale = kenya.engagements.move({
        id: p.id,
        version: p.version,
        move: "decline",
        message: "changed our mind",
      });
      await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    });

    it("asks for a reason to decline, and for the need's new status on delivery", async () => {
      const p = await propose(await kenyanNeed());
      const decline = (await as("state")).engagements.move({
        id: p.id,
        version: 1,
        move: "decline",
      });
      await expect(decline).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(decline).rejects.toThrow(/say why the proposal is declined/);
      const e = await (
        await as("state")
      ).engagements.move({ id: p.id, version: 1, move: "decline", message: "Covered by UNODC" });
      expect(e.status).toBe("declined");
      expect((await inbox("provider")).items.find((i) => i.engagementId === p.id)).toMatchObject({
        kind: "engagement.decline",
        message: "Covered by UNODC",
      });
    });

    it("leaves the need as it is when the State rejects the proposed status", async () => {
      const needId = await kenyanNeed();
      const p = await propose(needId);
      const donor = await as("provider");
      const kenya = await as("state");
      let e = await kenya.engagements.move({ id: p.id, version: 1, move: "accept" });
      e = await donor.engagements.move({ id: p.id, version: e.version, move: "start" });
      e = await donor.engagements.move({
        id: p.id,
        version: e.version,
        move: "deliver",
        needStatus: "met",
      });
      e = await kenya.engagements.decideNeedStatus({
        id: p.id,
        version: e.version,
        confirm: false,
        message: "Only one region was covered",
      });
      expect(e.needStatusDecision).toBe("rejected");
      expect((await kenya.needs.byId({ id: needId })).status).toBe("identified");
      // Answered once: a second answer is refused.
      expect(
        await outcome(
          kenya.engagements.decideNeedStatus({ id: p.id, version: e.version, confirm: true }),
        ),
      ).toBe("BAD_REQUEST");
    });

    it("returns the open engagement on a second click, and records one row for concurrent clicks", async () => {
      const needId = await kenyanNeed();
      const first = await propose(needId);
      const second = await propose(needId);
      expect(second).toMatchObject({ id: first.id, created: false });
      const other = await kenyanNeed();
      const racing = await Promise.all(Array.from({ length: 6 }, () => propose(other)));
      expect(new Set(racing.map((r) => r.id)).size).toBe(1);
      expect(racing.filter((r) => r.created)).toHaveLength(1);
      expect(await h.db.prisma.engagement.count({ where: { needId: other } })).toBe(1);
      // Once withdrawn, the provider may propose again: a new engagement.
      await (await as("provider")).engagements.move({ id: first.id, version: 1, move: "withdraw" });
      const again = await propose(needId);
      expect(again.created).toBe(true);
      expect(again.id).not.toBe(first.id);
    });

    it("enforces one open engagement per need, provider and offer in the database itself", async () => {
      const needId = await kenyanNeed();
      const data = { needId, providerId: h.ids.provider, status: "proposed" };
      await h.db.prisma.engagement.create({ data });
      await expect(h.db.prisma.engagement.create({ data })).rejects.toThrow();
      // A finished one does not count.
      await h.db.prisma.engagement.create({ data: { ...data, status: "declined" } });
    });

    it("warns both providers and the secretariat when a second provider proposes on a supported need", async () => {
      const needId = await kenyanNeed();
      const p = await propose(needId);
      await (await as("state")).engagements.move({ id: p.id, version: 1, move: "accept" });
      const second = await propose(needId, "otherProvider");
      expect(second.overlap).toEqual([
        {
          providerId: h.ids.provider,
          providerName: "Integrity Commission of Ghana",
          status: "accepted",
        },
      ]);
      for (const role of ["provider", "otherProvider", "admin", "analyst"] as const) {
        const warning = (await inbox(role)).items.find(
          (i) => i.engagementId === second.id && i.kind === "engagement.overlap",
        );
        expect(warning, role).toMatchObject({ otherProviders: ["Integrity Commission of Ghana"] });
        expect(warning?.providerName, role).toBe("Nordic Governance Fund");
      }
      expect(await kindsFor("state", second.id)).toEqual(["engagement.propose"]);
      // A proposal on a need nobody supports yet warns nobody.
      const calm = await propose(await kenyanNeed(), "otherProvider");
      expect(calm.overlap).toEqual([]);
      expect(await kindsFor("admin", calm.id)).toEqual([]);
    });

    it("keeps notifications within what their reader may read, and marks them read", async () => {
      // The secretariat proposes for `provider` on a secretariat-only need the provider cannot read.
      const hidden = await kenyanNeed("secretariat-only");
      const e = await (
        await as("admin")
      ).engagements.create({ needId: hidden, providerId: h.ids.provider });
      await (
        await as("state")
      ).engagements.move({ id: e.id, version: 1, move: "accept", message: "Yes" });
      expect(await kindsFor("provider", e.id)).toEqual([]);
      expect(
        await h.db.prisma.notification.count({
          where: { engagementId: e.id, userId: h.ids.users.provider },
        }),
      ).toBe(0);

      // A need restricted after the fact drops out of the provider's inbox.
      const needId = await kenyanNeed();
      const p = await propose(needId);
      await (await as("state")).engagements.move({ id: p.id, version: 1, move: "accept" });
      expect(await kindsFor("provider", p.id)).toEqual(["engagement.accept"]);
      const need = await (await as("state")).needs.byId({ id: needId });
      await (
        await as("state")
      ).needs.update({
        id: needId,
        version: need.version,
        confidentiality: "secretariat-only",
      });
      expect(await kindsFor("provider", p.id)).toEqual([]);

      const donor = await as("provider");
      const before = await donor.inbox.unread();
      const list = await donor.inbox.list({ limit: 200 });
      expect(before.unread).toBe(list.items.filter((i) => !i.read).length);
      expect(before.unread).toBeGreaterThan(0);
      // Another user's ids are ignored.
      const kenyaIds = (await inbox("state")).items.map((i) => i.id);
      expect((await donor.inbox.markRead({ ids: kenyaIds })).unread).toBe(before.unread);
      expect((await donor.inbox.markRead({ ids: [must(list.items[0]).id] })).unread).toBe(
        before.unread - (must(list.items[0]).read ? 0 : 1),
      );
      expect((await donor.inbox.markRead({ all: true })).unread).toBe(0);
      expect((await inbox("state")).items.some((i) => !i.read)).toBe(true);
    });
  });
}
