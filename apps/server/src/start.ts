import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  configureMail,
  createServices,
  SERVER_MATCH_STALE_AFTER_MS,
  smtpTransport,
  startJobs,
  type Jobs,
  type Services,
} from "@tahub/api";
import { createDb, migrate, versionReader, type Db } from "@tahub/db";
import { readServerEnv, type ServerEnv } from "./env.js";
import { createLogger, type Logger } from "./logger.js";
import { createHttpServer } from "./server.js";

export interface StartOptions {
  env?: Partial<ServerEnv>;
  /**
   * Called after migrations, before listening, with the services the server will use: e.g. seed
   * demo data. Runs under the database's start-up lock, like the migrations.
   */
  prepare?: (db: Db, services: Services) => Promise<void>;
}

const DEFAULT_PORTAL = resolve(dirname(fileURLToPath(import.meta.url)), "../../portal/dist");

/** The database the environment names: PostgreSQL, a PGlite folder, or the default folder. */
function openDb(env: ServerEnv): Promise<Db> {
  return createDb(
    env.DATABASE_URL
      ? { url: env.DATABASE_URL }
      : env.TAHUB_DATA_DIR
        ? { dataDir: env.TAHUB_DATA_DIR }
        : {},
  );
}

/**
 * notifications & mail: the job worker (mail, subscriptions, questionnaire reminders), on the
 * database's pg-boss queue that every process shares (docs/notifications.md). Null when this
 * process runs no worker (JOBS_WORKER=false).
 */
async function startJobWorker(
  env: ServerEnv,
  db: Db,
  services: Services,
  logger: Logger,
): Promise<Jobs | null> {
  if (!env.JOBS_WORKER) return null;
  const jobs = await startJobs({
    db,
    transport: env.SMTP_URL ? smtpTransport(env.SMTP_URL) : null,
    onError: (e, job) =>
      logger.error("job failed", { job, error: e instanceof Error ? e.message : String(e) }),
    onDone: (job, result) => {
      if (result && typeof result === "object" && Object.values(result).some((v) => v))
        logger.info("job done", { job, result });
      else if (typeof result === "number" && result) logger.info("job done", { job, result });
    },
  });
  services.jobs.attach(jobs);
  logger.info("job worker started", { mail: env.SMTP_URL ? "smtp" : "held in the outbox" });
  return jobs;
}

interface Running {
  server: Server;
  drained: (ms: number) => Promise<boolean>;
  db: Db;
  services: Services;
  jobs: Jobs | null;
  logger: Logger;
}

/** The graceful stop, once: called again (a second signal) it does nothing. */
function stopper({ server, drained, db, services, jobs, logger }: Running) {
  let stopping = false;
  return async function stop(signal: string) {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    // Stop accepting and drop idle keep-alive connections; let the requests being served finish
    // (bounded), cut what is left, and close the database only once no handler still uses it.
    const closed = new Promise<void>((ok) => server.close(() => ok()));
    server.closeIdleConnections();
    if (!(await drained(10_000))) server.closeAllConnections();
    await drained(5_000);
    await Promise.race([closed, new Promise((ok) => setTimeout(ok, 1_000).unref())]);
    // The worker finishes its running jobs, then lets go of the database.
    services.jobs.attach(null);
    await jobs
      ?.stop()
      .catch((e: unknown) => logger.error("job worker did not stop cleanly", { error: String(e) }));
    await db.close();
    logger.info("stopped");
  };
}

/** Opens the database, migrates it, listens, and shuts down gracefully on SIGINT/SIGTERM. */
export async function startServer(opts: StartOptions = {}) {
  const env = { ...readServerEnv(), ...opts.env };
  const logger = createLogger(env.LOG_LEVEL);
  const db = await openDb(env);
  const services = createServices({
    dataVersion: versionReader(db),
    matchStaleAfterMs: SERVER_MATCH_STALE_AFTER_MS,
  });
  // Migrations, seeding and classifying pending needs run under one database-wide lock held for
  // the whole start-up work: two processes started together on one fresh PostgreSQL database
  // deadlocked in this work (issue 12); with the lock the second waits, then finds it done.
  await db.withStartupLock(async () => {
    await migrate(db);
    if (opts.prepare) await opts.prepare(db, services);
  });
  // The match index is built before the server listens, or a fresh process's first need page
  // waits for the whole build (14 s at 100,000 needs; docs/matching.md). Outside the lock: it
  // only reads.
  const m = performance.now();
  const { index } = await services.matcher.data(db.prisma);
  logger.info("match index built", {
    records: index.needById.size + index.candidateById.size,
    ms: Math.round(performance.now() - m),
  });
  const portalDir = env.PORTAL_DIR ?? DEFAULT_PORTAL;
  if (!existsSync(portalDir)) logger.warn("portal not built: serving the API only", { portalDir });
  const { server, drained } = createHttpServer({
    db,
    services,
    logger,
    portalDir: existsSync(portalDir) ? portalDir : undefined,
    trustProxy: env.TRUST_PROXY,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    cookieSecure: env.COOKIE_SECURE,
    allowedOrigins: env.ALLOWED_ORIGINS,
    maxBodyBytes: env.MAX_BODY_BYTES,
    metricsToken: env.METRICS_TOKEN,
    rateLimit: {
      perMinute: env.RATE_LIMIT_PER_MIN,
      burst: env.RATE_LIMIT_BURST,
      loopback: env.RATE_LIMIT_LOOPBACK,
    },
  });
  await new Promise<void>((ok) => server.listen(env.PORT, env.HOST, ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  logger.info("TA Hub listening", { url: `http://${env.HOST}:${port}`, db: db.target.backend });

  configureMail({ baseUrl: env.PUBLIC_URL ?? `http://${env.HOST}:${port}`, from: env.MAIL_FROM });
  const jobs = await startJobWorker(env, db, services, logger);
  const stop = stopper({ server, drained, db, services, jobs, logger });
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  return { server, port, db, services, stop };
}
