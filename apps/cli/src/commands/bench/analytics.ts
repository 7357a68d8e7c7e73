/**
 * `tahub bench analytics --scale N --json` (issue 14, part 2): how long the figures, the
 * cross-tabulations and `match.partners` take at N times the demo's needs, through the API as
 * the portal calls it (a fresh server's caches: cold, then warm), plus the analytics SQL alone
 * (uncached, what a new question or the first call after a write costs).
 *
 * The embedded database lives in `<TAHUB_DATA_DIR or .data>/bench-scale-N` and is seeded once
 * and reused. With TAHUB_TEST_PG_URL (a server it may create databases on) it also measures
 * PostgreSQL in the database `tahub_bench_scale_N` of that server, seeded once; without it, a
 * DATABASE_URL naming PostgreSQL is measured (and seeded) as it is.
 */
import { dirname, join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import {
  createCaller,
  createServices,
  SERVER_MATCH_STALE_AFTER_MS,
  type Context,
  type Services,
  type SessionUser,
} from "@tahub/api";
import {
  analytics,
  createDb,
  crossTabs,
  defaultDataDir,
  migrate,
  readEnv,
  redactUrl,
  seedScale,
  versionReader,
  type Db,
} from "@tahub/db";
import type { TAnalyticsQuery } from "@tahub/domain";
import { json, UsageError, type CommandContext } from "../../lib/command.js";
import type { SubCommand } from "../../lib/subcommands.js";

/** The filtered question timed beside the unfiltered one: two regions, one grouping, an as-at day. */
const FILTERED: TAnalyticsQuery = {
  asAt: "2022-12-31",
  periods: ["2021-09", "2022-09"],
  filters: { regions: ["african", "asia-pacific"], groupings: ["capacity-building"], cycle: 2 },
};

const SECRETARIAT: SessionUser = {
  id: "bench",
  email: "bench@tahub.invalid",
  name: "Bench",
  role: "analyst",
  state: null,
  providerId: null,
  stateName: null,
  providerName: null,
  locale: "en",
};

interface Timing {
  coldMs: number;
  warmMs: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

/** First call, then the median of `runs` more. */
async function coldWarm(fn: () => Promise<unknown>, runs: number): Promise<Timing> {
  const [cold] = await timed(fn);
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) warm.push((await timed(fn))[0]);
  warm.sort((a, b) => a - b);
  return { coldMs: round(cold), warmMs: round(warm[Math.floor(warm.length / 2)] ?? cold) };
}

async function median(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) xs.push((await timed(fn))[0]);
  xs.sort((a, b) => a - b);
  return round(xs[Math.floor(xs.length / 2)] ?? 0);
}

/**
 * A need page's call right after its need is edited: the first call, then the same call every
 * 100 ms while the match index is rebuilt (the slowest of them: a rebuild must not freeze the
 * server), and the time from the write until the index includes it. Then the edit is undone
 * and its rebuild waited for, so reruns and later timings see the same data.
 */
async function afterWrite(
  db: Db,
  matcher: Services["matcher"],
  needId: string,
  fn: () => Promise<unknown>,
): Promise<{
  firstMs: number;
  slowestMs: number;
  calls: number;
  indexedMs: number;
  longestPauseMs: number;
  heapMb: number;
}> {
  const { text } = await db.prisma.need.findUniqueOrThrow({
    where: { id: needId },
    select: { text: true },
  });
  const written = performance.now();
  await db.prisma.need.update({ where: { id: needId }, data: { text: `${text} (edited)` } });
  // How long the event loop was held at once during the rebuild: what any request then waits.
  const pauses = monitorEventLoopDelay({ resolution: 10 });
  pauses.enable();
  try {
    const [first] = await timed(fn);
    let indexedAt: number | undefined;
    const indexed = matcher.data(db.prisma).then(() => (indexedAt = performance.now()));
    let slowest = first;
    let calls = 1;
    while (indexedAt === undefined) {
      await sleep(100);
      slowest = Math.max(slowest, (await timed(fn))[0]);
      calls++;
    }
    await indexed;
    pauses.disable();
    return {
      firstMs: round(first),
      slowestMs: round(slowest),
      calls,
      indexedMs: round(indexedAt - written),
      longestPauseMs: round(pauses.max / 1e6),
      // Not collected first (no --expose-gc): garbage not yet collected counts too.
      heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
    };
  } finally {
    pauses.disable();
    await db.prisma.need.update({ where: { id: needId }, data: { text } });
    await matcher.data(db.prisma);
  }
}

async function ensureServerDatabase(adminUrl: string, database: string): Promise<string> {
  const admin = await createDb({ url: adminUrl });
  try {
    const found = await admin.prisma.$queryRawUnsafe<unknown[]>(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      database,
    );
    // The name is built from a validated whole number: safe to write into the statement.
    if (found.length === 0) await admin.prisma.$executeRawUnsafe(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.close();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The need page's partners right after its need is edited: the first call (answered from the
 * last index, re-checked live, when the rebuild takes longer than the server waits) and when
 * the rebuild, re-analysing only the edited text, has the edit in the index.
 */
async function partnersAfterWrite(
  db: Db,
  matcher: Services["matcher"],
  needId: string,
  pub: ReturnType<typeof createCaller>,
) {
  const t = await afterWrite(db, matcher, needId, () => pub.match.partners({ needId }));
  return {
    partnersAfterWrite: t.firstMs,
    partnersSlowestWhileRebuilding: t.slowestMs,
    partnersCallsWhileRebuilding: t.calls,
    partnersIndexedAfterWrite: t.indexedMs,
    longestPauseWhileRebuilding: t.longestPauseMs,
    heapMbAfterRebuild: t.heapMb,
  };
}

/** Every API call the portal makes for these views: cold (a fresh server's caches), then warm. */
async function apiTimings(
  db: Db,
  callers: { pub: ReturnType<typeof createCaller>; sec: ReturnType<typeof createCaller> },
  matcher: Services["matcher"],
  needId: string,
  runs: number,
) {
  const { pub, sec } = callers;
  return {
    figures: await coldWarm(() => pub.analytics.figures(), runs),
    figuresSecretariat: await coldWarm(() => sec.analytics.figures(), runs),
    figuresFiltered: await coldWarm(() => pub.analytics.figures(FILTERED), runs),
    crossTabs: await coldWarm(() => pub.analytics.crossTabs({ grouping: "any" }), runs),
    crossTabsFiltered: await coldWarm(
      () => pub.analytics.crossTabs({ filters: FILTERED.filters }),
      runs,
    ),
    supplyMatrix: await coldWarm(() => pub.analytics.supplyMatrix({}), runs),
    // As a server starts: it builds the match index before it listens (apps/server start.ts),
    // so a need page's first call ("cold") finds it built.
    partnersIndexAtStartup: round((await timed(() => matcher.data(db.prisma)))[0]),
    partners: await coldWarm(() => pub.match.partners({ needId }), runs),
    ...(await partnersAfterWrite(db, matcher, needId, pub)),
  };
}

async function measure(db: Db, scale: number, runs: number, say: (s: string) => void) {
  await migrate(db);
  const [counted] = await db.prisma.$queryRawUnsafe<{ c: bigint }[]>(
    `SELECT count(*) AS c FROM "Need" WHERE cycle = 2 AND id LIKE 'scale-%'`,
  );
  const have = Number(counted?.c ?? 0);
  let seededSeconds: number | null = null;
  if (have < (scale - 1) * 527) {
    say(`seeding x${scale}...`);
    seededSeconds = (await seedScale(db.prisma, scale)).seconds;
  }
  const [needs] = await db.prisma.$queryRawUnsafe<{ c: bigint }[]>(
    `SELECT count(*) AS c FROM "Need" WHERE cycle = 2`,
  );
  const [tally] = await db.prisma.$queryRawUnsafe<{ c: bigint }[]>(
    `SELECT count(*) AS c FROM "NeedTally"`,
  );
  // As the server runs: a need's page may be answered from the last index while it rebuilds.
  const services = createServices({
    dataVersion: versionReader(db),
    matchStaleAfterMs: SERVER_MATCH_STALE_AFTER_MS,
  });
  const as = (user: SessionUser | null) =>
    createCaller({
      db: db.prisma,
      user,
      services,
      ip: "127.0.0.1",
      sessionToken: null,
      cookieSecure: false,
    } satisfies Context);
  const pub = as(null);
  const sec = as(SECRETARIAT);
  // A public cycle-2 need of a State with a finalised summary, as the portal's need page asks.
  const need = await db.prisma.need.findFirstOrThrow({
    where: { cycle: 2, confidentiality: "public", id: { startsWith: "demo-" } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  say("timing...");
  return {
    cycle2Needs: Number(needs?.c ?? 0),
    tallyRows: Number(tally?.c ?? 0),
    seededSeconds,
    api: await apiTimings(db, { pub, sec }, services.matcher, need.id, runs),
    /** The analytics SQL alone, no cache: the cost of a new question or of the first call after a write. */
    sqlMedianMs: {
      figures: await median(() => analytics(db.prisma), runs),
      figuresFiltered: await median(() => analytics(db.prisma, FILTERED), runs),
      crossTabs: await median(() => crossTabs(db.prisma, { grouping: "any" }), runs),
    },
  };
}

export const benchAnalytics: SubCommand = {
  summary: "Figures, cross-tabs and partners at N times the demo (embedded and PostgreSQL)",
  usage: "tahub bench analytics [--scale N (default 200)] [--runs K (default 5)] [--json]",
  async run({ values, io }: CommandContext) {
    const scale = values.scale === undefined ? 200 : Number(values.scale);
    if (!Number.isInteger(scale) || scale < 1 || scale > 10_000)
      throw new UsageError("--scale takes a whole number from 1 to 10000");
    const runs = values.runs === undefined ? 5 : Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1 || runs > 100)
      throw new UsageError("--runs takes a whole number from 1 to 100");
    const say = (s: string) => io.err(s);
    const env = readEnv();
    const dataRoot = dirname(env.dataDir ?? defaultDataDir());
    const targets: { backend: string; open: () => Promise<Db>; where: string }[] = [];
    const dir = join(dataRoot, `bench-scale-${scale}`);
    targets.push({ backend: "pglite", where: dir, open: () => createDb({ url: dir }) });
    const admin = env.testPgUrl;
    const server = env.databaseUrl;
    if (admin && /^postgres(ql)?:\/\//.test(admin)) {
      const url = await ensureServerDatabase(admin, `tahub_bench_scale_${scale}`);
      targets.push({ backend: "postgresql", where: redactUrl(url), open: () => createDb({ url }) });
    } else if (server && /^postgres(ql)?:\/\//.test(server))
      targets.push({
        backend: "postgresql",
        where: redactUrl(server),
        open: () => createDb({ url: server }),
      });
    const results: Record<string, unknown> = {};
    for (const t of targets) {
      say(`${t.backend}: ${t.where}`);
      const db = await t.open();
      try {
        results[t.backend] = { database: t.where, ...(await measure(db, scale, runs, say)) };
      } finally {
        await db.close();
      }
    }
    const out = { scale, runs, filtered: FILTERED, backends: results };
    if (values.json) io.out(json(out));
    else
      for (const [backend, r] of Object.entries(results)) {
        const x = r as Awaited<ReturnType<typeof measure>>;
        io.out(`${backend}: ${x.cycle2Needs} cycle-2 needs, ${x.tallyRows} roll-up rows`);
        for (const [what, t] of Object.entries(x.api))
          io.out(
            typeof t === "number"
              ? `  ${what.padEnd(20)} ${t} ms`
              : `  ${what.padEnd(20)} cold ${t.coldMs} ms, warm ${t.warmMs} ms`,
          );
        for (const [what, ms] of Object.entries(x.sqlMedianMs))
          io.out(`  SQL ${what.padEnd(16)} ${ms} ms (uncached, median)`);
      }
    return 0;
  },
};
