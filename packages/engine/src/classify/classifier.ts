/**
 * The TA Hub classifier: a need's text -> features (`features.ts`) -> the three heads' scores and
 * their calibration (`scores.ts`, over the model's inference table, `table.ts`) -> the decision
 * (`decide.ts`) -> the evidence (`explain.ts`). Each step is a pure function; a `Classifier`
 * holds only its model and the table built from it, so calls share no state.
 */
import type { CategoryId, ChapterId } from "@tahub/domain";
import {
  byScore,
  chapterOfScores,
  decidingRule,
  isContested,
  secondaryOf,
  topK,
  type Scored,
} from "./decide.js";
import { explain, type LabelEvidence } from "./explain.js";
import { parts, type Parts } from "./features.js";
import {
  ClassifierModel,
  retrainModel,
  trainModel,
  type TrainModelOptions,
  type Correction,
} from "./model.js";
import { calibrated, logits, rowsOf, type HeadScores } from "./scores.js";
import { buildTable, type InferenceTable } from "./table.js";
import { trainingSet } from "./training/index.js";
import type { LabelledNeed } from "./types.js";

export type { LabelEvidence } from "./explain.js";

/**
 * File a need without review only when its best grouping's calibrated probability reaches
 * this; below it the need abstains and waits in the secretariat's review queue. Chosen on
 * predictions for held-out writers (cross-validation grouped by writer,
 * `scripts/choose-threshold.ts`): 80 % of their needs filed, 98 % of those right; lower
 * thresholds let the worst writer's filed needs fall below 90 %.
 */
export const ABSTAIN_BELOW = 0.85;
/** The second grouping is reported as `secondary` when it reaches this (needs often span two). */
export const SECONDARY_AT = 0.15;
/**
 * Share of a need's content words the model has seen in training below which it abstains
 * ("low-coverage"): text unlike anything seen (another language, another field) gets a
 * confident-looking answer from the few words it shares with the training data otherwise.
 */
export const MIN_COVERAGE = 0.34;
/** Needs with at least this many content words are checked for coverage (short ones are all head). */
const COVERAGE_MIN_WORDS = 4;
/** Review when the best article is below this and the need names provisions (not chapter-general). */
export const ARTICLE_REVIEW_BELOW = 0.15;
/** Every grouping at or above this calibrated probability is a label of the need (multi-label). */
export const MULTI_LABEL_AT = 0.3;
/** Weight of the article head in the chapter decision (the chapter head has the rest). */
export const CHAPTER_MIX = 0.5;
/** Articles returned, best first. */
export const TOP_ARTICLES = 5;

/** Thrown for input that is not text at all (not a string). Empty or binary text abstains instead. */
export class ClassifyInputError extends Error {
  override name = "ClassifyInputError";
}

export interface Classification {
  /** All six groupings, best first; calibrated probabilities summing to 1. */
  categories: { id: CategoryId; score: number }[];
  /** The groupings the need spans: every one with score >= MULTI_LABEL_AT (at least the best, unless abstaining). */
  labels: CategoryId[];
  /** Best articles first (calibrated probabilities over articles 5-62). */
  articles: { article: number; title: string; score: number }[];
  chapter: ChapterId | null;
  chapterScore: number;
  /** Terms and concepts that drove the result, most telling first. */
  evidence: string[];
  perLabel: {
    categories: Partial<Record<CategoryId, LabelEvidence>>;
    articles: Record<number, LabelEvidence>;
  };
  /** The second grouping when it reaches SECONDARY_AT: the need spans it too, or it is contested. */
  secondary: { id: CategoryId; score: number } | null;
  /** Sent to the review queue instead of being filed (see `reason`). */
  abstain: boolean;
  /**
   * Why it abstained: the best grouping is below ABSTAIN_BELOW (low-confidence), the text
   * shares too few words with anything seen (low-coverage, no-known-words), the article is
   * uncertain, or the input is unreadable.
   */
  reason?:
    | "low-confidence"
    | "contested"
    | "low-coverage"
    | "article-uncertain"
    | "no-known-words"
    | "empty"
    | "binary";
  /** Share of the need's content words the model knows (0-1). */
  coverage: number;
  /**
   * The guideline rule that decides the need is one of its contested edges and the text also
   * asks for the other grouping (e.g. a study visit to another State: peer learning or
   * cooperation): careful annotators split on such needs, so they go to review.
   */
  contested: boolean;
  language: "en" | "fr" | "es";
  /** The text was longer than MAX_ANALYSED_CHARS and only its start was read. */
  truncated: boolean;
  modelVersion: string;
}

export class Classifier {
  readonly model: ClassifierModel;
  readonly modelVersion: string;
  /** The model laid out for lookup; read-only. */
  private readonly table: InferenceTable;

  constructor(model: ClassifierModel) {
    this.model = model;
    this.modelVersion = model.modelVersion;
    this.table = buildTable(model);
  }

  /** The feature names the fast path reads for `text` (tests compare them with `extract`). */
  featureNamesOf(text: string): string[] {
    return rowsOf(this.table, parts(text, { bigrams: false })).rows.map(
      (r) => this.table.names[r] ?? "",
    );
  }

  static train(
    needs: readonly LabelledNeed[] = trainingSet(),
    opts?: TrainModelOptions,
  ): Classifier {
    return new Classifier(trainModel(needs, opts));
  }

  static fromJSON(json: unknown): Classifier {
    return new Classifier(
      ClassifierModel.fromJSON(typeof json === "string" ? JSON.parse(json) : json),
    );
  }

  toJSON() {
    return this.model.toJSON();
  }

  /** A new classifier updated from secretariat corrections (this one is unchanged). */
  retrain(corrections: readonly Correction[]): Classifier {
    return new Classifier(retrainModel(this.model, corrections));
  }

  classify(text: string): Classification {
    if (typeof text !== "string")
      throw new ClassifyInputError(
        `classify expects text, got ${text === null ? "null" : typeof text}`,
      );
    const x = parts(text, { bigrams: false });
    const { rows, knownStems } = rowsOf(this.table, x);
    const { values, knownByCategory } = logits(this.table, rows);
    const scores = calibrated(this.table, values);
    return decide(this.table, x, rows, scores, {
      known: knownByCategory,
      knownStems,
      modelVersion: this.modelVersion,
    });
  }
}

/** Why a need goes to review, if it does (see `Classification.reason`). */
function reasonOf(
  x: Parts,
  s: { known: number; coverage: number; best: number; contested: boolean; topArticle: number },
): Classification["reason"] {
  const nStems = x.analysed.stems.length;
  // A need that names no provision (no concept, no cited article) may be chapter-general:
  // a flat article distribution is then the right answer, not a reason to review.
  const namesProvisions = x.concepts.length > 0 || x.analysed.articles.length > 0;
  if (x.unreadable) return x.unreadable;
  if (s.known === 0 || nStems === 0) return "no-known-words";
  if (nStems >= COVERAGE_MIN_WORDS && s.coverage < MIN_COVERAGE) return "low-coverage";
  if (s.best < ABSTAIN_BELOW) return "low-confidence";
  if (s.contested) return "contested";
  if (namesProvisions && s.topArticle < ARTICLE_REVIEW_BELOW) return "article-uncertain";
  return undefined;
}

/** The evidence of the labels shown and of the best article, most telling first. */
function evidenceOf(
  table: InferenceTable,
  x: Parts,
  rows: readonly number[],
  shown: readonly CategoryId[],
  bestArticle: number | undefined,
): { evidence: string[]; perLabel: Classification["perLabel"] } {
  const perLabel: Classification["perLabel"] = { categories: {}, articles: {} };
  const evidence = new Set<string>(x.analysed.articles.map((r) => `art. ${r}`));
  for (const c of shown) {
    const e = explain(table, "category", table.categoryIds.indexOf(c), rows, x);
    perLabel.categories[c] = e;
    e.terms.forEach((t) => evidence.add(t));
  }
  if (bestArticle !== undefined) {
    const e = explain(table, "article", bestArticle, rows, x);
    perLabel.articles[table.articleNumbers[bestArticle] ?? 0] = e;
    e.terms.forEach((t) => evidence.add(t));
  }
  return { evidence: [...evidence].slice(0, MAX_EVIDENCE), perLabel };
}

/** The need's second grouping, if any, and whether it sits on a contested edge of the guideline. */
function secondaryAndContest(
  x: Parts,
  categories: readonly Scored<CategoryId>[],
  best: CategoryId,
): { secondary: Scored<CategoryId> | null; contested: boolean } {
  const rule = decidingRule(x);
  let secondary = secondaryOf(categories, x.cues, SECONDARY_AT);
  const contested = isContested(rule, best, secondary?.id);
  // On a contested edge of the guideline with nothing else asked for, the need still carries
  // the grouping annotators also choose there (guideline principle "contested-goes-to-review").
  if (!secondary && rule && rule.category === best && rule.contestedWith.length) {
    const alt = categories.find((c) => c.id === rule.contestedWith[0]);
    if (alt) secondary = { id: alt.id, score: alt.score };
  }
  return { secondary, contested };
}

/** The classification of a need from its calibrated scores. */
function decide(
  table: InferenceTable,
  x: Parts,
  rows: readonly number[],
  scores: HeadScores,
  meta: { known: number; knownStems: number; modelVersion: string },
): Classification {
  const categories = byScore(
    table.categoryIds.map((id, i): Scored<CategoryId> => ({ id, score: scores.category[i] ?? 0 })),
  );
  const topArticles = topK(scores.article, TOP_ARTICLES);
  const articles = topArticles.map((i) => ({
    article: table.articleNumbers[i] ?? 0,
    title: table.articleTitles[i] ?? "",
    score: scores.article[i] ?? 0,
  }));
  const chapter = chapterOfScores(table, scores.chapter, scores.article, CHAPTER_MIX);
  // Six groupings always: the fallback only satisfies the type checker.
  const best = categories[0] ?? { id: "capacity-building" as const, score: 0 };
  const nStems = x.analysed.stems.length;
  const coverage = nStems ? meta.knownStems / nStems : 0;
  const { secondary, contested } = secondaryAndContest(x, categories, best.id);
  const reason = reasonOf(x, {
    known: meta.known,
    coverage,
    best: best.score,
    contested,
    topArticle: articles[0]?.score ?? 0,
  });
  // Needs sent to review for confidence or articles keep their best reading for the reviewer;
  // unreadable and unfamiliar text has none worth showing.
  const readable = !x.unreadable && reason !== "no-known-words" && reason !== "low-coverage";
  const labels = readable
    ? categories.filter((c) => c.score >= MULTI_LABEL_AT).map((c) => c.id)
    : [];
  const { evidence, perLabel } =
    !x.unreadable && meta.known > 0
      ? evidenceOf(table, x, rows, labels.length ? labels : [best.id], topArticles[0])
      : { evidence: [], perLabel: { categories: {}, articles: {} } };
  return {
    categories,
    labels,
    articles,
    chapter: x.unreadable ? null : chapter.id,
    chapterScore: x.unreadable ? 0 : chapter.score,
    evidence,
    perLabel,
    secondary: readable ? secondary : null,
    contested,
    abstain: reason !== undefined,
    coverage: Math.round(coverage * 1000) / 1000,
    language: x.analysed.language,
    truncated: x.truncated,
    modelVersion: meta.modelVersion,
    ...(reason ? { reason } : {}),
  };
}

/** Evidence terms of a classification, at most. */
const MAX_EVIDENCE = 8;

let defaultClassifier: Classifier | undefined;

/** The classifier trained on the built-in training set, trained once on first use. */
export function getDefaultClassifier(): Classifier {
  return (defaultClassifier ??= Classifier.train());
}

/** Classifies with the default classifier. */
export function classify(text: string): Classification {
  return getDefaultClassifier().classify(text);
}
