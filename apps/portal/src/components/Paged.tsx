import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState, ErrorState, SkeletonRows } from "./ui";

/** What the pager needs of an infinite query (TanStack's useInfiniteQuery result). */
export interface PageableQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** What a paged list needs of its query: the pager's part, plus its loading and error states. */
export interface PagedQuery extends PageableQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/** The items of every page fetched so far, in order. */
export function pageItems<T>(data: { pages: readonly { items: readonly T[] }[] } | undefined): T[] {
  return data?.pages.flatMap((p) => p.items) ?? [];
}

/**
 * The pager under a list: "Load more" while the server has another page, disabled while it
 * loads (`busyLabel` says so in the button where the list is long enough to wait on).
 */
export function LoadMore({
  list,
  busyLabel = false,
}: {
  list: PageableQuery;
  busyLabel?: boolean;
}) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <div className="load-more">
      <button
        type="button"
        className="button"
        onClick={() => void list.fetchNextPage()}
        disabled={list.isFetchingNextPage}
      >
        {busyLabel && list.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
      </button>
    </div>
  );
}

/**
 * A paged list's states in one place: placeholder rows while the first page loads, the error
 * with a retry, `empty` when there is nothing, else the list and its pager.
 */
export function PagedList({
  list,
  count,
  empty,
  children,
  busyLabel,
  wrap = (content) => content,
}: {
  list: PagedQuery;
  count: number;
  /** The empty state's title, or a whole element (an empty state with an action). */
  empty: string | ReactNode;
  children: ReactNode;
  busyLabel?: boolean;
  /** Wraps the list and its pager together (a card around both). */
  wrap?: (content: ReactNode) => ReactNode;
}) {
  if (list.isPending) return <SkeletonRows />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (count === 0) return typeof empty === "string" ? <EmptyState title={empty} /> : empty;
  return wrap(
    <>
      {children}
      <LoadMore list={list} busyLabel={busyLabel} />
    </>,
  );
}
