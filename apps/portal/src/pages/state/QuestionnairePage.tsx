import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { QuestionnaireDeadlineNotice } from "../notifications/QuestionnaireDeadline";

type Answer = { answer: "yes" | "no" | "partly" | null; text?: string };

/** The follow-up questionnaire (annex of the 2021 note); the latest answers are loaded to edit. */
export default function QuestionnairePage() {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const questions = useQuery(trpc.questionnaire.questions.queryOptions());
  const previous = useQuery(
    trpc.questionnaire.latest.queryOptions(user?.state ? { state: user.state } : {}),
  );
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const submit = useMutation(
    trpc.questionnaire.submit.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.questionnaire.latest.pathKey() }),
    }),
  );
  // The form opens at the State's latest answers; every submission is kept as a new version.
  const last = previous.data ?? undefined;
  useEffect(() => {
    if (last) setAnswers(last.answers);
  }, [last]);

  if (questions.isPending) return <Spinner />;
  if (questions.isError) return <ErrorState error={questions.error} />;
  const q = questions.data;
  const sections = Object.entries(q.sections);
  const set = (id: string, patch: Partial<Answer>) =>
    setAnswers((a) => ({ ...a, [id]: { answer: a[id]?.answer ?? null, ...a[id], ...patch } }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const clean = Object.fromEntries(
      Object.entries(answers).map(([k, v]) => [
        k,
        { answer: v.answer, ...(v.text?.trim() ? { text: v.text.trim() } : {}) },
      ]),
    );
    submit.mutate({ answers: clean });
  }

  return (
    <>
      <PageHeader title={t("questionnaire.title")} lead={t("questionnaire.lead")} />
      {/* notifications & mail (issue 14, part 5) */}
      <QuestionnaireDeadlineNotice />
      {last ? (
        <p className="hint">
          {t("questionnaire.lastSubmitted", {
            date: new Date(last.submittedAt).toLocaleDateString(i18n.language),
            revision: last.revision,
          })}
        </p>
      ) : null}
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
                <fieldset key={x.id} className="question">
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
                            checked={answers[x.id]?.answer === v}
                            onChange={() => set(x.id, { answer: v })}
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
                    value={answers[x.id]?.text ?? ""}
                    onChange={(e) => set(x.id, { text: e.target.value })}
                  />
                </fieldset>
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
