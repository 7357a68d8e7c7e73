import { RegionSelect } from "../../components/RegionSelect";
import {
  REGIONAL_GROUP_IDS,
  reviewedChapters,
  type ChapterId,
  type RegionalGroupId,
} from "@tahub/domain";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Card, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useFormat } from "../../lib/numbers";
import { useTRPC } from "../../lib/trpc";
import { useUrlParams } from "../../lib/useUrlParams";
import { FindingForm } from "./FindingForm";
import { FindingsImport } from "./FindingsImport";

interface Counts {
  needs: number;
  needStates: number;
  challenges: number;
  challengeStates: number;
  recommendations: number;
  recommendationStates: number;
}

/**
 * Reviewers' findings against needs (issue 14, part 6), as the secretariat's notes set them side
 * by side: per article "N challenges across M States" beside the needs identified, then per
 * regional group; with the form and the import that record the findings. Secretariat only.
 */
export default function FindingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { params, set } = useUrlParams();
  const cycle = params.get("cycle") === "1" ? 1 : 2;
  const chapters = reviewedChapters(cycle);
  const chapterParam = params.get("chapter") as ChapterId | null;
  const chapter = chapterParam && chapters.includes(chapterParam) ? chapterParam : undefined;
  const regionParam = params.get("region") as RegionalGroupId | null;
  const region = regionParam && REGIONAL_GROUP_IDS.includes(regionParam) ? regionParam : undefined;
  const compare = useQuery(trpc.findings.compare.queryOptions({ cycle, chapter, region }));
  const l = useLabels();

  return (
    <>
      <PageHeader title={t("findings.title")} lead={t("findings.lead")} />
      <div className="filters" role="group" aria-label={t("filters.label")}>
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
        <div className="field field-inline">
          <label htmlFor="findings-chapter">{t("findings.chapter")}</label>
          <select
            id="findings-chapter"
            value={chapter ?? ""}
            onChange={(e) => set("chapter", e.target.value)}
          >
            <option value="">{t("findings.allChapters")}</option>
            {chapters.map((c) => (
              <option key={c} value={c}>
                {l.chapter(c)}
              </option>
            ))}
          </select>
        </div>
        <RegionSelect
          id="findings-region"
          label={t("filters.region")}
          anyLabel={t("findings.allRegions")}
          value={region ?? ""}
          onChange={(r) => set("region", r)}
        />
      </div>
      {compare.isError ? (
        <ErrorState error={compare.error} onRetry={() => void compare.refetch()} />
      ) : compare.isPending ? (
        <SkeletonRows rows={8} />
      ) : (
        <Comparison data={compare.data} />
      )}
      <FindingForm />
      <FindingsImport />
    </>
  );
}

function Comparison({
  data,
}: {
  data: {
    query: { cycle: number };
    byArticle: (Counts & { article: number; chapter: string })[];
    byRegion: (Counts & { region: string })[];
    total: Counts;
    demoFindings: number;
  };
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const l = useLabels();
  const n = f.number;
  const countHeads = (
    <>
      {(["needs", "needStates", "challenges", "challengeStates", "recommendations"] as const).map(
        (k) => (
          <th key={k} scope="col" className="num">
            {t(`findings.${k}`)}
          </th>
        ),
      )}
    </>
  );
  const cells = (c: Counts) => (
    <>
      <td className="num">{n(c.needs)}</td>
      <td className="num">{n(c.needStates)}</td>
      <td className="num">{n(c.challenges)}</td>
      <td className="num">{n(c.challengeStates)}</td>
      <td className="num">{n(c.recommendations)}</td>
    </>
  );
  // "N challenges across M States", as the notes write it under each article.
  const states = (k: number) => t("findings.stateCount", { count: k, n: n(k) });
  const sentence = (c: Counts) =>
    `${t("findings.across", {
      what: t("findings.challengeCount", { count: c.challenges, n: n(c.challenges) }),
      states: states(c.challengeStates),
    })} · ${t("findings.from", {
      what: t("findings.needCount", { count: c.needs, n: n(c.needs) }),
      states: states(c.needStates),
    })}`;
  return (
    <>
      <p role="status" id="findings-total">
        {t("common.cycleN", { n: data.query.cycle })}: {sentence(data.total)}
      </p>
      {data.demoFindings > 0 ? (
        <p className="alert alert-warning" id="findings-demo">
          {t("findings.demo", { count: data.demoFindings, n: n(data.demoFindings) })}
        </p>
      ) : null}
      <Card title={t("findings.byArticle")} id="findings-by-article">
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("findings.byArticle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("findings.article")}</th>
                {countHeads}
              </tr>
            </thead>
            <tbody>
              {data.byArticle.map((a) => (
                <tr key={a.article}>
                  <th scope="row">
                    {l.article(a.article)}
                    <br />
                    <span className="hint">{sentence(a)}</span>
                  </th>
                  {cells(a)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title={t("findings.byRegion")} id="findings-by-region">
        <p className="hint">{t("findings.regionNote")}</p>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("findings.byRegion")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("filters.region")}</th>
                {countHeads}
              </tr>
            </thead>
            <tbody>
              {data.byRegion.map((r) => (
                <tr key={r.region}>
                  <th scope="row">{l.region(r.region)}</th>
                  {cells(r)}
                </tr>
              ))}
              <tr>
                <th scope="row">{t("findings.total")}</th>
                {cells(data.total)}
              </tr>
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
