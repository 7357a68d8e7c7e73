import { CATEGORY_IDS, type CategoryId, type ChapterId } from "@tahub/domain";
import { expectedCalibrationError } from "../calibrate/index.js";
import { ZLabelledNeedSchema, type LabelledNeed } from "./types.js";

export { ZLabelledNeedSchema } from "./types.js";

/** Parses JSON Lines; bad lines are reported by (1-based) number, never thrown. */
export function parseLabelledJsonl(content: string): {
  needs: LabelledNeed[];
  errors: { line: number; message: string }[];
} {
  const needs: LabelledNeed[] = [];
  const errors: { line: number; message: string }[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      errors.push({ line: i + 1, message: `not JSON: ${(e as Error).message}` });
      return;
    }
    const r = ZLabelledNeedSchema.safeParse(value);
    if (r.success) {
      const { accept, lang, writer, ...need } = r.data;
      needs.push({
        ...need,
        ...(accept ? { accept } : {}),
        ...(lang ? { lang } : {}),
        ...(writer ? { writer } : {}),
      });
    } else
      errors.push({
        line: i + 1,
        message: r.error.issues
          .map((x) => `${x.path.join(".") || "line"}: ${x.message}`)
          .join("; "),
      });
  });
  return { needs, errors };
}

/** What every system under evaluation (TA Hub or a peer) returns for one need. */
export interface Prediction {
  categories: { id: CategoryId; score: number }[];
  articles: { article: number; score: number }[];
  chapter: ChapterId | null;
  abstain: boolean;
  /** A second grouping the need spans, when the system names one (TA Hub does). */
  secondary?: { id: CategoryId; score: number } | null;
}

export interface Metrics {
  n: number;
  category: {
    accuracy: number;
    macroF1: number;
    perClass: Record<
      CategoryId,
      { precision: number; recall: number; f1: number; support: number }
    >;
  };
  article: { top1: number; top3: number; n: number };
  chapter: { accuracy: number };
  calibration: { ece: number };
  abstainRate: number;
  /**
   * Selective classification: for each confidence threshold, the share of needs whose best
   * grouping reaches it (coverage) and the accuracy on those. Accuracy counts a grouping in
   * `accept` as right where the line has one.
   */
  selective: { threshold: number; coverage: number; accuracy: number }[];
  /** The classifier's own decision: needs filed without review (not abstained) and how many are right. */
  operatingPoint: { filed: number; coverage: number; accuracy: number };
  /** Top grouping among the line's `accept` groupings (its `category` where it has none); only when some line has `accept`. */
  acceptAccuracy?: number;
  /** Lines whose annotators agreed (no `accept`, or one grouping): accuracy and ECE there. */
  clear?: { n: number; accuracy: number; ece: number };
  /** Lines with two or more acceptable groupings: how often they were filed at >= 0.9 without review. */
  contested?: {
    n: number;
    /** Share filed without review at confidence >= 0.9. */
    filedAt90: number;
    /** Of those, the share whose secondary grouping is not another acceptable one (sure and alone). */
    filedAt90Alone: number;
    filed: number;
    acceptAccuracy: number;
  };
  /** Accuracy per `lang` of the lines, where lines say. */
  byLanguage?: Record<
    string,
    { n: number; accuracy: number; ece: number; filed: number; filedAccuracy: number }
  >;
}

/** Thresholds of `Metrics.selective`. */
export const SELECTIVE_THRESHOLDS = [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95] as const;

/** Accuracy of the top grouping (the line's `category`) and ECE over some lines. */
function accuracyAndEce(rows: readonly { confidence: number; ok: boolean }[]): {
  accuracy: number;
  ece: number;
} {
  const right = rows.filter((r) => r.ok).length;
  return {
    accuracy: round(rows.length ? right / rows.length : 0),
    ece: round(
      expectedCalibrationError(rows.map((r) => ({ confidence: r.confidence, correct: r.ok }))),
    ),
  };
}

const acceptable = (need: LabelledNeed, id: string | undefined) =>
  id !== undefined &&
  (need.accept?.length ? need.accept.includes(id as CategoryId) : id === need.category);

const round = (x: number) => Math.round(x * 10000) / 10000;

/** One evaluated line: what the system said about it, reduced to what the figures count. */
interface Row {
  need: LabelledNeed;
  /** The system's top grouping, if any. */
  top: CategoryId | undefined;
  confidence: number;
  ok: boolean;
  okAccept: boolean;
  filed: boolean;
  /** The system's secondary grouping is acceptable too (and differs from its first). */
  secondaryAccepted: boolean;
  chapterOk: boolean;
  /** First article right (top1) and any of the first three (top3); undefined without gold articles. */
  article?: { top1: boolean; top3: boolean };
}

function rowOf(need: LabelledNeed, p: Prediction): Row {
  const top = p.categories[0];
  const sec = p.secondary?.id;
  const gold = new Set(need.articles);
  return {
    need,
    top: top?.id,
    confidence: top?.score ?? 0,
    ok: top?.id === need.category,
    okAccept: acceptable(need, top?.id),
    filed: !p.abstain,
    secondaryAccepted: sec !== undefined && sec !== top?.id && (need.accept ?? []).includes(sec),
    chapterOk: p.chapter === need.chapter,
    ...(need.articles.length
      ? {
          article: {
            top1: p.articles.slice(0, 1).some((a) => gold.has(a.article)),
            top3: p.articles.slice(0, 3).some((a) => gold.has(a.article)),
          },
        }
      : {}),
  };
}

const share = (xs: readonly unknown[], of: number) => round(of ? xs.length / of : 0);

/** Precision, recall and F1 per grouping (from the top grouping of each line), and their mean. */
function perClassFigures(rows: readonly Row[]): {
  perClass: Metrics["category"]["perClass"];
  macroF1: number;
} {
  const tp: Record<string, number> = {};
  const fp: Record<string, number> = {};
  const fn: Record<string, number> = {};
  for (const r of rows) {
    const gold = r.need.category;
    if (r.ok) tp[gold] = (tp[gold] ?? 0) + 1;
    else {
      fn[gold] = (fn[gold] ?? 0) + 1;
      if (r.top) fp[r.top] = (fp[r.top] ?? 0) + 1;
    }
  }
  const perClass = {} as Metrics["category"]["perClass"];
  let f1sum = 0;
  for (const c of CATEGORY_IDS) {
    const t = tp[c] ?? 0;
    const precision = t + (fp[c] ?? 0) ? t / (t + (fp[c] ?? 0)) : 0;
    const recall = t + (fn[c] ?? 0) ? t / (t + (fn[c] ?? 0)) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    f1sum += f1;
    perClass[c] = {
      precision: round(precision),
      recall: round(recall),
      f1: round(f1),
      support: t + (fn[c] ?? 0),
    };
  }
  return { perClass, macroF1: round(f1sum / CATEGORY_IDS.length) };
}

function selectiveFigures(rows: readonly Row[]): Metrics["selective"] {
  return SELECTIVE_THRESHOLDS.map((threshold) => {
    const kept = rows.filter((r) => r.confidence >= threshold);
    return {
      threshold,
      coverage: share(kept, rows.length),
      accuracy: share(
        kept.filter((r) => r.okAccept),
        kept.length,
      ),
    };
  });
}

/** The figures over `accept` (annotators' acceptable groupings), when some line has one. */
function acceptFigures(
  rows: readonly Row[],
): Pick<Metrics, "acceptAccuracy" | "clear" | "contested"> {
  if (!rows.some((r) => r.need.accept?.length)) return {};
  const clear = rows.filter((r) => (r.need.accept?.length ?? 0) <= 1);
  const contested = rows.filter((r) => (r.need.accept?.length ?? 0) > 1);
  return {
    acceptAccuracy: share(
      rows.filter((r) => r.okAccept),
      rows.length,
    ),
    clear: { n: clear.length, ...accuracyAndEce(clear) },
    contested: {
      n: contested.length,
      filedAt90: share(
        contested.filter((r) => r.filed && r.confidence >= 0.9),
        contested.length,
      ),
      filedAt90Alone: share(
        contested.filter((r) => r.filed && r.confidence >= 0.9 && !r.secondaryAccepted),
        contested.length,
      ),
      filed: share(
        contested.filter((r) => r.filed),
        contested.length,
      ),
      acceptAccuracy: share(
        contested.filter((r) => r.okAccept),
        contested.length,
      ),
    },
  };
}

/** The figures per `lang` of the lines, when some line says. */
function languageFigures(rows: readonly Row[]): Pick<Metrics, "byLanguage"> {
  if (!rows.some((r) => r.need.lang)) return {};
  const by: NonNullable<Metrics["byLanguage"]> = {};
  for (const lang of [...new Set(rows.map((r) => r.need.lang ?? "unknown"))]) {
    const rs = rows.filter((r) => (r.need.lang ?? "unknown") === lang);
    const fl = rs.filter((r) => r.filed);
    by[lang] = {
      n: rs.length,
      ...accuracyAndEce(rs),
      filed: share(fl, rs.length),
      filedAccuracy: share(
        fl.filter((r) => r.okAccept),
        fl.length,
      ),
    };
  }
  return { byLanguage: by };
}

/**
 * Category scored on the top-ranked grouping; article top-k counts a hit when any gold article
 * is among the first k; needs without gold articles are left out of the article figures.
 * ECE is over the top grouping's confidence.
 */
export function evaluate(
  needs: readonly LabelledNeed[],
  predict: (text: string, index: number) => Prediction,
): Metrics {
  const rows = needs.map((need, i) => rowOf(need, predict(need.text, i)));
  const n = needs.length || 1;
  const count = (ok: (r: Row) => boolean | undefined) => rows.filter(ok).length;
  const an = count((r) => r.article !== undefined);
  const a1 = count((r) => r.article?.top1);
  const a3 = count((r) => r.article?.top3);
  const filed = rows.filter((r) => r.filed);
  const { perClass, macroF1 } = perClassFigures(rows);
  return {
    n: needs.length,
    category: { accuracy: round(count((r) => r.ok) / n), macroF1, perClass },
    article: { top1: round(an ? a1 / an : 0), top3: round(an ? a3 / an : 0), n: an },
    chapter: { accuracy: round(count((r) => r.chapterOk) / n) },
    calibration: {
      ece: round(
        expectedCalibrationError(rows.map((r) => ({ confidence: r.confidence, correct: r.ok }))),
      ),
    },
    abstainRate: round(count((r) => !r.filed) / n),
    selective: selectiveFigures(rows),
    operatingPoint: {
      filed: filed.length,
      coverage: share(filed, rows.length),
      accuracy: share(
        filed.filter((r) => r.okAccept),
        filed.length,
      ),
    },
    ...acceptFigures(rows),
    ...languageFigures(rows),
  };
}
