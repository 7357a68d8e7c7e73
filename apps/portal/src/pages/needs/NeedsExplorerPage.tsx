import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { NeedFilters } from "../../components/Filters";
import { pageItems, PagedList } from "../../components/Paged";
import { EmptyState, PageHeader } from "../../components/ui";
import { ExportButtons } from "../../components/ExportButtons";
import { needListInput } from "../../lib/needFilters";
import { useTRPC } from "../../lib/trpc";
import { useDebounced } from "../../lib/useDebounced";
import { NeedsTable, type SortState } from "./NeedsTable";

/** The explorer's filters and sort live in the URL, so a filtered view can be shared. */
function useNeedsSearchParams() {
  const [params, setParams] = useSearchParams();
  const sort: SortState | undefined = params.get("sort")
    ? { sort: params.get("sort") ?? "", order: params.get("order") === "asc" ? "asc" : "desc" }
    : undefined;

  function setFilter(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === "chapter") next.delete("article");
    setParams(next, { replace: true });
  }

  function onSort(id: string) {
    const next = new URLSearchParams(params);
    const order = sort?.sort === id && sort.order === "asc" ? "desc" : "asc";
    next.set("sort", id);
    next.set("order", order);
    setParams(next, { replace: true });
  }

  const clear = () => setParams(new URLSearchParams(), { replace: true });
  return { params, sort, setFilter, onSort, clear };
}

export default function NeedsExplorerPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { params, sort, setFilter, onSort, clear } = useNeedsSearchParams();
  const values = Object.fromEntries(params.entries());
  const debouncedParams = useDebounced(params.toString(), 250);
  const input = useMemo(
    () => needListInput(new URLSearchParams(debouncedParams)),
    [debouncedParams],
  );

  const list = useInfiniteQuery(
    trpc.needs.list.infiniteQueryOptions(
      { ...input, limit: 50 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined, placeholderData: (prev) => prev },
    ),
  );
  const rows = pageItems(list.data);
  const total = list.data?.pages[0]?.total;

  return (
    <>
      <PageHeader
        title={t("needs.title")}
        lead={t("needs.lead")}
        actions={
          <ExportButtons
            fetchFile={(format) => {
              const { sort: _s, order: _o, ...filters } = input;
              return queryClient.fetchQuery(trpc.export.needs.queryOptions({ format, ...filters }));
            }}
          />
        }
      />
      <NeedFilters values={values} onChange={setFilter} />
      <p className="result-count" role="status" aria-live="polite">
        {total === undefined ? "" : t("needs.count", { count: total, shown: rows.length })}
      </p>
      <PagedList
        list={list}
        count={rows.length}
        busyLabel
        empty={
          <EmptyState title={t("needs.empty")}>
            <button type="button" className="button" onClick={clear}>
              {t("filters.clear")}
            </button>
          </EmptyState>
        }
      >
        <NeedsTable rows={rows} sort={sort} onSort={onSort} caption={t("needs.title")} />
      </PagedList>
    </>
  );
}
