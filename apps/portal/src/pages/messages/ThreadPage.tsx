/** One conversation: its messages and a reply box; opening it marks it read (issue 15). */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { errorFor, Field } from "../../components/form";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { describeError, fieldErrors } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useTRPC } from "../../lib/trpc";
import { Conversation } from "./Conversation";

export default function ThreadPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const thread = useQuery(trpc.messages.byId.queryOptions({ id }));
  const [body, setBody] = useState("");
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
        setBody("");
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
  function submit(e: FormEvent) {
    e.preventDefault();
    reply.mutate({ threadId: id, body });
  }
  const errors = fieldErrors(reply.error);
  return (
    <>
      <PageHeader title={th.subject} lead={t("messages.with", { name: other })} />
      <Card id="thread">
        {th.needId || th.offerId || th.engagementId ? (
          <p className="hint">
            {t("messages.about")}{" "}
            {th.needId ? <Link to={`/needs/${th.needId}`}>{t("messages.aboutNeed")}</Link> : null}
            {th.offerId ? (
              <Link to={`/offers/${th.offerId}`}>{t("messages.aboutOffer")}</Link>
            ) : null}
            {th.engagementId ? (
              <Link to={`/engagements/${th.engagementId}`}>{t("messages.aboutEngagement")}</Link>
            ) : null}
          </p>
        ) : null}
        {th.expertRoute === "owner" || th.expertRoute === "secretariat" ? (
          <p className="hint">{t(`messages.route.${th.expertRoute}`)}</p>
        ) : null}
        <Conversation messages={th.messages} sideName={sideName} />
      </Card>
      <Card id="reply" title={t("messages.reply")}>
        <form className="form" onSubmit={submit} noValidate>
          {reply.error ? (
            <div className="alert alert-error" role="alert">
              {describeError(reply.error, t)}
            </div>
          ) : null}
          <Field id="reply-body" label={t("messages.body")} error={errorFor(errors, "body")}>
            <textarea
              id="reply-body"
              rows={4}
              maxLength={5000}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              required
            />
          </Field>
          <button type="submit" className="button button-primary" disabled={reply.isPending}>
            {t("messages.send")}
          </button>
        </form>
      </Card>
    </>
  );
}
