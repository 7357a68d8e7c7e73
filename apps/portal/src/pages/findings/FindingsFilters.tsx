import {
  REGIONAL_GROUP_IDS,
  reviewedChapters,
  type ChapterId,
  type RegionalGroupId,
} from "@tahub/domain";
import { useTranslation } from "react-i18next";
import { RegionSelect } from "../../components/RegionSelect";
import { useLabels } from "../../lib/labels";

/** What the comparison is asked for, read from the page's URL (unknown values are ignored). */
export interface FindingsQuery {
  cycle: 1 | 2;
  chapter?: ChapterId | undefined;
  region?: RegionalGroupId | undefined;
  asAt?: string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readFindingsQuery(
  params: URLSearchParams,
): FindingsQuery & { asAtInvalid: boolean } {
  const cycle = params.get("cycle") === "1" ? 1 : 2;
  const chapterParam = params.get("chapter") as ChapterId | null;
  const regionParam = params.get("region") as RegionalGroupId | null;
  const asAtParam = params.get("asAt") ?? "";
  const asAtValid = DAY.test(asAtParam) && !Number.isNaN(Date.parse(`${asAtParam}T00:00:00Z`));
  return {
    cycle,
    chapter:
      chapterParam && reviewedChapters(cycle).includes(chapterParam) ? chapterParam : undefined,
    region: regionParam && REGIONAL_GROUP_IDS.includes(regionParam) ? regionParam : undefined,
    asAt: asAtValid ? asAtParam : undefined,
    asAtInvalid: asAtParam !== "" && !asAtValid,
  };
}

function CycleSelect({ cycle, set }: { cycle: 1 | 2; set: (k: string, v: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field field-inline">
      <label htmlFor="findings-cycle">{t("findings.cycle")}</label>
      <select
        id="findings-cycle"
        value={String(cycle)}
        onChange={(e) => {
          set("chapter", "");
          set("cycle", e.target.value === "1" ? "1" : "");
        }}
      >
        {[2, 1].map((c) => (
          <option key={c} value={c}>
            {t("common.cycleN", { n: c })}
          </option>
        ))}
      </select>
    </div>
  );
}

function ChapterSelect({ q, set }: { q: FindingsQuery; set: (k: string, v: string) => void }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <div className="field field-inline">
      <label htmlFor="findings-chapter">{t("findings.chapter")}</label>
      <select
        id="findings-chapter"
        value={q.chapter ?? ""}
        onChange={(e) => set("chapter", e.target.value)}
      >
        <option value="">{t("findings.allChapters")}</option>
        {reviewedChapters(q.cycle).map((c) => (
          <option key={c} value={c}>
            {l.chapter(c)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The as-at day, written yyyy-mm-dd in every language as the notes and the API write it. */
function AsAtField({
  value,
  invalid,
  set,
}: {
  value: string;
  invalid: boolean;
  set: (k: string, v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field-inline">
      <label htmlFor="findings-asAt">{`${t("analytics.filter.asAt")} (${t("wording.dayFormat")})`}</label>
      <input
        id="findings-asAt"
        key={value}
        type="text"
        inputMode="numeric"
        placeholder="2023-09-15"
        defaultValue={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? "findings-asAt-error" : undefined}
        onBlur={(e) => set("asAt", e.target.value.trim())}
      />
      {invalid ? (
        <span className="field-error" role="alert" id="findings-asAt-error">
          {t("wording.asAtInvalid")}
        </span>
      ) : null}
    </div>
  );
}

/** Cycle, chapter, regional group and as-at day, kept in the URL so a view can be shared. */
export function FindingsFilters({
  params,
  set,
}: {
  params: URLSearchParams;
  set: (k: string, v: string) => void;
}) {
  const { t } = useTranslation();
  const q = readFindingsQuery(params);
  return (
    <div className="filters" role="group" aria-label={t("filters.label")}>
      <CycleSelect cycle={q.cycle} set={set} />
      <ChapterSelect q={q} set={set} />
      <RegionSelect
        id="findings-region"
        label={t("filters.region")}
        anyLabel={t("findings.allRegions")}
        value={q.region ?? ""}
        onChange={(r) => set("region", r)}
      />
      <AsAtField value={params.get("asAt") ?? ""} invalid={q.asAtInvalid} set={set} />
    </div>
  );
}
