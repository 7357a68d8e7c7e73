/**
 * An expert without an account answers through the link mailed to them (issue 15): the thread's
 * messages and a reply box. The token in the address is the only key; no address is shown.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { useTRPC } from "../../lib/trpc";
import { Conversation } from "./Conversation";
import { ReplyCard } from "./ReplyCard";

export default function ExpertReplyPage() {
  const { token = "" } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const thread = useQuery(trpc.messages.expertThread.queryOptions({ token }));
  const reply = useMutation(trpc.messages.expertReply.mutationOptions());
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
    side === "expert" ? th.expertName : th.providerName;
  return (
    <>
      <PageHeader title={th.subject} lead={t("messages.with", { name: th.providerName })} />
      <Card id="thread">
        <Conversation messages={th.messages} sideName={sideName} />
      </Card>
      <ReplyCard
        hint={<p className="hint">{t("messages.noAddress")}</p>}
        pending={reply.isPending}
        error={reply.error}
        sent={reply.isSuccess}
        onSend={(body, clear) =>
          reply.mutate(
            { token, body },
            {
              onSuccess: () => {
                clear();
                void thread.refetch();
              },
            },
          )
        }
      />
    </>
  );
}
