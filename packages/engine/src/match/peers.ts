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
