import { useTranslation } from "react-i18next";
import { Card } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useFormat } from "../../lib/numbers";
import type { RouterOutputs } from "../../lib/trpc";

/** The comparison as the API returns it (the type is inferred from the router, never copied). */
export type ComparisonData = RouterOutputs["findings"]["compare"];
export type Counts = ComparisonData["total"];

const COLUMNS = [
  "needs",
  "needStates",
  "challenges",
  "challengeStates",
  "recommendations",
] as const;

function CountHeads() {
  const { t } = useTranslation();
  return (
    <>
      {COLUMNS.map((k) => (
        <th key={k} scope="col" className="num">
          {t(`findings.${k}`)}
        </th>
      ))}
    </>
  );
}

function CountCells({ c }: { c: Counts }) {
  const n = useFormat().number;
  return (
    <>
      {COLUMNS.map((k) => (
        <td key={k} className="num">
          {n(c[k])}
        </td>
      ))}
    </>
  );
}

/** "N challenges across M States · K needs from L States", as the notes write it under an article. */
function useSentence(): (c: Counts) => string {
  const { t } = useTranslation();
  const n = useFormat().number;
  const states = (k: number) => t("findings.stateCount", { count: k, n: n(k) });
  return (c) =>
    `${t("findings.across", {
      what: t("findings.challengeCount", { count: c.challenges, n: n(c.challenges) }),
      states: states(c.challengeStates),
    })} · ${t("findings.from", {
      what: t("findings.needCount", { count: c.needs, n: n(c.needs) }),
      states: states(c.needStates),
    })}`;
}

function ByArticle({ rows }: { rows: ComparisonData["byArticle"] }) {
  const { t } = useTranslation();
  const l = useLabels();
  const sentence = useSentence();
  return (
    <Card title={t("findings.byArticle")} id="findings-by-article">
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t("findings.byArticle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("findings.article")}</th>
              <CountHeads />
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.article}>
                <th scope="row">
                  {l.article(a.article)}
                  <br />
                  <span className="hint">{sentence(a)}</span>
                </th>
                <CountCells c={a} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function ByRegion({ rows, total }: { rows: ComparisonData["byRegion"]; total: Counts }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <Card title={t("findings.byRegion")} id="findings-by-region">
      <p className="hint">{t("findings.regionNote")}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t("findings.byRegion")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("filters.region")}</th>
              <CountHeads />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.region}>
                <th scope="row">{l.region(r.region)}</th>
                <CountCells c={r} />
              </tr>
            ))}
            <tr>
              <th scope="row">{t("findings.total")}</th>
              <CountCells c={total} />
            </tr>
          </tbody>
        </table>
      </div>
    </Card>
  );
}

/**
 * Needs against findings as the notes set them side by side: the sentence for the whole cycle
 * (as at the day asked, if any), per article, then per regional group with the total.
 */
export function Comparison({ data }: { data: ComparisonData }) {
  const { t } = useTranslation();
  const f = useFormat();
  const sentence = useSentence();
  const asAt = data.query.asAt ? ` (${t("analytics.filter.asAt")} ${f.day(data.query.asAt)})` : "";
  return (
    <>
      <p role="status" id="findings-total">
        {t("common.cycleN", { n: data.query.cycle })}
        {asAt}: {sentence(data.total)}
      </p>
      {data.demoFindings > 0 ? (
        <p className="alert alert-warning" id="findings-demo">
          {t("findings.demo", { count: data.demoFindings, n: f.number(data.demoFindings) })}
        </p>
      ) : null}
      <ByArticle rows={data.byArticle} />
      <ByRegion rows={data.byRegion} total={data.total} />
    </>
  );
}
