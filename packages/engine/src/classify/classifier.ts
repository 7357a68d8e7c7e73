import { CATEGORY_IDS, chapterOf, type CategoryId, type ChapterId } from "@tahub/domain";
import { knowledgeFeatureNames, parts, type Parts } from "./features.js";
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

/** Abstain when the best grouping's calibrated probability is below this. */
export const ABSTAIN_BELOW = 0.4;
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
  abstain: boolean;
  /** Why it abstained: low confidence, nothing recognisable, or unreadable input. */
  reason?: "low-confidence" | "no-known-words" | "empty" | "binary";
  language: "en" | "fr" | "es";
  /** The text was longer than MAX_ANALYSED_CHARS and only its start was read. */
  truncated: boolean;
  modelVersion: string;
}

export class Classifier {
  readonly model: ClassifierModel;
  readonly modelVersion: string;
  // Scratch buffers: classify() allocates little beyond its result.
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
  private readonly row: Map<string, number>;
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
  /** Rows whose feature can be shown as evidence (not the language or a cited article's chapter). */
  private readonly explainable: Uint8Array;
  // Rows of the current need, deduplicated by a generation stamp (no per-call Set).
  private rows = new Int32Array(64);
  private nRows = 0;
  private readonly stamp: Uint32Array;
  private generation = 0;

  constructor(model: ClassifierModel) {
    this.model = model;
    this.modelVersion = model.modelVersion;
    const { category, article, chapter } = model.heads;
    this.cat = new Float64Array(category.L);
    this.art = new Float64Array(article.L);
    this.chap = new Float64Array(chapter.L);
    this.names = [...new Set([...category.features, ...article.features, ...chapter.features])];
    const n = this.names.length;
    this.width = category.L + article.L + chapter.L;
    this.row = new Map();
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
    this.explainable = Uint8Array.from(this.names, (f) =>
      f.startsWith("l:") || f.startsWith("ach:") ? 0 : 1,
    );
    this.names.forEach((f, r) => {
      this.row.set(f, r);
      if (f.startsWith("s:")) this.stemRow.set(f.slice(2), r);
      else if (f.startsWith("b:")) {
        const [a, b] = f.slice(2).split("_") as [string, string];
        let m = this.bigramRow.get(a);
        if (!m) this.bigramRow.set(a, (m = new Map()));
        m.set(b, r);
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

  /** The rows of a need's features, in the order `extract` lists them. */
  private collectRows(p: Parts): void {
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    this.nRows = 0;
    const stems = p.analysed.stems;
    for (const s of stems) this.addRow(this.stemRow.get(s));
    for (let i = 1; i < stems.length; i++)
      this.addRow(this.bigramRow.get(stems[i - 1] as string)?.get(stems[i] as string));
    knowledgeFeatureNames(p, (f) => this.addRow(this.row.get(f)));
  }

  /** Calibrated probabilities of the three heads into the scratch buffers; returns features the grouping head knows. */
  private score(): number {
    const { category, article, chapter } = this.model.heads;
    const cat = this.cat;
    const art = this.art;
    const chap = this.chap;
    cat.set(category.bias);
    art.set(article.bias);
    chap.set(chapter.bias);
    const t = this.table;
    const W = this.width;
    const nc = cat.length;
    const na = art.length;
    const nh = chap.length;
    let known = 0;
    for (let k = 0; k < this.nRows; k++) {
      const r = this.rows[k] as number;
      known += this.knownByCategory[r] as number;
      let o = r * W;
      for (let l = 0; l < nc; l++) cat[l] = (cat[l] as number) + (t[o++] as number);
      for (let l = 0; l < na; l++) art[l] = (art[l] as number) + (t[o++] as number);
      for (let l = 0; l < nh; l++) chap[l] = (chap[l] as number) + (t[o++] as number);
    }
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

    const categories = CATEGORY_IDS.map((id, i) => ({ id, score: this.cat[i] as number })).sort(
      (a, b) => b.score - a.score,
    );
    const arts: { article: number; title: string; score: number }[] = [];
    for (const i of topK(this.art, TOP_ARTICLES)) {
      const n = this.articleNumbers[i] as number;
      arts.push({ article: n, title: articleTitle(n), score: this.art[i] as number });
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
    const reason: Classification["reason"] = x.unreadable
      ? x.unreadable
      : known === 0 || x.analysed.stems.length === 0
        ? "no-known-words"
        : best.score < ABSTAIN_BELOW
          ? "low-confidence"
          : undefined;
    const abstain = reason !== undefined;
    const labels = abstain
      ? []
      : categories.filter((c) => c.score >= MULTI_LABEL_AT).map((c) => c.id);

    const perLabel: Classification["perLabel"] = { categories: {}, articles: {} };
    const evidence = new Set<string>();
    if (!x.unreadable && known > 0) {
      for (const r of x.analysed.articles) evidence.add(`art. ${r}`);
      for (const c of labels.length ? labels : [best.id]) {
        const e = this.explain("category", CATEGORY_IDS.indexOf(c), x);
        perLabel.categories[c] = e;
        for (const t of e.terms) evidence.add(t);
      }
      for (const a of arts.slice(0, 1)) {
        const e = this.explain("article", this.articleNumbers.indexOf(a.article), x);
        perLabel.articles[a.article] = e;
        for (const t of e.terms) evidence.add(t);
      }
    }
    const out: Classification = {
      categories,
      labels,
      articles: arts,
      chapter: x.unreadable ? null : chapterId,
      chapterScore: x.unreadable ? 0 : chapterScore,
      evidence: [...evidence].slice(0, 8),
      perLabel,
      abstain,
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
    const offset = h === 0 ? 0 : this.model.heads.category.L;
    const scored: { f: string; v: number }[] = [];
    for (let k = 0; k < this.nRows; k++) {
      const r = this.rows[k] as number;
      if (!this.explainable[r]) continue;
      const v =
        (this.table[r * this.width + offset + label] as number) -
        (this.rowMeans[r * 2 + h] as number);
      if (v > 0.15) scored.push({ f: this.names[r] as string, v });
    }
    scored.sort((a, b) => b.v - a.v);
    const terms: string[] = [];
    const concepts: string[] = [];
    for (const { f } of scored.slice(0, 6)) {
      if (f.startsWith("c:")) {
        const id = f.slice(2);
        concepts.push(id);
        const hit = x.concepts.find((c) => c.concept.id === id);
        if (hit) terms.push(hit.term);
      } else if (f.startsWith("q:") || f.startsWith("qf:")) {
        const cat = f.slice(f.indexOf(":") + 1);
        const hit = x.cues.find((c) => c.category === cat);
        if (hit) terms.push(hit.term);
      } else if (f.startsWith("a:")) terms.push(`art. ${f.slice(2)}`);
      else if (f.startsWith("gc:")) {
        const hit = x.chapterCues.find((c) => c.chapter === f.slice(3));
        if (hit) terms.push(hit.term);
      } else if (f.startsWith("s:")) terms.push(f.slice(2));
      else if (f.startsWith("b:")) terms.push(f.slice(2).replace("_", " "));
    }
    return { terms: [...new Set(terms)], concepts };
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
