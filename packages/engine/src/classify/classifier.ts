import { chapterOf, type CategoryId, type ChapterId, type GuidelineRule } from "@tahub/domain";
import { knowledgeFeatures, parts, type KnowledgePrefix, type Parts } from "./features.js";
import {
  articleTitle,
  ClassifierModel,
  retrainModel,
  trainModel,
  type TrainModelOptions,
  type Correction,
} from "./model.js";
import { softmaxInPlace } from "./softmax.js";
import { trainingSet } from "./training/index.js";
import type { LabelledNeed } from "./types.js";

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

export interface LabelEvidence {
  /** Words of the need that pushed this label up most. */
  terms: string[];
  /** Knowledge concepts (ids) that pushed it up. */
  concepts: string[];
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
  // Scratch buffers: classify() allocates little beyond its result.
  private readonly acc: Float64Array;
  /** The three heads' biases side by side, as `acc` starts. */
  private readonly biases: Float64Array;
  private readonly cat: Float64Array;
  private readonly art: Float64Array;
  private readonly chap: Float64Array;
  /*
   * Inference table: the three heads' weight rows side by side, one row per feature name, so a
   * need costs one lookup per feature instead of three. Stems and bigrams are looked up by the
   * stem strings themselves (interned by the stem cache, so their hashes are cached) rather
   * than by freshly concatenated "s:"/"b:" names. Built from the model at construction, never
   * serialised.
   */
  /** Rows of the knowledge features, by prefix then key ("c" -> concept id -> row). */
  private readonly knowledgeRow: Map<string, Map<string, number>>;
  private readonly stemRow: Map<string, number>;
  private readonly bigramRow: Map<string, Map<string, number>>;
  private readonly names: string[];
  private readonly table: Float64Array;
  private readonly knownByCategory: Uint8Array;
  /** Per row and head (category, article): mean weight over labels, for explanations. */
  private readonly rowMeans: Float64Array;
  private readonly width: number;
  /** Chapter-head index of each article label's chapter (-1 if the chapter head lacks it). */
  private readonly articleChapter: Int8Array;
  private readonly articleNumbers: Int32Array;
  private readonly articleTitles: string[];
  /** The grouping head's labels, in its order (the domain's CATEGORY_IDS). */
  private readonly categoryIds: readonly CategoryId[];
  /**
   * Per row: how it reads as evidence (`KIND`; `other` for the language and a cited article's
   * chapter, never shown) and its display or look-up key.
   */
  private readonly rowKind: Uint8Array;
  private readonly rowKey: string[];
  // Scratch for `explain`'s best rows.
  private readonly topRows = new Int32Array(EVIDENCE_TERMS);
  private readonly topLift = new Float64Array(EVIDENCE_TERMS);
  // Rows of the current need, deduplicated by a generation stamp (no per-call Set).
  private rows = new Int32Array(64);
  private nRows = 0;
  /** Content stems of the current need that have a row. */
  private knownStems = 0;
  private readonly stamp: Uint32Array;
  private generation = 0;

  constructor(model: ClassifierModel) {
    this.model = model;
    this.modelVersion = model.modelVersion;
    const { category, article, chapter } = model.heads;
    const width = (this.width = category.L + article.L + chapter.L);
    this.acc = new Float64Array(width);
    this.biases = new Float64Array(width);
    this.biases.set(category.bias, 0);
    this.biases.set(article.bias, category.L);
    this.biases.set(chapter.bias, category.L + article.L);
    this.cat = this.acc.subarray(0, category.L);
    this.art = this.acc.subarray(category.L, category.L + article.L);
    this.chap = this.acc.subarray(category.L + article.L);
    this.names = [...new Set([...category.features, ...article.features, ...chapter.features])];
    const n = this.names.length;
    this.knowledgeRow = new Map();
    this.stemRow = new Map();
    this.bigramRow = new Map();
    this.table = new Float64Array(n * this.width);
    this.knownByCategory = new Uint8Array(n);
    this.rowMeans = new Float64Array(n * 2);
    this.stamp = new Uint32Array(n);
    this.articleChapter = Int8Array.from(article.labels, (a) =>
      chapter.labels.indexOf(chapterOf(Number(a))),
    );
    this.articleNumbers = Int32Array.from(article.labels, Number);
    this.articleTitles = article.labels.map((a) => articleTitle(Number(a)));
    this.categoryIds = category.labels as CategoryId[];
    const evidence = this.names.map(evidenceOf);
    this.rowKind = Uint8Array.from(evidence, (e) => e.kind);
    this.rowKey = evidence.map((e) => e.key);
    this.names.forEach((f, r) => {
      if (f.startsWith("s:")) this.stemRow.set(f.slice(2), r);
      else if (f.startsWith("b:")) {
        const [a, b] = f.slice(2).split("_") as [string, string];
        let m = this.bigramRow.get(a);
        if (!m) this.bigramRow.set(a, (m = new Map()));
        m.set(b, r);
      } else {
        const colon = f.indexOf(":");
        const prefix = f.slice(0, colon);
        let m = this.knowledgeRow.get(prefix);
        if (!m) this.knowledgeRow.set(prefix, (m = new Map()));
        m.set(f.slice(colon + 1), r);
      }
      let o = r * this.width;
      [category, article, chapter].forEach((m, h) => {
        const i = m.index.get(f);
        if (i !== undefined) {
          const w = m.weights.subarray(i * m.L, (i + 1) * m.L);
          this.table.set(w, o);
          if (h < 2) this.rowMeans[r * 2 + h] = w.reduce((x, y) => x + y, 0) / m.L;
        }
        o += m.L;
      });
      if (category.index.has(f)) this.knownByCategory[r] = 1;
    });
  }

  private addRow(r: number | undefined): void {
    if (r === undefined || this.stamp[r] === this.generation) return;
    this.stamp[r] = this.generation;
    if (this.nRows === this.rows.length) {
      const bigger = new Int32Array(this.rows.length * 2);
      bigger.set(this.rows);
      this.rows = bigger;
    }
    this.rows[this.nRows++] = r;
  }

  private readonly addKnowledge = (prefix: KnowledgePrefix, key: string): void =>
    this.addRow(this.knowledgeRow.get(prefix)?.get(key));

  /** The rows of a need's features, in the order `extract` lists them. */
  private collectRows(p: Parts): void {
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    this.nRows = 0;
    const stems = p.analysed.stems;
    let known = 0;
    for (const s of stems) {
      const r = this.stemRow.get(s);
      if (r !== undefined) known++;
      this.addRow(r);
    }
    this.knownStems = known;
    for (let i = 1; i < stems.length; i++)
      this.addRow(this.bigramRow.get(stems[i - 1] as string)?.get(stems[i] as string));
    knowledgeFeatures(p, this.addKnowledge);
  }

  /** Calibrated probabilities of the three heads into the scratch buffers; returns features the grouping head knows. */
  private score(): number {
    const { category, article, chapter } = this.model.heads;
    // One accumulator for the three heads (cat, art and chap are views of it), so a row is one
    // run of additions; unrolled by four because V8 does not vectorise (~1.5x on this loop).
    const acc = this.acc;
    acc.set(this.biases);
    const t = this.table;
    const W = this.width;
    const W4 = W - (W % 4);
    const rows = this.rows;
    const n = this.nRows;
    const knownBy = this.knownByCategory;
    let known = 0;
    for (let k = 0; k < n; k++) {
      const r = rows[k] as number;
      known += knownBy[r] as number;
      const o = r * W;
      let l = 0;
      for (; l < W4; l += 4) {
        acc[l] = (acc[l] as number) + (t[o + l] as number);
        acc[l + 1] = (acc[l + 1] as number) + (t[o + l + 1] as number);
        acc[l + 2] = (acc[l + 2] as number) + (t[o + l + 2] as number);
        acc[l + 3] = (acc[l + 3] as number) + (t[o + l + 3] as number);
      }
      for (; l < W; l++) acc[l] = (acc[l] as number) + (t[o + l] as number);
    }
    const { cat, art, chap } = this;
    softmaxInPlace(cat, category.temperature);
    softmaxInPlace(art, article.temperature);
    softmaxInPlace(chap, chapter.temperature);
    return known;
  }

  /** The feature names the fast path reads for `text` (tests compare them with `extract`). */
  featureNamesOf(text: string): string[] {
    this.collectRows(parts(text, { bigrams: false }));
    return Array.from(this.rows.subarray(0, this.nRows), (r) => this.names[r] as string);
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
    this.collectRows(x);
    const { chapter } = this.model.heads;
    const known = this.score();

    const categories: { id: CategoryId; score: number }[] = [];
    for (let i = 0; i < this.categoryIds.length; i++)
      categories.push({ id: this.categoryIds[i] as CategoryId, score: this.cat[i] as number });
    sortByScore(categories);
    const topArticles = topK(this.art, TOP_ARTICLES);
    const arts: { article: number; title: string; score: number }[] = [];
    for (const i of topArticles) {
      const n = this.articleNumbers[i] as number;
      arts.push({
        article: n,
        title: this.articleTitles[i] as string,
        score: this.art[i] as number,
      });
    }
    // Chapter: a mixture of the chapter head and the article head's mass per chapter. The
    // article head sees finer evidence (which provision), the chapter head knows general needs.
    const chap = this.chap;
    for (let i = 0; i < chap.length; i++) chap[i] = (1 - CHAPTER_MIX) * (chap[i] as number);
    for (let i = 0; i < this.art.length; i++) {
      const c = this.articleChapter[i] as number;
      if (c >= 0) chap[c] = (chap[c] as number) + CHAPTER_MIX * (this.art[i] as number);
    }
    let bestCh = 0;
    let mass = 0;
    for (let i = 0; i < chap.length; i++) {
      mass += chap[i] as number;
      if ((chap[i] as number) > (chap[bestCh] as number)) bestCh = i;
    }
    const chapterId = chapter.labels[bestCh] as ChapterId;
    const chapterScore = (chap[bestCh] as number) / (mass || 1);

    const best = categories[0] as { id: CategoryId; score: number };
    const nStems = x.analysed.stems.length;
    const coverage = nStems ? this.knownStems / nStems : 0;
    const topArticle = arts[0]?.score ?? 0;
    // A need that names no provision (no concept, no cited article) may be chapter-general:
    // a flat article distribution is then the right answer, not a reason to review.
    const namesProvisions = x.concepts.length > 0 || x.analysed.articles.length > 0;
    const rule = decidingRule(x);
    let secondary = secondaryOf(categories, x.cues);
    const contested = isContested(rule, best.id, secondary?.id);
    // On a contested edge of the guideline with nothing else asked for, the need still carries
    // the grouping annotators also choose there (guideline principle "contested-goes-to-review").
    if (!secondary && rule && rule.category === best.id && rule.contestedWith.length) {
      const alt = categories.find((c) => c.id === rule.contestedWith[0]);
      if (alt) secondary = { id: alt.id, score: alt.score };
    }
    const reason: Classification["reason"] = x.unreadable
      ? x.unreadable
      : known === 0 || nStems === 0
        ? "no-known-words"
        : nStems >= COVERAGE_MIN_WORDS && coverage < MIN_COVERAGE
          ? "low-coverage"
          : best.score < ABSTAIN_BELOW
            ? "low-confidence"
            : contested
              ? "contested"
              : namesProvisions && topArticle < ARTICLE_REVIEW_BELOW
                ? "article-uncertain"
                : undefined;
    const abstain = reason !== undefined;
    const labels: CategoryId[] = [];
    // Needs sent to review for confidence or articles keep their best reading for the reviewer;
    // unreadable and unfamiliar text has none worth showing.
    const readable = !x.unreadable && reason !== "no-known-words" && reason !== "low-coverage";
    if (readable) for (const c of categories) if (c.score >= MULTI_LABEL_AT) labels.push(c.id);

    const perLabel: Classification["perLabel"] = { categories: {}, articles: {} };
    // Distinct terms in order of first mention (a handful: a list beats a Set here).
    const evidence: string[] = [];
    if (!x.unreadable && known > 0) {
      addDistinct(
        evidence,
        x.analysed.articles.map((r) => `art. ${r}`),
      );
      for (const c of labels.length ? labels : [best.id]) {
        const e = this.explain("category", this.categoryIds.indexOf(c), x);
        perLabel.categories[c] = e;
        addDistinct(evidence, e.terms);
      }
      const a = topArticles[0];
      if (a !== undefined) {
        const e = this.explain("article", a, x);
        perLabel.articles[this.articleNumbers[a] as number] = e;
        addDistinct(evidence, e.terms);
      }
    }
    if (evidence.length > MAX_EVIDENCE) evidence.length = MAX_EVIDENCE;
    const out: Classification = {
      categories,
      labels,
      articles: arts,
      chapter: x.unreadable ? null : chapterId,
      chapterScore: x.unreadable ? 0 : chapterScore,
      evidence,
      perLabel,
      secondary: readable ? secondary : null,
      contested,
      abstain,
      coverage: Math.round(coverage * 1000) / 1000,
      language: x.analysed.language,
      truncated: x.truncated,
      modelVersion: this.modelVersion,
    };
    if (reason) out.reason = reason;
    return out;
  }

  /** The features that raised `label` most above its average over labels, as readable terms. */
  private explain(head: "category" | "article", label: number, x: Parts): LabelEvidence {
    const h = head === "category" ? 0 : 1;
    const col = (h === 0 ? 0 : this.model.heads.category.L) + label;
    // The EVIDENCE_TERMS best rows by lift, kept sorted by insertion (ties keep feature order,
    // as a stable sort would): no per-call objects or sort.
    const top = this.topRows;
    const lift = this.topLift;
    let n = 0;
    for (let k = 0; k < this.nRows; k++) {
      const r = this.rows[k] as number;
      if (this.rowKind[r] === KIND.other) continue;
      const v = (this.table[r * this.width + col] as number) - (this.rowMeans[r * 2 + h] as number);
      if (v <= 0.15 || (n === EVIDENCE_TERMS && v <= (lift[n - 1] as number))) continue;
      let j = n < EVIDENCE_TERMS ? n++ : n - 1;
      while (j > 0 && (lift[j - 1] as number) < v) {
        top[j] = top[j - 1] as number;
        lift[j] = lift[j - 1] as number;
        j--;
      }
      top[j] = r;
      lift[j] = v;
    }
    const terms: string[] = [];
    const concepts: string[] = [];
    for (let k = 0; k < n; k++) {
      const r = top[k] as number;
      const key = this.rowKey[r] as string;
      let term: string | undefined;
      switch (this.rowKind[r]) {
        case KIND.concept:
          concepts.push(key);
          term = firstTerm(x.concepts, conceptKey, key);
          break;
        case KIND.cue:
          term = firstTerm(x.cues, cueKey, key);
          break;
        case KIND.rule:
          term = firstTerm(x.rules, ruleKey, key);
          break;
        case KIND.chapterCue:
          term = firstTerm(x.chapterCues, chapterCueKey, key);
          break;
        case KIND.word:
          term = key;
          break;
      }
      if (term !== undefined && !terms.includes(term)) terms.push(term);
    }
    return { terms, concepts };
  }
}

const conceptKey = (h: Parts["concepts"][number]) => h.concept.id;
const cueKey = (h: Parts["cues"][number]) => h.category;
const ruleKey = (h: Parts["rules"][number]) => h.rule.id;
const chapterCueKey = (h: Parts["chapterCues"][number]) => h.chapter;

/** The term of the first hit whose key is `key` (key functions hoisted: no closure per call). */
function firstTerm<H extends { term: string }>(
  hits: readonly H[],
  keyOf: (h: H) => string,
  key: string,
): string | undefined {
  for (const h of hits) if (keyOf(h) === key) return h.term;
  return undefined;
}

/** Evidence terms of a classification, at most. */
const MAX_EVIDENCE = 8;

/** Evidence terms per label, at most. */
const EVIDENCE_TERMS = 6;

/** How a feature row reads as evidence (see `Classifier.rowKind`). */
const KIND = { other: 0, word: 1, concept: 2, cue: 3, chapterCue: 4, rule: 5 } as const;

/**
 * A feature name as evidence: its kind and the key shown or looked up. Stems and bigrams read
 * as themselves ("asset declar"), a cited article as "art. 52"; concepts, cues and chapter cues
 * are shown by the term of the need that matched them.
 */
function evidenceOf(f: string): { kind: number; key: string } {
  const colon = f.indexOf(":");
  const prefix = f.slice(0, colon);
  const rest = f.slice(colon + 1);
  switch (prefix) {
    case "s":
      return { kind: KIND.word, key: rest };
    case "b":
      return { kind: KIND.word, key: rest.replace("_", " ") };
    case "a":
      return { kind: KIND.word, key: `art. ${rest}` };
    case "c":
      return { kind: KIND.concept, key: rest };
    case "g":
      return { kind: KIND.rule, key: rest };
    case "h":
    case "ho":
    case "hb":
      return { kind: KIND.word, key: rest };
    case "h2":
      return { kind: KIND.word, key: rest.replace("_", " ") };
    case "q":
    case "qf":
    case "hq":
    case "gf":
    case "gr":
      return { kind: KIND.cue, key: rest };
    case "gc":
      return { kind: KIND.chapterCue, key: rest };
    default:
      return { kind: KIND.other, key: rest };
  }
}

/** The guideline rule whose head phrase comes first in the need, if any. */
function decidingRule(x: Parts): GuidelineRule | undefined {
  let first: Parts["rules"][number] | undefined;
  for (const r of x.rules) if (!first || r.position < first.position) first = r;
  return first?.rule;
}

/**
 * Whether the need sits on a contested edge of the guideline and the text asks for both sides:
 * the deciding rule files it under `best`, lists `other` among its contested groupings, and
 * `other` is the need's next request (a study visit to agree a cooperation protocol).
 */
function isContested(
  rule: GuidelineRule | undefined,
  best: CategoryId,
  other: CategoryId | undefined,
): boolean {
  return (
    rule !== undefined &&
    other !== undefined &&
    rule.category === best &&
    rule.contestedWith.includes(other)
  );
}

/**
 * The secondary grouping (labelling guideline, principle "first-substantive-head"): the
 * grouping of the next request the need makes, i.e. the first cue, in text order, of another
 * grouping than the best; failing that, the runner-up when the model gives it SECONDARY_AT.
 */
function secondaryOf(
  categories: readonly { id: CategoryId; score: number }[],
  cues: Parts["cues"],
): { id: CategoryId; score: number } | null {
  const best = categories[0];
  if (!best) return null;
  let next: Parts["cues"][number] | undefined;
  for (const h of cues)
    if (h.category !== best.id && (!next || h.position < next.position)) next = h;
  if (next) {
    const c = categories.find((x) => x.id === next.category);
    if (c) return { id: c.id, score: c.score };
  }
  const runnerUp = categories[1];
  return runnerUp && runnerUp.score >= SECONDARY_AT
    ? { id: runnerUp.id, score: runnerUp.score }
    : null;
}

/** Appends the terms `list` does not have yet, in order. */
function addDistinct(list: string[], terms: readonly string[]): void {
  for (const t of terms) if (!list.includes(t)) list.push(t);
}

/** Best first, ties in their original order (a stable insertion sort: six groupings). */
function sortByScore<T extends { score: number }>(xs: T[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i] as T;
    let j = i;
    while (j > 0 && (xs[j - 1] as T).score < x.score) {
      xs[j] = xs[j - 1] as T;
      j--;
    }
    xs[j] = x;
  }
}

/** Indices of the k largest values, best first (k is small: insertion, no sort). */
function topK(p: Float64Array, k: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const v = p[i] as number;
    if (idx.length === k && v <= (p[idx[k - 1] as number] as number)) continue;
    let j = idx.length < k ? idx.length : k - 1;
    while (j > 0 && (p[idx[j - 1] as number] as number) < v) {
      idx[j] = idx[j - 1] as number;
      j--;
    }
    idx[j] = i;
  }
  return idx;
}

let defaultClassifier: Classifier | undefined;

/** The classifier trained on the built-in training set, trained once on first use. */
export function getDefaultClassifier(): Classifier {
  return (defaultClassifier ??= Classifier.train());
}

/** Classifies with the default classifier. */
export function classify(text: string): Classification {
  return getDefaultClassifier().classify(text);
}
