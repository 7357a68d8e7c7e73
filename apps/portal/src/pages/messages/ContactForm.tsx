/**
 * "Contact" on a need's State or an expert (issue 15, deliverable 4): a provider's user writes
 * through the platform; no address is shown or asked for. Imported by the need and expert pages.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { errorFor, Field } from "../../components/form";
import { describeError, fieldErrors } from "../../lib/errors";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";

type To = { kind: "state"; state: string } | { kind: "expert"; expertId: string };

/** Starts a thread; on success refreshes the message lists and opens the new thread. */
function useStartThread() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    trpc.messages.start.mutationOptions({
      onSuccess: async (thread) => {
        await queryClient.invalidateQueries({ queryKey: trpc.messages.pathKey() });
        await navigate(`/messages/${thread.id}`);
      },
    }),
  );
}

function ContactForm({ to, about, title }: { to: To; about?: { needId?: string }; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const start = useStartThread();
  const errors = fieldErrors(start.error);
  const id = to.kind === "state" ? "contact-state" : "contact-expert";
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)} id={`${id}-open`}>
        {title}
      </button>
    );
  function submit(e: FormEvent) {
    e.preventDefault();
    start.mutate({ to, subject, body, ...about });
  }
  return (
    <form className="form contact-form" onSubmit={submit} noValidate aria-label={title}>
      <p className="hint">{t("messages.noAddress")}</p>
      {start.error ? (
        <div className="alert alert-error" role="alert">
          {describeError(start.error, t)}
        </div>
      ) : null}
      <Field id={`${id}-subject`} label={t("messages.subject")} error={errorFor(errors, "subject")}>
        <input
          id={`${id}-subject`}
          value={subject}
          maxLength={200}
          onChange={(e) => setSubject(e.target.value)}
          required
        />
      </Field>
      <Field id={`${id}-body`} label={t("messages.body")} error={errorFor(errors, "body")}>
        <textarea
          id={`${id}-body`}
          rows={5}
          maxLength={5000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          required
        />
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={start.isPending}>
          {t("messages.send")}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** A need page's "Contact this State", for providers' users only. */
export function ContactStateButton({ state, needId }: { state: string; needId?: string }) {
  const { t } = useTranslation();
  const s = useSession();
  if (!s.isDonor) return null;
  return (
    <ContactForm
      to={{ kind: "state", state }}
      about={needId ? { needId } : undefined}
      title={t("messages.contactState")}
    />
  );
}

/** An expert page's "Contact this expert", for providers' users only. */
export function ContactExpertButton({ expertId }: { expertId: string }) {
  const { t } = useTranslation();
  const s = useSession();
  if (!s.isDonor) return null;
  return <ContactForm to={{ kind: "expert", expertId }} title={t("messages.contactExpert")} />;
}
