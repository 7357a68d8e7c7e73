import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLabels } from "../lib/labels";
import type { Reason } from "../lib/reasons";
import { Badge, EmptyState, FitMeter, Reasons } from "./ui";

export interface MatchItem {
  id: string;
  title: string;
  subtitle?: string;
  /** The ISO3 code of the State the subtitle names, worded here in the reader's language. */
  subtitleState?: string;
  score: number;
  reasons: readonly Reason[];
  duplicate?: boolean;
}

/**
 * A ranked list of matches, each with how well it fits and the reasons it matched.
 * `scale`: "fit" for the API's 0-1 fit, "similarity" for text similarity, "relative" for
 * unbounded scores (shown against the list's best). The first `initial` are shown; the rest
 * behind a "show all" button so a page of several lists stays readable.
 */
export function MatchList({
  items,
  hrefOf,
  empty,
  scale = "fit",
  initial = 5,
}: {
  items: readonly MatchItem[];
  hrefOf?: (id: string) => string;
  empty: string;
  scale?: "fit" | "similarity" | "relative";
  initial?: number;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (!items.length) return <EmptyState title={empty} />;
  const best = Math.max(...items.map((m) => m.score));
  const shown = all ? items : items.slice(0, initial);
  return (
    <>
      {scale === "relative" ? <p className="hint">{t("match.relativeLead")}</p> : null}
      <ol className="matches">
        {shown.map((m) => (
          <MatchRow key={m.id} match={m} hrefOf={hrefOf} scale={scale} best={best} />
        ))}
      </ol>
      {items.length > initial ? (
        <button
          type="button"
          className="button button-small"
          aria-expanded={all}
          onClick={() => setAll((a) => !a)}
        >
          {all ? t("match.showFewer") : t("match.showAll", { count: items.length })}
        </button>
      ) : null}
    </>
  );
}

/** One match: its title (a link when `hrefOf` is given), where it is from, its fit and reasons. */
function MatchRow({
  match: m,
  hrefOf,
  scale,
  best,
}: {
  match: MatchItem;
  hrefOf?: (id: string) => string;
  scale: "fit" | "similarity" | "relative";
  best: number;
}) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <li className="match">
      <div className="match-head">
        <span className="match-title">
          {hrefOf ? (
            <Link to={hrefOf(m.id)}>{m.title}</Link>
          ) : (
            <span className="cell-strong">{m.title}</span>
          )}
          {m.subtitleState || m.subtitle ? (
            <span className="cell-sub">
              {m.subtitleState ? l.state(m.subtitleState) : m.subtitle}
            </span>
          ) : null}
          {m.duplicate ? <Badge tone="warning">{t("match.duplicate")}</Badge> : null}
        </span>
        {scale === "relative" ? (
          <FitMeter value={m.score} relative={{ best }} />
        ) : (
          <FitMeter value={m.score} kind={scale} />
        )}
      </div>
      <Reasons reasons={m.reasons} />
    </li>
  );
}
