/**
 * The classifier's knowledge priors: the starting weight of each knowledge feature (cited
 * articles, concepts, cues, guideline rules) for each label of the three heads. Training and
 * retraining start every head from these weights and regularise towards them.
 */
import { CATEGORY_IDS, GUIDELINE_RULES, guidelineRule, CHAPTERS, chapterOf } from "@tahub/domain";
import { CONCEPTS, getConcept } from "../knowledge/index.js";
import type { SoftmaxModel } from "./softmax.js";

/** Knowledge priors: the starting weight of each knowledge feature for each label. */
const PRIOR = {
  /** A cited article, for that article (and its chapter). */
  citedArticle: 3,
  citedChapter: 2.5,
  /** A concept, for its articles in order of relevance. */
  concept: [1.6, 0.9, 0.5],
  conceptChapter: 0.8,
  /** A cue, for its grouping. */
  cue: 1.2,
  /** A cue among the first words, on top of `cue`. */
  leadCue: 0.8,
  /** A guideline rule's head phrase, for the rule's grouping and its contested edge. */
  rule: 1.2,
  ruleContested: 0.3,
  /** The grouping of the first rule in the text, and of the best-ranked one. */
  ruleOrder: 0.6,
  /** The head of the request names a body ("the strengthening of the FIU"). */
  headBody: 1.0,
  /** The cue at the head of the request (after generic openers), on top of `cue`. */
  headCue: 1.0,
  /** A chapter-general cue, for that chapter. */
  chapterCue: 1.2,
};

export function knowledgeFeatures(): string[] {
  const f: string[] = [];
  for (const c of CONCEPTS) f.push("c:" + c.id);
  for (const c of CATEGORY_IDS) f.push("q:" + c, "qf:" + c, "hq:" + c, "gf:" + c, "gr:" + c);
  for (const r of GUIDELINE_RULES) f.push("g:" + r.id);
  f.push("hb:body");
  for (let a = 1; a <= 71; a++) f.push("a:" + a);
  for (const ch of CHAPTERS) f.push("ach:" + ch.id);
  f.push("gc:II", "gc:V", "l:fr", "l:es");
  return f;
}

function categoryPrior(
  feature: string,
  labels: readonly string[],
): Map<number, number> | undefined {
  if (feature.startsWith("q:")) return new Map([[labels.indexOf(feature.slice(2)), PRIOR.cue]]);
  if (feature.startsWith("qf:"))
    return new Map([[labels.indexOf(feature.slice(3)), PRIOR.leadCue]]);
  if (feature.startsWith("g:")) {
    const rule = guidelineRule(feature.slice(2));
    if (!rule) return undefined;
    const m = new Map([[labels.indexOf(rule.category), PRIOR.rule]]);
    // The rule's contested edge keeps a little weight: annotators choose it too.
    for (const c of rule.contestedWith) m.set(labels.indexOf(c), PRIOR.ruleContested);
    return m;
  }
  if (feature === "hb:body")
    return new Map([[labels.indexOf("institution-building"), PRIOR.headBody]]);
  if (feature.startsWith("gf:") || feature.startsWith("gr:"))
    return new Map([[labels.indexOf(feature.slice(3)), PRIOR.ruleOrder]]);
  if (feature.startsWith("hq:"))
    return new Map([[labels.indexOf(feature.slice(3)), PRIOR.headCue]]);
  return undefined;
}

function articlePrior(feature: string, labels: readonly string[]): Map<number, number> | undefined {
  if (feature.startsWith("a:")) {
    const i = labels.indexOf(feature.slice(2));
    return i >= 0 ? new Map([[i, PRIOR.citedArticle]]) : undefined;
  }
  if (feature.startsWith("c:")) {
    const c = getConcept(feature.slice(2));
    if (!c) return undefined;
    const m = new Map<number, number>();
    c.articles.forEach((a, k) => {
      const i = labels.indexOf(String(a));
      if (i >= 0 && k < PRIOR.concept.length) m.set(i, PRIOR.concept[k] as number);
    });
    return m;
  }
  return undefined;
}

function chapterPrior(feature: string, labels: readonly string[]): Map<number, number> | undefined {
  const at = (ch: string, v: number) => {
    const i = labels.indexOf(ch);
    return i >= 0 ? new Map([[i, v]]) : undefined;
  };
  if (feature.startsWith("ach:")) return at(feature.slice(4), PRIOR.citedChapter);
  if (feature.startsWith("gc:")) return at(feature.slice(3), PRIOR.chapterCue);
  if (feature.startsWith("c:")) {
    const a = getConcept(feature.slice(2))?.articles[0];
    return a ? at(chapterOf(a), PRIOR.conceptChapter) : undefined;
  }
  return undefined;
}

export type Head = "category" | "article" | "chapter";
export const PRIORS: Record<Head, typeof categoryPrior> = {
  category: categoryPrior,
  article: articlePrior,
  chapter: chapterPrior,
};

export function priorVector(m: SoftmaxModel, head: Head): Float64Array {
  const p = new Float64Array(m.weights.length);
  m.features.forEach((f, i) => {
    const v = PRIORS[head](f, m.labels);
    if (v) for (const [l, w] of v) p[i * m.L + l] = w;
  });
  return p;
}
