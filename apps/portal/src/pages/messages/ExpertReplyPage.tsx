/**
 * An expert without an account answers through the link mailed to them (issue 15): the thread's
 * messages and a reply box. The token in the address is the only key; no address is shown.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { errorFor, Field } from "../../components/form";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { describeError, fieldErrors } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";
import { Conversation } from "./Conversation";

export default function ExpertReplyPage() {
  const { token = "" } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const thread = useQuery(trpc.messages.expertThread.queryOptions({ token }));
  const [body, setBody] = useState("");
  const reply = useMutation(
    trpc.messages.expertReply.mutationOptions({
      onSuccess: () => {
        setBody("");
        void thread.refetch();
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
    side === "expert" ? th.expertName : th.providerName;
  function submit(e: FormEvent) {
    e.preventDefault();
    reply.mutate({ token, body });
  }
  const errors = fieldErrors(reply.error);
  return (
    <>
      <PageHeader title={th.subject} lead={t("messages.with", { name: th.providerName })} />
      <Card id="thread">
        <Conversation messages={th.messages} sideName={sideName} />
      </Card>
      <Card id="reply" title={t("messages.reply")}>
        <form className="form" onSubmit={submit} noValidate>
          <p className="hint">{t("messages.noAddress")}</p>
          {reply.error ? (
            <div className="alert alert-error" role="alert">
              {describeError(reply.error, t)}
            </div>
          ) : null}
          {reply.isSuccess ? (
            <div className="alert alert-success" role="status">
              {t("messages.sent")}
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
