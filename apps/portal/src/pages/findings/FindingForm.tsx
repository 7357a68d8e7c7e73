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
import { useTRPC, type RouterOutputs } from "../../lib/trpc";

type Field = "state" | "cycle" | "article" | "challenges" | "recommendations" | "source";

/** A number field's value as the schema should see it: empty is missing, not zero. */
const count = (v: string) => (v.trim() === "" ? undefined : Number(v));

interface FindingDraft {
  state: string;
  cycle: 1 | 2;
  /** Numbers as typed: checked by the schema when sent. */
  article: string;
  challenges: string;
  recommendations: string;
  source: string;
}
type SetDraft = <K extends keyof FindingDraft>(k: K, v: FindingDraft[K]) => void;
type Errors = Partial<Record<Field, string>>;

/** The attributes tying a field to its error message, for `finding-<id>`. */
function inputProps(id: Field, errors: Errors) {
  return {
    id: `finding-${id}`,
    "aria-invalid": errors[id] ? true : undefined,
    "aria-describedby": describedBy(`finding-${id}`, false, Boolean(errors[id])),
  };
}

/**
 * The draft, its field errors and `findings.record`. The draft is checked with the API's own
 * schema before it is sent; the API's refusal of a field is worded the same way.
 */
function useFindingForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const f = useFormat();
  const [draft, setDraft] = useState<FindingDraft>({
    state: "",
    cycle: 2,
    article: "",
    challenges: "",
    recommendations: "",
    source: "",
  });
  const set: SetDraft = (k, v) => setDraft((d) => ({ ...d, [k]: v }));
  const [errors, setErrors] = useState<Errors>({});
  const message = (field: string, reason: string) =>
    t(`findings.errors.${reason}`, { max: f.number(MAX_FINDING_COUNT), field });
  const record = useMutation(
    trpc.findings.record.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.findings.pathKey() }),
      onError: (err) => {
        if (errorCode(err) !== "BAD_REQUEST") return;
        const next: Errors = {};
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
      state: draft.state,
      cycle: draft.cycle,
      article: count(draft.article),
      challenges: count(draft.challenges),
      recommendations: count(draft.recommendations),
      ...(draft.source.trim() ? { source: draft.source } : {}),
    });
    if (!parsed.success) {
      const next: Errors = {};
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

  return { draft, set, errors, record, submit };
}

/**
 * Records one State's findings under one article (a later record replaces the numbers). Checked
 * with the API's own schema before sending, so mistakes are named in the reader's language.
 */
export function FindingForm() {
  const { t } = useTranslation();
  const { draft, set, errors, record, submit } = useFindingForm();
  return (
    <Card title={t("findings.formTitle")} id="finding-form">
      <p className="hint">{t("findings.formLead")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <WhereFields draft={draft} set={set} errors={errors} />
        <CountFields draft={draft} set={set} errors={errors} />
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {t("findings.record")}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {record.data ? <RecordedNote saved={record.data} /> : null}
      </div>
      {record.error && errorCode(record.error) !== "BAD_REQUEST" ? (
        <p className="alert alert-error" role="alert">
          {describeError(record.error, t)}
        </p>
      ) : null}
    </Card>
  );
}

interface FieldsProps {
  draft: FindingDraft;
  set: SetDraft;
  errors: Errors;
}

/** Which State, cycle and article; changing the cycle clears the article (it may not be reviewed). */
function WhereFields({ draft, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  const l = useLabels();
  const articles = reviewedChapters(draft.cycle).flatMap((c) => articlesOfChapter(c));
  return (
    <div className="form-row">
      <Field id="finding-state" label={t("findings.state")} error={errors.state}>
        <select
          {...inputProps("state", errors)}
          value={draft.state}
          onChange={(e) => set("state", e.target.value)}
        >
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
          {...inputProps("cycle", errors)}
          value={draft.cycle}
          onChange={(e) => {
            set("cycle", e.target.value === "1" ? 1 : 2);
            set("article", "");
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
          {...inputProps("article", errors)}
          value={draft.article}
          onChange={(e) => set("article", e.target.value)}
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
  );
}

/** How many challenges and recommendations, and where the numbers come from. */
function CountFields({ draft, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-row">
      <Field id="finding-challenges" label={t("findings.challenges")} error={errors.challenges}>
        <input
          {...inputProps("challenges", errors)}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_FINDING_COUNT}
          value={draft.challenges}
          onChange={(e) => set("challenges", e.target.value)}
        />
      </Field>
      <Field
        id="finding-recommendations"
        label={t("findings.recommendations")}
        error={errors.recommendations}
      >
        <input
          {...inputProps("recommendations", errors)}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_FINDING_COUNT}
          value={draft.recommendations}
          onChange={(e) => set("recommendations", e.target.value)}
        />
      </Field>
      <Field id="finding-source" label={t("findings.source")} error={errors.source}>
        <input
          {...inputProps("source", errors)}
          value={draft.source}
          onChange={(e) => set("source", e.target.value)}
        />
      </Field>
    </div>
  );
}

function RecordedNote({ saved }: { saved: RouterOutputs["findings"]["record"] }) {
  const { t } = useTranslation();
  const l = useLabels();
  const f = useFormat();
  return (
    <p className="alert alert-success">
      {t("findings.recorded", {
        state: l.state(saved.state),
        article: t("common.articleShort", { n: saved.article }),
        challenges: f.number(saved.challenges),
        recommendations: f.number(saved.recommendations),
      })}
    </p>
  );
}
