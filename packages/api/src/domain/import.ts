import { ZNeedInputSchema, getState, type TNeedInput } from "@tahub/domain";
import type { SessionUser } from "../context.js";
import type { DbClient } from "../db.js";
import { AppError } from "../errors.js";
import { audit } from "../audit.js";
import type { Services } from "../services/index.js";
import { chapterFor, REVIEW_THRESHOLD } from "./needs.js";
import { fromDay } from "./dates.js";
import type { Row } from "./tabular.js";

export interface RowError {
  /** 1-based data row number as a spreadsheet shows it (header is row 1). */
  row: number;
  field: string;
  message: string;
}

const list = (s: string | undefined) =>
  (s ?? "")
    .split(/[;,|]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Maps one spreadsheet row to the need input the API accepts, leaving validation to zod. */
export function rowToNeedInput(r: Row): unknown {
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
export function validateRows(rows: Row[]): { inputs: TNeedInput[]; errors: RowError[] } {
  const inputs: TNeedInput[] = [];
  const errors: RowError[] = [];
  rows.forEach((r, i) => {
    const row = i + 2;
    const parsed = ZNeedInputSchema.safeParse(rowToNeedInput(r));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row, field: issue.path.join(".") || "row", message: issue.message });
      return;
    }
    if (!getState(parsed.data.state)) {
      errors.push({ row, field: "state", message: `${parsed.data.state} is not a State party` });
      return;
    }
    inputs.push(parsed.data);
  });
  return { inputs, errors };
}

const BATCH = 1000;

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
  const data = inputs.map((input) => {
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
    };
  });
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < data.length; i += BATCH) {
        const created = await tx.need.createManyAndReturn({
          data: data.slice(i, i + BATCH),
          select: { id: true },
        });
        await tx.needStatusChange.createMany({
          data: created.map((c) => ({
            needId: c.id,
            from: null,
            to: "identified",
            byUserId: user.id,
            note: `imported from ${filename}`,
          })),
        });
      }
      await audit(tx, user, {
        action: "need.import",
        entity: "Need",
        entityId: filename,
        after: { rows: data.length },
      });
    },
    { timeout: 120_000 },
  );
  return { imported: data.length };
}
