import {
  CATEGORY_IDS,
  CHAPTERS,
  REGIONAL_GROUP_IDS,
  ZAnalyticsQuerySchema,
  type TAnalyticsQuery,
} from "@tahub/domain";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useLabels } from "../../lib/labels";

/** The URL parameters of the analytics question (bookmarkable, shareable). */
const KEYS = [
  "asAt",
  "periods",
  "region",
  "state",
  "chapter",
  "article",
  "grouping",
  "cycle",
  "gender",
];

/**
 * The question the page asks, read from the URL and checked with the API's own schema: an invalid
 * value is reported beside its field and left out of the question rather than sent.
 */
export function useAnalyticsQuery(): {
  query: TAnalyticsQuery;
  errors: Record<string, string>;
  params: URLSearchParams;
  set: (key: string, value: string) => void;
  clear: () => void;
} {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const clear = () => {
    const next = new URLSearchParams(params);
    for (const k of KEYS) next.delete(k);
    setParams(next, { replace: true });
  };
  const get = (k: string) => params.get(k) ?? "";
  const one = <T,>(v: string, f: (s: string) => T) => (v ? [f(v)] : undefined);
  const candidate = {
    asAt: get("asAt") || undefined,
    periods: get("periods")
      ? get("periods")
          .split(/[,\s]+/)
          .filter(Boolean)
      : undefined,
    filters: {
      regions: one(get("region"), String),
      states: one(get("state"), String),
      chapters: one(get("chapter"), String),
      articles: one(get("article"), Number),
      groupings: one(get("grouping"), String),
      cycle: get("cycle") ? Number(get("cycle")) : undefined,
      genderResponsive: get("gender") ? get("gender") === "yes" : undefined,
    },
  };
  const errors: Record<string, string> = {};
  const parsed = ZAnalyticsQuerySchema.safeParse(candidate);
  if (parsed.success) return { query: clean(parsed.data), errors, params, set, clear };
  // Drop each invalid part, keep the rest of the question.
  const query = structuredClone(candidate) as Record<string, unknown>;
  for (const issue of parsed.error.issues) {
    const [head, key] = issue.path as string[];
    if (head === "filters" && key) {
      errors[key] = issue.message;
      delete (query.filters as Record<string, unknown>)[key];
    } else if (head) {
      errors[head] = issue.message;
      delete query[head];
    }
  }
  const retry = ZAnalyticsQuerySchema.safeParse(query);
  return { query: retry.success ? clean(retry.data) : {}, errors, params, set, clear };
}

/** Without undefined members, so equal questions make equal cache keys. */
function clean(q: TAnalyticsQuery): TAnalyticsQuery {
  const filters = Object.fromEntries(
    Object.entries(q.filters ?? {}).filter(([, v]) => v !== undefined),
  );
  return {
    ...(q.asAt ? { asAt: q.asAt } : {}),
    ...(q.periods?.length ? { periods: q.periods } : {}),
    ...(Object.keys(filters).length ? { filters } : {}),
  };
}

/** The as-at day, periods and filters of the analytics page. */
export function AnalyticsControls({
  params,
  set,
  clear,
  errors,
}: {
  params: URLSearchParams;
  set: (key: string, value: string) => void;
  clear: () => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const l = useLabels();
  const get = (k: string) => params.get(k) ?? "";
  // The schema's own messages are English: each error is worded here from what was wrong.
  const error = (key: string, label = "") =>
    errors[key] ? (
      <span className="field-error" role="alert" id={`an-${key}-error`}>
        {key === "asAt"
          ? t("wording.asAtInvalid")
          : key === "periods"
            ? t("wording.periodsInvalid")
            : t("fieldError.invalid", { field: label || key })}
      </span>
    ) : null;
  const select = (key: string, errorKey: string, label: string, options: [string, string][]) => (
    <div className="field field-inline">
      <label htmlFor={`an-${key}`}>{label}</label>
      <select id={`an-${key}`} value={get(key)} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t("analytics.filter.any")}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {error(errorKey, label)}
    </div>
  );
  return (
    <form
      className="filters analytics-controls"
      aria-label={t("analytics.filter.title")}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field field-inline">
        <label htmlFor="an-asAt">{`${t("analytics.filter.asAt")} (${t("wording.dayFormat")})`}</label>
        {/* Text, not type="date": the day is written yyyy-mm-dd in every language, as the notes
            and the API write it, and keyboard focus stays on one field. */}
        <input
          id="an-asAt"
          key={get("asAt")}
          type="text"
          inputMode="numeric"
          placeholder="2023-09-15"
          defaultValue={get("asAt")}
          onBlur={(e) => set("asAt", e.target.value.trim())}
          onKeyDown={(e) => {
            if (e.key === "Enter") set("asAt", e.currentTarget.value.trim());
          }}
          aria-describedby={errors.asAt ? "an-asAt-error" : undefined}
        />
        {error("asAt")}
      </div>
      <div className="field field-inline">
        <label htmlFor="an-periods">{t("analytics.filter.periods")}</label>
        <input
          id="an-periods"
          key={get("periods")}
          type="text"
          inputMode="numeric"
          placeholder="2021-09, 2023-09"
          defaultValue={get("periods")}
          onBlur={(e) => set("periods", e.target.value.trim())}
          onKeyDown={(e) => {
            if (e.key === "Enter") set("periods", e.currentTarget.value.trim());
          }}
          aria-describedby={errors.periods ? "an-periods-error" : undefined}
        />
        {error("periods")}
      </div>
      {select(
        "region",
        "regions",
        t("analytics.filter.region"),
        REGIONAL_GROUP_IDS.map((g) => [g, l.region(g)]),
      )}
      {select(
        "state",
        "states",
        t("analytics.filter.state"),
        l.statesByName().map((s) => [s.iso3, s.label]),
      )}
      {select(
        "chapter",
        "chapters",
        t("analytics.filter.chapter"),
        CHAPTERS.map((c) => [c.id, l.chapterWithTitle(c.id)]),
      )}
      {select(
        "article",
        "articles",
        t("analytics.filter.article"),
        Array.from({ length: 71 }, (_, i) => [String(i + 1), l.article(i + 1)]),
      )}
      {select(
        "grouping",
        "groupings",
        t("analytics.filter.grouping"),
        CATEGORY_IDS.map((c) => [c, l.category(c)]),
      )}
      {select("cycle", "cycle", t("analytics.filter.cycle"), [
        ["1", t("analytics.filter.cycleN", { n: 1 })],
        ["2", t("analytics.filter.cycleN", { n: 2 })],
      ])}
      {select("gender", "genderResponsive", t("analytics.filter.gender"), [
        ["yes", t("analytics.filter.genderYes")],
        ["no", t("analytics.filter.genderNo")],
      ])}
      {KEYS.some((k) => params.get(k)) ? (
        <button type="button" className="button button-small" onClick={clear}>
          {t("analytics.filter.clear")}
        </button>
      ) : null}
    </form>
  );
}
