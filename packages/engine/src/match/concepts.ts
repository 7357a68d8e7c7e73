import type { CategoryId } from "@tahub/domain";
import type { Analysed } from "../text/index.js";

/** A domain concept found in a text: an id shared by all its synonyms and languages, and a label. */
export interface FoundConcept {
  id: string;
  label: string;
  /** Articles the concept belongs to, when known. */
  articles?: readonly number[];
}

/** Finds the domain concepts of an analysed text. The matcher treats their ids as terms. */
export type ConceptFinder = (a: Analysed) => FoundConcept[];

/** Until the knowledge base is wired in, or when a caller turns concepts off. */
export const noConcepts: ConceptFinder = () => [];

/** The forms of assistance (cycle-2 categories) a text's wording points to. */
export type CategoryFinder = (a: Analysed) => CategoryId[];

export const noCategories: CategoryFinder = () => [];
