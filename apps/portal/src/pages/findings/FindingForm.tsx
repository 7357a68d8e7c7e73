import {
  articlesOfChapter,
  findingIssueReason,
  MAX_FINDING_COUNT,
  reviewedChapters,
  ZReviewFindingInputSchema,
} from "@tahub/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { describedBy, Field } from "../../components/form";
import { Card } from "../../components/ui";
import { describeError, errorCode, fieldErrors } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useFormat } from "../../lib/numbers";
import { useTRPC } from "../../lib/trpc";

type Field = "state" | "cycle" | "article" | "challenges" | "recommendations" | "source";

/** A number field's value as the schema should see it: empty is missing, not zero. */
const count = (v: string) => (v.trim() === "" ? undefined : Number(v));

/**
 * Records one State's findings under one article (a later record replaces the numbers). Checked
 * with the API's own schema before sending, so mistakes are named in the reader's language.
 */
export function FindingForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const l = useLabels();
  const f = useFormat();
  const [state, setState] = useState("");
  const [cycle, setCycle] = useState<1 | 2>(2);
  const [article, setArticle] = useState("");
  const [challenges, setChallenges] = useState("");
  const [recommendations, setRecommendations] = useState("");
  const [source, setSource] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const articles = reviewedChapters(cycle).flatMap((c) => articlesOfChapter(c));
  const message = (field: string, reason: string) =>
    t(`findings.errors.${reason}`, { max: f.number(MAX_FINDING_COUNT), field });
  const record = useMutation(
    trpc.findings.record.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.findings.pathKey() }),
      onError: (err) => {
        if (errorCode(err) !== "BAD_REQUEST") return;
        const next: Partial<Record<Field, string>> = {};
        for (const e of fieldErrors(err))
          next[e.field as Field] ??= message(e.field, findingIssueReason({ path: [e.field] }));
        setErrors(next);
      },
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    record.reset();
    const parsed = ZReviewFindingInputSchema.safeParse({
      state,
      cycle,
      article: count(article),
      challenges: count(challenges),
      recommendations: count(recommendations),
      ...(source.trim() ? { source } : {}),
    });
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]) as Field;
        next[field] ??= message(field, findingIssueReason(issue));
      }
      setErrors(next);
      return;
    }
    setErrors({});
    record.mutate(parsed.data);
  }

  const input = (id: Field) => ({
    id: `finding-${id}`,
    "aria-invalid": errors[id] ? true : undefined,
    "aria-describedby": describedBy(`finding-${id}`, false, Boolean(errors[id])),
  });
  const saved = record.data;
  return (
    <Card title={t("findings.formTitle")} id="finding-form">
      <p className="hint">{t("findings.formLead")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="form-row">
          <Field id="finding-state" label={t("findings.state")} error={errors.state}>
            <select {...input("state")} value={state} onChange={(e) => setState(e.target.value)}>
              <option value="">{t("findings.chooseState")}</option>
              {l.statesByName().map((s) => (
                <option key={s.iso3} value={s.iso3}>
                  {s.label}
                </option>
              ))}
            </select>
          </Field>
          <Field id="finding-cycle" label={t("findings.cycle")} error={errors.cycle}>
            <select
              {...input("cycle")}
              value={cycle}
              onChange={(e) => {
                setCycle(e.target.value === "1" ? 1 : 2);
                setArticle("");
              }}
            >
              {[2, 1].map((c) => (
                <option key={c} value={c}>
                  {t("common.cycleN", { n: c })}
                </option>
              ))}
            </select>
          </Field>
          <Field id="finding-article" label={t("findings.article")} error={errors.article}>
            <select
              {...input("article")}
              value={article}
              onChange={(e) => setArticle(e.target.value)}
            >
              <option value="">{t("findings.chooseArticle")}</option>
              {articles.map((a) => (
                <option key={a.number} value={a.number}>
                  {l.article(a.number)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="form-row">
          <Field id="finding-challenges" label={t("findings.challenges")} error={errors.challenges}>
            <input
              {...input("challenges")}
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_FINDING_COUNT}
              value={challenges}
              onChange={(e) => setChallenges(e.target.value)}
            />
          </Field>
          <Field
            id="finding-recommendations"
            label={t("findings.recommendations")}
            error={errors.recommendations}
          >
            <input
              {...input("recommendations")}
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_FINDING_COUNT}
              value={recommendations}
              onChange={(e) => setRecommendations(e.target.value)}
            />
          </Field>
          <Field id="finding-source" label={t("findings.source")} error={errors.source}>
            <input
              {...input("source")}
              value={source}
              onChange={(e) => setSource(e.target.value)}
            />
          </Field>
        </div>
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {t("findings.record")}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {saved ? (
          <p className="alert alert-success">
            {t("findings.recorded", {
              state: l.state(saved.state),
              article: t("common.articleShort", { n: saved.article }),
              challenges: f.number(saved.challenges),
              recommendations: f.number(saved.recommendations),
            })}
          </p>
        ) : null}
      </div>
      {record.error && errorCode(record.error) !== "BAD_REQUEST" ? (
        <p className="alert alert-error" role="alert">
          {describeError(record.error, t)}
        </p>
      ) : null}
    </Card>
  );
}
