import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EngagementForm } from "../../../components/EngagementForm";
import { Highlighted } from "../../../components/Highlighted";
import { Badge, Card, Confidence } from "../../../components/ui";
import { evidenceWords } from "../../../lib/highlight";
import { useLabels } from "../../../lib/labels";
import type { RouterOutputs } from "../../../lib/trpc";
import { ContactStateButton } from "../../messages/ContactForm";

/** A need as its page reads it (needs.byId). */
export type NeedDetail = RouterOutputs["needs"]["byId"];

/** The need's text with the classifier's evidence marked, and its facts. */
export function NeedTextCard({ need: n }: { need: NeedDetail }) {
  const { t } = useTranslation();
  const l = useLabels();
  const suggestion = n.suggestion;
  // The classifier's evidence is stems ("dedic", "offici wit"); people read the words they matched.
  const evidence = evidenceWords(n.text, suggestion?.evidence ?? []);
  return (
    <Card title={t("need.text")} id="need-text">
      <Highlighted text={n.text} terms={suggestion?.evidence ?? []} />
      {evidence.length ? (
        <p className="hint">
          {t("need.evidenceHint")} <span className="evidence-terms">{evidence.join(", ")}</span>
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
  );
}

/**
 * The need's category (reviewed or automatic), its first-cycle category, and the classifier's
 * suggestions: the top category always, the next ones from 1% up, six at most; five articles.
 */
export function NeedCategorisationCard({ need: n }: { need: NeedDetail }) {
  const { t } = useTranslation();
  const l = useLabels();
  const suggestion = n.suggestion;
  return (
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
  );
}

/** The need's status changes, oldest first, each with its date and note. */
export function NeedHistoryCard({ need: n }: { need: NeedDetail }) {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const date = new Intl.DateTimeFormat(i18n.language, {
    year: "numeric",
    month: "short",
    day: "numeric",
  });
  const fmt = (d: string | Date) => date.format(new Date(d));
  return (
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
  );
}

/** Who engaged on the need; a donor offers its support from here. */
export function NeedEngagementsCard({ need: n, isDonor }: { need: NeedDetail; isDonor: boolean }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
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
      {isDonor ? (
        <details className="inline-details">
          <summary>{t("engagement.offerSupport")}</summary>
          <EngagementForm needId={n.id} />
        </details>
      ) : null}
    </Card>
  );
}
