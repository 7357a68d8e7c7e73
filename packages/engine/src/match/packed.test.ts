/**
 * Term lists kept packed (./packed.ts) index exactly as the lists they pack: a BM25 index built
 * from packed lists scores every query as one built from the lists themselves.
 */
import { describe, expect, it } from "vitest";
import { Bm25Index, type WeightedTerm } from "./bm25.js";
import { TermTable } from "./packed.js";
import { at } from "../util/at.js";

const docs: WeightedTerm[][] = [
  [
    { term: "asset", weight: 1 },
    { term: "recoveri", weight: 1 },
    { term: "asset recoveri", weight: 0.3 },
    { term: "c:asset-recovery", weight: 2.5 },
  ],
  [
    { term: "whistleblow", weight: 1 },
    { term: "protect", weight: 1 },
    { term: "protect", weight: 1 },
    { term: "c:whistleblower-protection", weight: 2.5 },
  ],
  [],
  [
    { term: "asset", weight: 1 },
    { term: "declar", weight: 1 },
    { term: "asset declar", weight: 0.3 },
  ],
];

const scores = (index: Bm25Index, query: WeightedTerm[]) => {
  const acc = new Float32Array(index.size);
  index.accumulate(query, acc);
  return [...acc];
};

describe("TermTable", () => {
  it("stores each distinct term once and keeps every weight exactly", () => {
    const table = new TermTable();
    const packed = docs.map((d) => table.pack(d));
    expect(table.size).toBe(9);
    const read: WeightedTerm[][] = [];
    const source = table.source(packed);
    for (let d = 0; d < source.count; d++) {
      const doc: WeightedTerm[] = [];
      source.forEach(d, (term, weight) => doc.push({ term, weight }));
      read.push(doc);
      expect(source.size(d)).toBe(at(docs, d).length);
    }
    expect(read).toEqual(docs);
  });

  it("builds the same BM25 index as the lists it packs", () => {
    const table = new TermTable();
    const fromPacked = Bm25Index.build(table.source(docs.map((d) => table.pack(d))));
    const fromLists = Bm25Index.build(docs);
    expect(fromPacked.bytes).toBe(fromLists.bytes);
    expect([...fromPacked.vocabulary]).toEqual([...fromLists.vocabulary]);
    for (const q of [
      [{ term: "asset", weight: 1 }],
      [
        { term: "protect", weight: 1 },
        { term: "c:whistleblower-protection", weight: 2.5 },
      ],
    ])
      expect(scores(fromPacked, q)).toEqual(scores(fromLists, q));
  });
});
