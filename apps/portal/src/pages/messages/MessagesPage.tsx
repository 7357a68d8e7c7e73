/** The caller's conversations, the most recent first, with unread counts (issue 15). */
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge, EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useTRPC } from "../../lib/trpc";
import { useWhen } from "./when";

export default function MessagesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const l = useLabels();
  const when = useWhen();
  const list = useInfiniteQuery(
    trpc.messages.list.infiniteQueryOptions(
      { limit: 30 },
      { getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title={t("messages.title")} lead={t("messages.lead")} />
      {list.isPending ? (
        <SkeletonRows />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t("messages.empty")} />
      ) : (
        <ul className="cards-list" id="threads">
          {items.map((th) => {
            const other =
              th.mySide === "provider"
                ? th.state
                  ? l.state(th.state)
                  : (th.expert?.name ?? "")
                : th.providerName;
            return (
              <li key={th.id}>
                <article className="offer">
                  <div className="offer-head">
                    <h2 className="h3">
                      <Link to={`/messages/${th.id}`}>{th.subject}</Link>
                    </h2>
                    {th.unread ? (
                      <Badge tone="info">{t("messages.unread", { count: th.unread })}</Badge>
                    ) : null}
                  </div>
                  <p className="cell-sub">
                    {t("messages.with", { name: other })} · {when(th.lastMessageAt)}
                  </p>
                  {th.lastExcerpt ? <p>{th.lastExcerpt}</p> : null}
                </article>
              </li>
            );
          })}
        </ul>
      )}
      {list.hasNextPage ? (
        <div className="load-more">
          <button
            type="button"
            className="button"
            onClick={() => void list.fetchNextPage()}
            disabled={list.isFetchingNextPage}
          >
            {t("common.loadMore")}
          </button>
        </div>
      ) : null}
    </>
  );
}
