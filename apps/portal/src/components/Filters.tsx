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
  const select = (key: string, label: string, options: { value: string; label: string }[]) => (
    <div className="field field-inline">
      <label htmlFor={`f-${key}`}>{label}</label>
      <select
        id={`f-${key}`}
        value={values[key] ?? ""}
        onChange={(e) => onChange(key, e.target.value)}
      >
        <option value="">{t("filters.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="filters" role="group" aria-label={t("filters.label")}>
      <TextFilter
        id="f-q"
        value={values.q ?? ""}
        onChange={(v) => onChange("q", v)}
        placeholder={t("filters.textPlaceholder")}
      />
      {select("cycle", t("filters.cycle"), [
        { value: "1", label: t("common.cycleN", { n: 1 }) },
        { value: "2", label: t("common.cycleN", { n: 2 }) },
      ])}
      {select(
        "chapter",
        t("filters.chapter"),
        CHAPTER_IDS.map((c) => ({ value: c, label: l.chapterWithTitle(c) })),
      )}
      {select(
        "article",
        t("filters.article"),
        ARTICLES.filter(
          (a) =>
            values.chapter === undefined || values.chapter === "" || a.chapter === values.chapter,
        ).map((a) => ({
          value: String(a.number),
          label: `${a.number}. ${l.articleTitle(a.number)}`,
        })),
      )}
      {select(
        "category",
        t("filters.category"),
        CATEGORY_IDS.map((c) => ({ value: c, label: l.category(c) })),
      )}
      {select(
        "region",
        t("filters.region"),
        REGIONAL_GROUP_IDS.map((r) => ({ value: r, label: l.region(r) })),
      )}
      {select(
        "status",
        t("filters.status"),
        NEED_STATUSES.map((s) => ({ value: s, label: l.status(s) })),
      )}
    </div>
  );
}
