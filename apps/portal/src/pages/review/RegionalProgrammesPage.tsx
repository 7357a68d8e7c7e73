import type { RegionalGroupId } from "@tahub/domain";
import { useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge, Card, EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useFormat } from "../../lib/numbers";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { RegionSelect } from "../../components/RegionSelect";

type Programme = RouterOutputs["match"]["regionalProgrammes"][number];

/** The regional group (or any) and the fewest States a proposal must bring together. */
function ProgrammeFilters({
  region,
  onRegion,
  minStates,
  onMinStates,
}: {
  region: RegionalGroupId | "";
  onRegion: (region: RegionalGroupId | "") => void;
  minStates: number;
  onMinStates: (n: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="filters" role="group" aria-label={t("filters.label")}>
      <RegionSelect
        id="programmes-region"
        label={t("programmes.region")}
        anyLabel={t("programmes.anyRegion")}
        value={region}
        onChange={onRegion}
      />
      <div className="field field-inline">
        <label htmlFor="programmes-min">{t("programmes.minStates")}</label>
        <select
          id="programmes-min"
          value={minStates}
          onChange={(e) => onMinStates(Number(e.target.value))}
        >
          {[2, 3, 4, 5, 6].map((n) => (
            <option key={n} value={n}>
              {f.number(n)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** One entry folded over its items: its name and how many, the items once opened. */
function Folded({ name, count, children }: { name: string; count: string; children: ReactNode }) {
  return (
    <details>
      <summary>
        <span className="cell-strong">{name}</span> <span className="cell-sub">{count}</span>
      </summary>
      <ul>{children}</ul>
    </details>
  );
}

/** The States whose open needs coincide, each folded over its needs. */
function ProgrammeStates({ states }: { states: Programme["states"] }) {
  const { t } = useTranslation();
  const l = useLabels();
  const f = useFormat();
  return (
    <div>
      <h3>{t("programmes.states")}</h3>
      <ul>
        {states.map((s) => (
          <li key={s.state}>
            {/* Folded: a proposal can name dozens of States, and the page lists every
                proposal; the reader opens the States of interest. */}
            <Folded
              name={l.state(s.state)}
              count={t("programmes.stateNeeds", {
                count: s.needs.length,
                n: f.number(s.needs.length),
              })}
            >
              {s.needs.map((n) => (
                <li key={n.id}>
                  <Link to={`/needs/${n.id}`}>{n.excerpt}</Link>{" "}
                  <span className="cell-sub">{l.status(n.status)}</span>
                </li>
              ))}
            </Folded>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The providers whose open offers on the topic reach the region, each folded over its offers. */
function ProgrammeProviders({ providers }: { providers: Programme["providers"] }) {
  const { t } = useTranslation();
  const l = useLabels();
  const f = useFormat();
  return (
    <div>
      <h3>{t("programmes.providers")}</h3>
      {providers.length === 0 ? (
        <p className="hint">{t("programmes.noProviders")}</p>
      ) : (
        <ul>
          {providers.map((pr) => (
            <li key={pr.providerId}>
              <Folded
                name={pr.provider}
                count={t("programmes.offersCount", {
                  count: pr.offers.length,
                  n: f.number(pr.offers.length),
                })}
              >
                {pr.offers.map((o) => (
                  <li key={o.id}>
                    <Link to={`/offers/${o.id}`}>{o.title}</Link>{" "}
                    <span className="cell-sub">
                      {t("programmes.reaches", {
                        list: o.states.map((s) => l.state(s)).join(", "),
                      })}
                    </span>
                  </li>
                ))}
              </Folded>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One proposal: topic and region, how many States and needs, its articles, States and providers. */
function ProgrammeCard({ p }: { p: Programme }) {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const f = useFormat();
  const lang = i18n.language.slice(0, 2);
  const label = (labels: { en: string; fr: string; es: string }) =>
    lang === "fr" || lang === "es" ? labels[lang] : labels.en;
  return (
    <Card
      id={`programme-${p.region}-${p.concept}`}
      title={`${label(p.labels)} · ${l.region(p.region)}`}
      actions={
        <Badge tone="info">
          {t("programmes.summary", {
            states: f.number(p.stateCount),
            needs: f.number(p.needCount),
          })}
        </Badge>
      }
    >
      {p.articles.length ? (
        <p className="hint">{t("programmes.articles", { list: l.articles(p.articles) })}</p>
      ) : null}
      <div className="grid-2">
        <ProgrammeStates states={p.states} />
        <ProgrammeProviders providers={p.providers} />
      </div>
    </Card>
  );
}

/**
 * Regional programme proposals for the secretariat's review (`match.regionalProgrammes`): a
 * topic on which open needs of several States of one regional group coincide, the States and
 * their needs, and the providers whose open offers on the topic reach that region. It creates
 * nothing; a programme is designed with the States and providers it names.
 */
export default function RegionalProgrammesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [region, setRegion] = useState<RegionalGroupId | "">("");
  const [minStates, setMinStates] = useState(3);
  const programmes = useQuery(
    trpc.match.regionalProgrammes.queryOptions({ minStates, ...(region ? { region } : {}) }),
  );
  return (
    <>
      <PageHeader title={t("programmes.title")} lead={t("programmes.lead")} />
      <ProgrammeFilters
        region={region}
        onRegion={setRegion}
        minStates={minStates}
        onMinStates={setMinStates}
      />
      {programmes.isPending ? (
        <SkeletonRows />
      ) : programmes.isError ? (
        <ErrorState error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : programmes.data.length === 0 ? (
        <EmptyState title={t("programmes.empty")} />
      ) : (
        programmes.data.map((p) => <ProgrammeCard key={`${p.region}-${p.concept}`} p={p} />)
      )}
    </>
  );
}
