/**
 * The knowledge-base concepts found in the needs' own texts, per article key (the note's
 * per-article sections): for each need, the engine's concepts (`findConcepts`, the same lexicon
 * the classifier and search use, in the need's language), counted once per need under every
 * article key the need counts under (its articles, or "<chapter>-general").
 */
import { analyse, findConcepts, type Language } from "@tahub/engine";
import type { NeedText } from "@tahub/db";

export interface ConceptCount {
  id: string;
  label: string;
  /** Needs of the article whose text mentions the concept. */
  needs: number;
}

const LANGS = new Set(["en", "fr", "es"]);

/** Article keys of a need, as the figures count them. */
function articleKeysOf(n: Pick<NeedText, "articles" | "chapterId">): string[] {
  return n.articles.length
    ? [...new Set(n.articles.map(String))]
    : [`${n.chapterId ?? "?"}-general`];
}

/** Per article key, its concepts by needs (most first, then by label), at most `top` each. */
export function topConcepts(texts: readonly NeedText[], top = 5): Map<string, ConceptCount[]> {
  const counts = new Map<string, Map<string, ConceptCount>>();
  for (const need of texts) {
    const language = LANGS.has(need.language) ? (need.language as Language) : undefined;
    const found = new Map(
      findConcepts(analyse(need.text, language ? { language } : {})).map((h) => [
        h.concept.id,
        h.concept,
      ]),
    );
    for (const key of articleKeysOf(need)) {
      let byConcept = counts.get(key);
      if (!byConcept) counts.set(key, (byConcept = new Map<string, ConceptCount>()));
      for (const c of found.values()) {
        const entry = byConcept.get(c.id) ?? { id: c.id, label: c.label, needs: 0 };
        entry.needs += 1;
        byConcept.set(c.id, entry);
      }
    }
  }
  const out = new Map<string, ConceptCount[]>();
  for (const [key, byConcept] of counts)
    out.set(
      key,
      [...byConcept.values()]
        .sort((a, b) => b.needs - a.needs || a.label.localeCompare(b.label))
        .slice(0, top),
    );
  return out;
}
