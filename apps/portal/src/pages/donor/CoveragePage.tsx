import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge, EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { downloadText, toCsv } from "../../lib/download";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";

type Coverage = RouterOutputs["match"]["coverage"];

/** The coverage as a CSV: one line per need, its supporters and whether they overlap. */
function downloadCoverage(rows: Coverage) {
  downloadText(
    toCsv(
      ["need", "state", "score", "supporters", "overlap"],
      rows.map((r) => [
        r.needId,
        r.state,
        r.score.toFixed(3),
        r.supporters.map((s) => `${s.provider} (${s.status})`).join("; "),
        r.overlap,
      ]),
    ),
    "tahub-coverage.csv",
  );
}

/** Which of the needs that match my offers already have support, from whom; overlaps flagged. */
export default function CoveragePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { user } = useSession();
  const providerId = user?.providerId ?? undefined;
  const coverage = useQuery({
    ...trpc.match.coverage.queryOptions(providerId ? { providerId } : {}),
    enabled: !!providerId,
  });
  if (!providerId) return <EmptyState title={t("matches.noProvider")} />;
  const rows = coverage.data ?? [];

  return (
    <>
      <PageHeader
        title={t("coverage.title")}
        lead={t("coverage.lead")}
        actions={
          rows.length ? (
            <button type="button" className="button" onClick={() => downloadCoverage(rows)}>
              {t("coverage.csv")}
            </button>
          ) : null
        }
      />
      {coverage.isPending ? (
        <SkeletonRows />
      ) : coverage.isError ? (
        <ErrorState error={coverage.error} onRetry={() => void coverage.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t("coverage.empty")} />
      ) : (
        <>
          <CoverageStats rows={rows} />
          <CoverageTable rows={rows} />
        </>
      )}
    </>
  );
}

/** How many needs match, how many have support, how many not, and how many overlap. */
function CoverageStats({ rows }: { rows: Coverage }) {
  const { t } = useTranslation();
  const supported = rows.filter((r) => r.supporters.length > 0).length;
  const overlaps = rows.filter((r) => r.overlap).length;
  return (
    <section className="stats" aria-label={t("coverage.summary")}>
      <div className="stat">
        <span className="stat-value">{rows.length}</span>
        <span className="stat-label">{t("coverage.matched")}</span>
      </div>
      <div className="stat">
        <span className="stat-value">{supported}</span>
        <span className="stat-label">{t("coverage.supported")}</span>
      </div>
      <div className="stat">
        <span className="stat-value">{rows.length - supported}</span>
        <span className="stat-label">{t("coverage.unsupported")}</span>
      </div>
      <div className="stat">
        <span className="stat-value">{overlaps}</span>
        <span className="stat-label">{t("coverage.overlaps")}</span>
      </div>
    </section>
  );
}

function CoverageTable({ rows }: { rows: Coverage }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-stack">
        <caption className="visually-hidden">{t("coverage.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("needs.col.state")}</th>
            <th scope="col">{t("needs.col.need")}</th>
            <th scope="col">{t("coverage.supporters")}</th>
            <th scope="col">{t("coverage.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <CoverageRow key={r.needId} r={r} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One need: its State, its text (cut at 160 characters), its supporters and its status. */
function CoverageRow({ r }: { r: Coverage[number] }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <tr>
      <td data-label={t("needs.col.state")} className="cell-strong">
        {l.state(r.state)}
      </td>
      <td data-label={t("needs.col.need")} className="cell-text">
        <Link to={`/needs/${r.needId}`}>
          {r.text.length > 160 ? `${r.text.slice(0, 160)}…` : r.text}
        </Link>
      </td>
      <td data-label={t("coverage.supporters")}>
        {r.supporters.length
          ? r.supporters.map((s) => (
              <span key={`${s.providerId}-${s.status}`} className="cell-sub">
                {s.provider} · {l.engagement(s.status)}
              </span>
            ))
          : "–"}
      </td>
      <td data-label={t("coverage.status")}>
        {r.overlap ? (
          <Badge tone="danger">{t("coverage.overlap")}</Badge>
        ) : r.supportedByMe ? (
          <Badge tone="success">{t("coverage.byMe")}</Badge>
        ) : r.supporters.length ? (
          <Badge tone="warning">{t("coverage.byOthers")}</Badge>
        ) : (
          <Badge tone="info">{t("coverage.open")}</Badge>
        )}
      </td>
    </tr>
  );
}
