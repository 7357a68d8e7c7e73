import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { describeError, errorCode } from "../lib/errors";
import { Link } from "react-router";
import { hasNavigated } from "../lib/focus";
import { useReasonText, type Reason } from "../lib/reasons";

/** The page's title block; its h1 takes focus after navigation so screen readers hear where they are. */
export function PageHeader({
  title,
  lead,
  actions,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · TA Hub`;
    if (hasNavigated()) ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <header className="page-header">
      <div>
        <h1 ref={ref} tabIndex={-1}>
          {title}
        </h1>
        {lead ? <p className="lead">{lead}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}

export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="spinner" role="status" aria-live="polite">
      <span className="spinner-dot" aria-hidden="true" />
      <span>{label ?? t("common.loading")}</span>
    </div>
  );
}

/** Placeholder rows while a table loads, so the layout does not jump. */
export function SkeletonRows({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="skeleton" role="status" aria-label={t("common.loading")}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-row" />
      ))}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <svg aria-hidden="true" width="40" height="40" viewBox="0 0 40 40">
        <circle
          cx="20"
          cy="20"
          r="18"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeDasharray="4 4"
        />
      </svg>
      <p className="empty-title">{title}</p>
      {children ? <div className="empty-body">{children}</div> : null}
    </div>
  );
}

/** An error, explained by its code; a login link for UNAUTHORIZED, a retry otherwise. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = errorCode(error);
  return (
    <div className="alert alert-error" role="alert">
      <p>{describeError(error, t)}</p>
      {code === "UNAUTHORIZED" ? (
        <Link to="/login" className="button">
          {t("nav.login")}
        </Link>
      ) : code !== "NOT_FOUND" && code !== "FORBIDDEN" && onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t("common.retry")}
        </button>
      ) : null}
    </div>
  );
}

export function Badge({
  children,
  tone = "neutral",
}: {
  children: ReactNode;
  tone?: "neutral" | "info" | "success" | "warning" | "danger";
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

/** A confidence (0..1) as a bar and a percentage; the number is always in the text. */
export function Confidence({ value, label }: { value: number; label?: string }) {
  const { i18n } = useTranslation();
  const pct = Math.round(value * 100);
  const tone = pct >= 70 ? "high" : pct >= 40 ? "mid" : "low";
  return (
    <span className={`confidence confidence-${tone}`}>
      <span className="confidence-bar" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </span>
      <span>
        {label ? `${label} ` : ""}
        {new Intl.NumberFormat(i18n.language, { style: "percent" }).format(pct / 100)}
      </span>
    </span>
  );
}

export type FitLevel = "strong" | "good" | "weak";

/** The API's 0-1 fit (a monotone squash of the engine's score, not a probability) as a level. */
function fitLevel(fit: number): FitLevel {
  return fit >= 0.8 ? "strong" : fit >= 0.6 ? "good" : "weak";
}

/**
 * How well a match fits, as a bar and a word, never as a bare percentage: the fit is a ranking
 * aid, not a probability. `relative` is for scores with no fixed scale (States, partners): the
 * bar is the share of the list's best score and the text says so.
 */
export function FitMeter({
  value,
  relative,
  kind = "fit",
}: {
  value: number;
  relative?: { best: number };
  kind?: "fit" | "similarity";
}) {
  const { t, i18n } = useTranslation();
  const share = relative
    ? relative.best > 0
      ? Math.max(0, value) / relative.best
      : 0
    : Math.max(0, Math.min(1, value));
  const pct = Math.round(share * 100);
  const level: FitLevel = relative
    ? share >= 0.85
      ? "strong"
      : share >= 0.6
        ? "good"
        : "weak"
    : kind === "similarity"
      ? value >= 0.5
        ? "strong"
        : value >= 0.35
          ? "good"
          : "weak"
      : fitLevel(value);
  const text = relative
    ? pct >= 100
      ? t("match.top")
      : t("match.ofTop", { pct })
    : t(`match.${kind}.${level}`);
  const title = relative
    ? t("match.relativeHint")
    : t(kind === "similarity" ? "match.similarityHint" : "match.fitHint", {
        value: new Intl.NumberFormat(i18n.language, {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        }).format(value),
      });
  return (
    <span className={`fit fit-${level}`} title={title}>
      <span className="fit-bar" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </span>
      <span className="fit-text">{text}</span>
    </span>
  );
}

/**
 * Reasons, the first few shown and the rest behind a disclosure, so long lists stay scannable.
 * The API sends typed reasons; they are worded here, in the reader's language.
 */
export function Reasons({
  reasons: typed,
  visible = 3,
}: {
  reasons: readonly Reason[];
  visible?: number;
}) {
  const { t } = useTranslation();
  const word = useReasonText();
  if (!typed.length) return null;
  const reasons = [...new Set(typed.map(word))];
  const head = reasons.slice(0, visible);
  const rest = reasons.slice(visible);
  return (
    <>
      <ul className="reasons">
        {head.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {rest.length ? (
        <details className="reasons-more">
          <summary>{t("match.moreReasons", { count: rest.length })}</summary>
          <ul className="reasons">
            {rest.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

export function Card({
  title,
  children,
  actions,
  id,
}: {
  title?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  id?: string;
}) {
  return (
    <section className="card" id={id} aria-labelledby={id && title ? `${id}-title` : undefined}>
      {title || actions ? (
        <div className="card-head">
          {title ? <h2 id={id ? `${id}-title` : undefined}>{title}</h2> : <span />}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
