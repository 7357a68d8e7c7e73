/**
 * Delivers the outbox (the `mail.send` job). Several processes may run it at once: each claims
 * due rows with one UPDATE ... FOR UPDATE SKIP LOCKED that also counts the attempt and leases
 * the row for LEASE_MS, then sends outside any transaction (a transaction held over SMTP would
 * block the embedded database's single connection). A process that dies mid-send leaves a lease
 * that expires, and the row is tried again: delivery is at least once.
 *
 * Without a transport (no SMTP_URL) claimed rows become "held" for the admin to read. A failed
 * attempt is retried with exponential backoff; after `maxAttempts` the row is "failed", kept
 * with its last error, and can be queued again (`outbox.retry`).
 */
import nodemailer from "nodemailer";
import type { DbClient } from "../db.js";
import { mailSettings } from "./settings.js";

interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

/** Something that sends one mail or throws. */
export interface MailTransport {
  send(m: OutgoingMail): Promise<void>;
  close?(): void;
}

/** A nodemailer SMTP transport from `smtp(s)://user:pass@host:port` (SMTP_URL). */
export function smtpTransport(url: string): MailTransport {
  const t = nodemailer.createTransport(url);
  return {
    async send(m) {
      await t.sendMail({
        from: m.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        ...(m.html ? { html: m.html } : {}),
      });
    },
    close: () => t.close(),
  };
}

const MAX_ATTEMPTS = 5;
/** How long a claimed row is reserved for the process sending it. */
const LEASE_MS = 5 * 60_000;

/** Wait before attempt n+1 after n failed ones: 1, 2, 4, 8 ... minutes, at most 1 h. */
function backoffMs(attempts: number): number {
  return Math.min(3600_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

export interface DeliverOptions {
  maxAttempts?: number;
  batch?: number;
  /** Wait before the next attempt after `attempts` failures (tests pass () => 0). */
  backoff?: (attempts: number) => number;
  from?: string;
}

export interface DeliverResult {
  sent: number;
  held: number;
  retrying: number;
  failed: number;
}

interface Claimed {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
  notificationIds: string[];
}

/** Claims up to `batch` due rows for this process (see the module comment). */
async function claim(db: DbClient, batch: number, countAttempt: boolean): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMail" AS m
       SET "attempts" = m."attempts" + ${countAttempt ? 1 : 0},
           "nextAttemptAt" = now() + make_interval(secs => ${LEASE_MS / 1000})
     WHERE m."id" IN (
       SELECT "id" FROM "OutboxMail"
        WHERE "status" = 'queued' AND "nextAttemptAt" <= now()
        ORDER BY "createdAt", "id"
        LIMIT ${batch}
        FOR UPDATE SKIP LOCKED)
     RETURNING m."id", m."to", m."subject", m."text", m."html", m."attempts", m."notificationIds"`;
}

/** Delivers (or holds) every due row, batch after batch, until none is left. */
export async function deliverDue(
  db: DbClient,
  transport: MailTransport | null,
  opts: DeliverOptions = {},
): Promise<DeliverResult> {
  const maxAttempts = opts.maxAttempts ?? MAX_ATTEMPTS;
  const batch = opts.batch ?? 50;
  const wait = opts.backoff ?? backoffMs;
  const from = opts.from ?? mailSettings().from;
  const result: DeliverResult = { sent: 0, held: 0, retrying: 0, failed: 0 };
  for (;;) {
    const rows = await claim(db, batch, !!transport);
    if (!rows.length) return result;
    if (!transport) {
      await db.outboxMail.updateMany({
        where: { id: { in: rows.map((r) => r.id) } },
        data: { status: "held" },
      });
      result.held += rows.length;
      if (rows.length < batch) return result;
      continue;
    }
    for (const r of rows) {
      try {
        await transport.send({ from, to: r.to, subject: r.subject, text: r.text, html: r.html });
      } catch (e) {
        const lastError = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
        const failed = r.attempts >= maxAttempts;
        await db.outboxMail.update({
          where: { id: r.id },
          data: failed
            ? { status: "failed", lastError }
            : { lastError, nextAttemptAt: new Date(Date.now() + wait(r.attempts)) },
        });
        if (failed) result.failed++;
        else result.retrying++;
        continue;
      }
      const now = new Date();
      await db.$transaction([
        db.outboxMail.update({
          where: { id: r.id },
          data: { status: "sent", sentAt: now, lastError: null },
        }),
        db.notification.updateMany({
          where: { id: { in: r.notificationIds }, mailedAt: null },
          data: { mailedAt: now },
        }),
      ]);
      result.sent++;
    }
    // A short batch was the last: rows tried in this call wait for a later one.
    if (rows.length < batch) return result;
  }
}

/** Held mails go back to the queue (an SMTP server was configured since). */
export async function releaseHeld(db: DbClient): Promise<number> {
  const r = await db.outboxMail.updateMany({
    where: { status: "held" },
    data: { status: "queued", nextAttemptAt: new Date() },
  });
  return r.count;
}
