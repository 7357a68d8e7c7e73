import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { QuestionnaireDeadlineNotice } from "../notifications/QuestionnaireDeadline";

type Answer = { answer: "yes" | "no" | "partly" | null; text?: string };

type Question = RouterOutputs["questionnaire"]["questions"]["questions"][number];

/** The answers as sent: explanations trimmed, and left out when blank. */
export function cleanAnswers(answers: Record<string, Answer>): Record<string, Answer> {
  return Object.fromEntries(
    Object.entries(answers).map(([k, v]) => [
      k,
      { answer: v.answer, ...(v.text?.trim() ? { text: v.text.trim() } : {}) },
    ]),
  );
}

/**
 * The answers being written. The form opens at the State's latest answers (`last`); every
 * submission is kept as a new version.
 */
function useAnswersDraft() {
  const trpc = useTRPC();
  const { user } = useSession();
  const previous = useQuery(
    trpc.questionnaire.latest.queryOptions(user?.state ? { state: user.state } : {}),
  );
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const last = previous.data ?? undefined;
  useEffect(() => {
    if (last) setAnswers(last.answers);
  }, [last]);
  const set = (id: string, patch: Partial<Answer>) =>
    setAnswers((a) => ({ ...a, [id]: { answer: a[id]?.answer ?? null, ...a[id], ...patch } }));
  return { answers, set, last };
}

/** Submits a new version of the answers and refreshes the latest ones. */
function useSubmitAnswers() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.questionnaire.submit.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.questionnaire.latest.pathKey() }),
    }),
  );
}

/** One question: yes / partly / no where it asks for that, and an explanation. */
function QuestionField({
  question: x,
  value,
  onChange,
}: {
  question: Question;
  value: Answer | undefined;
  onChange: (patch: Partial<Answer>) => void;
}) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <fieldset className="question">
      <legend>
        <span className="q-number">{x.id}</span> {l.question(x.id, x.text)}
      </legend>
      {x.kind === "yes-no" ? (
        <div className="radios">
          {(["yes", "partly", "no"] as const).map((v) => (
            <label key={v} className="check">
              <input
                type="radio"
                name={`q-${x.id}`}
                value={v}
                checked={value?.answer === v}
                onChange={() => onChange({ answer: v })}
              />
              <span>{l.answer(v)}</span>
            </label>
          ))}
        </div>
      ) : null}
      <label className="visually-hidden" htmlFor={`q-${x.id}-text`}>
        {t("questionnaire.explain", { id: x.id })}
      </label>
      <textarea
        id={`q-${x.id}-text`}
        rows={2}
        placeholder={t("questionnaire.explainPlaceholder")}
        value={value?.text ?? ""}
        onChange={(e) => onChange({ text: e.target.value })}
      />
    </fieldset>
  );
}

/** The follow-up questionnaire (annex of the 2021 note); the latest answers are loaded to edit. */
/** When the State last answered, and which version that was. */
function LastSubmitted({ last }: { last: NonNullable<RouterOutputs["questionnaire"]["latest"]> }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="hint">
      {t("questionnaire.lastSubmitted", {
        date: new Date(last.submittedAt).toLocaleDateString(i18n.language),
        revision: last.revision,
      })}
    </p>
  );
}

export default function QuestionnairePage() {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const questions = useQuery(trpc.questionnaire.questions.queryOptions());
  const { answers, set, last } = useAnswersDraft();
  const submit = useSubmitAnswers();

  if (questions.isPending) return <Spinner />;
  if (questions.isError) return <ErrorState error={questions.error} />;
  const q = questions.data;
  const sections = Object.entries(q.sections);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    submit.mutate({ answers: cleanAnswers(answers) });
  }

  return (
    <>
      <PageHeader title={t("questionnaire.title")} lead={t("questionnaire.lead")} />
      {/* notifications & mail (issue 14, part 5) */}
      <QuestionnaireDeadlineNotice />
      {last ? <LastSubmitted last={last} /> : null}
      <form className="form" onSubmit={onSubmit}>
        {sections.map(([sid, title]) => (
          <Card
            key={sid}
            title={`${sid}. ${l.questionSection(sid, title)}`}
            id={`q-section-${sid}`}
          >
            {q.questions
              .filter((x) => x.section === sid)
              .map((x) => (
                <QuestionField
                  key={x.id}
                  question={x}
                  value={answers[x.id]}
                  onChange={(patch) => set(x.id, patch)}
                />
              ))}
          </Card>
        ))}
        {submit.error ? (
          <p className="alert alert-error" role="alert">
            {describeError(submit.error, t)}
          </p>
        ) : null}
        {submit.isSuccess ? (
          <p className="alert alert-success" role="status">
            {t("questionnaire.thanks")}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={submit.isPending}>
          {t("questionnaire.submit")}
        </button>
      </form>
    </>
  );
}
