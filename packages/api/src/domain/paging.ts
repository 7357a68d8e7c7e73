/**
 * Cursor pagination shared by every list: fetch one row more than asked to know whether a next
 * page exists, count the filtered total alongside, and hand back the last id as the cursor.
 */
export interface PageInput {
  cursor?: string;
  limit: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** The Prisma arguments for one page, ordered so the cursor is stable (`id` breaks ties). */
export function pageArgs(input: PageInput) {
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

/** Case-insensitive substring search over a record's title and description (trigram-indexed). */
export function titleOrDescription(q: string) {
  const contains = { contains: q.trim(), mode: "insensitive" as const };
  return { OR: [{ title: contains }, { description: contains }] };
}
