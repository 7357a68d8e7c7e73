import { TextFilter } from "../../components/form";
import { useUrlParams } from "../../lib/useUrlParams";
import type { RegionalGroupId } from "@tahub/domain";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { RegionSelect } from "../../components/RegionSelect";
import { Badge, Card, EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { useDebounced } from "../../lib/useDebounced";

/** The experts directory: only experts who consented to be listed appear. */
export default function ExpertsPage() {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const n = new Intl.NumberFormat(i18n.language);
  const trpc = useTRPC();
  const s = useSession();
  const { params, set } = useUrlParams();
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
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
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
      <div className="filters" role="group" aria-label={t("filters.label")}>
        <TextFilter id="e-q" value={params.get("q") ?? ""} onChange={(v) => set("q", v)} />
        <div className="field field-inline">
          <label htmlFor="e-lang">{t("experts.language")}</label>
          <select id="e-lang" value={language} onChange={(e) => set("language", e.target.value)}>
            <option value="">{t("filters.any")}</option>
            {["ar", "zh", "en", "fr", "ru", "es", "pt"].map((x) => (
              <option key={x} value={x}>
                {t(`language.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <RegionSelect
          id="e-region"
          label={t("experts.region")}
          anyLabel={t("filters.any")}
          value={region}
          onChange={(r) => set("region", r)}
        />
        <div className="field field-inline">
          <label htmlFor="e-nat">{t("experts.nationality")}</label>
          <select
            id="e-nat"
            value={nationality}
            onChange={(e) => set("nationality", e.target.value)}
          >
            <option value="">{t("filters.any")}</option>
            {(balance.data?.byNationality ?? []).map((x) => (
              <option key={x.nationality} value={x.nationality}>
                {`${l.state(x.nationality)} (${n.format(x.experts)})`}
              </option>
            ))}
          </select>
        </div>
        {keeps ? (
          <>
            <label className="check">
              <input
                type="checkbox"
                checked={mine}
                onChange={(e) => set("mine", e.target.checked ? "1" : "")}
              />
              <span>{s.isSecretariat ? t("expertEdit.all") : t("expertEdit.mine")}</span>
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={unlisted}
                onChange={(e) => set("unlisted", e.target.checked ? "1" : "")}
              />
              <span>{t("expertEdit.onlyUnlisted")}</span>
            </label>
          </>
        ) : null}
      </div>
      {balance.data && balance.data.total > 0 ? (
        <Card title={t("experts.balance")} id="experts-balance">
          <p className="hint">{t("experts.balanceLead")}</p>
          <ul>
            {Object.entries(balance.data.byRegion)
              .sort((a, b) => b[1] - a[1])
              .map(([g, c]) => (
                <li key={g}>
                  <span>{g === "unknown" ? t("experts.noNationality") : l.region(g)}</span>{" "}
                  <strong>{n.format(c)}</strong>{" "}
                  <span className="cell-sub">
                    (
                    {new Intl.NumberFormat(i18n.language, { style: "percent" }).format(
                      c / balance.data.total,
                    )}
                    )
                  </span>
                </li>
              ))}
          </ul>
        </Card>
      ) : null}
      {list.isPending ? (
        <SkeletonRows />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t("experts.empty")} />
      ) : (
        <ul className="cards-list cards-grid">
          {items.map((e) => (
            <li key={e.id}>
              <article className="offer">
                <h3>
                  <Link to={`/experts/${e.id}`}>{e.name}</Link>
                </h3>
                {!e.consentToList ? <Badge tone="warning">{t("expertEdit.unlisted")}</Badge> : null}
                <p className="cell-sub">
                  {[
                    e.currentPosition,
                    e.organization,
                    e.nationality ? l.state(e.nationality) : null,
                  ]
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
          ))}
        </ul>
      )}
      {list.hasNextPage ? (
        <div className="load-more">
          <button type="button" className="button" onClick={() => void list.fetchNextPage()}>
            {t("common.loadMore")}
          </button>
        </div>
      ) : null}
    </>
  );
}
