import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../components/form";
import { ErrorState, SkeletonRows } from "../../components/ui";
import { describeError, errorDetails } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { useInstant } from "../engagements/useEngagementText";

/** A yyyy-mm-dd day in the reader's language. */
function useDay() {
  const { i18n } = useTranslation();
  return (day: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${day}T00:00:00Z`),
    );
}

type Round = RouterOutputs["questionnaire"]["round"];

/** The reminder days typed ("14, 3, 0"): one to five whole days from 0 to 90, else null. */
export function parseRemindDays(days: string): number[] | null {
  const remindDays = days
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  if (
    !remindDays.length ||
    remindDays.length > 5 ||
    remindDays.some((n) => !Number.isInteger(n) || n < 0 || n > 90)
  )
    return null;
  return remindDays;
}

/** The States that have not answered yet: region, focal points and their last reminder. */
function PendingStates({ pending }: { pending: NonNullable<Round["pending"]> }) {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const instant = useInstant();
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <div className="table-wrap">
      <table className="table" id="questionnaire-pending">
        <caption className="visually-hidden">{t("mail.deadline.pending")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("mail.deadline.state")}</th>
            <th scope="col">{t("mail.deadline.region")}</th>
            <th scope="col">{t("mail.deadline.focalPoints")}</th>
            <th scope="col">{t("mail.deadline.lastReminder")}</th>
          </tr>
        </thead>
        <tbody>
          {pending.map((p) => (
            <tr key={p.state}>
              <td>{l.state(p.state)}</td>
              <td>{l.region(p.region)}</td>
              <td>{number(p.focalPoints)}</td>
              <td>
                {!p.focalPoints
                  ? t("mail.deadline.noFocalPoint")
                  : p.lastReminder
                    ? instant(p.lastReminder.sentAt)
                    : t("mail.deadline.never")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The round in force: its deadline, when it opened, the reminder days, who has answered. */
function RoundSummary({ r }: { r: Round & { round: NonNullable<Round["round"]> } }) {
  const { t, i18n } = useTranslation();
  const day = useDay();
  const instant = useInstant();
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <>
      <p>
        <strong>{t("mail.deadline.current", { date: day(r.round.deadline) })}</strong>
      </p>
      <p className="cell-sub">
        {t("mail.deadline.opened", { date: instant(r.round.opensAt) })}{" "}
        {t("mail.deadline.reminders", {
          days: r.round.remindDays.map(number).join(", "),
        })}
      </p>
      <p>{t("mail.deadline.answered", { count: r.answered ?? 0 })}</p>
      {r.pending?.length ? (
        <details>
          <summary>{t("mail.deadline.pendingCount", { count: r.pending.length })}</summary>
          <PendingStates pending={r.pending} />
        </details>
      ) : null}
    </>
  );
}

/** Saves the deadline and refreshes the round shown. */
function useSetDeadline() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.questionnaire.setDeadline.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.questionnaire.round.queryKey() }),
    }),
  );
}

/** What became of the form: the reminder days refused, the save refused (a past day in words), or saved. */
function DeadlineOutcome({
  problem,
  error,
  saved,
}: {
  problem: string | null;
  error: unknown;
  saved: boolean;
}) {
  const { t } = useTranslation();
  const past = (errorDetails(error) as { deadline?: string } | null)?.deadline === "past";
  return (
    <>
      {problem ? (
        <div className="alert alert-error" role="alert">
          {problem}
        </div>
      ) : error ? (
        <div className="alert alert-error" role="alert">
          {past ? t("mail.deadline.past") : describeError(error, t)}
        </div>
      ) : saved ? (
        <p className="alert alert-success" role="status">
          {t("mail.deadline.saved")}
        </p>
      ) : null}
    </>
  );
}

/** Sets the deadline and reminder days of the round in force, or opens a new round. */
function DeadlineForm({ hasRound }: { hasRound: boolean }) {
  const { t } = useTranslation();
  const [deadline, setDeadline] = useState("");
  const [days, setDays] = useState("14, 3, 0");
  const [reopen, setReopen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSetDeadline();

  function submit(e: FormEvent) {
    e.preventDefault();
    const remindDays = parseRemindDays(days);
    if (!remindDays) return setProblem(t("mail.deadline.badDays"));
    setProblem(null);
    save.mutate({ deadline, remindDays, reopen });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <DeadlineOutcome problem={problem} error={save.error} saved={save.isSuccess} />
      <div className="form-row">
        <Field id="q-deadline-day" label={t("mail.deadline.deadline")}>
          <input
            id="q-deadline-day"
            type="date"
            required
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
        </Field>
        <Field
          id="q-remind-days"
          label={t("mail.deadline.remindDays")}
          hint={t("mail.deadline.remindDaysHint")}
        >
          <input
            id="q-remind-days"
            value={days}
            aria-describedby="q-remind-days-hint"
            onChange={(e) => setDays(e.target.value)}
          />
        </Field>
      </div>
      {hasRound ? (
        <label className="check">
          <input type="checkbox" checked={reopen} onChange={(e) => setReopen(e.target.checked)} />
          <span>{t("mail.deadline.reopen")}</span>
        </label>
      ) : null}
      <button
        type="submit"
        className="button button-primary"
        disabled={save.isPending || !deadline}
      >
        {save.isPending ? t("mail.deadline.saving") : t("mail.deadline.save")}
      </button>
    </form>
  );
}

/**
 * The secretariat's panel on the answers page (issue 14, part 5): the deadline of the round in
 * force, the form to set it (or open a new round), and the States that have not answered yet
 * with their last reminder.
 */
export function QuestionnaireDeadline() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const round = useQuery(trpc.questionnaire.round.queryOptions());
  const r = round.data;
  return (
    <section aria-labelledby="q-deadline" className="card">
      <h2 id="q-deadline">{t("mail.deadline.title")}</h2>
      {round.isPending ? (
        <SkeletonRows rows={2} />
      ) : round.isError ? (
        <ErrorState error={round.error} onRetry={() => void round.refetch()} />
      ) : !r?.round ? (
        <p>{t("mail.deadline.none")}</p>
      ) : (
        <RoundSummary r={{ ...r, round: r.round }} />
      )}
      <DeadlineForm hasRound={!!r?.round} />
    </section>
  );
}

/** What a focal point sees on the questionnaire page: the deadline, and whether it has answered. */
export function QuestionnaireDeadlineNotice() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const day = useDay();
  const round = useQuery(trpc.questionnaire.round.queryOptions());
  const r = round.data;
  if (!r?.round) return null;
  return (
    <p
      className={r.submittedSinceOpen ? "alert alert-success" : "alert alert-warning"}
      role="status"
    >
      {r.submittedSinceOpen
        ? t("mail.deadline.yoursDone", { date: day(r.round.deadline) })
        : t("mail.deadline.yours", { date: day(r.round.deadline) })}
    </p>
  );
}
