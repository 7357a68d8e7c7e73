import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pageItems, PagedList } from "../../components/Paged";
import { PageHeader } from "../../components/ui";
import { UnreadMessagesNotice } from "../messages/UnreadMessagesNotice";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { useInstant, useNotificationText } from "./useEngagementText";

type Notification = RouterOutputs["inbox"]["list"]["items"][number];

/** Where a notification leads: its engagement, need or offer, else the questionnaire. */
function notificationLink(n: Notification): string {
  // notifications & mail: a subscription's record, or the questionnaire
  if (n.engagementId) return `/engagements/${n.engagementId}`;
  if (n.needId) return `/needs/${n.needId}`;
  if (n.offerId) return `/offers/${n.offerId}`;
  return "/questionnaire";
}

function InboxItem({ n, onOpen }: { n: Notification; onOpen: () => void }) {
  const { t } = useTranslation();
  const text = useNotificationText();
  const instant = useInstant();
  return (
    <li className={n.read ? "inbox-item" : "inbox-item unread"}>
      <p>
        {n.read ? null : <strong className="badge badge-info">{t("inbox.new")}</strong>}{" "}
        <Link to={notificationLink(n)} onClick={() => (n.read ? undefined : onOpen())}>
          {text(n)}
        </Link>
      </p>
      <p className="cell-sub">
        {n.needExcerpt ? `${n.needExcerpt} · ` : null}
        <time dateTime={n.createdAt}>{instant(n.createdAt)}</time>
      </p>
      {n.message ? <blockquote className="message">{n.message}</blockquote> : null}
    </li>
  );
}

/** The signed-in user's notifications: the other party's moves and overlap warnings. */
export default function InboxPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
  const items = pageItems(list.data);
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
      <PagedList list={list} count={items.length} empty={t("inbox.empty")}>
        <p className="result-count" role="status">
          {t("inbox.unreadCount", { count: unread })}
        </p>
        <ul className="plain-list inbox-list" id="inbox">
          {items.map((n) => (
            <InboxItem key={n.id} n={n} onOpen={() => markRead.mutate({ ids: [n.id] })} />
          ))}
        </ul>
      </PagedList>
    </>
  );
}
