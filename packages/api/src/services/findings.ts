/**
 * Reviewers' findings (issue 14, part 6): recorded one at a time (the portal's form) or by
 * import (CSV/XLSX read by `tabular.ts`, all or nothing), and compared with the needs identified
 * per article and per regional group, as the secretariat's notes do ("N challenges across M
 * States" under an article, beside its needs). See docs/findings.md.
 */
import {
  findingIssueReason,
  ZReviewFindingInputSchema,
  type FindingErrorReason,
  type TReviewFindingInput,
} from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { AppError, notFound } from "../errors.js";
import { cursorPage, pageArgs, type PageInput } from "../lib/paging.js";
import type { Row } from "../lib/tabular.js";

/** One refused row of an import: the field, a reason the portal translates, and English words. */
interface FindingRowError {
  /** 1-based row as a spreadsheet shows it (the header is row 1). */
  row: number;
  field: string;
  reason: FindingErrorReason;
  message: string;
  /** For `duplicate`: the earlier row with the same State, cycle and article. */
  firstRow?: number;
}

/** Header names an import may use for each field (normalised: lower case, no spaces or dashes). */
const COLUMNS = {
  state: ["state", "iso3", "country", "stateparty"],
  cycle: ["cycle", "reviewcycle"],
  article: ["article", "art", "articleno", "articlenumber"],
  challenges: ["challenges", "challenge", "numberofchallenges"],
  recommendations: ["recommendations", "recommendation", "numberofrecommendations"],
  source: ["source", "sourceref", "reference"],
} as const;
const REQUIRED = ["state", "article", "challenges", "recommendations"] as const;

const cell = (r: Row, field: keyof typeof COLUMNS) => {
  for (const name of COLUMNS[field]) if (r[name] !== undefined) return r[name];
  return undefined;
};

/** A number cell as zod should see it: empty stays missing, anything else goes through Number. */
const num = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : Number(v));

/** Maps one spreadsheet row to the input the API accepts, leaving validation to zod. */
function rowToFindingInput(r: Row): unknown {
  const article = cell(r, "article")?.replace(/^art(icle)?s?\.?\s*/i, "");
  const source = cell(r, "source");
  return {
    state: cell(r, "state") ?? "",
    cycle: num(cell(r, "cycle")),
    article: num(article),
    challenges: num(cell(r, "challenges")),
    recommendations: num(cell(r, "recommendations")),
    ...(source ? { source } : {}),
  };
}

/**
 * Every row checked before anything is written; each mistake reported with its row, field and
 * reason. The same State, cycle and article twice in one file is a mistake too: which numbers
 * would be meant?
 */
function validateFindingRows(rows: Row[]): {
  inputs: TReviewFindingInput[];
  errors: FindingRowError[];
} {
  const inputs: TReviewFindingInput[] = [];
  const errors: FindingRowError[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const row = i + 2;
    const parsed = ZReviewFindingInputSchema.safeParse(rowToFindingInput(r));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({
          row,
          field: issue.path.join(".") || "row",
          reason: findingIssueReason(issue),
          message: issue.message,
        });
      return;
    }
    const f = parsed.data;
    const key = `${f.state}:${f.cycle}:${f.article}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      errors.push({
        row,
        field: "article",
        reason: "duplicate",
        firstRow,
        message: `${f.state}, cycle ${f.cycle}, article ${f.article} is already on row ${firstRow}`,
      });
      return;
    }
    seen.set(key, row);
    inputs.push(f);
  });
  return { inputs, errors };
}

/** Rows per INSERT statement: one JSON parameter each, well under any parameter limit. */
const CHUNK = 2_000;

const UPSERT_SQL = `
  INSERT INTO "ReviewFinding" ("id", "stateId", "cycle", "article", "challenges", "recommendations", "source", "updatedAt")
  SELECT gen_random_uuid()::text, r."stateId", r."cycle", r."article", r."challenges", r."recommendations", r."source", now()
    FROM jsonb_to_recordset($1::jsonb) AS r("stateId" text, "cycle" int, "article" int, "challenges" int, "recommendations" int, "source" text)
  ON CONFLICT ("stateId", "cycle", "article") DO UPDATE
     SET "challenges" = EXCLUDED."challenges", "recommendations" = EXCLUDED."recommendations",
         "source" = EXCLUDED."source", "demo" = false, "updatedAt" = now()`;

/**
 * Imports findings: all rows or none. A row names a State, cycle and article; its numbers replace
 * what was recorded for them (a corrected sheet can be imported again).
 */
export async function importFindings(
  db: DbClient,
  user: SessionUser,
  filename: string,
  rows: Row[],
): Promise<{ imported: number }> {
  const [first] = rows;
  if (!first) throw new AppError("BAD_INPUT", "The file has no data rows", "file");
  const missing = REQUIRED.filter((f) => cell(first, f) === undefined);
  if (missing.length)
    throw new AppError(
      "BAD_INPUT",
      `The file has no ${missing.join(", ")} column; a findings sheet has the columns state, cycle, article, challenges, recommendations and source`,
      "file",
      { missingColumns: missing },
    );
  const { inputs, errors } = validateFindingRows(rows);
  if (errors.length)
    throw new AppError(
      "BAD_INPUT",
      `${errors.length} problem(s) in ${new Set(errors.map((e) => e.row)).size} row(s); nothing was imported`,
      "file",
      { rows: errors },
    );
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < inputs.length; i += CHUNK) {
        const chunk = inputs.slice(i, i + CHUNK).map((f) => ({
          stateId: f.state,
          cycle: f.cycle,
          article: f.article,
          challenges: f.challenges,
          recommendations: f.recommendations,
          source: f.source || `import:${filename}`,
        }));
        await tx.$executeRawUnsafe(UPSERT_SQL, JSON.stringify(chunk));
      }
      await audit(tx, user, {
        action: "finding.import",
        entity: "ReviewFinding",
        entityId: filename,
        after: { rows: inputs.length },
      });
    },
    { timeout: 120_000 },
  );
  return { imported: inputs.length };
}

const findingSelect = {
  id: true,
  stateId: true,
  cycle: true,
  article: true,
  challenges: true,
  recommendations: true,
  source: true,
  demo: true,
  updatedAt: true,
} satisfies Prisma.ReviewFindingSelect;
type FindingRecord = Prisma.ReviewFindingGetPayload<{ select: typeof findingSelect }>;

function toFindingRow(f: FindingRecord) {
  return {
    id: f.id,
    state: f.stateId,
    cycle: f.cycle,
    article: f.article,
    challenges: f.challenges,
    recommendations: f.recommendations,
    source: f.source,
    demo: f.demo,
    updatedAt: f.updatedAt.toISOString(),
  };
}

/** Records one State's findings under one article (the form): replaces earlier numbers. */
export async function recordFinding(db: DbClient, user: SessionUser, f: TReviewFindingInput) {
  return db.$transaction(async (tx) => {
    const where = {
      stateId_cycle_article: { stateId: f.state, cycle: f.cycle, article: f.article },
    };
    const before = await tx.reviewFinding.findUnique({ where, select: findingSelect });
    const data = {
      challenges: f.challenges,
      recommendations: f.recommendations,
      source: f.source || null,
      demo: false,
    };
    const saved = await tx.reviewFinding.upsert({
      where,
      create: { stateId: f.state, cycle: f.cycle, article: f.article, ...data },
      update: data,
      select: findingSelect,
    });
    await audit(tx, user, {
      action: "finding.record",
      entity: "ReviewFinding",
      entityId: saved.id,
      before: before ? toFindingRow(before) : undefined,
      after: toFindingRow(saved),
    });
    return toFindingRow(saved);
  });
}

export interface FindingsListQuery extends PageInput {
  state?: string | undefined;
  cycle?: number | undefined;
  article?: number | undefined;
  region?: string | undefined;
}

/** Recorded findings, by State, cycle and article; filters narrow the list. */
export async function listFindings(db: DbClient, input: FindingsListQuery) {
  const where = {
    ...(input.state ? { stateId: input.state } : {}),
    ...(input.cycle ? { cycle: input.cycle } : {}),
    ...(input.article ? { article: input.article } : {}),
    ...(input.region ? { state: { group: input.region } } : {}),
  };
  const page = await pageArgs(input, (id) =>
    db.reviewFinding.count({ where: { AND: [where, { id }] } }),
  );
  return cursorPage(
    input,
    db.reviewFinding.findMany({
      where,
      select: findingSelect,
      orderBy: [{ stateId: "asc" }, { cycle: "asc" }, { article: "asc" }, { id: "asc" }],
      ...page,
    }),
    db.reviewFinding.count({ where }),
    toFindingRow,
  );
}

/** Deletes a finding recorded by mistake, audited with what it said. */
export function removeFinding(db: DbClient, user: SessionUser | null, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.reviewFinding.findUnique({ where: { id }, select: findingSelect });
    if (!before) throw notFound("Finding", id);
    await tx.reviewFinding.delete({ where: { id } });
    await audit(tx, user, {
      action: "finding.remove",
      entity: "ReviewFinding",
      entityId: id,
      before: toFindingRow(before),
    });
    return { id };
  });
}
