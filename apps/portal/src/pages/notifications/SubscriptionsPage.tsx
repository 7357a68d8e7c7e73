import {
  CATEGORY_IDS,
  REGIONAL_GROUP_IDS,
  type CategoryId,
  type RegionalGroupId,
} from "@tahub/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxGroup, Field } from "../../components/form";
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { parseArticles } from "../../lib/articles";
import { describeError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";

type Target = "needs" | "offers";
type Frequency = "immediate" | "daily";

interface Draft {
  target: Target;
  frequency: Frequency;
  articles: string;
  categories: CategoryId[];
  regions: RegionalGroupId[];
  states: string;
  text: string;
}

const EMPTY: Draft = {
  target: "needs",
  frequency: "immediate",
  articles: "",
  categories: [],
  regions: [],
  states: "",
  text: "",
};
type Subscription = RouterOutputs["subscriptions"]["list"][number];
type Problem = "mail.subscriptions.badArticles" | "mail.subscriptions.oneCriterion";
type FieldsProps = { d: Draft; set: <K extends keyof Draft>(k: K, v: Draft[K]) => void };

/** The subscription as sent, or why it cannot be: a bad article, or no criterion at all. */
export function subscriptionInput(d: Draft) {
  const parsed = parseArticles(d.articles);
  if (parsed.invalid.length) return { problem: "mail.subscriptions.badArticles" as Problem };
  const states = d.states
    .split(/[\s,;]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  if (
    !parsed.articles.length &&
    !d.categories.length &&
    !d.regions.length &&
    !states.length &&
    !d.text.trim()
  )
    return { problem: "mail.subscriptions.oneCriterion" as Problem };
  return {
    input: {
      target: d.target,
      frequency: d.frequency,
      articles: parsed.articles,
      categories: d.categories,
      regions: d.regions,
      states,
      text: d.text.trim() || null,
    },
  };
}

/** One subscription: what it follows, how often, its criteria ("any" where none), since when. */
function SubscriptionItem({
  s,
  onRemove,
  busy,
}: {
  s: Subscription;
  onRemove: () => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const day = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" }).format(new Date(iso));
  const any = t("mail.subscriptions.any");
  return (
    <li className="inbox-item">
      <p>
        <strong>{t(`mail.subscriptions.targets.${s.target}`)}</strong> ·{" "}
        {t(`mail.subscriptions.frequencies.${s.frequency}`)}
      </p>
      <dl className="cell-sub">
        <dt>{t("mail.subscriptions.articles")}</dt>
        <dd>{s.articles.length ? l.articles(s.articles) : any}</dd>
        <dt>{t("mail.subscriptions.groupings")}</dt>
        <dd>{s.categories.length ? s.categories.map((c) => l.category(c)).join(", ") : any}</dd>
        <dt>{t("mail.subscriptions.regions")}</dt>
        <dd>{s.regions.length ? s.regions.map(l.region).join(", ") : any}</dd>
        <dt>{t("mail.subscriptions.states")}</dt>
        <dd>{s.states.length ? s.states.map((x) => l.state(x)).join(", ") : any}</dd>
        {s.text ? (
          <>
            <dt>{t("mail.subscriptions.text")}</dt>
            <dd>{s.text}</dd>
          </>
        ) : null}
      </dl>
      <p className="cell-sub">{t("mail.subscriptions.since", { date: day(s.createdAt) })}</p>
      <button
        type="button"
        className="button"
        aria-label={t("mail.subscriptions.removeLabel", { created: day(s.createdAt) })}
        disabled={busy}
        onClick={onRemove}
      >
        {t("mail.subscriptions.remove")}
      </button>
    </li>
  );
}

/** The user's subscriptions, each removable. */
function SubscriptionList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.subscriptions.list.queryOptions());
  const remove = useMutation(
    trpc.subscriptions.remove.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.subscriptions.list.queryKey() }),
    }),
  );
  if (list.isPending) return <SkeletonRows rows={2} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0) return <EmptyState title={t("mail.subscriptions.empty")} />;
  return (
    <ul className="plain-list inbox-list" id="subscriptions">
      {list.data.map((s) => (
        <SubscriptionItem
          key={s.id}
          s={s}
          busy={remove.isPending}
          onRemove={() => remove.mutate({ id: s.id })}
        />
      ))}
    </ul>
  );
}

/** What to follow (needs or offers) and how often to be told. */
function TargetFields({ d, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-row">
      <Field id="sub-target" label={t("mail.subscriptions.target")}>
        <select
          id="sub-target"
          value={d.target}
          onChange={(e) => set("target", e.target.value as Target)}
        >
          <option value="needs">{t("mail.subscriptions.targets.needs")}</option>
          <option value="offers">{t("mail.subscriptions.targets.offers")}</option>
        </select>
      </Field>
      <Field id="sub-frequency" label={t("mail.subscriptions.frequency")}>
        <select
          id="sub-frequency"
          value={d.frequency}
          onChange={(e) => set("frequency", e.target.value as Frequency)}
        >
          <option value="immediate">{t("mail.subscriptions.frequencies.immediate")}</option>
          <option value="daily">{t("mail.subscriptions.frequencies.daily")}</option>
        </select>
      </Field>
    </div>
  );
}

/** The criteria: articles, groupings, regional groups, States and words. */
function CriteriaFields({ d, set }: FieldsProps) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <>
      <Field
        id="sub-articles"
        label={t("mail.subscriptions.articles")}
        hint={t("mail.subscriptions.articlesHint")}
      >
        <input
          id="sub-articles"
          value={d.articles}
          inputMode="numeric"
          aria-describedby="sub-articles-hint"
          onChange={(e) => set("articles", e.target.value)}
        />
      </Field>
      <CheckboxGroup
        legend={t("mail.subscriptions.groupings")}
        options={CATEGORY_IDS}
        value={d.categories}
        onChange={(v) => set("categories", v)}
        label={(c) => l.category(c)}
      />
      <CheckboxGroup
        legend={t("mail.subscriptions.regions")}
        options={REGIONAL_GROUP_IDS}
        value={d.regions}
        onChange={(v) => set("regions", v)}
        label={l.region}
      />
      <Field
        id="sub-states"
        label={t("mail.subscriptions.states")}
        hint={t("mail.subscriptions.statesHint")}
      >
        <input
          id="sub-states"
          value={d.states}
          aria-describedby="sub-states-hint"
          onChange={(e) => set("states", e.target.value)}
        />
      </Field>
      <Field
        id="sub-text"
        label={t("mail.subscriptions.text")}
        hint={t("mail.subscriptions.textHint")}
      >
        <input
          id="sub-text"
          value={d.text}
          aria-describedby="sub-text-hint"
          onChange={(e) => set("text", e.target.value)}
        />
      </Field>
    </>
  );
}

/** A new subscription: checked here first, then saved; the form empties once saved. */
function SubscriptionForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [d, setD] = useState<Draft>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation(
    trpc.subscriptions.create.mutationOptions({
      onSuccess: () => {
        setD(EMPTY);
        void queryClient.invalidateQueries({ queryKey: trpc.subscriptions.list.queryKey() });
      },
    }),
  );
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD({ ...d, [k]: v });

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = subscriptionInput(d);
    if (checked.problem) return setProblem(t(checked.problem));
    setProblem(null);
    if (checked.input) create.mutate(checked.input);
  }

  return (
    <form className="card form" onSubmit={submit} noValidate>
      {problem ? (
        <div className="alert alert-error" role="alert">
          {problem}
        </div>
      ) : create.error ? (
        <div className="alert alert-error" role="alert">
          {describeError(create.error, t)}
        </div>
      ) : create.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t("mail.subscriptions.saved")}
        </p>
      ) : null}
      <TargetFields d={d} set={set} />
      <CriteriaFields d={d} set={set} />
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {create.isPending ? t("mail.subscriptions.saving") : t("mail.subscriptions.submit")}
      </button>
    </form>
  );
}

/** "My subscriptions" (issue 15): saved criteria for new needs and offers; create, list, delete. */
export default function SubscriptionsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("mail.subscriptions.title")} lead={t("mail.subscriptions.lead")} />
      <section aria-labelledby="sub-mine">
        <h2 id="sub-mine">{t("mail.subscriptions.mine")}</h2>
        <SubscriptionList />
      </section>

      <section aria-labelledby="sub-new">
        <h2 id="sub-new">{t("mail.subscriptions.new")}</h2>
        <SubscriptionForm />
      </section>
    </>
  );
}
