import { FilterBar, SelectFilter, TextFilter } from "../../components/form";
import { pageItems, PagedList } from "../../components/Paged";
import { useUrlParams } from "../../lib/useUrlParams";
import type { RegionalGroupId } from "@tahub/domain";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { RegionSelect } from "../../components/RegionSelect";
import { Badge, Card, PageHeader } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { useDebounced } from "../../lib/useDebounced";

type Expert = RouterOutputs["experts"]["list"]["items"][number];
type Balance = RouterOutputs["experts"]["balance"];
const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es", "pt"] as const;

/** The directory's filters (in the URL); those who keep entries also filter by their own. */
function ExpertFilters({
  keeps,
  byNationality,
}: {
  keeps: boolean;
  byNationality: Balance["byNationality"];
}) {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const s = useSession();
  const n = new Intl.NumberFormat(i18n.language);
  const { params, set } = useUrlParams();
  const count = new Map(byNationality.map((x) => [x.nationality, x.experts]));
  const check = (key: "mine" | "unlisted", label: string) => (
    <label className="check">
      <input
        type="checkbox"
        checked={params.get(key) === "1"}
        onChange={(e) => set(key, e.target.checked ? "1" : "")}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <FilterBar>
      <TextFilter id="e-q" value={params.get("q") ?? ""} onChange={(v) => set("q", v)} />
      <SelectFilter
        id="e-lang"
        label={t("experts.language")}
        value={params.get("language") ?? ""}
        onChange={(v) => set("language", v)}
        options={LANGUAGES}
        optionLabel={(x) => t(`language.${x}`)}
      />
      <RegionSelect
        id="e-region"
        label={t("experts.region")}
        anyLabel={t("filters.any")}
        value={(params.get("region") ?? "") as RegionalGroupId | ""}
        onChange={(r) => set("region", r)}
      />
      <SelectFilter
        id="e-nat"
        label={t("experts.nationality")}
        value={params.get("nationality") ?? ""}
        onChange={(v) => set("nationality", v)}
        options={byNationality.map((x) => x.nationality)}
        optionLabel={(x) => `${l.state(x)} (${n.format(count.get(x) ?? 0)})`}
      />
      {keeps ? (
        <>
          {check("mine", s.isSecretariat ? t("expertEdit.all") : t("expertEdit.mine"))}
          {check("unlisted", t("expertEdit.onlyUnlisted"))}
        </>
      ) : null}
    </FilterBar>
  );
}

/** How the listed experts spread over the regional groups, as counts and shares. */
function ExpertsBalance({ balance }: { balance: Balance }) {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const n = new Intl.NumberFormat(i18n.language);
  const pct = new Intl.NumberFormat(i18n.language, { style: "percent" });
  return (
    <Card title={t("experts.balance")} id="experts-balance">
      <p className="hint">{t("experts.balanceLead")}</p>
      <ul>
        {Object.entries(balance.byRegion)
          .sort((a, b) => b[1] - a[1])
          .map(([g, c]) => (
            <li key={g}>
              <span>{g === "unknown" ? t("experts.noNationality") : l.region(g)}</span>{" "}
              <strong>{n.format(c)}</strong>{" "}
              <span className="cell-sub">({pct.format(c / balance.total)})</span>
            </li>
          ))}
      </ul>
    </Card>
  );
}

function ExpertCard({ e }: { e: Expert }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <li>
      <article className="offer">
        <h3>
          <Link to={`/experts/${e.id}`}>{e.name}</Link>
        </h3>
        {!e.consentToList ? <Badge tone="warning">{t("expertEdit.unlisted")}</Badge> : null}
        <p className="cell-sub">
          {[e.currentPosition, e.organization, e.nationality ? l.state(e.nationality) : null]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <p>{e.summary.length > 200 ? `${e.summary.slice(0, 200)}…` : e.summary}</p>
        <p className="tags">
          {e.areas.slice(0, 4).map((a) => (
            <span key={a} className="tag">
              {a}
            </span>
          ))}
          {e.languages.map((x) => (
            <span key={x} className="tag tag-cat">
              {x.toUpperCase()}
            </span>
          ))}
        </p>
      </article>
    </li>
  );
}

/** The experts directory: only experts who consented to be listed appear. */
export default function ExpertsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const s = useSession();
  const { params } = useUrlParams();
  const q = useDebounced(params.get("q") ?? "", 250);
  const language = params.get("language") ?? "";
  const region = (params.get("region") ?? "") as RegionalGroupId | "";
  const nationality = params.get("nationality") ?? "";
  // donors (issue 15): the entries the caller keeps, and the unlisted ones (no consent yet).
  const keeps = s.isSecretariat || s.isDonor;
  const mine = keeps && params.get("mine") === "1";
  const unlisted = keeps && params.get("unlisted") === "1";
  const balance = useQuery(trpc.experts.balance.queryOptions());
  const list = useInfiniteQuery(
    trpc.experts.list.infiniteQueryOptions(
      {
        limit: 50,
        ...(q ? { q } : {}),
        ...(language ? { language } : {}),
        ...(region ? { region } : {}),
        ...(nationality ? { nationality } : {}),
        ...(mine ? { mine } : {}),
        ...(unlisted ? { unlisted } : {}),
      },
      { getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  const items = pageItems(list.data);
  return (
    <>
      <PageHeader
        title={t("experts.title")}
        lead={t("experts.lead")}
        actions={
          s.isSecretariat || s.isDonor ? (
            <Link to="/experts/new" className="button button-primary">
              {t("nav.addExpert")}
            </Link>
          ) : null
        }
      />
      <ExpertFilters keeps={keeps} byNationality={balance.data?.byNationality ?? []} />
      {balance.data && balance.data.total > 0 ? <ExpertsBalance balance={balance.data} /> : null}
      <PagedList list={list} count={items.length} empty={t("experts.empty")}>
        <ul className="cards-list cards-grid">
          {items.map((e) => (
            <ExpertCard key={e.id} e={e} />
          ))}
        </ul>
      </PagedList>
    </>
  );
}
