import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { hrefFor } from "../../lib/links";
import { useHitText } from "../../lib/searchHit";
import { useTRPC } from "../../lib/trpc";

/** Full results of the global search, grouped by kind. */
export default function SearchPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const hitText = useHitText();
  const q = (params.get("q") ?? "").trim();
  const hits = useQuery({
    ...trpc.search.global.queryOptions({ q, limit: 50 }),
    enabled: q.length > 0,
  });
  const groups = new Map<string, NonNullable<typeof hits.data>>();
  for (const h of hits.data ?? []) groups.set(h.kind, [...(groups.get(h.kind) ?? []), h]);
  return (
    <>
      <PageHeader title={t("search.title")} lead={q ? t("search.for", { q }) : t("search.hint")} />
      {!q ? null : hits.isPending ? (
        <SkeletonRows />
      ) : hits.isError ? (
        <ErrorState error={hits.error} onRetry={() => void hits.refetch()} />
      ) : groups.size === 0 ? (
        <EmptyState title={t("search.none", { q })} />
      ) : (
        [...groups.entries()].map(([kind, list]) => (
          <section key={kind} className="card" aria-labelledby={`sr-${kind}`}>
            <h2 id={`sr-${kind}`}>{t(`kind.${kind}`)}</h2>
            <ul className="plain-list">
              {list.map((h) => (
                <li key={h.id}>
                  <Link to={hrefFor(h.kind, h.id)}>{hitText(h).title}</Link>
                  {hitText(h).subtitle ? (
                    <span className="cell-sub">{hitText(h).subtitle}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
