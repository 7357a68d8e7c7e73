/** The CV form's fields: about the expert, and the lists of their education and work. */
import { useTranslation } from "react-i18next";
import { errorFor, Field } from "../../components/form";
import type { FieldError } from "../../lib/errors";
import {
  emptyEducation,
  emptyEntry,
  type CvText,
  type Education,
  type Entry,
  type ExpertDraft,
} from "./expertDraft";

/** A list of rows of the same fields (education, employment, assignments), with "add". */
function EntryList<R extends Education | Entry>({
  legend,
  keys,
  entries,
  onChange,
  prefix,
  empty,
}: {
  legend: string;
  keys: readonly (keyof R & string)[];
  entries: R[];
  onChange: (e: R[]) => void;
  prefix: string;
  empty: () => R;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="entries">
      <legend>{legend}</legend>
      {entries.map((e, i) => (
        <div key={i} className="form-row">
          {keys.map((k) => (
            <div key={k} className="field">
              <label htmlFor={`${prefix}-${i}-${k}`}>{t(`cv.${k}`)}</label>
              <input
                id={`${prefix}-${i}-${k}`}
                value={e[k] as string}
                onChange={(ev) =>
                  onChange(entries.map((x, j) => (j === i ? { ...x, [k]: ev.target.value } : x)))
                }
              />
            </div>
          ))}
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...entries, empty()])}
      >
        {t("cv.addEntry")}
      </button>
    </fieldset>
  );
}

/** Who the expert is and what they know: names, languages, articles, availability, areas. */
export function CvAboutFields({
  text: f,
  set,
  errors,
}: {
  text: CvText;
  set: (k: keyof CvText, v: string) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation();
  const text = (k: keyof CvText, label: string, hint?: string) => (
    <Field id={`cv-${k}`} label={label} hint={hint} error={errorFor(errors, k)}>
      <input
        id={`cv-${k}`}
        value={f[k]}
        onChange={(e) => set(k, e.target.value)}
        aria-describedby={hint ? `cv-${k}-hint` : undefined}
      />
    </Field>
  );
  return (
    <>
      <div className="form-row">
        {text("name", t("cv.name"))}
        {text("nationality", t("cv.nationality"), t("cv.nationalityHint"))}
        {text("email", t("cv.email"))}
      </div>
      <div className="form-row">
        {text("currentPosition", t("cv.position"))}
        {text("organization", t("cv.organization"))}
      </div>
      <Field id="cv-summary" label={t("cv.summary")} error={errorFor(errors, "summary")}>
        <textarea
          id="cv-summary"
          rows={4}
          value={f.summary}
          onChange={(e) => set("summary", e.target.value)}
        />
      </Field>
      <div className="form-row">
        {text("languages", t("cv.languages"), t("cv.languagesHint"))}
        {text("articles", t("cv.articles"), t("review.articlesHint"))}
        {text("daysPerYear", t("cv.days"))}
      </div>
      {text("areas", t("cv.areas"), t("cv.areasHint"))}
    </>
  );
}

/** Education, employment, TA assignments and publications. */
export function CvHistoryFields({
  draft: d,
  update,
  setText,
}: {
  draft: ExpertDraft;
  update: (patch: Partial<ExpertDraft>) => void;
  setText: (k: keyof CvText, v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <EntryList
        legend={t("cv.education")}
        keys={["year", "degree", "institution"] as const}
        entries={d.education}
        onChange={(education) => update({ education })}
        prefix="edu"
        empty={emptyEducation}
      />
      <EntryList
        legend={t("cv.employment")}
        keys={["from", "to", "organization", "role"] as const}
        entries={d.employment}
        onChange={(employment) => update({ employment })}
        prefix="emp"
        empty={emptyEntry}
      />
      <EntryList
        legend={t("cv.assignments")}
        keys={["from", "to", "organization", "role"] as const}
        entries={d.assignments}
        onChange={(assignments) => update({ assignments })}
        prefix="asg"
        empty={emptyEntry}
      />
      <Field id="cv-publications" label={t("cv.publications")} hint={t("cv.publicationsHint")}>
        <textarea
          id="cv-publications"
          rows={3}
          value={d.text.publications}
          onChange={(e) => setText("publications", e.target.value)}
          aria-describedby="cv-publications-hint"
        />
      </Field>
    </>
  );
}
