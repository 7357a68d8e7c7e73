import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { MatchList } from "../../../components/MatchList";
import { Card, ErrorState, Spinner } from "../../../components/ui";
import { useLabels } from "../../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";
import { excerpt } from "../NeedsTable";

interface QueryLike<T> {
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => Promise<unknown>;
}

/** A card's body from a query: its error (with a retry where asked), its data, or a spinner. */
function Loaded<T>({
  query,
  retry = false,
  children,
}: {
  query: QueryLike<T>;
  retry?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={retry ? () => void query.refetch() : undefined} />
    );
  return query.data === undefined ? <Spinner /> : <>{children(query.data)}</>;
}

type MatchesQuery = QueryLike<RouterOutputs["match"]["forNeed"]>;

/** The five best partner States, with a link to the full partners page. */
function PartnersCard({ needId, matches }: { needId: string; matches: MatchesQuery }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <Card
      title={t("need.partners")}
      id="match-partners"
      actions={
        <Link to={`/needs/${needId}/partners`} className="button button-small">
          {t("need.allPartners")}
        </Link>
      }
    >
      <Loaded query={matches}>
        {(m) => (
          <MatchList
            items={m.partners
              .slice(0, 5)
              .map((p) => ({ ...p, id: p.state, title: l.state(p.state) }))}
            hrefOf={(iso) => `/needs?state=${iso}`}
            empty={t("need.noPartners")}
            scale="relative"
          />
        )}
      </Loaded>
    </Card>
  );
}

/** Needs worded like this one (any State), by text similarity. */
function SimilarNeedsCard({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const similar = useQuery(trpc.match.similar.queryOptions({ needId }));
  return (
    <Card title={t("need.similar")} id="match-similar">
      <Loaded query={similar} retry>
        {(list) => (
          <MatchList
            items={list.map((m) => ({
              ...m,
              title: excerpt(m.title, 120),
              subtitleState: m.state,
            }))}
            scale="similarity"
            hrefOf={(nid) => `/needs/${nid}`}
            empty={t("need.noSimilar")}
          />
        )}
      </Loaded>
    </Card>
  );
}

/** The need's matches: offers, partner States, expertise, experts and similar needs. */
export function NeedMatches({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const matches = useQuery(trpc.match.forNeed.queryOptions({ needId }));
  return (
    <div className="stack">
      <Card title={t("need.offers")} id="match-offers">
        <Loaded query={matches} retry>
          {(m) => (
            <MatchList
              items={m.offers}
              hrefOf={(oid) => `/offers/${oid}`}
              empty={t("need.noOffers")}
            />
          )}
        </Loaded>
      </Card>
      <PartnersCard needId={needId} matches={matches} />
      <Card title={t("need.expertise")} id="match-expertise">
        <Loaded query={matches}>
          {(m) => (
            <MatchList
              items={m.expertise}
              hrefOf={(eid) => `/expertise?focus=${eid}`}
              empty={t("need.noExpertise")}
            />
          )}
        </Loaded>
      </Card>
      <Card title={t("need.experts")} id="match-experts">
        <Loaded query={matches}>
          {(m) => (
            <MatchList
              items={m.experts}
              hrefOf={(eid) => `/experts/${eid}`}
              empty={t("need.noExperts")}
            />
          )}
        </Loaded>
      </Card>
      <SimilarNeedsCard needId={needId} />
    </div>
  );
}
