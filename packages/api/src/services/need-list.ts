/**
 * The needs list (needs.list): the caller's visible needs with the list's filters, sorted, one
 * page at a time. Identical reads by callers who see the same records share one cached result
 * until the data changes (ctx.services.reads, keyed by the data version).
 */
import { visibilityKey } from "../access.js";
import type { Context } from "../context.js";
import { cursorPage, pageArgs, type PageInput } from "../lib/paging.js";
import { needRowSelect, needWhere, toNeedRow, type NeedFilters } from "./needs.js";
import { searchReady } from "./search.js";

/** Sort keys whose column may be null: those need an explicit place for nulls. */
const NULLABLE = new Set(["identifiedOn", "category"]);
const SORTS = {
  identifiedOn: "identifiedOn",
  state: "stateId",
  category: "category",
  status: "status",
  created: "createdAt",
} as const;

export interface NeedListInput extends NeedFilters, PageInput {
  sort: keyof typeof SORTS;
  order: "asc" | "desc";
}

export async function listNeeds(
  ctx: Pick<Context, "db" | "services" | "user">,
  input: NeedListInput,
) {
  // Identical list reads by callers who see the same records share one result until the data changes.
  const key = `needs.list|${visibilityKey(ctx.user)}|${JSON.stringify(input)}`;
  // Documents first: building them moves the data version on, which keys the cache.
  if (input.q?.trim()) await searchReady(ctx);
  const version = await ctx.services.dataVersion(ctx.db);
  return ctx.services.reads.get(version, key, async () => {
    const where = needWhere(ctx.user, input);
    // The total depends on the filters only, not on sort, page size or cursor: pages and
    // orderings of one filter share one count.
    const { cursor: _c, limit: _l, sort: _s, order: _o, ...filters } = input;
    const countKey = `needs.count|${visibilityKey(ctx.user)}|${JSON.stringify(filters)}`;
    return cursorPage(
      input,
      ctx.db.need.findMany({
        where,
        select: needRowSelect,
        orderBy: [
          {
            [SORTS[input.sort]]: NULLABLE.has(input.sort)
              ? { sort: input.order, nulls: "last" }
              : input.order,
          },
          { id: "asc" },
        ],
        ...(await pageArgs(input, (id) => ctx.db.need.count({ where: { AND: [where, { id }] } }))),
      }),
      ctx.services.reads.get(version, countKey, () => ctx.db.need.count({ where })),
      toNeedRow,
    );
  });
}
