/**
 * Executive-summary ingestion (issue 14, part 4): a summary's technical-assistance section in,
 * individual classified needs out. `previewSummary` splits and classifies and stores nothing;
 * `commitSummary` stores the needs the user confirmed, all or nothing, each with its source
 * paragraph (`Need.source`, ZNeedSourceSchema). The portal, the API and `tahub ingest summary`
 * share both functions.
 */
import { randomUUID } from "node:crypto";
import {
  articlesOutsideChapter,
  getState,
  MAX_SUMMARY_NEEDS,
  type CategoryId,
  type ChapterId,
  type TNeedSource,
  type TSummaryCommitInput,
  type TSummaryPreviewInput,
} from "@tahub/domain";
import { splitSummary, type ArticleSource } from "@tahub/engine";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { audit } from "../audit.js";
import { assertCanActForState } from "../access.js";
import type { TClassification } from "../schemas.js";
import type { Services } from "../runtime.js";
import { chapterFor, REVIEW_THRESHOLD } from "./needs.js";
import { documentOf } from "./search.js";
import { ingestError, summaryFileText } from "../lib/summary-files.js";

export interface PreviewNeed {
  text: string;
  articles: number[];
  articlesFrom: ArticleSource;
  paragraph: string;
  paragraphIndex: number;
  heading: string | null;
  /** All six groupings with calibrated scores, best first. */
  categories: { id: CategoryId; score: number }[];
  /** The grouping the need would be filed under, or null when the classifier abstains. */
  category: CategoryId | null;
  abstain: boolean;
  /**
   * Articles the need names that are not in the summary's chapter (art. 14 counts in chapter V,
   * where the reviews analyse it with arts. 52 and 58): the person checks the chapter or the
   * articles before storing. Empty when all fit, or when no chapter was given.
   */
  outsideChapter: number[];
  /** Articles the classifier suggests (used when the text names none). */
  suggestedArticles: number[];
}

export interface SummaryPreview {
  /** The text that was split (extracted from the file, or as pasted). */
  text: string;
  filename: string | null;
  needs: PreviewNeed[];
}

/** The need's primary grouping and every grouping it spans, as createNeed decides them. */
function filing(s: TClassification): { category: CategoryId | null; categories: CategoryId[] } {
  const category = s.abstain ? null : (s.categories[0]?.id ?? null);
  const spans = s.categories.filter((c) => c.score >= 0.35).map((c) => c.id);
  return { category, categories: spans.length ? spans : category ? [category] : [] };
}

/** Confident article suggestions, as createNeed takes them when the text names none. */
function suggestedArticles(s: TClassification): number[] {
  const confident = !s.abstain && (s.categories[0]?.score ?? 0) >= REVIEW_THRESHOLD;
  return confident
    ? s.articles
        .filter((a) => a.score >= 0.5)
        .slice(0, 3)
        .map((a) => a.article)
    : [];
}

/** Splits and classifies a section of text; pure but for the classifier. */
export function previewText(
  services: Services,
  text: string,
  filename: string | null = null,
  chapter?: ChapterId,
): SummaryPreview {
  const needs = splitSummary(text).map((n): PreviewNeed => {
    const s = services.classifier.classify(n.text);
    return {
      ...n,
      outsideChapter: chapter ? articlesOutsideChapter(n.articles, chapter) : [],
      categories: s.categories,
      category: filing(s).category,
      abstain: s.abstain,
      suggestedArticles: suggestedArticles(s),
    };
  });
  if (!needs.length)
    throw ingestError(
      "no-needs",
      "No technical assistance need was found in the text: paste or upload the section that lists them",
      "source",
    );
  if (needs.length > MAX_SUMMARY_NEEDS)
    throw ingestError(
      "too-long",
      `The text holds more than ${MAX_SUMMARY_NEEDS} needs: upload one summary's section at a time`,
      "source",
    );
  return { text, filename, needs };
}

/** Reads the pasted text or the uploaded file, then splits and classifies it. Stores nothing. */
export async function previewSummary(
  services: Services,
  user: SessionUser,
  input: TSummaryPreviewInput,
): Promise<SummaryPreview> {
  assertCanActForState(user, input.state);
  if (!getState(input.state))
    throw ingestError("empty", `${input.state} is not a State party`, "state");
  if ("text" in input.source) return previewText(services, input.source.text, null, input.chapter);
  const { filename, contentBase64 } = input.source.file;
  const text = await summaryFileText(filename, Buffer.from(contentBase64, "base64"));
  return previewText(services, text, filename, input.chapter);
}

/** The needs' rows, classified (before the transaction opens, so it stays short). */
function needRows(services: Services, input: TSummaryCommitInput, ingestId: string) {
  const today = new Date(new Date().toISOString().slice(0, 10));
  return input.needs.map((n, position) => {
    const s = services.classifier.classify(n.text);
    const { category, categories } = filing(s);
    const articles = n.articles.length ? n.articles : suggestedArticles(s);
    const source: TNeedSource = {
      kind: "executive-summary",
      ingestId,
      filename: input.filename,
      paragraph: n.paragraph,
      heading: n.heading,
      position,
    };
    return {
      id: randomUUID(),
      stateId: input.state,
      cycle: input.cycle,
      chapterId: chapterFor(articles, s.chapter, input.chapter),
      articles,
      text: n.text,
      search: documentOf("Need", { text: n.text }),
      language: input.language,
      sourceRef: `executive summary${input.filename ? `: ${input.filename}` : ""}`.slice(0, 500),
      source,
      identifiedOn: today,
      category,
      categories,
      suggestion: s,
      modelVersion: s.modelVersion,
    };
  });
}

/** Stores the confirmed needs in one transaction: all of them, or none. */
export async function commitSummary(
  db: DbClient,
  services: Services,
  /** Null for the command line, run by whoever holds the database. */
  user: SessionUser | null,
  input: TSummaryCommitInput,
): Promise<{ ingestId: string; created: string[]; summary: SummaryOnRecord }> {
  if (user) assertCanActForState(user, input.state);
  if (!getState(input.state))
    throw ingestError("empty", `${input.state} is not a State party`, "state");
  const today = new Date().toISOString().slice(0, 10);
  const ingestId = randomUUID();
  const rows = needRows(services, input, ingestId);
  const summary = await db.$transaction(
    async (tx) => {
      const onRecord = await summaryOnRecord(tx, input, today);
      await tx.need.createMany({ data: rows });
      await tx.needStatusChange.createMany({
        data: rows.map((r) => ({
          needId: r.id,
          from: null,
          to: "identified",
          byUserId: user?.id ?? null,
          note: "ingested from an executive summary",
        })),
      });
      await audit(tx, user, {
        action: "need.ingest",
        entity: "Need",
        entityId: ingestId,
        after: {
          state: input.state,
          cycle: input.cycle,
          chapter: input.chapter,
          filename: input.filename,
          needs: rows.length,
          summary: onRecord,
        },
      });
      return onRecord;
    },
    { timeout: 60_000 },
  );
  return { ingestId, created: rows.map((r) => r.id), summary };
}

/** The State's executive summary of the cycle, as the figures will date its needs. */
export interface SummaryOnRecord {
  finalisedOn: string;
  /** True when this ingestion recorded it (there was none). */
  created: boolean;
}

/**
 * The summary on record for the State and cycle, or one recorded now on the day given (default
 * today): without it, the needs would count in undated figures but in no as-at figure.
 */
async function summaryOnRecord(
  tx: Pick<DbClient, "stateSummary">,
  input: TSummaryCommitInput,
  today: string,
): Promise<SummaryOnRecord> {
  const key = { stateId_cycle: { stateId: input.state, cycle: input.cycle } };
  const found = await tx.stateSummary.findUnique({ where: key });
  if (found) return { finalisedOn: found.finalisedOn.toISOString().slice(0, 10), created: false };
  const finalisedOn = input.finalisedOn ?? today;
  await tx.stateSummary.create({
    data: { stateId: input.state, cycle: input.cycle, finalisedOn: new Date(finalisedOn) },
  });
  return { finalisedOn, created: true };
}
