import type { RegionalGroupId } from "@tahub/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge, Card, EmptyState, ErrorState, SkeletonRows } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useFormat } from "../../lib/numbers";
import { useTRPC } from "../../lib/trpc";
import { RegionSelect } from "../../components/RegionSelect";

/**
 * "Waiting longest": open needs nobody has engaged on, oldest first (`match.waiting`), so a
 * donor sees where assistance has been missing longest, not only what fits its offers best.
 */
export function WaitingLongest({ limit = 10 }: { limit?: number }) {
  const { t } = useTranslation();
  const l = useLabels();
  const f = useFormat();
  const trpc = useTRPC();
  const [region, setRegion] = useState<RegionalGroupId | "">("");
  const waiting = useQuery(
    trpc.match.waiting.queryOptions({ limit, ...(region ? { region } : {}) }),
  );
  return (
    <Card
      title={t("waiting.title")}
      id="waiting-longest"
      actions={
        <RegionSelect
          id="waiting-region"
          label={t("waiting.region")}
          anyLabel={t("waiting.anyRegion")}
          value={region}
          onChange={setRegion}
        />
      }
    >
      <p className="hint">{t("waiting.lead")}</p>
      {waiting.isPending ? (
        <SkeletonRows rows={3} />
      ) : waiting.isError ? (
        <ErrorState error={waiting.error} onRetry={() => void waiting.refetch()} />
      ) : waiting.data.length === 0 ? (
        <EmptyState title={t("waiting.empty")} />
      ) : (
        <ol className="matches">
          {waiting.data.map((w) => (
            <li key={w.id} className="match">
              <div className="match-head">
                <span className="cell-strong">{l.state(w.state)}</span>
                <Badge tone={w.days >= 365 ? "warning" : "info"}>
                  {t("waiting.days", { count: w.days, days: f.number(w.days) })}
                </Badge>
              </div>
              <p>
                <Link to={`/needs/${w.id}`}>{w.excerpt}</Link>
              </p>
              <p className="cell-sub">
                {t("waiting.since", { date: f.day(w.waitingSince) })} ·{" "}
                {w.offers === 0
                  ? t("waiting.noOffers")
                  : t("waiting.offers", { count: w.offers, n: f.number(w.offers) })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
