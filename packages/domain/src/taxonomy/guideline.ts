/**
 * The labelling guideline for cycle-2 needs: how the secretariat files a need under one of the
 * six suggested groupings, written down so that annotators, the training data, the classifier's
 * cue lexicon, the matcher's modality map and the portal's help text all follow one rule book.
 *
 * Sources are cited by UN document and paragraph. `NOTE_2023` is the Secretariat's note to the
 * tenth session of the Conference analysing the technical assistance needs emerging from the
 * country reviews (information as at 15 September 2023). No sentence of it is copied here: the
 * rules paraphrase what it states, the head phrases are ordinary vocabulary.
 *
 * Prose for people, with worked cases, is in docs/labelling-guideline.md.
 */
import type { CategoryId } from "./index.js";
import { GUIDELINE_RULES, type GuidelineRule } from "./guideline-rules.js";

export * from "./guideline-rules.js";

/**
 * Openers that say nothing about the kind of help: skip them and read the head after them
 * ("support in establishing ..." is decided by "establishing ...").
 */
export const GENERIC_HEADS: Readonly<Record<"en" | "fr" | "es", readonly string[]>> = {
  en: [
    "the",
    "support in",
    "support for",
    "assistance in",
    "assistance with",
    "technical assistance for",
    "the need for",
    "provision of",
    "development of",
    "strengthening of",
  ],
  fr: ["appui à", "assistance pour", "besoin de", "élaboration de", "renforcement de"],
  es: ["apoyo para", "asistencia para", "necesidad de", "elaboración de", "fortalecimiento de"],
};

/** The principles that come before the decision list. */
export const GUIDELINE_PRINCIPLES: readonly { id: string; text: string }[] = [
  {
    id: "head-decides",
    text: "The head of the request decides: what is asked to be delivered, not the topic around it. Training on a procurement law is capacity-building; a law establishing a training academy is legislative assistance.",
  },
  {
    id: "first-substantive-head",
    text: "A need asking for several things is filed under its first substantive request; the next distinct grouping is its secondary grouping (many needs span more than one grouping, as the 2023 note observes).",
  },
  {
    id: "contested-goes-to-review",
    text: "Where the rules leave two groupings defensible (a rule's contestedWith), the need carries both and should be confirmed by the secretariat rather than filed with high confidence.",
  },
];

/** The rule that decides a grouping's typical needs, by id. */
export function guidelineRule(id: string): GuidelineRule | undefined {
  return GUIDELINE_RULES.find((r) => r.id === id);
}

/**
 * Groupings a form of assistance serves, derived from the guideline so that matching files
 * offers the way the classifier files needs: training, peer learning, mentoring and
 * technology are capacity-building (NOTE_2023 paras 16, 26, 42); technology also serves
 * data-gathering when the tool is a data or case-tracking system (para 44).
 */
export const GUIDELINE_MODALITIES = {
  training: ["capacity-building"],
  "peer-learning": ["capacity-building", "international-cooperation"],
  mentoring: ["capacity-building", "institution-building"],
  "legislative-advice": ["legislative-assistance"],
  "expert-deployment": ["capacity-building", "institution-building"],
  "institutional-support": ["institution-building"],
  technology: ["capacity-building", "research-data"],
  "policy-advice": ["policymaking"],
  research: ["research-data"],
  assessment: ["research-data", "policymaking"],
  networking: ["international-cooperation"],
} as const satisfies Record<string, readonly CategoryId[]>;
