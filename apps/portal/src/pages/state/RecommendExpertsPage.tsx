/**
 * Expert recommendations (issue 15, States; 2009 working-group report, para 25): a State's focal
 * point recommends a directory entry with a reason, or a new person (contact for the secretariat
 * only). The secretariat sees every recommendation and turns a new person into a directory
 * entry, listed only with the person's consent.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Outcome, TextField } from "../../components/form";
import { Badge, Card, EmptyState, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { parseArticles } from "../../lib/articles";
import { describeError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";

interface NewPerson {
  name: string;
  areas: string;
  articles: string;
  languages: string;
  nationality: string;
  contact: string;
}
const NO_PERSON: NewPerson = {
  name: "",
  areas: "",
  articles: "",
  languages: "",
  nationality: "",
  contact: "",
};

/** A person not in the directory as the API takes them: lists split, blanks left out. */
function personInput(p: NewPerson) {
  const list = (s: string) =>
    s
      .split(/[,;]/)
      .map((x) => x.trim())
      .filter(Boolean);
  return {
    name: p.name,
    areas: list(p.areas),
    articles: parseArticles(p.articles).articles,
    languages: list(p.languages).map((x) => x.toLowerCase()),
    ...(p.nationality.trim() ? { nationality: p.nationality.trim() } : {}),
    ...(p.contact.trim() ? { contact: p.contact.trim() } : {}),
  };
}

/** A three-letter State code, in capitals as it is typed. */
function NationalityField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t("fields.nationality")}</label>
      <input
        id={id}
        value={value}
        placeholder="KEN"
        maxLength={3}
        onChange={(e) => onChange(e.target.value.toUpperCase())}
      />
    </div>
  );
}

/** The new person's name, areas, articles, languages, nationality and contact. */
function NewPersonFields({
  id,
  value: p,
  onChange,
}: {
  id: string;
  value: NewPerson;
  onChange: (p: NewPerson) => void;
}) {
  const { t } = useTranslation();
  const set = (k: keyof NewPerson) => (v: string) => onChange({ ...p, [k]: v });
  return (
    <>
      <TextField
        id={`${id}-name`}
        label={t("fields.name")}
        value={p.name}
        onChange={set("name")}
        required
      />
      <TextField
        id={`${id}-areas`}
        label={t("fields.areas")}
        value={p.areas}
        onChange={set("areas")}
      />
      <TextField
        id={`${id}-art`}
        label={t("fields.articles")}
        value={p.articles}
        onChange={set("articles")}
      />
      <div className="form-row">
        <TextField
          id={`${id}-lang`}
          className="field field-inline"
          label={t("fields.languages")}
          value={p.languages}
          placeholder="en, fr"
          onChange={set("languages")}
        />
        <NationalityField id={`${id}-nat`} value={p.nationality} onChange={set("nationality")} />
      </div>
      <TextField
        id={`${id}-contact`}
        label={t("fields.contact")}
        value={p.contact}
        onChange={set("contact")}
        hint={t("states.experts.contactHint")}
      />
    </>
  );
}

function RecommendForm({ state }: { state: string }) {
  const { t } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const experts = useQuery(trpc.experts.list.queryOptions({ limit: 200 }));
  const [expertId, setExpertId] = useState("");
  const [person, setPerson] = useState<NewPerson>(NO_PERSON);
  const [reason, setReason] = useState("");
  const create = useMutation(
    trpc.recommendations.create.mutationOptions({
      onSuccess: () => {
        void qc.invalidateQueries({ queryKey: trpc.recommendations.list.pathKey() });
        setPerson((p) => ({ ...p, name: "", contact: "" }));
        setReason("");
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({
      state,
      reason,
      ...(expertId ? { expertId } : { person: personInput(person) }),
    });
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t("states.experts.add")}>
      <div className="field">
        <label htmlFor={`${id}-x`}>{t("states.experts.who")}</label>
        <select id={`${id}-x`} value={expertId} onChange={(e) => setExpertId(e.target.value)}>
          <option value="">{t("states.experts.newPerson")}</option>
          {(experts.data?.items ?? []).map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </div>
      {expertId ? null : <NewPersonFields id={id} value={person} onChange={setPerson} />}
      <TextField
        id={`${id}-reason`}
        label={t("fields.reason")}
        rows={3}
        value={reason}
        onChange={setReason}
        required
      />
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t("states.experts.submit")}
      </button>
      <Outcome error={create.error} ok={create.isSuccess ? t("states.experts.sent") : null} />
    </form>
  );
}

/** The secretariat's button: add the person to the directory, with or without consent. */
function AddToDirectory({ id }: { id: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [consent, setConsent] = useState(false);
  const add = useMutation(
    trpc.recommendations.addToDirectory.mutationOptions({
      onSuccess: () => void qc.invalidateQueries({ queryKey: trpc.recommendations.list.pathKey() }),
    }),
  );
  const dismiss = useMutation(
    trpc.recommendations.dismiss.mutationOptions({
      onSuccess: () => void qc.invalidateQueries({ queryKey: trpc.recommendations.list.pathKey() }),
    }),
  );
  return (
    <div className="form-row">
      <label className="check">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        <span>{t("states.experts.consent")}</span>
      </label>
      <button
        type="button"
        className="button button-small"
        disabled={add.isPending}
        onClick={() => add.mutate({ id, consentToList: consent })}
      >
        {t("states.experts.addToDirectory")}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={dismiss.isPending}
        onClick={() => dismiss.mutate({ id })}
      >
        {t("states.experts.dismiss")}
      </button>
      {add.error || dismiss.error ? (
        <p className="field-error" role="alert">
          {describeError(add.error ?? dismiss.error, t)}
        </p>
      ) : null}
    </div>
  );
}

type Recommendation = RouterOutputs["recommendations"]["list"][number];

/** What is known of the recommended expert: State (for the secretariat), areas, articles, contact. */
function RecommendationFacts({ r }: { r: Recommendation }) {
  const { t } = useTranslation();
  const l = useLabels();
  const s = useSession();
  return (
    <dl className="facts">
      {s.isSecretariat ? (
        <>
          <dt>{t("fields.state")}</dt>
          <dd>{l.state(r.state)}</dd>
        </>
      ) : null}
      {r.areas.length ? (
        <>
          <dt>{t("fields.areas")}</dt>
          <dd>{r.areas.join(", ")}</dd>
        </>
      ) : null}
      {r.articles.length ? (
        <>
          <dt>{t("fields.articles")}</dt>
          <dd>{l.articles(r.articles)}</dd>
        </>
      ) : null}
      {r.nationality ? (
        <>
          <dt>{t("fields.nationality")}</dt>
          <dd>{l.state(r.nationality)}</dd>
        </>
      ) : null}
      {r.contact ? (
        <>
          <dt>{t("fields.contact")}</dt>
          <dd>{r.contact}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** One recommendation, with its status, the directory entry made from it, or "add" for the secretariat. */
function RecommendationCard({ r }: { r: Recommendation }) {
  const { t } = useTranslation();
  const s = useSession();
  return (
    <Card
      title={r.name ?? r.expertName ?? t("states.experts.unnamed")}
      actions={<Badge>{t(`states.experts.status.${r.status}`)}</Badge>}
    >
      <p>{r.reason}</p>
      <RecommendationFacts r={r} />
      {r.expertId && r.expertName ? (
        <Link to={`/experts/${r.expertId}`}>{t("states.experts.openEntry")}</Link>
      ) : null}
      {s.isSecretariat && r.status === "pending" && r.name ? <AddToDirectory id={r.id} /> : null}
    </Card>
  );
}

export default function RecommendExpertsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const s = useSession();
  const list = useQuery(trpc.recommendations.list.queryOptions({}));
  const state = s.user?.state ?? null;
  return (
    <>
      <PageHeader
        title={t("states.experts.title")}
        lead={s.isSecretariat ? t("states.experts.leadSecretariat") : t("states.experts.lead")}
      />
      <div className="grid-2">
        <div className="stack">
          {list.isPending ? (
            <Spinner />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : list.data.length === 0 ? (
            <EmptyState title={t("states.experts.empty")} />
          ) : (
            list.data.map((r) => <RecommendationCard key={r.id} r={r} />)
          )}
        </div>
        {state ? (
          <Card title={t("states.experts.add")} id="recommend-add">
            <RecommendForm state={state} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
