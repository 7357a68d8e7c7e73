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

/**
 * Category scored on the top-ranked grouping; article top-k counts a hit when any gold article
 * is among the first k; needs without gold articles are left out of the article figures.
 * ECE is over the top grouping's confidence.
 */
export function evaluate(
  needs: readonly LabelledNeed[],
  predict: (text: string, index: number) => Prediction,
): Metrics {
  const tp: Record<string, number> = {};
  const fp: Record<string, number> = {};
  const fn: Record<string, number> = {};
  let correct = 0;
  let chapterOk = 0;
  let a1 = 0;
  let a3 = 0;
  let an = 0;
  let abstained = 0;
  const cal: { confidence: number; correct: boolean }[] = [];
  const rows: {
    need: LabelledNeed;
    confidence: number;
    ok: boolean;
    okAccept: boolean;
    filed: boolean;
    /** The system's secondary grouping is acceptable too (and differs from its first). */
    secondaryAccepted: boolean;
  }[] = [];
  for (let i = 0; i < needs.length; i++) {
    const need = needs[i] as LabelledNeed;
    const p = predict(need.text, i);
    const top = p.categories[0];
    const ok = top?.id === need.category;
    const sec = p.secondary?.id;
    rows.push({
      need,
      confidence: top?.score ?? 0,
      ok,
      okAccept: acceptable(need, top?.id),
      filed: !p.abstain,
      secondaryAccepted: sec !== undefined && sec !== top?.id && (need.accept ?? []).includes(sec),
    });
    if (ok) {
      correct++;
      tp[need.category] = (tp[need.category] ?? 0) + 1;
    } else {
      fn[need.category] = (fn[need.category] ?? 0) + 1;
      if (top) fp[top.id] = (fp[top.id] ?? 0) + 1;
    }
    cal.push({ confidence: top?.score ?? 0, correct: ok });
    if (p.chapter === need.chapter) chapterOk++;
    if (p.abstain) abstained++;
    if (need.articles.length) {
      an++;
      const gold = new Set(need.articles);
      if (p.articles.slice(0, 1).some((a) => gold.has(a.article))) a1++;
      if (p.articles.slice(0, 3).some((a) => gold.has(a.article))) a3++;
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
  const n = needs.length || 1;
  const share = (xs: readonly unknown[], of: number) => round(of ? xs.length / of : 0);
  const selective = SELECTIVE_THRESHOLDS.map((threshold) => {
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
  const filed = rows.filter((r) => r.filed);
  const extra: Partial<Metrics> = {};
  if (rows.some((r) => r.need.accept?.length)) {
    extra.acceptAccuracy = share(
      rows.filter((r) => r.okAccept),
      rows.length,
    );
    const clear = rows.filter((r) => (r.need.accept?.length ?? 0) <= 1);
    extra.clear = { n: clear.length, ...accuracyAndEce(clear) };
    const contested = rows.filter((r) => (r.need.accept?.length ?? 0) > 1);
    extra.contested = {
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
    };
  }
  if (rows.some((r) => r.need.lang)) {
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
    extra.byLanguage = by;
  }
  return {
    n: needs.length,
    category: {
      accuracy: round(correct / n),
      macroF1: round(f1sum / CATEGORY_IDS.length),
      perClass,
    },
    article: { top1: round(an ? a1 / an : 0), top3: round(an ? a3 / an : 0), n: an },
    chapter: { accuracy: round(chapterOk / n) },
    calibration: { ece: round(expectedCalibrationError(cal)) },
    abstainRate: round(abstained / n),
    selective,
    operatingPoint: {
      filed: filed.length,
      coverage: share(filed, rows.length),
      accuracy: share(
        filed.filter((r) => r.okAccept),
        filed.length,
      ),
    },
    ...extra,
  };
}
