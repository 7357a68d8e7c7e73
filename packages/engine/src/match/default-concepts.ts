import { findCategoryCues, findConcepts } from "../knowledge/index.js";
import type { CategoryFinder, ConceptFinder, FoundConcept } from "./concepts.js";

/**
 * The concept finder used when the caller does not pass one: the engine's knowledge base
 * (`../knowledge/`), whose concepts join synonyms and languages ("whistle-blower" ~ "reporting
 * person" ~ "lanceur d'alerte") under one id. A concept found through several terms counts once.
 */
export const defaultConcepts: ConceptFinder = (a) => {
  const seen = new Map<string, FoundConcept>();
  for (const { concept } of findConcepts(a))
    seen.set(concept.id, { id: concept.id, label: concept.label, articles: concept.articles });
  return [...seen.values()];
};

/**
 * Categories from the knowledge base's cues ("training" -> capacity-building, "draft law" ->
 * legislative assistance), used only for records and queries that state no category.
 */
export const defaultCategories: CategoryFinder = (a) => [
  ...new Set(findCategoryCues(a).map((c) => c.category)),
];
