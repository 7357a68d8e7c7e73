/** One conversation: its messages and a reply box; opening it marks it read (issue 15). */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { Conversation } from "./Conversation";
import { ReplyCard } from "./ReplyCard";

type Thread = RouterOutputs["messages"]["byId"];

/** What the conversation is about: its need, offer or engagement, linked. */
function ThreadAbout({ th }: { th: Thread }) {
  const { t } = useTranslation();
  return (
    <>
      {th.needId || th.offerId || th.engagementId ? (
        <p className="hint">
          {t("messages.about")}{" "}
          {th.needId ? <Link to={`/needs/${th.needId}`}>{t("messages.aboutNeed")}</Link> : null}
          {th.offerId ? <Link to={`/offers/${th.offerId}`}>{t("messages.aboutOffer")}</Link> : null}
          {th.engagementId ? (
            <Link to={`/engagements/${th.engagementId}`}>{t("messages.aboutEngagement")}</Link>
          ) : null}
        </p>
      ) : null}
    </>
  );
}

export default function ThreadPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const thread = useQuery(trpc.messages.byId.queryOptions({ id }));
  const markRead = useMutation(
    trpc.messages.markRead.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.messages.unread.queryKey() }),
    }),
  );
  const unread = thread.data?.unread ?? 0;
  useEffect(() => {
    if (unread > 0) markRead.mutate({ id });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, unread]);
  const reply = useMutation(
    trpc.messages.reply.mutationOptions({
      onSuccess: (data) => {
        queryClient.setQueryData(trpc.messages.byId.queryKey({ id }), data);
        void queryClient.invalidateQueries({ queryKey: trpc.messages.list.pathKey() });
      },
    }),
  );
  if (thread.isPending) return <Spinner />;
  if (thread.isError)
    return (
      <>
        <PageHeader title={t("messages.title")} />
        <ErrorState error={thread.error} />
      </>
    );
  const th = thread.data;
  const sideName = (side: "provider" | "state" | "expert") =>
    side === "provider"
      ? th.providerName
      : side === "state"
        ? l.state(th.state ?? "")
        : (th.expert?.name ?? "");
  const other =
    th.mySide === "provider" ? sideName(th.state ? "state" : "expert") : th.providerName;
  return (
    <>
      <PageHeader title={th.subject} lead={t("messages.with", { name: other })} />
      <Card id="thread">
        <ThreadAbout th={th} />
        {th.expertRoute === "owner" || th.expertRoute === "secretariat" ? (
          <p className="hint">{t(`messages.route.${th.expertRoute}`)}</p>
        ) : null}
        <Conversation messages={th.messages} sideName={sideName} />
      </Card>
      <ReplyCard
        pending={reply.isPending}
        error={reply.error}
        onSend={(body, clear) => reply.mutate({ threadId: id, body }, { onSuccess: clear })}
      />
    </>
  );
}
