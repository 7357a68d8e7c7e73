import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ConflictNotice, isConflict } from "../../components/ConflictNotice";
import { errorFor, Field } from "../../components/form";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { parseArticles } from "../../lib/articles";
import { describeError, fieldErrors } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";

interface Entry {
  from: string;
  to: string;
  organization: string;
  role: string;
}
const emptyEntry = (): Entry => ({ from: "", to: "", organization: "", role: "" });

function EntryList({
  legend,
  entries,
  onChange,
  prefix,
}: {
  legend: string;
  entries: Entry[];
  onChange: (e: Entry[]) => void;
  prefix: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="entries">
      <legend>{legend}</legend>
      {entries.map((e, i) => (
        <div key={i} className="form-row">
          {(["from", "to", "organization", "role"] as const).map((k) => (
            <div key={k} className="field">
              <label htmlFor={`${prefix}-${i}-${k}`}>{t(`cv.${k}`)}</label>
              <input
                id={`${prefix}-${i}-${k}`}
                value={e[k]}
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
        onClick={() => onChange([...entries, emptyEntry()])}
      >
        {t("cv.addEntry")}
      </button>
    </fieldset>
  );
}

/**
 * The directory's CV template; the expert is listed only with their recorded consent. With an id
 * (/experts/:id/edit) it edits an entry the caller keeps: its provider's, or any for the
 * secretariat (issue 15: an entry saved without consent could not be opened or fixed).
 */
export default function ExpertFormPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { id } = useParams();
  const existing = useQuery({ ...trpc.experts.byId.queryOptions({ id: id ?? "" }), enabled: !!id });
  const [f, setF] = useState({
    name: "",
    nationality: "",
    email: "",
    currentPosition: "",
    organization: "",
    summary: "",
    languages: "en",
    articles: "",
    areas: "",
    publications: "",
    daysPerYear: "",
  });
  const [education, setEducation] = useState([{ year: "", degree: "", institution: "" }]);
  const [employment, setEmployment] = useState<Entry[]>([emptyEntry()]);
  const [assignments, setAssignments] = useState<Entry[]>([emptyEntry()]);
  const [consent, setConsent] = useState(false);
  // donors (issue 15): an existing entry fills the form once loaded.
  useEffect(() => {
    const e = existing.data;
    if (!e) return;
    setF({
      name: e.name,
      nationality: e.nationality ?? "",
      email: e.email ?? "",
      currentPosition: e.currentPosition ?? "",
      organization: e.organization ?? "",
      summary: e.summary,
      languages: e.languages.join(", "),
      articles: e.articles.join(", "),
      areas: e.areas.join(", "),
      publications: e.publications.join("\n"),
      daysPerYear: e.daysPerYear === null ? "" : String(e.daysPerYear),
    });
    setEducation(e.education.length ? e.education : [{ year: "", degree: "", institution: "" }]);
    const toEntries = (l: typeof e.employment) =>
      l.length
        ? l.map((x) => ({
            from: x.from,
            to: x.to ?? "",
            organization: x.organization,
            role: x.role,
          }))
        : [emptyEntry()];
    setEmployment(toEntries(e.employment));
    setAssignments(toEntries(e.assignments));
    setConsent(e.consentToList);
  }, [existing.data]);
  const upsert = useMutation(
    trpc.experts.upsert.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.experts.pathKey() }),
    }),
  );
  const errors = fieldErrors(upsert.error);
  const set = (k: keyof typeof f, v: string) => setF((x) => ({ ...x, [k]: v }));
  const split = (s: string) =>
    s
      .split(/[,;\n]/)
      .map((x) => x.trim())
      .filter(Boolean);
  const entries = (list: Entry[]) =>
    list
      .filter((e) => e.organization || e.role)
      .map((e) => ({
        from: e.from,
        ...(e.to ? { to: e.to } : {}),
        organization: e.organization,
        role: e.role,
      }));

  function submit(e: FormEvent) {
    e.preventDefault();
    upsert.mutate({
      // The version loaded with the form: a save by someone else meanwhile answers CONFLICT.
      ...(id && existing.data ? { id, version: existing.data.version } : {}),
      expert: {
        name: f.name,
        ...(f.nationality ? { nationality: f.nationality } : {}),
        ...(f.email ? { email: f.email } : {}),
        ...(f.currentPosition ? { currentPosition: f.currentPosition } : {}),
        ...(f.organization ? { organization: f.organization } : {}),
        summary: f.summary,
        languages: split(f.languages).map((x) => x.toLowerCase()),
        articles: parseArticles(f.articles).articles,
        areas: split(f.areas),
        education: education.filter((x) => x.degree || x.institution),
        employment: entries(employment),
        assignments: entries(assignments),
        publications: f.publications
          .split("\n")
          .map((x) => x.trim())
          .filter(Boolean),
        availability: f.daysPerYear ? { daysPerYear: Number(f.daysPerYear) } : {},
        consentToList: consent,
        ...(consent
          ? {
              consentDate:
                existing.data?.consentToList && existing.data.consentDate
                  ? existing.data.consentDate
                  : new Date().toISOString().slice(0, 10),
            }
          : {}),
      },
    });
  }

  const text = (k: keyof typeof f, label: string, hint?: string) => (
    <Field id={`cv-${k}`} label={label} hint={hint} error={errorFor(errors, k)}>
      <input
        id={`cv-${k}`}
        value={f[k]}
        onChange={(e) => set(k, e.target.value)}
        aria-describedby={hint ? `cv-${k}-hint` : undefined}
      />
    </Field>
  );

  if (id && existing.isPending) return <Spinner />;
  if (id && existing.isError) return <ErrorState error={existing.error} />;
  return (
    <>
      <PageHeader title={id ? t("expertEdit.title") : t("cv.title")} lead={t("cv.lead")} />
      <Card id="cv-form">
        <form className="form" onSubmit={submit} noValidate>
          {isConflict(upsert.error) ? (
            <ConflictNotice
              error={upsert.error}
              onReload={() => {
                upsert.reset();
                void existing.refetch();
              }}
            />
          ) : upsert.error ? (
            <div className="alert alert-error" role="alert">
              {describeError(upsert.error, t)}
            </div>
          ) : null}
          {upsert.data ? (
            <div className="alert alert-success" role="status">
              {upsert.data.consentToList ? t("cv.savedListed") : t("cv.savedUnlisted")}{" "}
              <Link to={`/experts/${upsert.data.id}`}>{t("cv.open")}</Link>
            </div>
          ) : null}
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
          <fieldset className="entries">
            <legend>{t("cv.education")}</legend>
            {education.map((x, i) => (
              <div key={i} className="form-row">
                {(["year", "degree", "institution"] as const).map((k) => (
                  <div key={k} className="field">
                    <label htmlFor={`edu-${i}-${k}`}>{t(`cv.${k}`)}</label>
                    <input
                      id={`edu-${i}-${k}`}
                      value={x[k]}
                      onChange={(e) =>
                        setEducation(
                          education.map((y, j) => (j === i ? { ...y, [k]: e.target.value } : y)),
                        )
                      }
                    />
                  </div>
                ))}
              </div>
            ))}
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                setEducation([...education, { year: "", degree: "", institution: "" }])
              }
            >
              {t("cv.addEntry")}
            </button>
          </fieldset>
          <EntryList
            legend={t("cv.employment")}
            entries={employment}
            onChange={setEmployment}
            prefix="emp"
          />
          <EntryList
            legend={t("cv.assignments")}
            entries={assignments}
            onChange={setAssignments}
            prefix="asg"
          />
          <Field id="cv-publications" label={t("cv.publications")} hint={t("cv.publicationsHint")}>
            <textarea
              id="cv-publications"
              rows={3}
              value={f.publications}
              onChange={(e) => set("publications", e.target.value)}
              aria-describedby="cv-publications-hint"
            />
          </Field>
          <label className="check consent">
            <input
              type="checkbox"
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
            />
            <span>{t("cv.consent")}</span>
          </label>
          <button type="submit" className="button button-primary" disabled={upsert.isPending}>
            {t("cv.submit")}
          </button>
        </form>
      </Card>
    </>
  );
}
