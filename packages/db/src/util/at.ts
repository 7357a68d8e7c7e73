/**
 * `items[i]` for an index the caller knows is in range (a row of a matrix it built, the first
 * element of a non-empty list): throws a RangeError, an invariant broken, when it is not,
 * instead of letting `undefined` through as a non-null assertion would.
 */
export function at<T>(items: ArrayLike<T>, i: number): T {
  const item = items[i];
  if (item === undefined)
    throw new RangeError(`index ${i} is out of range (length ${items.length})`);
  return item;
}

/** `value` when it is there: throws an Error naming `what` (an invariant broken) when it is not. */
export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}
