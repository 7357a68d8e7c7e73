import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { UnreadMessagesNotice } from "../messages/UnreadMessagesNotice";
import { useTRPC } from "../../lib/trpc";
import { useInstant, useNotificationText } from "./useEngagementText";

/** The signed-in user's notifications: the other party's moves and overlap warnings. */
export default function InboxPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const text = useNotificationText();
  const instant = useInstant();
  const list = useInfiniteQuery(
    trpc.inbox.list.infiniteQueryOptions(
      { limit: 50 },
      { getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  const markRead = useMutation(
    trpc.inbox.markRead.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.inbox.pathKey() });
      },
    }),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;
  return (
    <>
      <PageHeader
        title={t("inbox.title")}
        lead={t("inbox.lead")}
        actions={
          unread ? (
            <button
              type="button"
              className="button"
              onClick={() => markRead.mutate({ all: true })}
              disabled={markRead.isPending}
            >
              {t("inbox.markAll")}
            </button>
          ) : null
        }
      />
      {/* donors (issue 15): messages have their own page; point to the unread ones */}
      <UnreadMessagesNotice />
      {list.isPending ? (
        <SkeletonRows />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t("inbox.empty")} />
      ) : (
        <>
          <p className="result-count" role="status">
            {t("inbox.unreadCount", { count: unread })}
          </p>
          <ul className="plain-list inbox-list" id="inbox">
            {items.map((n) => (
              <li key={n.id} className={n.read ? "inbox-item" : "inbox-item unread"}>
                <p>
                  {n.read ? null : <strong className="badge badge-info">{t("inbox.new")}</strong>}{" "}
                  <Link
                    to={
                      // notifications & mail: a subscription's record, or the questionnaire
                      n.engagementId
                        ? `/engagements/${n.engagementId}`
                        : n.needId
                          ? `/needs/${n.needId}`
                          : n.offerId
                            ? `/offers/${n.offerId}`
                            : "/questionnaire"
                    }
                    onClick={() => (n.read ? undefined : markRead.mutate({ ids: [n.id] }))}
                  >
                    {text(n)}
                  </Link>
                </p>
                <p className="cell-sub">
                  {n.needExcerpt ? `${n.needExcerpt} · ` : null}
                  <time dateTime={n.createdAt}>{instant(n.createdAt)}</time>
                </p>
                {n.message ? <blockquote className="message">{n.message}</blockquote> : null}
              </li>
            ))}
          </ul>
          {list.hasNextPage ? (
            <div className="load-more">
              <button type="button" className="button" onClick={() => void list.fetchNextPage()}>
                {t("common.loadMore")}
              </button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
