import { FilterBar, TextFilter } from "../../components/form";
import { pageItems, PagedList } from "../../components/Paged";
import { useUrlParams } from "../../lib/useUrlParams";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { useDebounced } from "../../lib/useDebounced";

type Expertise = RouterOutputs["expertise"]["list"]["items"][number];

function ExpertiseCard({ e, focused }: { e: Expertise; focused: boolean }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <li id={`exp-${e.id}`} className={focused ? "focused" : undefined}>
      <article className="offer">
        <h3>{e.title}</h3>
        <p className="cell-sub">
          {[e.state ? l.state(e.state) : null, e.providerName].filter(Boolean).join(" · ")}
        </p>
        <p>{e.description}</p>
        <p className="tags">
          {e.categories.map((c) => (
            <span key={c} className="tag tag-cat">
              {l.category(c)}
            </span>
          ))}
          {e.articles.length ? <span className="tag">{l.articles(e.articles)}</span> : null}
        </p>
        {e.contact ? (
          <p className="hint">
            {t("expertise.contact")}: {e.contact}
          </p>
        ) : null}
      </article>
    </li>
  );
}

/** The knowledge bank: expertise States and providers share. */
export default function ExpertisePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const s = useSession();
  const { params, set } = useUrlParams();
  const q = useDebounced(params.get("q") ?? "", 250);
  const focus = params.get("focus");
  const list = useInfiniteQuery(
    trpc.expertise.list.infiniteQueryOptions(
      { limit: 50, ...(q ? { q } : {}) },
      { getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  const items = pageItems(list.data);
  const loaded = items.some((i) => i.id === focus);
  useEffect(() => {
    if (focus && loaded)
      document.getElementById(`exp-${focus}`)?.scrollIntoView({ block: "center" });
  }, [focus, loaded]);
  return (
    <>
      <PageHeader
        title={t("expertise.title")}
        lead={t("expertise.lead")}
        actions={
          s.isState || s.isDonor || s.isSecretariat ? (
            <Link to="/expertise/new" className="button button-primary">
              {t("nav.publishExpertise")}
            </Link>
          ) : null
        }
      />
      <FilterBar>
        <TextFilter id="x-q" value={params.get("q") ?? ""} onChange={(v) => set("q", v)} />
      </FilterBar>
      <PagedList list={list} count={items.length} empty={t("expertise.empty")}>
        <ul className="cards-list">
          {items.map((e) => (
            <ExpertiseCard key={e.id} e={e} focused={e.id === focus} />
          ))}
        </ul>
      </PagedList>
    </>
  );
}
