/**
 * Cursor pagination shared by every list: fetch one row more than asked to know whether a next
 * page exists, count the filtered total alongside, and hand back the last id as the cursor.
 */
import { AppError } from "../errors.js";
export interface PageInput {
  cursor?: string;
  limit: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/**
 * The Prisma arguments for one page, ordered so the cursor is stable (`id` breaks ties).
 *
 * A cursor is accepted only if its row is in the caller's filtered list (`inList` counts the
 * rows matching the list's `where` and the cursor's id). Prisma positions a page by the cursor
 * row's sort values, whatever the filter, so a restricted record's id given as a cursor would
 * otherwise reveal its State, status and dates by where the page starts (issue 12, existence
 * oracle). Unknown, restricted and filtered-out cursors all get the same answer.
 */
export async function pageArgs(input: PageInput, inList: (id: string) => Promise<number>) {
  if (input.cursor && (await inList(input.cursor)) === 0)
    throw new AppError(
      "BAD_INPUT",
      "This page link is no longer valid for this list: start again from the first page",
      "cursor",
    );
  return {
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  };
}

export async function cursorPage<R, T extends { id: string }>(
  input: PageInput,
  rows: Promise<R[]>,
  total: Promise<number>,
  map: (r: R) => T,
): Promise<Page<T>> {
  const [found, count] = await Promise.all([rows, total]);
  const items = found.slice(0, input.limit).map(map);
  return {
    items,
    nextCursor: found.length > input.limit ? (items.at(-1)?.id ?? null) : null,
    total: count,
  };
}
