/**
 * The job queue (pg-boss 10.3) on both backends: on the embedded default it runs through
 * PGlite's own connection; on a PostgreSQL server two workers (as two server processes would)
 * share one queue, each job runs once and every mail arrives exactly once. Delivery goes to a
 * real SMTP server in this process.
 */
import { createDb, type Db } from "@tahub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueMails } from "../src/mail/outbox.js";
import { smtpTransport, startJobs, type Jobs } from "../src/index.js";
import { backends } from "./backends.js";
import { createHarness, type Harness } from "./harness.js";
import { startSmtp, type TestSmtp } from "./smtp.js";
import { must } from "./must.js";

async function until(check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

for (const backend of backends()) {
  describe.skipIf(!backend.open)(`the job queue on ${backend.name}`, () => {
    let h: Harness;
    let smtp: TestSmtp;
    const running: Jobs[] = [];
    const extra: Db[] = [];
    const errors: unknown[] = [];

    const start = (db: Db) =>
      startJobs({
        db,
        transport: smtpTransport(smtp.url),
        schedule: false,
        pollSeconds: 0.5,
        onError: (e) => errors.push(e),
      }).then((j) => (running.push(j), j));

    beforeAll(async () => {
      h = await createHarness(must(backend.open));
      smtp = await startSmtp();
    }, 300_000);
    afterAll(async () => {
      for (const j of running) await j.stop();
      for (const d of extra) await d.close();
      await smtp?.close();
      await h?.close();
      await backend.cleanup();
    });

    it("delivers an engagement's mail through the mail.send job", async () => {
      const jobs = await start(h.db);
      const need = await (
        await h.as("state")
      ).needs.create({ state: "KEN", text: "Queue case: training of auditors (art. 9)" });
      await (
        await h.as("provider")
      ).engagements.create({
        needId: need.id,
        providerId: h.ids.provider,
      });
      await jobs.sendNow("mail.send");
      const [mail] = await smtp.waitFor(1);
      expect(must(mail).to).toEqual(["focal.ken@test.org"]);
      expect(must(mail).subject).toBe(
        "Integrity Commission of Ghana proposes support for a need of Kenya",
      );
      // The row is marked sent once the server has taken the mail.
      await until(
        async () => (await h.db.prisma.outboxMail.count({ where: { status: "sent" } })) === 1,
      );
      expect(errors).toEqual([]);
    }, 120_000);

    it.skipIf(backend.name !== "PostgreSQL")(
      "is shared by two workers (two server processes): each mail arrives exactly once",
      async () => {
        if (!h.db.pgConfig) throw new Error("a server backend has its connection fields");
        const c = h.db.pgConfig;
        const second = await createDb({
          url: `postgres://${c.user ?? "postgres"}${c.password ? `:${String(c.password)}` : ""}@${c.host}:${c.port}/${c.database}`,
        });
        extra.push(second);
        const [a, b] = [running[0] ?? (await start(h.db)), await start(second)];
        const before = smtp.received.length;
        await queueMails(
          h.db.prisma,
          Array.from({ length: 30 }, (_, i) => ({
            to: `reader${i}@test.org`,
            subject: `Shared queue ${i}`,
            text: "One of thirty.",
            kind: "notification" as const,
          })),
        );
        // Both processes ask for delivery, several times: the queue runs each job once, and the
        // outbox's row claims keep two runs from sending one mail twice.
        for (let i = 0; i < 3; i++)
          await Promise.all([a.sendNow("mail.send"), b.sendNow("mail.send")]);
        await smtp.waitFor(before + 30);
        await new Promise((r) => setTimeout(r, 1500));
        const got = smtp.received.slice(before).map((m) => m.subject);
        expect(got.length).toBe(30);
        expect(new Set(got).size).toBe(30);
        await until(
          async () => (await h.db.prisma.outboxMail.count({ where: { status: "sent" } })) === 31,
        );
        expect(errors).toEqual([]);
      },
      120_000,
    );

    it("stops cleanly, and a stopped worker takes no more jobs", async () => {
      for (const j of running.splice(0)) await j.stop();
      const before = smtp.received.length;
      await queueMails(h.db.prisma, [
        { to: "late@test.org", subject: "After stop", text: "Waits.", kind: "notification" },
      ]);
      await new Promise((r) => setTimeout(r, 1500));
      expect(smtp.received.length).toBe(before);
      expect(await h.db.prisma.outboxMail.count({ where: { status: "queued" } })).toBe(1);
    });
  });
}
