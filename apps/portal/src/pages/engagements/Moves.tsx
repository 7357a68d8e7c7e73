import { DELIVERY_NEED_STATUSES } from "@tahub/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ConflictNotice, isConflict } from "../../components/ConflictNotice";
import { DacScoreFields, evaluationOf, type DacScores } from "../../components/DacScores";
import { Card } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";

type Detail = RouterOutputs["engagements"]["byId"];
type Action = Detail["actions"][number];
type NeedStatus = (typeof DELIVERY_NEED_STATUSES)[number];
const MOVES = ["accept", "decline", "start", "deliver", "withdraw"] as const;
type Move = (typeof MOVES)[number];

/**
 * The moves' state and mutations: the message, the need status proposed on delivery, the
 * scores, and what is missing (a decline needs a reason, an evaluation at least one score).
 */
function useMoves(e: Detail) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState("");
  const [needStatus, setNeedStatus] = useState<NeedStatus>("met");
  const [scores, setScores] = useState<DacScores>({});
  const [missing, setMissing] = useState<string | null>(null);
  const done = (detail: Detail) => {
    queryClient.setQueryData(trpc.engagements.byId.queryKey({ id: e.id }), detail);
    void queryClient.invalidateQueries({ queryKey: trpc.engagements.list.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.needs.byId.queryKey({ id: e.needId }) });
    setMessage("");
    setMissing(null);
  };
  const move = useMutation(trpc.engagements.move.mutationOptions({ onSuccess: done }));
  const evaluate = useMutation(trpc.engagements.evaluate.mutationOptions({ onSuccess: done }));
  const decide = useMutation(
    trpc.engagements.decideNeedStatus.mutationOptions({ onSuccess: done }),
  );
  const msg = message.trim() || undefined;
  const at = { id: e.id, version: e.version };

  function run(kind: Move) {
    if (kind === "decline" && !msg) return setMissing(t("engagements.reasonNeeded"));
    move.mutate({ ...at, move: kind, message: msg, ...(kind === "deliver" ? { needStatus } : {}) });
  }
  function submitEvaluation(ev: FormEvent) {
    ev.preventDefault();
    const evaluation = evaluationOf(scores);
    if (!Object.keys(evaluation).length) return setMissing(t("engagements.scoreNeeded"));
    evaluate.mutate({ ...at, evaluation, message: msg });
  }
  return {
    message: [message, setMessage] as const,
    needStatus: [needStatus, setNeedStatus] as const,
    scores: [scores, setScores] as const,
    missing,
    run,
    submitEvaluation,
    decideStatus: (confirm: boolean) => decide.mutate({ ...at, confirm, message: msg }),
    pending: move.isPending || evaluate.isPending || decide.isPending,
    error: move.error ?? evaluate.error ?? decide.error,
    saved: move.isSuccess || evaluate.isSuccess || decide.isSuccess,
  };
}

/** The moves the caller may make now, with the message that goes with them. */
export function Moves({ e, onReload }: { e: Detail; onReload: () => void }) {
  const { t } = useTranslation();
  const l = useLabels();
  const id = useId();
  const m = useMoves(e);
  const [message, setMessage] = m.message;
  const has = (a: Action) => e.actions.includes(a);
  return (
    <Card title={t("engagements.yourMove")} id="engagement-moves">
      <form className="form" onSubmit={m.submitEvaluation} aria-label={t("engagements.yourMove")}>
        <div className="field">
          <label htmlFor={`${id}-msg`}>
            {has("decline") ? t("engagements.messageDecline") : t("engagements.message")}
          </label>
          <textarea
            id={`${id}-msg`}
            rows={2}
            maxLength={2000}
            value={message}
            onChange={(ev) => setMessage(ev.target.value)}
          />
        </div>
        {has("deliver") ? <NeedStatusField id={`${id}-need`} state={m.needStatus} /> : null}
        {has("evaluate") ? (
          <DacScoreFields
            legend={t("engagements.evaluateLegend")}
            scores={m.scores[0]}
            onChange={m.scores[1]}
          />
        ) : null}
        {e.proposedNeedStatus && has("confirm-status") ? (
          <p>{t("engagements.confirmQuestion", { status: l.status(e.proposedNeedStatus) })}</p>
        ) : null}
        <MoveButtons has={has} pending={m.pending} run={m.run} decideStatus={m.decideStatus} />
        <MoveOutcome missing={m.missing} error={m.error} saved={m.saved} onReload={onReload} />
      </form>
    </Card>
  );
}

/** On delivery, the status the provider proposes for the need (the State confirms it). */
function NeedStatusField({
  id,
  state: [value, onChange],
}: {
  id: string;
  state: readonly [NeedStatus, (s: NeedStatus) => void];
}) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <div className="field">
      <label htmlFor={id}>{t("engagements.needStatusProposal")}</label>
      <select id={id} value={value} onChange={(ev) => onChange(ev.target.value as NeedStatus)}>
        {DELIVERY_NEED_STATUSES.map((s) => (
          <option key={s} value={s}>
            {l.status(s)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One button per move allowed now; confirm/reject the proposed need status; send the evaluation. */
function MoveButtons({
  has,
  pending,
  run,
  decideStatus,
}: {
  has: (a: Action) => boolean;
  pending: boolean;
  run: (m: Move) => void;
  decideStatus: (confirm: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-row">
      {MOVES.filter(has).map((m) => (
        <button
          key={m}
          type="button"
          className={m === "decline" || m === "withdraw" ? "button" : "button button-primary"}
          disabled={pending}
          onClick={() => run(m)}
        >
          {t(`engagements.move.${m}`)}
        </button>
      ))}
      {has("confirm-status") ? (
        <>
          <button
            type="button"
            className="button button-primary"
            disabled={pending}
            onClick={() => decideStatus(true)}
          >
            {t("engagements.move.confirm")}
          </button>
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => decideStatus(false)}
          >
            {t("engagements.move.reject")}
          </button>
        </>
      ) : null}
      {has("evaluate") ? (
        <button type="submit" className="button button-primary" disabled={pending}>
          {t("engagements.move.evaluate")}
        </button>
      ) : null}
    </div>
  );
}

/** What is missing, a conflict (someone moved first), the error, or "saved". */
function MoveOutcome({
  missing,
  error,
  saved,
  onReload,
}: {
  missing: string | null;
  error: unknown;
  saved: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  if (missing) {
    return (
      <p className="field-error" role="alert">
        {missing}
      </p>
    );
  }
  if (isConflict(error)) return <ConflictNotice error={error} onReload={onReload} />;
  if (error) {
    return (
      <p className="field-error" role="alert">
        {describeError(error, t)}
      </p>
    );
  }
  return saved ? (
    <p className="field-ok" role="status">
      {t("engagements.saved")}
    </p>
  ) : null;
}
