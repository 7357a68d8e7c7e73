/**
 * The paged, searchable list that offers.list, expertise.list and experts.list share: the
 * caller's filters (visibility first), the full-text filter when there is a query (after the
 * search documents are current), one page from a cursor that must itself pass the filters
 * (lib/paging.ts says why), and the filtered total.
 */
import type { DbClient } from "../db.js";
import { cursorPage, pageArgs, type Page, type PageInput } from "../lib/paging.js";
import type { Services } from "../runtime.js";
import { searchReady } from "./search.js";

type PageArgs = Awaited<ReturnType<typeof pageArgs>>;

export interface SearchableList<W, R, T> {
  /** The caller's filters, ANDed; the visibility fragment first. */
  filters: W[];
  /** `textWhere(model, q)`: null when there is no query. */
  text: W | null;
  findMany(where: { AND: W[] }, page: PageArgs): Promise<R[]>;
  count(where: { AND: W[] }): Promise<number>;
  /** The filter that selects one id (a cursor's row must pass the list's filters). */
  idIs(id: string): W;
  map(row: R): T;
}

export async function searchablePage<W, R, T extends { id: string }>(
  ctx: { db: DbClient; services: Services },
  input: PageInput,
  list: SearchableList<W, R, T>,
): Promise<Page<T>> {
  const and = [...list.filters];
  if (list.text) {
    await searchReady(ctx);
    and.push(list.text);
  }
  const page = await pageArgs(input, (id) => list.count({ AND: [...and, list.idIs(id)] }));
  return cursorPage(input, list.findMany({ AND: and }, page), list.count({ AND: and }), (row) =>
    list.map(row),
  );
}
