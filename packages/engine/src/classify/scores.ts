/**
 * From a need's features to the three heads' calibrated probabilities: the rows of its features
 * (`rowsOf`), their summed weights (`logits`), and a temperature-scaled softmax per head
 * (`calibrated`). Pure: every call owns its buffers.
 */
import { knowledgeFeatures, type KnowledgePrefix, type Parts } from "./features.js";
import { softmaxInPlace } from "./softmax.js";
import type { HeadLayout, InferenceTable } from "./table.js";

export interface NeedRows {
  /** Distinct rows of the need's features, in the order `extract` lists them. */
  rows: number[];
  /** Content stems of the need that have a row (repeats counted). */
  knownStems: number;
}

/** The rows of a need's features: stems, bigrams of adjacent stems, then knowledge features. */
export function rowsOf(table: InferenceTable, p: Parts): NeedRows {
  // A need has a few dozen rows: a linear look-up beats a Set or a table-sized bitmap here.
  const rows: number[] = [];
  const add = (r: number | undefined): void => {
    if (r !== undefined && !rows.includes(r)) rows.push(r);
  };
  const stems = p.analysed.stems;
  let knownStems = 0;
  for (const s of stems) {
    const r = table.stemRow.get(s);
    if (r !== undefined) knownStems++;
    add(r);
  }
  for (let i = 1; i < stems.length; i++) {
    const first = stems[i - 1];
    const second = stems[i];
    if (first !== undefined && second !== undefined)
      add(table.bigramRow.get(first)?.get(second));
  }
  knowledgeFeatures(p, (prefix: KnowledgePrefix, key: string) =>
    add(table.knowledgeRow.get(prefix)?.get(key)),
  );
  return { rows, knownStems };
}

export interface Logits {
  /** Biases plus the summed weights of the rows, the three heads side by side. */
  values: Float64Array;
  /** Rows the grouping head knows. */
  knownByCategory: number;
}

/** Sums the rows' weights onto the biases (one run of additions per row, all heads at once). */
export function logits(table: InferenceTable, rows: readonly number[]): Logits {
  const { width, weights } = table;
  const values = Float64Array.from(table.biases);
  let knownByCategory = 0;
  for (const r of rows) {
    knownByCategory += table.knownByCategory[r] ?? 0;
    const o = r * width;
    for (let l = 0; l < width; l++) values[l] = (values[l] ?? 0) + (weights[o + l] ?? 0);
  }
  return { values, knownByCategory };
}

export interface HeadScores {
  category: Float64Array;
  article: Float64Array;
  chapter: Float64Array;
}

const headOf = (values: Float64Array, h: HeadLayout): Float64Array =>
  values.subarray(h.offset, h.offset + h.size);

/** Each head's probabilities, softmax at its fitted temperature (consumes `values`). */
export function calibrated(table: InferenceTable, values: Float64Array): HeadScores {
  const { category, article, chapter } = table.heads;
  const out = {
    category: headOf(values, category),
    article: headOf(values, article),
    chapter: headOf(values, chapter),
  };
  softmaxInPlace(out.category, category.temperature);
  softmaxInPlace(out.article, article.temperature);
  softmaxInPlace(out.chapter, chapter.temperature);
  return out;
}
