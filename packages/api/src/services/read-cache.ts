/**
 * A small in-process cache of read results, keyed by the database's data version (see
 * `dataVersion` in @tahub/db). Any write in any process bumps the version, so an entry is never
 * served after the data it came from changed; processes stay interchangeable.
 */
export interface ReadCache {
  get<T>(version: string, key: string, compute: () => Promise<T>): Promise<T>;
}

/** @param capacity entries kept (least recently used dropped first). Default 1,000. */
export function createReadCache(capacity = 1_000): ReadCache {
  let currentVersion = "";
  const entries = new Map<string, Promise<unknown>>();
  return {
    get<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
      if (version !== currentVersion) {
        entries.clear();
        currentVersion = version;
      }
      const hit = entries.get(key);
      if (hit) {
        // Refresh recency: Map keeps insertion order, so re-insert at the end.
        entries.delete(key);
        entries.set(key, hit);
        return hit as Promise<T>;
      }
      const value = compute();
      entries.set(key, value);
      // A failed read is not cached.
      value.catch(() => entries.get(key) === value && entries.delete(key));
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}
