/**
 * The classifier's inference table: the model's three heads (grouping, article, chapter) laid out
 * for lookup. Built once per model, read-only afterwards, never serialised; the model
 * (`model.ts`) stays the source of truth.
 *
 * One row per feature name holds the three heads' weights side by side, so a need costs one
 * lookup per feature instead of three. Stems and bigrams are found by the stem strings
 * themselves (interned by the stem cache) rather than by freshly built "s:"/"b:" names.
 */
import { chapterOf, type CategoryId, type ChapterId } from "@tahub/domain";
import { articleTitle, type ClassifierModel } from "./model.js";

/** How a feature row reads as evidence (`other`: the language, a cited article's chapter; never shown). */
type RowKind = "other" | "word" | "concept" | "cue" | "chapterCue" | "rule";

export interface HeadLayout {
  /** First column of the head in a row. */
  offset: number;
  /** Number of labels (columns). */
  size: number;
  /** Calibration temperature of the head's softmax. */
  temperature: number;
}

export interface InferenceTable {
  /** Columns per row: the three heads' labels. */
  width: number;
  heads: { category: HeadLayout; article: HeadLayout; chapter: HeadLayout };
  /** The three heads' biases side by side: where a need's scores start. */
  biases: Float64Array;
  /** Row-major weights, `rows x width`. */
  weights: Float64Array;
  /** Feature name of each row. */
  names: readonly string[];
  stemRow: ReadonlyMap<string, number>;
  /** First stem -> second stem -> row. */
  bigramRow: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Knowledge prefix ("c", "q", ...) -> key -> row. */
  knowledgeRow: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Whether the grouping head has the row's feature (for coverage). */
  knownByCategory: Uint8Array;
  /** Per row and head (grouping, article): mean weight over labels, for explanations. */
  rowMeans: Float64Array;
  rowKind: readonly RowKind[];
  /** The row's display or look-up key as evidence. */
  rowKey: readonly string[];
  categoryIds: readonly CategoryId[];
  chapterIds: readonly ChapterId[];
  articleNumbers: readonly number[];
  articleTitles: readonly string[];
  /** Chapter-head index of each article label's chapter (-1 if the chapter head lacks it). */
  articleChapter: readonly number[];
}

/**
 * A feature name as evidence: its kind and the key shown or looked up. Stems and bigrams read
 * as themselves ("asset declar"), a cited article as "art. 52"; concepts, cues and chapter cues
 * are shown by the term of the need that matched them.
 */
function evidenceOf(feature: string): { kind: RowKind; key: string } {
  const colon = feature.indexOf(":");
  const prefix = feature.slice(0, colon);
  const rest = feature.slice(colon + 1);
  switch (prefix) {
    case "s":
    case "h":
    case "ho":
    case "hb":
      return { kind: "word", key: rest };
    case "b":
    case "h2":
      return { kind: "word", key: rest.replace("_", " ") };
    case "a":
      return { kind: "word", key: `art. ${rest}` };
    case "c":
      return { kind: "concept", key: rest };
    case "g":
      return { kind: "rule", key: rest };
    case "q":
    case "qf":
    case "hq":
    case "gf":
    case "gr":
      return { kind: "cue", key: rest };
    case "gc":
      return { kind: "chapterCue", key: rest };
    default:
      return { kind: "other", key: rest };
  }
}

function nested(map: Map<string, Map<string, number>>, outer: string): Map<string, number> {
  let inner = map.get(outer);
  if (!inner) map.set(outer, (inner = new Map<string, number>()));
  return inner;
}

/** Files a feature's row under the look-up its kind uses (stem, bigram or knowledge key). */
function indexRow(
  feature: string,
  row: number,
  maps: {
    stemRow: Map<string, number>;
    bigramRow: Map<string, Map<string, number>>;
    knowledgeRow: Map<string, Map<string, number>>;
  },
): void {
  if (feature.startsWith("s:")) maps.stemRow.set(feature.slice(2), row);
  else if (feature.startsWith("b:")) {
    const [first = "", second = ""] = feature.slice(2).split("_");
    nested(maps.bigramRow, first).set(second, row);
  } else {
    const colon = feature.indexOf(":");
    nested(maps.knowledgeRow, feature.slice(0, colon)).set(feature.slice(colon + 1), row);
  }
}

export function buildTable(model: ClassifierModel): InferenceTable {
  const { category, article, chapter } = model.heads;
  const heads = {
    category: { offset: 0, size: category.L, temperature: category.temperature },
    article: { offset: category.L, size: article.L, temperature: article.temperature },
    chapter: {
      offset: category.L + article.L,
      size: chapter.L,
      temperature: chapter.temperature,
    },
  };
  const width = category.L + article.L + chapter.L;
  const biases = new Float64Array(width);
  biases.set(category.bias, heads.category.offset);
  biases.set(article.bias, heads.article.offset);
  biases.set(chapter.bias, heads.chapter.offset);
  const names = [...new Set([...category.features, ...article.features, ...chapter.features])];
  const weights = new Float64Array(names.length * width);
  const knownByCategory = new Uint8Array(names.length);
  const rowMeans = new Float64Array(names.length * 2);
  const maps = { stemRow: new Map(), bigramRow: new Map(), knowledgeRow: new Map() };
  const layouts = [
    [category, heads.category],
    [article, heads.article],
    [chapter, heads.chapter],
  ] as const;
  names.forEach((feature, row) => {
    indexRow(feature, row, maps);
    layouts.forEach(([head, layout], h) => {
      const i = head.index.get(feature);
      if (i === undefined) return;
      const w = head.weights.subarray(i * head.L, (i + 1) * head.L);
      weights.set(w, row * width + layout.offset);
      if (h < 2) rowMeans[row * 2 + h] = w.reduce((x, y) => x + y, 0) / head.L;
    });
    if (category.index.has(feature)) knownByCategory[row] = 1;
  });
  const evidence = names.map(evidenceOf);
  const chapterIds = chapter.labels as readonly ChapterId[];
  return {
    width,
    heads,
    biases,
    weights,
    names,
    ...maps,
    knownByCategory,
    rowMeans,
    rowKind: evidence.map((e) => e.kind),
    rowKey: evidence.map((e) => e.key),
    categoryIds: category.labels as readonly CategoryId[],
    chapterIds,
    articleNumbers: article.labels.map(Number),
    articleTitles: article.labels.map((a) => articleTitle(Number(a))),
    articleChapter: article.labels.map((a) => chapterIds.indexOf(chapterOf(Number(a)))),
  };
}
