/**
 * A value a test expects to be there: returns it, or fails the test saying what was missing
 * (instead of a `!`, which would let `undefined` through to fail later, somewhere less clear).
 */
export function must<T>(value: T | null | undefined, what = "a value"): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${String(value)}`);
  return value;
}
