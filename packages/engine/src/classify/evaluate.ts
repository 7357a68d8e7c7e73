import { CATEGORY_IDS, CHAPTER_IDS, type CategoryId, type ChapterId } from "@tahub/domain";
import { z } from "zod";
import { expectedCalibrationError } from "../calibrate/index.js";
import type { LabelledNeed } from "./types.js";

/** One line of an evaluation file (DESIGN.md): id, text, category, articles, chapter. */
export const ZLabelledNeedSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  category: z.enum(CATEGORY_IDS),
  articles: z.array(z.number().int().min(1).max(71)).default([]),
  chapter: z.enum(CHAPTER_IDS),
});
export type TLabelledNeed = z.infer<typeof ZLabelledNeedSchema>;

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
    if (r.success) needs.push(r.data);
    else
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
}

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
  for (let i = 0; i < needs.length; i++) {
    const need = needs[i] as LabelledNeed;
    const p = predict(need.text, i);
    const top = p.categories[0];
    const ok = top?.id === need.category;
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
  };
}
