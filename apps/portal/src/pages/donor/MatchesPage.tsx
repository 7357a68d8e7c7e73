import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EngagementForm } from "../../components/EngagementForm";
import { MatchList } from "../../components/MatchList";
import {
  Badge,
  Card,
  EmptyState,
  FitMeter,
  ErrorState,
  PageHeader,
  Reasons,
  SkeletonRows,
} from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { WaitingLongest } from "./WaitingLongest";

/** States and needs that match the provider's open offers, ranked, each with its reasons. */
export default function MatchesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { user } = useSession();
  const [southSouth, setSouthSouth] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const providerId = user?.providerId ?? undefined;
  const matches = useQuery({
    ...trpc.match.forProvider.queryOptions({ southSouth, ...(providerId ? { providerId } : {}) }),
    enabled: !!providerId,
  });

  if (!providerId) return <EmptyState title={t("matches.noProvider")} />;
  return (
    <>
      <PageHeader title={t("matches.title")} lead={t("matches.lead")} />
      <label className="check">
        <input
          type="checkbox"
          checked={southSouth}
          onChange={(e) => setSouthSouth(e.target.checked)}
        />
        <span>{t("matches.preferSouthSouth")}</span>
      </label>
      {matches.isPending ? (
        <SkeletonRows />
      ) : matches.isError ? (
        <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />
      ) : (
        <div className="grid-2 grid-wide-left">
          <Card title={t("matches.needs")} id="matching-needs">
            {matches.data.needs.length === 0 ? (
              <EmptyState title={t("matches.noNeeds")}>
                <Link to="/my/offers/new">{t("myOffers.new")}</Link>
              </EmptyState>
            ) : (
              <ol className="matches">
                {matches.data.needs.map((n) => (
                  <MatchingNeed
                    key={n.id}
                    need={n}
                    open={open === n.id}
                    onToggle={() => setOpen(open === n.id ? null : n.id)}
                  />
                ))}
              </ol>
            )}
          </Card>
          <MatchingStates states={matches.data.states} />
        </div>
      )}
      <WaitingLongest />
    </>
  );
}

type MatchingNeedRow = RouterOutputs["match"]["forProvider"]["needs"][number];

/** A need matching the provider's offers: the State, who supports it, and a support form. */
function MatchingNeed({
  need: n,
  open,
  onToggle,
}: {
  need: MatchingNeedRow;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <li className="match">
      <div className="match-head">
        <span>
          <span className="cell-strong">{l.state(n.state)}</span>{" "}
          {n.supporters.length ? (
            <Badge tone="warning">
              {t("matches.supportedBy", { list: n.supporters.join(", ") })}
            </Badge>
          ) : (
            <Badge tone="info">{t("matches.noSupportYet")}</Badge>
          )}
        </span>
        <FitMeter value={n.score} />
      </div>
      <p>
        <Link to={`/needs/${n.id}`}>{n.title}</Link>
      </p>
      <Reasons reasons={n.reasons} />
      <button
        type="button"
        className="button button-small"
        aria-expanded={open}
        aria-controls={`eng-${n.id}`}
        onClick={onToggle}
      >
        {t("engagement.offerSupport")}
        <span className="visually-hidden">: {l.state(n.state)}</span>
      </button>
      {open ? (
        <div id={`eng-${n.id}`}>
          <EngagementForm needId={n.id} />
        </div>
      ) : null}
    </li>
  );
}

/** The States whose needs match the offers, best first, each linking to its needs. */
function MatchingStates({ states }: { states: RouterOutputs["match"]["forProvider"]["states"] }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <Card title={t("matches.states")} id="matching-states">
      <MatchList
        items={states.map((s) => ({ ...s, id: s.state, title: l.state(s.state) }))}
        hrefOf={(iso) => `/needs?state=${iso}`}
        empty={t("matches.noStates")}
        scale="relative"
        initial={10}
      />
    </Card>
  );
}
