/**
 * Why the classifier chose a label: the need's features that raised it most above their average
 * over labels, shown as the need's own words (or the concept, cue or rule term that matched).
 */
import type { Parts } from "./features.js";
import type { InferenceTable } from "./table.js";

export interface LabelEvidence {
  /** Words of the need that pushed this label up most. */
  terms: string[];
  /** Knowledge concepts (ids) that pushed it up. */
  concepts: string[];
}

/** Evidence terms per label, at most. */
const EVIDENCE_TERMS = 6;

/** A row's weight must exceed its mean over labels by more than this to count as evidence. */
const MIN_LIFT = 0.15;

/** The term of the first hit whose key is `key`. */
function firstTerm<H extends { term: string }>(
  hits: readonly H[],
  keyOf: (h: H) => string,
  key: string,
): string | undefined {
  return hits.find((h) => keyOf(h) === key)?.term;
}

/** How the need worded the row's feature, or undefined when it is never shown. */
function termOf(table: InferenceTable, row: number, x: Parts): string | undefined {
  const key = table.rowKey[row] ?? "";
  switch (table.rowKind[row]) {
    case "concept":
      return firstTerm(x.concepts, (h) => h.concept.id, key);
    case "cue":
      return firstTerm(x.cues, (h) => h.category, key);
    case "rule":
      return firstTerm(x.rules, (h) => h.rule.id, key);
    case "chapterCue":
      return firstTerm(x.chapterCues, (h) => h.chapter, key);
    case "word":
      return key;
    case "other":
    case undefined:
      return undefined;
  }
}

/**
 * The EVIDENCE_TERMS rows that lift `label` of `head` most, best first; ties keep the rows'
 * order. One pass keeping a sorted short list (a need has dozens of rows, six are kept).
 */
function topRows(
  table: InferenceTable,
  head: "category" | "article",
  label: number,
  rows: readonly number[],
): number[] {
  const h = head === "category" ? 0 : 1;
  const col = table.heads[head].offset + label;
  const top: number[] = [];
  const lift: number[] = [];
  for (const r of rows) {
    if (table.rowKind[r] === "other") continue;
    const v = (table.weights[r * table.width + col] ?? 0) - (table.rowMeans[r * 2 + h] ?? 0);
    const full = top.length === EVIDENCE_TERMS;
    if (v <= MIN_LIFT || (full && v <= (lift[EVIDENCE_TERMS - 1] ?? 0))) continue;
    let j = full ? EVIDENCE_TERMS - 1 : top.length;
    while (j > 0 && (lift[j - 1] ?? 0) < v) {
      top[j] = top[j - 1] ?? 0;
      lift[j] = lift[j - 1] ?? 0;
      j--;
    }
    top[j] = r;
    lift[j] = v;
  }
  return top;
}

/** The evidence for one label of the grouping or article head. */
export function explain(
  table: InferenceTable,
  head: "category" | "article",
  label: number,
  rows: readonly number[],
  x: Parts,
): LabelEvidence {
  const terms: string[] = [];
  const concepts: string[] = [];
  for (const r of topRows(table, head, label, rows)) {
    if (table.rowKind[r] === "concept") concepts.push(table.rowKey[r] ?? "");
    const term = termOf(table, r, x);
    if (term !== undefined && !terms.includes(term)) terms.push(term);
  }
  return { terms, concepts };
}
