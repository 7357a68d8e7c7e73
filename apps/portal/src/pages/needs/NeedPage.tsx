import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { EngagementForm } from "../../components/EngagementForm";
import { Highlighted } from "../../components/Highlighted";
import { MatchList } from "../../components/MatchList";
import { StatusUpdate } from "../../components/StatusUpdate";
import { Badge, Card, Confidence, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { evidenceWords } from "../../lib/highlight";
import { statusTone, useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { ContactStateButton } from "../messages/ContactForm";
import { excerpt } from "./NeedsTable";
import { StateNeedActions } from "./components/StateNeedActions";

export default function NeedPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const s = useSession();
  const need = useQuery(trpc.needs.byId.queryOptions({ id }));
  const matches = useQuery({
    ...trpc.match.forNeed.queryOptions({ needId: id }),
    enabled: need.isSuccess,
  });
  const similar = useQuery({
    ...trpc.match.similar.queryOptions({ needId: id }),
    enabled: need.isSuccess,
  });

  if (need.isPending) return <Spinner />;
  if (need.isError)
    return (
      <>
        <PageHeader title={t("need.title")} />
        <ErrorState error={need.error} onRetry={() => void need.refetch()} />
      </>
    );
  const n = need.data;
  const suggestion = n.suggestion;
  // The classifier's evidence is stems ("dedic", "offici wit"); people read the words they matched.
  const evidence = evidenceWords(n.text, suggestion?.evidence ?? []);
  const canEdit = s.isSecretariat || (s.isState && s.user?.state === n.state);
  const fmt = (d: string | Date) =>
    new Date(d).toLocaleDateString(i18n.language, {
      year: "numeric",
      month: "short",
      day: "numeric",
    });

  return (
    <>
      <PageHeader
        title={t("need.titleOf", { state: l.state(n.state) })}
        lead={`${t("common.cycleN", { n: n.cycle })} · ${l.chapter(n.chapter)} · ${l.articles(n.articles)}`}
        actions={<Badge tone={statusTone(n.status)}>{l.status(n.status)}</Badge>}
      />
      <div className="grid-2">
        <div className="stack">
          <Card title={t("need.text")} id="need-text">
            <Highlighted text={n.text} terms={suggestion?.evidence ?? []} />
            {evidence.length ? (
              <p className="hint">
                {t("need.evidenceHint")}{" "}
                <span className="evidence-terms">{evidence.join(", ")}</span>
              </p>
            ) : null}
            <dl className="facts">
              <dt>{t("need.state")}</dt>
              <dd>
                <Link to={`/needs?state=${n.state}`}>{l.state(n.state)}</Link>{" "}
                <ContactStateButton state={n.state} needId={n.id} />
              </dd>
              <dt>{t("need.confidentiality")}</dt>
              <dd>{l.confidentiality(n.confidentiality)}</dd>
              {n.sourceRef ? (
                <>
                  <dt>{t("need.source")}</dt>
                  <dd>{n.sourceRef}</dd>
                </>
              ) : null}
              {n.genderResponsive ? (
                <>
                  <dt>{t("need.gender")}</dt>
                  <dd>{t("common.yes")}</dd>
                </>
              ) : null}
            </dl>
          </Card>

          <Card title={t("need.categorisation")} id="need-cat">
            {n.category || !n.cycle1Category ? (
              <p>
                {t("need.category")}: <strong>{l.category(n.category)}</strong>{" "}
                {n.reviewedAt ? (
                  <Badge tone="success">{t("need.reviewed")}</Badge>
                ) : (
                  <Badge tone="warning">{t("need.automatic")}</Badge>
                )}
              </p>
            ) : null}
            {n.cycle1Category ? (
              <p>
                {t("need.cycle1Category")}: <strong>{l.cycle1Category(n.cycle1Category)}</strong>
              </p>
            ) : null}
            {suggestion ? (
              <>
                <h3 className="h3">{t("need.suggestedCategories")}</h3>
                <ul className="score-list">
                  {suggestion.categories
                    .filter((c, i) => i === 0 || c.score >= 0.01)
                    .slice(0, 6)
                    .map((c) => (
                      <li key={c.id}>
                        <span>{l.category(c.id)}</span>
                        <Confidence value={c.score} />
                      </li>
                    ))}
                </ul>
                <h3 className="h3">{t("need.suggestedArticles")}</h3>
                <ul className="score-list">
                  {suggestion.articles.slice(0, 5).map((a) => (
                    <li key={a.article}>
                      <span>{l.article(a.article)}</span>
                      <Confidence value={a.score} />
                    </li>
                  ))}
                </ul>
                <p className="hint">
                  {suggestion.abstain ? t("need.abstained") : null}{" "}
                  {t("need.model", { version: suggestion.modelVersion })}
                </p>
              </>
            ) : (
              <p className="hint">{t("need.noSuggestion")}</p>
            )}
          </Card>

          {canEdit ? (
            <Card title={t("need.updateStatus")} id="need-status-update">
              <StatusUpdate needId={n.id} status={n.status} />
            </Card>
          ) : null}
          {/* States (issue 15, deliverable 3): edit, withdraw, correct, share, revisions. */}
          {canEdit ? <StateNeedActions need={n} /> : null}

          <Card title={t("need.history")} id="need-history">
            {n.statusHistory.length ? (
              <ol className="timeline">
                {n.statusHistory.map((h, i) => (
                  <li key={i}>
                    <span className="timeline-date">{fmt(h.at)}</span>
                    <span>
                      {h.from ? `${l.status(h.from)} → ` : ""}
                      <strong>{l.status(h.to)}</strong>
                      {h.note ? <span className="cell-sub">{h.note}</span> : null}
                    </span>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="hint">{t("need.noHistory")}</p>
            )}
          </Card>

          <Card title={t("need.engagements")} id="need-engagements">
            {n.engagements.length ? (
              <ul className="plain-list">
                {n.engagements.map((e) => (
                  <li key={e.id}>
                    <Link to={`/engagements/${e.id}`}>
                      <strong>{e.providerName ?? e.providerId}</strong>
                    </Link>{" "}
                    · <Badge>{l.engagement(e.status)}</Badge>
                    {e.description ? <span className="cell-sub">{e.description}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="hint">{t("need.noEngagements")}</p>
            )}
            {s.isDonor ? (
              <details className="inline-details">
                <summary>{t("engagement.offerSupport")}</summary>
                <EngagementForm needId={n.id} />
              </details>
            ) : null}
          </Card>
        </div>

        <div className="stack">
          <Card title={t("need.offers")} id="match-offers">
            {matches.isPending ? (
              <Spinner />
            ) : matches.isError ? (
              <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />
            ) : (
              <MatchList
                items={matches.data.offers}
                hrefOf={(oid) => `/offers/${oid}`}
                empty={t("need.noOffers")}
              />
            )}
          </Card>
          <Card
            title={t("need.partners")}
            id="match-partners"
            actions={
              <Link to={`/needs/${n.id}/partners`} className="button button-small">
                {t("need.allPartners")}
              </Link>
            }
          >
            {matches.isError ? (
              <ErrorState error={matches.error} />
            ) : matches.data ? (
              <MatchList
                items={matches.data.partners
                  .slice(0, 5)
                  .map((p) => ({ ...p, id: p.state, title: l.state(p.state) }))}
                hrefOf={(iso) => `/needs?state=${iso}`}
                empty={t("need.noPartners")}
                scale="relative"
              />
            ) : (
              <Spinner />
            )}
          </Card>
          <Card title={t("need.expertise")} id="match-expertise">
            {matches.isError ? (
              <ErrorState error={matches.error} />
            ) : matches.data ? (
              <MatchList
                items={matches.data.expertise}
                hrefOf={(eid) => `/expertise?focus=${eid}`}
                empty={t("need.noExpertise")}
              />
            ) : (
              <Spinner />
            )}
          </Card>
          <Card title={t("need.experts")} id="match-experts">
            {matches.isError ? (
              <ErrorState error={matches.error} />
            ) : matches.data ? (
              <MatchList
                items={matches.data.experts}
                hrefOf={(eid) => `/experts/${eid}`}
                empty={t("need.noExperts")}
              />
            ) : (
              <Spinner />
            )}
          </Card>
          <Card title={t("need.similar")} id="match-similar">
            {similar.isError ? (
              <ErrorState error={similar.error} onRetry={() => void similar.refetch()} />
            ) : similar.data ? (
              <MatchList
                items={similar.data.map((m) => ({
                  ...m,
                  title: excerpt(m.title, 120),
                  subtitleState: m.state,
                }))}
                scale="similarity"
                hrefOf={(nid) => `/needs/${nid}`}
                empty={t("need.noSimilar")}
              />
            ) : (
              <Spinner />
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
