import { TextFilter } from "./form";
import {
  ARTICLES,
  CATEGORY_IDS,
  CHAPTER_IDS,
  NEED_STATUSES,
  REGIONAL_GROUP_IDS,
} from "@tahub/domain";
import { useTranslation } from "react-i18next";
import { useLabels } from "../lib/labels";

interface Option {
  value: string;
  label: string;
}

/** The needs explorer's filter bar; every filter is a plain select so it works by keyboard. */
export function NeedFilters({
  values,
  onChange,
}: {
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
}) {
  const { t } = useTranslation();
  const l = useLabels();
  const articles = ARTICLES.filter(
    (a) => values.chapter === undefined || values.chapter === "" || a.chapter === values.chapter,
  ).map((a) => ({ value: String(a.number), label: `${a.number}. ${l.articleTitle(a.number)}` }));
  const selects: [string, string, Option[]][] = [
    [
      "cycle",
      t("filters.cycle"),
      [1, 2].map((n) => ({ value: String(n), label: t("common.cycleN", { n }) })),
    ],
    [
      "chapter",
      t("filters.chapter"),
      CHAPTER_IDS.map((c) => ({ value: c, label: l.chapterWithTitle(c) })),
    ],
    ["article", t("filters.article"), articles],
    [
      "category",
      t("filters.category"),
      CATEGORY_IDS.map((c) => ({ value: c, label: l.category(c) })),
    ],
    [
      "region",
      t("filters.region"),
      REGIONAL_GROUP_IDS.map((r) => ({ value: r, label: l.region(r) })),
    ],
    ["status", t("filters.status"), NEED_STATUSES.map((s) => ({ value: s, label: l.status(s) }))],
  ];
  return (
    <div className="filters" role="group" aria-label={t("filters.label")}>
      <TextFilter
        id="f-q"
        value={values.q ?? ""}
        onChange={(v) => onChange("q", v)}
        placeholder={t("filters.textPlaceholder")}
      />
      {selects.map(([key, label, options]) => (
        <FilterSelect
          key={key}
          id={key}
          label={label}
          value={values[key] ?? ""}
          options={options}
          onChange={(v) => onChange(key, v)}
        />
      ))}
    </div>
  );
}

/** One filter: a labelled select whose first option, "any", clears it. */
function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field-inline">
      <label htmlFor={`f-${id}`}>{label}</label>
      <select id={`f-${id}`} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("filters.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
