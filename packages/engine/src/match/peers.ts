import Fuse from "fuse.js";

/**
 * The baseline peer: a fuse.js full scan over the same records' text. Fuse compares the query
 * with every record (bitap on 32-character chunks of the query), so it stands for "fuzzy search
 * without an index". Long queries are cut to `maxQuery` characters, or fuse would spend most of
 * its time on chunks past the point where they change the ranking.
 */
export function fusePeer<T extends { id: string; text: string }>(
  records: readonly T[],
  options: { maxQuery?: number } = {},
): { search(text: string, limit: number): string[] } {
  const fuse = new Fuse([...records], {
    keys: ["text"],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.6,
    shouldSort: true,
  });
  const max = options.maxQuery ?? 96;
  return {
    search(text, limit) {
      const q = text.trim().slice(0, max);
      if (!q) return [];
      return fuse.search(q, { limit }).map((r) => r.item.id);
    },
  };
}

/**
 * The speed peer: MiniSearch (a maintained inverted index with BM25+ scoring) over the same
 * records' text, its default tokeniser and no stemming, fuzzy or prefix search (each would slow
 * it). Queries are the whole text, terms OR-ed, as TA Hub reads them; the top `limit` ids are
 * returned. MiniSearch is a dev dependency (benchmarks and evaluation only), so it is imported
 * here on demand and never reaches the server's module graph.
 */
export async function miniSearchPeer<T extends { id: string; text: string }>(
  records: readonly T[],
): Promise<{ search(text: string, limit: number): string[] }> {
  const { default: MiniSearch } = await import("minisearch");
  const ms = new MiniSearch<{ id: string; text: string }>({ fields: ["text"], storeFields: [] });
  ms.addAll(records.map((r) => ({ id: r.id, text: r.text })));
  return {
    search(text, limit) {
      if (!text.trim()) return [];
      return ms
        .search(text, { combineWith: "OR" })
        .slice(0, limit)
        .map((r) => String(r.id));
    },
  };
}
