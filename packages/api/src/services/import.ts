import { randomUUID } from "node:crypto";
import { ZNeedInputSchema, getState, type TNeedInput } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { AppError } from "../errors.js";
import { audit } from "../audit.js";
import type { Services } from "../runtime.js";
import { chapterFor, REVIEW_THRESHOLD } from "./needs.js";
import { fromDay } from "../lib/dates.js";
import { documentOf } from "./search.js";
import type { Row } from "../lib/tabular.js";

export interface RowError {
  /** 1-based data row number as a spreadsheet shows it (header is row 1). */
  row: number;
  field: string;
  /** For programs and logs: zod's wording, or the domain's own sentence. */
  message: string;
  /**
   * zod's issue code ("too_big", "invalid_value", ...) or "custom" for the domain's own rules,
   * with the limit it names: the portal words the problem in the reader's language from these,
   * as it does for field errors (docs/language.md).
   */
  code: string;
  params: { minimum?: number; maximum?: number; origin?: string } | null;
}

/** The limit a too_small/too_big issue is about, as the API's field errors carry it. */
function issueParams(i: {
  code: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
}): RowError["params"] {
  const origin = typeof i.origin === "string" ? i.origin : undefined;
  if (i.code === "too_small") return { minimum: Number(i.minimum), ...(origin ? { origin } : {}) };
  if (i.code === "too_big") return { maximum: Number(i.maximum), ...(origin ? { origin } : {}) };
  return null;
}

const list = (s: string | undefined) =>
  (s ?? "")
    .split(/[;,|]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Maps one spreadsheet row to the need input the API accepts, leaving validation to zod. */
function rowToNeedInput(r: Row): unknown {
  const bool = (v?: string) => (v ? /^(1|true|yes|oui|si|sí|y)$/i.test(v.trim()) : undefined);
  const articles = list(r.articles ?? r.article).map((a) =>
    Number(a.replace(/^art(icle)?s?\.?\s*/i, "")),
  );
  return {
    state: r.state ?? r.iso3 ?? r.country,
    cycle: r.cycle ? Number(r.cycle) : undefined,
    chapter: r.chapter || undefined,
    articles,
    text: r.text ?? r.need ?? r.description,
    language: r.language || undefined,
    sourceRef: r.sourceref || r.source || undefined,
    confidentiality: r.confidentiality || undefined,
    genderResponsive: bool(r.genderresponsive ?? r.gender),
    identifiedOn: r.identifiedon || r.date || undefined,
    category: r.category || undefined,
  };
}

/** Validates every row first and reports every bad one; writes nothing unless all are good. */
function validateRows(rows: Row[]): { inputs: TNeedInput[]; errors: RowError[] } {
  const inputs: TNeedInput[] = [];
  const errors: RowError[] = [];
  rows.forEach((r, i) => {
    const row = i + 2;
    const parsed = ZNeedInputSchema.safeParse(rowToNeedInput(r));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({
          row,
          field: issue.path.join(".") || "row",
          message: issue.message,
          code: issue.code,
          params: issueParams(issue),
        });
      return;
    }
    if (!getState(parsed.data.state)) {
      errors.push({
        row,
        field: "state",
        message: `${parsed.data.state} is not a State party to UNCAC`,
        code: "custom",
        params: null,
      });
      return;
    }
    inputs.push(parsed.data);
  });
  return { inputs, errors };
}

/** Rows staged per statement: small enough that other requests get a turn in between. */
const STAGE_CHUNK = 200;
/** Stage rows this old belong to an import whose process died; they are cleared. */
const STALE_STAGE_MS = 3600_000;

/** The Need columns an import writes; the others take their defaults. Fixed here, never from input. */
const STAGED_COLUMNS = [
  "id",
  "stateId",
  "cycle",
  "chapterId",
  "articles",
  "text",
  "language",
  "sourceRef",
  "confidentiality",
  "genderResponsive",
  "identifiedOn",
  "category",
  "categories",
  "reviewAction",
  "reviewedById",
  "reviewedAt",
  "suggestion",
  "modelVersion",
  // Filled like any other column, so imported needs are searchable at once.
  "search",
  "updatedAt",
] as const;

/** One need as the JSON `jsonb_populate_record` turns back into a "Need" row. */
function toStagedRow(d: NeedRowData): Prisma.InputJsonObject {
  const row: Record<(typeof STAGED_COLUMNS)[number], unknown> = {
    ...d,
    id: randomUUID(),
    identifiedOn: d.identifiedOn?.toISOString().slice(0, 10) ?? null,
    reviewedAt: d.reviewedAt?.toISOString() ?? null,
    // Prisma fills @updatedAt itself; the database has no default for it.
    updatedAt: new Date().toISOString(),
  };
  return JSON.parse(JSON.stringify(row)) as Prisma.InputJsonObject;
}

interface NeedRowData {
  stateId: string;
  cycle: number;
  chapterId: string | null;
  articles: number[];
  text: string;
  language: string;
  sourceRef: string;
  confidentiality: string;
  genderResponsive: boolean;
  identifiedOn: Date | null;
  category: string | null;
  categories: string[];
  reviewAction: "confirm" | null;
  reviewedById: string | null;
  reviewedAt: Date | null;
  suggestion: unknown;
  modelVersion: string;
  /** The search document, so imported needs are searchable at once (services/search.ts). */
  search: string[];
}

/** A need's row as staged: classified now, its category the file's (reviewed) or the model's. */
function stagedNeed(
  services: Services,
  user: SessionUser,
  filename: string,
  input: TNeedInput,
): NeedRowData {
  const s = services.classifier.classify(input.text);
  const confident = !s.abstain && (s.categories[0]?.score ?? 0) >= REVIEW_THRESHOLD;
  const articles = input.articles.length
    ? input.articles
    : confident
      ? s.articles.slice(0, 1).map((a) => a.article)
      : [];
  const category = input.category ?? (s.abstain ? null : (s.categories[0]?.id ?? null));
  return {
    stateId: input.state,
    cycle: input.cycle,
    chapterId: chapterFor(articles, s.chapter, input.chapter),
    articles,
    text: input.text,
    language: input.language,
    sourceRef: input.sourceRef ?? `import:${filename}`,
    confidentiality: input.confidentiality,
    genderResponsive: input.genderResponsive,
    identifiedOn: fromDay(input.identifiedOn),
    category,
    categories: category ? [category] : [],
    // An imported category counts as the secretariat's: it is not queued for review.
    reviewAction: input.category ? "confirm" : null,
    reviewedById: input.category ? user.id : null,
    reviewedAt: input.category ? new Date() : null,
    suggestion: s,
    modelVersion: s.modelVersion,
    search: documentOf("Need", { text: input.text }),
  };
}

/** Moves the staged rows into the needs, with their first status and the audit entry: all or none. */
async function commitStaged(
  db: DbClient,
  user: SessionUser,
  filename: string,
  importKey: string,
  count: number,
) {
  const note = `imported from ${filename}`;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(
        `INSERT INTO "Need" (${STAGED_COLUMNS.map((c) => `"${c}"`).join(", ")})
         SELECT ${STAGED_COLUMNS.map((c) => `r."${c}"`).join(", ")}
           FROM "NeedImportStage" st, jsonb_populate_record(NULL::"Need", st.payload) r
          WHERE st."importKey" = $1 ORDER BY st.seq`,
        importKey,
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO "NeedStatusChange" (id, "needId", "from", "to", "byUserId", note)
         SELECT gen_random_uuid()::text, st.payload->>'id', NULL, 'identified', $2, $3
           FROM "NeedImportStage" st WHERE st."importKey" = $1`,
        importKey,
        user.id,
        note,
      );
      await tx.needImportStage.deleteMany({ where: { importKey } });
      await audit(tx, user, {
        action: "need.import",
        entity: "Need",
        entityId: filename,
        after: { rows: count },
      });
    },
    { timeout: 120_000 },
  );
}

export async function importNeeds(
  db: DbClient,
  services: Services,
  user: SessionUser,
  filename: string,
  rows: Row[],
) {
  if (!rows.length) throw new AppError("BAD_INPUT", "The file has no data rows", "file");
  const { inputs, errors } = validateRows(rows);
  if (errors.length) {
    throw new AppError(
      "BAD_INPUT",
      `${errors.length} problem(s) in ${new Set(errors.map((e) => e.row)).size} row(s); nothing was imported`,
      "file",
      {
        rows: errors,
      },
    );
  }
  const importKey = randomUUID();
  // Stage first, in small statements with a pause between them: on the embedded database every
  // statement runs on the server's own thread, so one long transaction stopped every other
  // request (a 10k-row import froze the server for 13 s; issue 12).
  await db.needImportStage.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - STALE_STAGE_MS) } },
  });
  try {
    // Classified chunk by chunk as it is staged, so the CPU work is spread out too.
    for (let i = 0; i < inputs.length; i += STAGE_CHUNK) {
      await db.needImportStage.createMany({
        data: inputs.slice(i, i + STAGE_CHUNK).map((input, j) => ({
          importKey,
          seq: i + j,
          payload: toStagedRow(stagedNeed(services, user, filename, input)),
        })),
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Then move everything in one short transaction: all the needs or none.
    await commitStaged(db, user, filename, importKey, inputs.length);
  } catch (err) {
    // Nothing of a failed import stays behind, not even in the stage.
    await db.needImportStage.deleteMany({ where: { importKey } }).catch(() => undefined);
    throw err;
  }
  return { imported: inputs.length };
}
