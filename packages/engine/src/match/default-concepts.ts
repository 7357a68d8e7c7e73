import { noConcepts, type ConceptFinder } from "./concepts.js";

/**
 * The concept finder used when the caller does not pass one. Wired to the knowledge base
 * (`../knowledge/`) once it exists; until then matching runs on text and structure alone.
 */
export const defaultConcepts: ConceptFinder = noConcepts;
