import type { Analysed } from "../text/index.js";
import { isStopword } from "../text/index.js";
import type { WeightedTerm } from "./bm25.js";
import type { FoundConcept } from "./concepts.js";
import type { MatchWeights } from "./weights.js";

/**
 * Language-neutral "cognate keys" of a text's content words, so that a French or Spanish need
 * meets an English offer on the words they share by origin, not only on the concepts the
 * lexicon knows: déclaration / declaración / declaration, stratégie / estrategia / strategy,
 * blanchiment stays apart from laundering (the concept lexicon joins those).
 *
 * A key is the word (already lower-cased and accent-folded by the text pipeline) with the
 * spelling differences between the three languages evened out, cut to its first
 * `COGNATE_PREFIX` letters: long enough that unrelated words rarely share it (confiscation /
 * conflict differ at the fifth letter), short enough to cut off the endings, which is where the
 * three languages differ most (-tion / -cion, -ie / -ia / -y). Stop words of the text's language
 * and words shorter than the prefix are skipped. Keys only ever add evidence; BM25's idf keeps
 * common prefixes ("inter", "publi") cheap.
 */
export const COGNATE_PREFIX = 5;

// Spelling correspondences, applied in order to the folded word.
const RULES: readonly [RegExp, string][] = [
  // Spanish prothetic e- before s + consonant: estrategia / strategy, especial / special.
  [/^es(?=[bcdfgjklmnpqrstvz])/, "s"],
  [/ph/g, "f"],
  [/th/g, "t"],
  [/qu/g, "c"],
  [/[kq]/g, "c"],
  [/[yj]/g, "i"],
  [/z/g, "s"],
  // Doubled letters once (accion / action, communication / comunicacion).
  [/([a-z])\1/g, "$1"],
];

export function cognateKey(word: string): string | undefined {
  if (word.length < COGNATE_PREFIX || /\d/.test(word)) return undefined;
  let w = word;
  for (const [re, to] of RULES) w = w.replace(re, to);
  return w.length >= COGNATE_PREFIX - 1 ? `k:${w.slice(0, COGNATE_PREFIX)}` : undefined;
}

/** The cognate keys of a text's content words, in order (repeats kept: they are term frequency). */
export function cognateKeys(a: Analysed): string[] {
  const out: string[] = [];
  for (const raw of a.words)
    for (const w of raw.split(/['-]/)) {
      if (isStopword(w, a.language)) continue;
      const k = cognateKey(w);
      if (k) out.push(k);
    }
  return out;
}

/**
 * The language-neutral terms of a text: its cognate keys and its concept ids (weighted like
 * in the word index). Indexed apart from the stems so that their idf is computed over every
 * language at once: a Spanish word is rare in a mostly English catalogue whatever it means,
 * which made same-language candidates win on common words.
 */
export function neutralTerms(
  a: Analysed,
  concepts: readonly FoundConcept[],
  w: MatchWeights,
): WeightedTerm[] {
  const out: WeightedTerm[] = cognateKeys(a).map((term) => ({ term, weight: 1 }));
  for (const c of concepts) out.push({ term: `c:${c.id}`, weight: w.neutralConcept });
  return out;
}
