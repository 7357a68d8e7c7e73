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
  "partiesAsAt",
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
  // A list filter is written "african,asia-pacific" in the URL, as the CLI takes it.
  const many = <T,>(v: string, f: (s: string) => T) =>
    v ? v.split(",").filter(Boolean).map(f) : undefined;
  const candidate = {
    asAt: get("asAt") || undefined,
    periods: get("periods")
      ? get("periods")
          .split(/[,\s]+/)
          .filter(Boolean)
      : undefined,
    partiesAsAt: get("partiesAsAt") || undefined,
    filters: {
      regions: many(get("region"), String),
      states: many(get("state"), String),
      chapters: many(get("chapter"), String),
      articles: many(get("article"), Number),
      groupings: many(get("grouping"), String),
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
    ...(q.partiesAsAt ? { partiesAsAt: q.partiesAsAt } : {}),
    ...(Object.keys(filters).length ? { filters } : {}),
  };
}

/** The selects of the controls: URL key, the key its error is reported under, label, options. */
function useSelects(): [string, string, string, [string, string][]][] {
  const { t } = useTranslation();
  const l = useLabels();
  return [
    [
      "region",
      "regions",
      t("analytics.filter.region"),
      REGIONAL_GROUP_IDS.map((g) => [g, l.region(g)]),
    ],
    [
      "state",
      "states",
      t("analytics.filter.state"),
      l.statesByName().map((s) => [s.iso3, s.label]),
    ],
    [
      "chapter",
      "chapters",
      t("analytics.filter.chapter"),
      CHAPTERS.map((c) => [c.id, l.chapterWithTitle(c.id)]),
    ],
    [
      "article",
      "articles",
      t("analytics.filter.article"),
      Array.from({ length: 71 }, (_, i) => [String(i + 1), l.article(i + 1)]),
    ],
    [
      "grouping",
      "groupings",
      t("analytics.filter.grouping"),
      CATEGORY_IDS.map((c) => [c, l.category(c)]),
    ],
    [
      "cycle",
      "cycle",
      t("analytics.filter.cycle"),
      [
        ["1", t("analytics.filter.cycleN", { n: 1 })],
        ["2", t("analytics.filter.cycleN", { n: 2 })],
      ],
    ],
    [
      "gender",
      "genderResponsive",
      t("analytics.filter.gender"),
      [
        ["yes", t("analytics.filter.genderYes")],
        ["no", t("analytics.filter.genderNo")],
      ],
    ],
  ];
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
  const selects = useSelects();
  const get = (k: string) => params.get(k) ?? "";
  return (
    <form
      className="filters analytics-controls"
      aria-label={t("analytics.filter.title")}
      onSubmit={(e) => e.preventDefault()}
    >
      <DayFields get={get} set={set} errors={errors} />
      {selects.map(([key, errorKey, label, options]) => (
        <div className="field field-inline" key={key}>
          <label htmlFor={`an-${key}`}>{label}</label>
          <FilterSelect id={key} value={get(key)} options={options} set={set} />
          <ControlError name={errorKey} label={label} invalid={!!errors[errorKey]} />
        </div>
      ))}
      {KEYS.some((k) => params.get(k)) ? (
        <button type="button" className="button button-small" onClick={clear}>
          {t("analytics.filter.clear")}
        </button>
      ) : null}
    </form>
  );
}

/** Filters the API takes as lists: several may be picked at once (none picked: any). */
const LIST_FILTERS = new Set(["region", "state", "chapter", "article", "grouping"]);

/**
 * One filter's select: a list box for the list filters (Ctrl or Cmd picks several), else a
 * drop-down with "Any".
 */
function FilterSelect({
  id,
  value,
  options,
  set,
}: {
  id: string;
  value: string;
  options: [string, string][];
  set: (key: string, value: string) => void;
}) {
  const { t } = useTranslation();
  const items = options.map(([v, text]) => (
    <option key={v} value={v}>
      {text}
    </option>
  ));
  if (!LIST_FILTERS.has(id))
    return (
      <select id={`an-${id}`} value={value} onChange={(e) => set(id, e.target.value)}>
        <option value="">{t("analytics.filter.any")}</option>
        {items}
      </select>
    );
  return (
    <select
      id={`an-${id}`}
      multiple
      size={Math.min(4, options.length)}
      value={value ? value.split(",") : []}
      title={t("analytics.filter.several")}
      onChange={(e) =>
        set(
          id,
          [...e.target.options]
            .filter((o) => o.selected)
            .map((o) => o.value)
            .join(","),
        )
      }
    >
      {items}
    </select>
  );
}

/** The as-at day, the periods and the parties' day: text fields applied on leaving them. */
function DayFields({
  get,
  set,
  errors,
}: {
  get: (key: string) => string;
  set: (key: string, value: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const day = (key: string) => `${t(key)} (${t("wording.dayFormat")})`;
  const fields = [
    ["asAt", day("analytics.filter.asAt"), "2023-09-15"],
    ["periods", t("analytics.filter.periods"), "2021-09, 2023-09"],
    ["partiesAsAt", day("analytics.filter.partiesAsAt"), "2021-09-30"],
  ] as const;
  return (
    <>
      {/* Text, not type="date": the day is written yyyy-mm-dd in every language, as the notes
          and the API write it, and keyboard focus stays on one field. */}
      {fields.map(([id, label, placeholder]) => (
        <CommitOnLeave
          key={id}
          id={id}
          label={label}
          placeholder={placeholder}
          value={get(id)}
          onCommit={(v) => set(id, v)}
          invalid={!!errors[id]}
        />
      ))}
    </>
  );
}

/**
 * A text field applied when the person leaves it or presses Enter, not at each key (a half-typed
 * day would be reported invalid); re-created when the URL changes it.
 */
function CommitOnLeave({
  id,
  label,
  placeholder,
  value,
  onCommit,
  invalid,
}: {
  id: "asAt" | "periods" | "partiesAsAt";
  label: string;
  placeholder: string;
  value: string;
  onCommit: (value: string) => void;
  invalid: boolean;
}) {
  return (
    <div className="field field-inline">
      <label htmlFor={`an-${id}`}>{label}</label>
      <input
        id={`an-${id}`}
        key={value}
        type="text"
        inputMode="numeric"
        placeholder={placeholder}
        defaultValue={value}
        onBlur={(e) => onCommit(e.target.value.trim())}
        onKeyDown={(e) => {
          if (e.key === "Enter") onCommit(e.currentTarget.value.trim());
        }}
        aria-describedby={invalid ? `an-${id}-error` : undefined}
      />
      <ControlError name={id} invalid={invalid} />
    </div>
  );
}

/** The schema's own messages are English: each error is worded here from what was wrong. */
function ControlError({
  name,
  label = "",
  invalid,
}: {
  name: string;
  label?: string;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  if (!invalid) return null;
  return (
    <span className="field-error" role="alert" id={`an-${name}-error`}>
      {name === "asAt"
        ? t("wording.asAtInvalid")
        : name === "periods"
          ? t("wording.periodsInvalid")
          : name === "partiesAsAt"
            ? t("wording.partiesAsAtInvalid")
            : t("fieldError.invalid", { field: label || name })}
    </span>
  );
}
