import { NEED_TRANSITIONS, type NeedStatus } from "@tahub/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../lib/errors";
import { useLabels } from "../lib/labels";
import { useTRPC } from "../lib/trpc";

/** Moves a need along its lifecycle; only the transitions the domain allows are offered. */
export function StatusUpdate({ needId, status }: { needId: string; status: string }) {
  const { t } = useTranslation();
  const l = useLabels();
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Withdrawal has its own form, with a reason (issue 15, States).
  const options = (NEED_TRANSITIONS[status as NeedStatus] ?? []).filter((s) => s !== "withdrawn");
  const [to, setTo] = useState<string>(options[0] ?? "");
  const [note, setNote] = useState("");
  const mutation = useMutation(
    trpc.needs.setStatus.mutationOptions({
      onSuccess: (detail) => {
        queryClient.setQueryData(trpc.needs.byId.queryKey({ id: needId }), detail);
        void queryClient.invalidateQueries({ queryKey: trpc.needs.list.pathKey() });
        setNote("");
      },
    }),
  );
  if (!options.length) return null;
  function submit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate({ id: needId, status: to as NeedStatus, note: note.trim() || undefined });
  }
  return (
    <form className="form form-row" onSubmit={submit} aria-label={t("need.updateStatus")}>
      <div className="field field-inline">
        <label htmlFor={`${id}-to`}>{t("need.newStatus")}</label>
        <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
          {options.map((s) => (
            <option key={s} value={s}>
              {l.status(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline field-grow">
        <label htmlFor={`${id}-note`}>{t("need.note")}</label>
        <input
          id={`${id}-note`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={mutation.isPending}>
        {t("need.updateStatus")}
      </button>
      {mutation.error ? (
        <p className="field-error" role="alert">
          {describeError(mutation.error, t)}
        </p>
      ) : mutation.isSuccess ? (
        <p className="field-ok" role="status">
          {t("need.statusUpdated")}
        </p>
      ) : null}
    </form>
  );
}
