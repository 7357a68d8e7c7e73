/**
 * Term lists kept packed between builds. A record's weighted terms (stems, bigrams, concept ids)
 * were kept as arrays of `{ term, weight }` objects, each bigram and concept id a string of its
 * own: at 100,000 records those lists were 390 MB of heap, two thirds of the analysis cache,
 * and the garbage collector's marking of that heap paused a server for most of a second after
 * each rebuild (docs/matching.md, "What still pauses the server"). Packed, each distinct term is
 * stored once in a `TermTable` and a record's list is one `Float64Array` of (term id, weight)
 * pairs: one object per list instead of one per term, and the weights keep their exact values.
 */
import type { DocSource, WeightedTerm } from "./bm25.js";

/** A record's term list: term ids of a `TermTable` and weights, alternating. */
export type PackedTerms = Float64Array;

/**
 * Each distinct term once, numbered in the order first packed. Kept with the analyses it packed
 * (`AnalysisCache`): it only grows, by the terms of texts not seen before, so it holds the
 * vocabulary of every text this cache has analysed, records since deleted included.
 */
export class TermTable {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];

  /** Number of distinct terms held. */
  get size(): number {
    return this.terms.length;
  }

  /** `list` packed: its terms' ids here (added when new) and its weights, in order. */
  pack(list: readonly WeightedTerm[]): PackedTerms {
    const out = new Float64Array(list.length * 2);
    for (const [i, { term, weight }] of list.entries()) {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.ids.set(term, id);
        this.terms.push(term);
      }
      out[2 * i] = id;
      out[2 * i + 1] = weight;
    }
    return out;
  }

  /** Packed lists as documents for `Bm25Index.buildSteps`, read through this table. */
  source(docs: readonly PackedTerms[]): DocSource {
    const terms = this.terms;
    return {
      count: docs.length,
      size: (d) => (docs[d]?.length ?? 0) / 2,
      forEach(d, visit) {
        const doc = docs[d];
        if (!doc) return;
        for (let i = 0; i < doc.length; i += 2) visit(terms[doc[i] ?? 0] ?? "", doc[i + 1] ?? 0);
      },
    };
  }
}
