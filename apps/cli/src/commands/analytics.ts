import { analytics, createDb, crossTabs, migrate, needsBySupply, type Db } from "@tahub/db";
import { ZAnalyticsQuerySchema, type TAnalyticsQuery } from "@tahub/domain";
import { evaluationsFor } from "@tahub/api";
import {
  json,
  table,
  UsageError,
  type Command,
  type CommandContext,
  type Io,
} from "../lib/command.js";

/** A comma-separated or repeated flag as a list ("--region african,asia-pacific"). */
function list(v: unknown): string[] | undefined {
  if (v === undefined) return undefined;
  const parts = (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(","));
  return parts.map((s) => s.trim()).filter(Boolean);
}

/**
 * The analytics question from the flags, validated by the same schema as the API's input, so a
 * bad month or State gets the same message here as there.
 */
function analyticsQuery(values: Record<string, unknown>): TAnalyticsQuery {
  const articles = list(values.article);
  const gender = values["gender-responsive"];
  if (gender !== undefined && gender !== "yes" && gender !== "no")
    throw new UsageError("--gender-responsive: say yes or no");
  const raw = {
    asAt: values["as-at"],
    partiesAsAt: values["parties-as-at"],
    periods: list(values.period),
    filters: {
      regions: list(values.region),
      states: list(values.state)?.map((s) => s.toUpperCase()),
      chapters: list(values.chapter)?.map((s) => s.toUpperCase()),
      articles: articles?.map((a) => (/^\d+$/.test(a) ? Number(a) : a)),
      groupings: list(values.grouping),
      cycle: values.cycle === undefined ? undefined : Number(values.cycle),
      genderResponsive:
        gender === undefined
          ? undefined
          : gender === "yes"
            ? true
            : gender === "no"
              ? false
              : gender,
    },
  };
  const parsed = ZAnalyticsQuerySchema.safeParse(raw);
  if (!parsed.success)
    throw new UsageError(
      parsed.error.issues.map((i) => `--${flagOf(i.path)}: ${i.message}`).join("\n"),
    );
  const filters = Object.fromEntries(
    Object.entries(parsed.data.filters ?? {}).filter(([, v]) => v !== undefined),
  );
  return {
    ...(parsed.data.asAt ? { asAt: parsed.data.asAt } : {}),
    ...(parsed.data.partiesAsAt ? { partiesAsAt: parsed.data.partiesAsAt } : {}),
    ...(parsed.data.periods ? { periods: parsed.data.periods } : {}),
    ...(Object.keys(filters).length ? { filters } : {}),
  };
}

const FLAG: Record<string, string> = {
  asAt: "as-at",
  partiesAsAt: "parties-as-at",
  periods: "period",
  regions: "region",
  states: "state",
  chapters: "chapter",
  articles: "article",
  groupings: "grouping",
  cycle: "cycle",
  genderResponsive: "gender-responsive",
};
/** The command-line flag of a field of the analytics question (shared with `tahub report`). */
export const flagOf = (path: PropertyKey[]) =>
  FLAG[String(path.find((p) => typeof p === "string" && FLAG[p] && p !== "filters"))] ??
  path.join(".");

type Values = CommandContext["values"];

/** --supply: open needs against open offers per article and region. */
async function showSupply(db: Db, values: Values, io: Io) {
  const cells = await needsBySupply(db.prisma);
  if (values.json) io.out(json(cells));
  else
    for (const line of table([
      ["article", "region", "open needs", "open offers"],
      ...cells.map((c) => [String(c.article), c.region, String(c.needs), String(c.offers)]),
    ]))
      io.out(line);
}

type Evaluations = Awaited<ReturnType<typeof evaluationsFor>>;

/** One rater's evaluation tables: by provider, region and grouping, each with an "(all)" row. */
function printRater(ev: Evaluations, rater: "state" | "provider", io: Io) {
  const side = ev[rater];
  io.out(`Rated by ${rater === "state" ? "the States" : "the providers"}:`);
  for (const [by, rows] of [
    ["provider", side.byProvider],
    ["region", side.byRegion],
    ["grouping", side.byGrouping],
  ] as const)
    for (const line of table([
      [by, "engagements", ...ev.criteria, "all"],
      ...[...rows, { ...side.overall, key: "(all)" }].map((r) => [
        r.name ?? r.key,
        String(r.engagements ?? 0),
        ...ev.criteria.map((c) => r.criteria[c]?.mean?.toFixed(2) ?? "-"),
        r.mean?.toFixed(2) ?? "-",
      ]),
    ]))
      io.out(`  ${line}`);
}

/** donors (issue 15, deliverable 5): OECD-DAC evaluations, every record (the operator's view). */
async function showEvaluations(db: Db, query: TAnalyticsQuery, values: Values, io: Io) {
  const { periods: _periods, partiesAsAt: _parties, ...rest } = query;
  const providers = list(values.provider);
  const ev = await evaluationsFor(
    { db: db.prisma },
    { ...rest, ...(providers ? { providers } : {}) },
    { tiers: undefined, below: null },
    { basis: "all-records", suppressedBelow: null },
  );
  if (values.json) io.out(json(ev));
  else for (const rater of ["state", "provider"] as const) printRater(ev, rater, io);
}

/** --cross-tabs: needs and States per pair of dimensions. */
async function showCrossTabs(db: Db, query: TAnalyticsQuery, values: Values, io: Io) {
  const { periods: _periods, partiesAsAt: _parties, ...rest } = query;
  const x = await crossTabs(db.prisma, {
    ...rest,
    grouping: values["any-grouping"] ? "any" : "primary",
  });
  if (values.json) io.out(json(x));
  else
    for (const [id, cells] of Object.entries(x.tabs)) {
      const [rows, columns] = id.split("-") as [string, string];
      io.out(`${rows} x ${columns} (cycle ${x.cycle}, ${x.grouping} grouping)`);
      for (const line of table([
        [rows, columns, "needs", "States"],
        ...cells.map((c) => [c.row, c.column, String(c.needs), String(c.states)]),
      ]))
        io.out(`  ${line}`);
    }
}

type Figures = Awaited<ReturnType<typeof analytics>>;

/** Cycle 2's needs by category, article and region, as indented tables. */
function printCycle2Tables(c2: Figures["cycle2"], io: Io) {
  for (const line of table([
    ["category", "needs"],
    ...Object.entries(c2.byCategory).map(([k, v]) => [k, String(v)]),
  ]))
    io.out(`  ${line}`);
  for (const line of table([
    ["article", "needs", "States"],
    ...Object.entries(c2.byArticle).map(([k, v]) => [k, String(v.needs), String(v.states)]),
  ]))
    io.out(`  ${line}`);
  for (const line of table([
    ["region", "States", "summaries", "with needs", "needs"],
    ...Object.entries(c2.byRegion).map(([k, v]) => [
      k,
      String(v.states),
      String(v.statesWithSummaries),
      String(v.statesWithNeeds),
      String(v.needs),
    ]),
  ]))
    io.out(`  ${line}`);
}

/** The default view: the figures of both cycles. */
function printFigures(a: Figures, io: Io) {
  const c2 = a.cycle2;
  io.out(
    `Cycle 2: ${c2.needs} needs from ${c2.statesWithNeeds} of ${c2.statesWithSummaries} States with finalised summaries`,
  );
  printCycle2Tables(c2, io);
  io.out(
    `Cycle 1: ${a.cycle1.needs} needs from ${a.cycle1.states} of ${a.cycle1.statesWithSummaries} States; ` +
      Object.entries(a.cycle1.byChapter)
        .map(([k, v]) => `chapter ${k} ${v}`)
        .join(", "),
  );
  // Added after the lines above, which scripts may read: any grouping and the periods.
  for (const line of table([
    ["grouping (any)", "needs", "States"],
    ...Object.entries(c2.byCategoryAny).map(([k, v]) => [
      k,
      String(v),
      String(c2.byCategoryAnyStates[k] ?? 0),
    ]),
  ]))
    io.out(`  ${line}`);
  io.out(
    `Periods: ${Object.entries(c2.byPeriod)
      .map(([p, f]) => `${p} ${f.needs} needs from ${f.states} States`)
      .join("; ")}${a.query.asAt ? ` (as at ${a.query.asAt})` : ""}`,
  );
}

export const analyticsCommand: Command = {
  name: "analytics",
  summary: "Needs by article, chapter, category, region and period, computed from the records",
  usage:
    "tahub analytics [--json] [--supply | --cross-tabs [--any-grouping] | --evaluations [--provider ID,...]]\n" +
    "                [--as-at YYYY-MM-DD] [--period YYYY-MM,...] [--parties-as-at YYYY-MM-DD]\n" +
    "                [--region ID,...] [--state ISO3,...] [--chapter II,...] [--article N,...] [--grouping ID,...]\n" +
    "                [--cycle 1|2] [--gender-responsive yes|no] [--db URL|DIR]",
  options: {
    json: { type: "boolean" },
    supply: { type: "boolean" },
    "cross-tabs": { type: "boolean" },
    "any-grouping": { type: "boolean" },
    // donors (issue 15, deliverable 5)
    evaluations: { type: "boolean" },
    provider: { type: "string", multiple: true },
    db: { type: "string" },
    "as-at": { type: "string" },
    "parties-as-at": { type: "string" },
    period: { type: "string", multiple: true },
    region: { type: "string", multiple: true },
    state: { type: "string", multiple: true },
    chapter: { type: "string", multiple: true },
    article: { type: "string", multiple: true },
    grouping: { type: "string", multiple: true },
    cycle: { type: "string" },
    "gender-responsive": { type: "string" },
  },
  async run({ values, io }) {
    const query = analyticsQuery(values);
    const db = await createDb(values.db ? { url: values.db as string } : {});
    try {
      await migrate(db);
      if (values.supply) await showSupply(db, values, io);
      else if (values.evaluations) await showEvaluations(db, query, values, io);
      else if (values["cross-tabs"]) await showCrossTabs(db, query, values, io);
      else {
        const a = await analytics(db.prisma, query);
        if (values.json) io.out(json(a));
        else printFigures(a, io);
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};
