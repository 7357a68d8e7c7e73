/**
 * Background work on a PostgreSQL-backed job queue shared by every server process: pg-boss 10.3
 * (the last release that runs on Node 20). On a PostgreSQL server pg-boss keeps its own small
 * pool from the same connection fields, and its jobs, locks and schedules live in the `pgboss`
 * schema, so several processes share one queue: a job runs in one process only, and a cron
 * schedule fires once. On the embedded default (PGlite, one process per folder) it runs through
 * the database's own connection (`db.executeSql`). Why pg-boss: docs/notifications.md.
 *
 * The jobs are small and idempotent, and each reads its work from the tables (the outbox, the
 * subscriptions' `checkedAt`, the reminders sent), so a lost or repeated job loses or repeats
 * nothing: the queue says when to look, the tables say what to do.
 */
import type { Db } from "@tahub/db";
import PgBoss from "pg-boss";
import { sendReminders } from "../mail/reminders.js";
import {
  deliverDue,
  releaseHeld,
  type DeliverOptions,
  type MailTransport,
} from "../mail/sender.js";
import { runDigest, runImmediate } from "../mail/subscriptions.js";

export const JOB_NAMES = [
  "mail.send",
  "subscriptions.immediate",
  "subscriptions.digest",
  "questionnaire.reminders",
] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** Where the API asks for work to be done soon (after a commit): no-op until a queue is attached. */
export interface JobSink {
  send(name: JobName): void;
}

/** A holder the services carry; apps/server attaches the running queue to it. */
export function createJobSink(): JobSink & { attach(q: JobSink | null): void } {
  let target: JobSink | null = null;
  return {
    attach(q) {
      target = q;
    },
    send(name) {
      target?.send(name);
    },
  };
}

type JobHandler = (db: Db) => Promise<unknown>;

export interface JobsOptions {
  db: Db;
  /** null: mail stays held in the outbox. */
  transport: MailTransport | null;
  /** Extra handlers by job name (subscriptions, reminders), registered by the mail module. */
  handlers?: Partial<Record<JobName, JobHandler>>;
  deliver?: DeliverOptions;
  /** Seconds between polls of each queue (default 2; tests use 0.5). */
  pollSeconds?: number;
  /** Cron schedules (default on); tests switch them off and send jobs themselves. */
  schedule?: boolean;
  onError?: (e: unknown, job?: string) => void;
  onDone?: (job: string, result: unknown) => void;
}

export interface Jobs extends JobSink {
  boss: PgBoss;
  /** Sends a job and resolves once it is queued (tests). */
  sendNow(name: JobName): Promise<string | null>;
  stop(): Promise<void>;
}

/** The cron schedule of each periodic job (UTC). */
const SCHEDULES: Record<JobName, string> = {
  // A sweep for retries whose backoff has passed and for rows a nudge missed.
  "mail.send": "* * * * *",
  "subscriptions.immediate": "* * * * *",
  "subscriptions.digest": "0 6 * * *",
  "questionnaire.reminders": "0 7 * * *",
};

/** pg-boss's `db` option on PGlite: parameterised statements through `query`, scripts through `exec`. */
function pgliteExecutor(pglite: NonNullable<Db["pglite"]>) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values?.length) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

/** pg-boss's connection: the embedded database's own executor, or a small pool of its own. */
function connectionOf(db: JobsOptions["db"]): PgBoss.ConstructorOptions {
  return db.pglite
    ? { db: pgliteExecutor(db.pglite) }
    : {
        host: db.pgConfig?.host,
        port: db.pgConfig?.port,
        user: db.pgConfig?.user,
        password: db.pgConfig?.password as string | undefined,
        database: db.pgConfig?.database,
        ssl: db.pgConfig?.ssl,
        max: 4,
        application_name: "tahub-jobs",
      };
}

/** Starts the queue and its workers. Stop it before closing the database. */
export async function startJobs(o: JobsOptions): Promise<Jobs> {
  const { db } = o;
  const connection = connectionOf(db);
  const boss = new PgBoss({
    ...connection,
    schema: "pgboss",
    schedule: o.schedule ?? true,
    // Finished jobs are kept a day for inspection, then archived and dropped.
    archiveCompletedAfterSeconds: 24 * 3600,
    deleteAfterDays: 7,
  });
  boss.on("error", (e) => o.onError?.(e));
  await boss.start();
  if (o.transport) await releaseHeld(db.prisma);

  const afterwards = <T>(r: T) => {
    if (r) boss.send("mail.send", {}).catch((e: unknown) => o.onError?.(e, "mail.send"));
    return r;
  };
  const handlers: Record<JobName, JobHandler> = {
    "mail.send": (d) => deliverDue(d.prisma, o.transport, o.deliver),
    // Each of these queues mail in its transactions, then asks for it to be sent.
    "subscriptions.immediate": async (d) => afterwards(await runImmediate(d.prisma)),
    "subscriptions.digest": async (d) => afterwards(await runDigest(d.prisma)),
    "questionnaire.reminders": async (d) => afterwards(await sendReminders(d.prisma)),
    ...o.handlers,
  };
  for (const name of JOB_NAMES) {
    // "stately": at most one job queued and one running per name, so nudges collapse.
    await boss.createQueue(name, { name, policy: "stately", retryLimit: 3, retryBackoff: true });
    if (o.schedule ?? true) await boss.schedule(name, SCHEDULES[name], {}, { tz: "UTC" });
    await boss.work(name, { pollingIntervalSeconds: o.pollSeconds ?? 2 }, async () => {
      try {
        const result = await handlers[name](db);
        o.onDone?.(name, result);
      } catch (e) {
        o.onError?.(e, name);
        throw e;
      }
    });
  }

  let stopped = false;
  return {
    boss,
    send(name) {
      if (stopped) return;
      boss.send(name, {}).catch((e: unknown) => o.onError?.(e, name));
    },
    sendNow: (name) => boss.send(name, {}),
    async stop() {
      if (stopped) return;
      stopped = true;
      // Waits for running jobs (at most 10 s), then for pg-boss's own pool to close.
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
