/**
 * Domain knowledge about the Convention, written by hand: which topics each article covers
 * (with English, French and Spanish terms), which phrases signal each form of assistance, and
 * which phrases make a need chapter-general. The classifier turns matches into features whose
 * weights start from these priors, so a need can be placed even when none of its words were
 * seen in training.
 */
import { GUIDELINE_RULES, type CategoryId, type GuidelineRule } from "@tahub/domain";
import type { Analysed } from "../text/analyse.js";
import { LANGUAGES } from "../text/language.js";
import { CHAPTER_II } from "./chapter2.js";
import { CHAPTERS_III_IV } from "./chapter3-4.js";
import { CHAPTERS_V_VI } from "./chapter5-6.js";
import { CATEGORY_CUES, CHAPTER_CUES } from "./cues.js";
import { compileLexicon, type Lexicon } from "./lexicon.js";
import type { Concept } from "./types.js";

export type { CategoryCues, Concept, TermLanguage } from "./types.js";
export { CATEGORY_CUES, CHAPTER_CUES } from "./cues.js";
export { compileLexicon, type Lexicon, type LexiconHit } from "./lexicon.js";

export const CONCEPTS: readonly Concept[] = [...CHAPTER_II, ...CHAPTERS_III_IV, ...CHAPTERS_V_VI];

const CONCEPT_BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

export function getConcept(id: string): Concept | undefined {
  return CONCEPT_BY_ID.get(id);
}

/** Concepts whose first-listed article is `article`, then those that list it anywhere. */
export function conceptsOfArticle(article: number): Concept[] {
  return CONCEPTS.filter((c) => c.articles.includes(article)).sort(
    (a, b) => a.articles.indexOf(article) - b.articles.indexOf(article),
  );
}

/** The concepts a need mentions, each with the term that matched first, in text order. */
export function findConcepts(a: Analysed): { concept: Concept; term: string }[] {
  return findKnowledge(a).concepts;
}

/** The forms of assistance a need's wording points to, each with the cue that matched. */
export function findCategoryCues(
  a: Analysed,
): { category: CategoryId; term: string; position: number }[] {
  return findKnowledge(a).cues;
}

/** Every cue that matched, per category (a category may be cued several times). */
export function categoryCueTerms(category: CategoryId): readonly string[] {
  return CATEGORY_CUES.find((c) => c.category === category)?.terms.en ?? [];
}

/** Chapters the need refers to as a whole ("preventive measures", "asset recovery", "chapter V"). */
export function findChapterCues(a: Analysed): { chapter: "II" | "V"; term: string }[] {
  return findKnowledge(a).chapterCues;
}

type Tagged =
  | { kind: "concept"; concept: Concept }
  | { kind: "rule"; rule: GuidelineRule }
  | { kind: "cue"; category: CategoryId }
  | { kind: "chapter"; chapter: "II" | "V" };

let allLexicon: Lexicon<Tagged> | undefined;

/*
 * Concepts, cues and chapter cues in one lexicon: one dictionary lookup per stem, whatever the
 * caller wants. Entries keep their order within each kind. Compiled on first use: compiling
 * stems every term (a few ms), which importers should not pay.
 */
function everything(): Lexicon<Tagged> {
  return (allLexicon ??= compileLexicon<Tagged>([
    ...CONCEPTS.flatMap((concept) => {
      const payload: Tagged = { kind: "concept", concept };
      return LANGUAGES.flatMap((language) =>
        concept.terms[language].map((term) => ({ payload, language, term })),
      );
    }),
    ...CATEGORY_CUES.flatMap((c) => {
      const payload: Tagged = { kind: "cue", category: c.category };
      return LANGUAGES.flatMap((language) =>
        c.terms[language].map((term) => ({ payload, language, term })),
      );
    }),
    // The labelling guideline's head phrases: the rule book outranks the cue lexicon (below).
    ...GUIDELINE_RULES.flatMap((rule) => {
      const payload: Tagged = { kind: "rule", rule };
      return LANGUAGES.flatMap((language) =>
        rule.heads[language].map((term) => ({ payload, language, term })),
      );
    }),
    ...(["II", "V"] as const).flatMap((chapter) => {
      const payload: Tagged = { kind: "chapter", chapter };
      return LANGUAGES.flatMap((language) =>
        CHAPTER_CUES[chapter][language].map((term) => ({ payload, language, term })),
      );
    }),
  ]));
}

export interface KnowledgeHits {
  concepts: { concept: Concept; term: string }[];
  /** Grouping cues: the cue lexicon's and the guideline rules' (a rule's cue is its category). */
  cues: { category: CategoryId; term: string; position: number }[];
  /** Guideline rules whose head phrase occurs, with where. */
  rules: { rule: GuidelineRule; term: string; position: number }[];
  chapterCues: { chapter: "II" | "V"; term: string }[];
}

/**
 * Concepts, cues, guideline rules and chapter cues of a need, in text order, in one pass over
 * its stems. Where a guideline head phrase covers a lexicon cue of another grouping, the
 * guideline wins and the cue is dropped ("drafting of mutual legal assistance requests" is not
 * legislative assistance; "code of conduct" is not a legal code): one source of truth.
 */
export function findKnowledge(a: Analysed): KnowledgeHits {
  const out: KnowledgeHits = { concepts: [], cues: [], rules: [], chapterCues: [] };
  const hits = everything().match(a);
  // Stem spans of the guideline's head phrases, with the rule's rank in the decision list.
  let covered: { from: number; to: number; rank: number; category: CategoryId }[] | undefined;
  for (const h of hits) {
    const p = h.payload;
    if (p.kind !== "rule") continue;
    (covered ??= []).push({
      from: h.position - h.length + 1,
      to: h.position + h.length - 1,
      rank: ruleRank(p.rule),
      category: p.rule.category,
    });
  }
  // A hit is overruled when the best-ranked rule whose phrase covers it files elsewhere
  // ("study" inside "study visit"; "drafting" inside "drafting of MLA requests").
  const overruled = (category: CategoryId, at: number): boolean => {
    if (!covered) return false;
    let best: (typeof covered)[number] | undefined;
    for (const c of covered)
      if (at >= c.from && at <= c.to && (!best || c.rank < best.rank)) best = c;
    return best !== undefined && best.category !== category;
  };
  for (const h of hits) {
    const p = h.payload;
    if (p.kind === "concept") out.concepts.push({ concept: p.concept, term: h.term });
    else if (p.kind === "cue") {
      if (!overruled(p.category, h.position))
        out.cues.push({ category: p.category, term: h.term, position: h.position });
    } else if (p.kind === "rule") {
      if (overruled(p.rule.category, h.position)) continue;
      out.rules.push({ rule: p.rule, term: h.term, position: h.position });
      out.cues.push({ category: p.rule.category, term: h.term, position: h.position });
    } else out.chapterCues.push({ chapter: p.chapter, term: h.term });
  }
  return out;
}

const RULE_RANK = new Map(GUIDELINE_RULES.map((r, i) => [r.id, i]));
const ruleRank = (r: GuidelineRule) => RULE_RANK.get(r.id) ?? GUIDELINE_RULES.length;
