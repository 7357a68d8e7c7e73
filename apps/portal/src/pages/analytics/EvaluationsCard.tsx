/**
 * OECD-DAC evaluations (issue 15, deliverable 5): mean score per criterion and the number of
 * engagements evaluated, overall and by provider, region or grouping, as the providers and as the
 * beneficiary States rated them. Numbers through Intl; withheld counts read "<3".
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Card, ErrorState, SkeletonRows } from "../../components/ui";
import { shownCount } from "../../lib/disclosed";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterInputs, type RouterOutputs } from "../../lib/trpc";

type Evaluations = RouterOutputs["analytics"]["evaluations"];
type Row = Evaluations["provider"]["overall"];
type By = "byProvider" | "byRegion" | "byGrouping";
type Rater = "provider" | "state";

export function EvaluationsCard({
  query,
}: {
  query: NonNullable<RouterInputs["analytics"]["evaluations"]>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [rater, setRater] = useState<Rater>("state");
  const [by, setBy] = useState<By>("byProvider");
  const q = useQuery({
    ...trpc.analytics.evaluations.queryOptions(query),
    placeholderData: keepPreviousData,
  });
  if (q.isError)
    return (
      <Card title={t("evaluations.title")} id="evaluations">
        <ErrorState error={q.error} />
      </Card>
    );
  if (!q.data)
    return (
      <Card title={t("evaluations.title")} id="evaluations">
        <SkeletonRows />
      </Card>
    );
  const data = q.data;
  const side = data[rater];
  return (
    <Card title={t("evaluations.title")} id="evaluations">
      <p className="hint">{t("evaluations.lead")}</p>
      <EvaluationsView rater={rater} onRater={setRater} by={by} onBy={setBy} />
      {side.overall.engagements === 0 ? (
        <p>{t("evaluations.none")}</p>
      ) : (
        <EvaluationsTable data={data} rater={rater} by={by} />
      )}
      <p className="hint">{t("evaluations.scale")}</p>
    </Card>
  );
}

/** Whose ratings (the States' or the providers') and what the rows are (provider, region, grouping). */
function EvaluationsView({
  rater,
  onRater,
  by,
  onBy,
}: {
  rater: Rater;
  onRater: (r: Rater) => void;
  by: By;
  onBy: (b: By) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="filters" role="group" aria-label={t("evaluations.view")}>
      <div className="field field-inline">
        <label htmlFor="ev-rater">{t("evaluations.rater")}</label>
        <select id="ev-rater" value={rater} onChange={(e) => onRater(e.target.value as Rater)}>
          <option value="state">{t("evaluations.byState")}</option>
          <option value="provider">{t("evaluations.byProviderRater")}</option>
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor="ev-by">{t("evaluations.by")}</label>
        <select id="ev-by" value={by} onChange={(e) => onBy(e.target.value as By)}>
          <option value="byProvider">{t("evaluations.provider")}</option>
          <option value="byRegion">{t("evaluations.region")}</option>
          <option value="byGrouping">{t("evaluations.grouping")}</option>
        </select>
      </div>
    </div>
  );
}

/** A row's name: the provider's, the region's, or the grouping's ("no grouping" for none). */
function useRowLabel(by: By): (r: Row) => string {
  const { t } = useTranslation();
  const l = useLabels();
  return (r) =>
    by === "byProvider"
      ? (r.name ?? r.key)
      : by === "byRegion"
        ? l.region(r.key)
        : r.key === "none"
          ? t("evaluations.noGrouping")
          : l.category(r.key);
}

/** Mean score per criterion, one row per provider, region or grouping, then all together. */
function EvaluationsTable({ data, rater, by }: { data: Evaluations; rater: Rater; by: By }) {
  const { t, i18n } = useTranslation();
  const side = data[rater];
  const mean = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const label = useRowLabel(by);
  const cell = (m: number | null) => (m === null ? "–" : mean.format(m));
  const rows: [string, Row][] = [
    ...side[by].map((r) => [label(r), r] as [string, Row]),
    [t("evaluations.all"), side.overall],
  ];
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t("evaluations.title")}>
      <table className="table" id="evaluations-table">
        <caption className="visually-hidden">
          {t("evaluations.caption", {
            rater: rater === "state" ? t("evaluations.byState") : t("evaluations.byProviderRater"),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {t(
                `evaluations.${by === "byProvider" ? "provider" : by === "byRegion" ? "region" : "grouping"}`,
              )}
            </th>
            <th scope="col">{t("evaluations.engagements")}</th>
            {data.criteria.map((c) => (
              <th scope="col" key={c}>
                {t(`evaluations.criterion.${c}`)}
              </th>
            ))}
            <th scope="col">{t("evaluations.mean")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, r]) => (
            <tr key={`${by}-${r.key || "all"}`}>
              <th scope="row">{name}</th>
              <td>{shownCount(r.engagements, data.disclosure.suppressedBelow, i18n.language)}</td>
              {data.criteria.map((c) => (
                <td key={c}>{cell(r.criteria[c]?.mean ?? null)}</td>
              ))}
              <td>{cell(r.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
