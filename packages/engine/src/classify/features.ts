import { chapterOf, isArticleNumber } from "@tahub/domain";
import {
  findCategoryCues,
  findChapterCues,
  findConcepts,
  type Concept,
} from "../knowledge/index.js";
import { analyse, type Analysed } from "../text/analyse.js";

/**
 * Longest text analysed. Needs are a sentence or a paragraph; anything longer is cut here so
 * that a 1 MB paste costs the same as a long paragraph (and no regex sees a megabyte).
 */
export const MAX_ANALYSED_CHARS = 4000;

/** Content stems that count as the lead of a need. */
const LEAD = 3;

export interface Extracted {
  analysed: Analysed;
  /** Distinct feature names: `s:` stem, `b:` bigram, `c:` concept, `q:` category cue, `a:` cited article, `ach:` chapter of a cited article, `gc:` chapter-general cue, `l:` language. */
  features: string[];
  concepts: { concept: Concept; term: string }[];
  cues: { category: string; term: string; position: number }[];
  chapterCues: { chapter: string; term: string }[];
  truncated: boolean;
  /** Why the text could not be read at all, if it could not. */
  unreadable?: "empty" | "binary";
}

// Control characters other than tab/newline, and U+FFFD from a failed decode.
// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const BINARY = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

export function unreadableReason(text: string): "empty" | "binary" | undefined {
  if (text.trim().length === 0) return "empty";
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const bad = sample.match(BINARY)?.length ?? 0;
  if (bad > 0 && bad / sample.length > 0.05) return "binary";
  return undefined;
}

export function extract(raw: string): Extracted {
  const truncated = raw.length > MAX_ANALYSED_CHARS;
  const text = truncated ? raw.slice(0, MAX_ANALYSED_CHARS) : raw;
  const unreadable = unreadableReason(text);
  const analysed = analyse(unreadable ? "" : text);
  const feats = new Set<string>();
  for (const s of analysed.stems) feats.add("s:" + s);
  for (const b of analysed.bigrams) feats.add("b:" + b);
  const concepts = findConcepts(analysed);
  for (const h of concepts) feats.add("c:" + h.concept.id);
  const cues = findCategoryCues(analysed);
  for (const h of cues) {
    feats.add("q:" + h.category);
    // Needs say what they want first ("Training of ...", "Assistance in drafting ..."): a cue
    // among the first content words is a stronger signal than one buried in the topic.
    if (h.position < LEAD) feats.add("qf:" + h.category);
  }
  const chapterCues = findChapterCues(analysed);
  for (const h of chapterCues) feats.add("gc:" + h.chapter);
  for (const a of analysed.articles) {
    if (!isArticleNumber(a)) continue;
    feats.add("a:" + a);
    feats.add("ach:" + chapterOf(a));
  }
  if (analysed.language !== "en") feats.add("l:" + analysed.language);
  const out: Extracted = {
    analysed,
    features: [...feats],
    concepts,
    cues,
    chapterCues,
    truncated,
  };
  if (unreadable) out.unreadable = unreadable;
  return out;
}
