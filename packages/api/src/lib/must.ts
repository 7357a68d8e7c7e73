/**
 * An invariant read: the value the code knows is there (an array's existing element, a key it
 * just set, a column its filter made non-null). Returns it, or throws naming what was missing,
 * where a `!` would let `undefined` through to fail later and somewhere less clear.
 */
export function must<T>(value: T | null | undefined, what = "a value"): T {
  if (value === null || value === undefined) throw new Error(`internal: expected ${what}`);
  return value;
}
