/** The caller's conversations, the most recent first, with unread counts (issue 15). */
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pageItems, PagedList } from "../../components/Paged";
import { Badge, PageHeader } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { useWhen } from "./when";

type Thread = RouterOutputs["messages"]["list"]["items"][number];

function ThreadSummary({ th }: { th: Thread }) {
  const { t } = useTranslation();
  const l = useLabels();
  const when = useWhen();
  const other =
    th.mySide === "provider"
      ? th.state
        ? l.state(th.state)
        : (th.expert?.name ?? "")
      : th.providerName;
  return (
    <li>
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
}

export default function MessagesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.messages.list.infiniteQueryOptions(
      { limit: 30 },
      { getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  const items = pageItems(list.data);
  return (
    <>
      <PageHeader title={t("messages.title")} lead={t("messages.lead")} />
      <PagedList list={list} count={items.length} empty={t("messages.empty")}>
        <ul className="cards-list" id="threads">
          {items.map((th) => (
            <ThreadSummary key={th.id} th={th} />
          ))}
        </ul>
      </PagedList>
    </>
  );
}
