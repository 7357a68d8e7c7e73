import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Confidence, EmptyState, Reasons } from "./ui";

export interface MatchItem {
  id: string;
  title: string;
  score: number;
  reasons: readonly string[];
}

/** A ranked list of matches, each with its score and the reasons it matched. */
export function MatchList({ items, hrefOf, empty }: { items: readonly MatchItem[]; hrefOf?: (id: string) => string; empty: string }) {
  const { t } = useTranslation();
  if (!items.length) return <EmptyState title={empty} />;
  return (
    <ol className="matches">
      {items.map((m) => (
        <li key={m.id} className="match">
          <div className="match-head">
            {hrefOf ? <Link to={hrefOf(m.id)}>{m.title}</Link> : <span className="cell-strong">{m.title}</span>}
            <Confidence value={Math.max(0, Math.min(1, m.score))} label={t("match.score")} />
          </div>
          <Reasons reasons={m.reasons} />
        </li>
      ))}
    </ol>
  );
}
