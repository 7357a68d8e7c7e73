import { compileLexicon, findCategoryCues, findConcepts, getConcept } from "../knowledge/index.js";
import type { Concept, Lexicon } from "../knowledge/index.js";
import { LANGUAGES } from "../text/index.js";
import type { CategoryFinder, ConceptFinder, FoundConcept } from "./concepts.js";
import { RANKING_TERMS } from "./concept-terms.js";

let ranking: Lexicon<Concept> | undefined;

/** The ranking-only terms (`concept-terms.ts`), compiled on first use like the knowledge base. */
function rankingLexicon(): Lexicon<Concept> {
  return (ranking ??= compileLexicon(
    Object.entries(RANKING_TERMS).flatMap(([id, terms]) => {
      const payload = getConcept(id);
      if (!payload) return [];
      return LANGUAGES.flatMap((language) =>
        (terms[language] ?? []).map((term) => ({ payload, language, term })),
      );
    }),
  ));
}

/**
 * The concept finder used when the caller does not pass one: the engine's knowledge base
 * (`../knowledge/`), whose concepts join synonyms and languages ("whistle-blower" ~ "reporting
 * person" ~ "lanceur d'alerte") under one id, plus the ranking-only French and Spanish terms of
 * `concept-terms.ts`. Concept ids are language-neutral, so a French need and an English offer
 * that name the same concept match on it. A concept found through several terms counts once.
 */
export const defaultConcepts: ConceptFinder = (a) => {
  const seen = new Map<string, FoundConcept>();
  const add = (concept: Concept) =>
    seen.has(concept.id) ||
    seen.set(concept.id, { id: concept.id, label: concept.label, articles: concept.articles });
  for (const { concept } of findConcepts(a)) add(concept);
  for (const { payload } of rankingLexicon().match(a)) add(payload);
  return [...seen.values()];
};

/**
 * Categories from the knowledge base's cues ("training" -> capacity-building, "draft law" ->
 * legislative assistance), used only for records and queries that state no category.
 */
export const defaultCategories: CategoryFinder = (a) => [
  ...new Set(findCategoryCues(a).map((c) => c.category)),
];
