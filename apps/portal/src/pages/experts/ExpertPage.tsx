import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Badge, Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { ContactExpertButton } from "../messages/ContactForm";

export default function ExpertPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const expert = useQuery(trpc.experts.byId.queryOptions({ id }));
  if (expert.isPending) return <Spinner />;
  if (expert.isError)
    return (
      <>
        <PageHeader title={t("experts.title")} />
        <ErrorState error={expert.error} />
      </>
    );
  const e = expert.data;
  return (
    <>
      <PageHeader
        title={e.name}
        lead={[e.currentPosition, e.organization].filter(Boolean).join(" · ")}
        actions={
          <>
            {!e.consentToList ? <Badge tone="warning">{t("expertEdit.unlisted")}</Badge> : null}
            {e.mayEdit ? (
              <Link to={`/experts/${e.id}/edit`} className="button">
                {t("expertEdit.edit")}
              </Link>
            ) : null}
            {!e.mayEdit ? <ContactExpertButton expertId={e.id} /> : null}
          </>
        }
      />
      <div className="grid-2">
        <ExpertSummary e={e} />
        <CvHistory e={e} />
      </div>
    </>
  );
}

type Expert = RouterOutputs["experts"]["byId"];

/** The roster facts: nationality, languages, articles, areas and availability. */
function ExpertSummary({ e }: { e: Expert }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <Card title={t("cv.summary")} id="cv-summary">
      <p>{e.summary || "–"}</p>
      <dl className="facts">
        <dt>{t("cv.nationality")}</dt>
        <dd>{e.nationality ? l.state(e.nationality) : "–"}</dd>
        <dt>{t("cv.languages")}</dt>
        <dd>{e.languages.map((x) => x.toUpperCase()).join(", ")}</dd>
        <dt>{t("cv.articles")}</dt>
        <dd>{l.articles(e.articles)}</dd>
        <dt>{t("cv.areas")}</dt>
        <dd>{e.areas.join(", ") || "–"}</dd>
        <dt>{t("cv.availability")}</dt>
        <dd>
          {[e.availableFrom, e.daysPerYear ? t("cv.daysPerYear", { n: e.daysPerYear }) : null]
            .filter(Boolean)
            .join(" · ") || "–"}
        </dd>
      </dl>
    </Card>
  );
}

/** The CV's history: employment, TA assignments and education. */
function CvHistory({ e }: { e: Expert }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Card title={t("cv.employment")} id="cv-employment">
        <ul className="plain-list">
          {e.employment.map((x, i) => (
            <li key={i}>
              <strong>{x.role}</strong>, {x.organization}{" "}
              <span className="cell-sub">{[x.from, x.to].filter(Boolean).join(" – ")}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("cv.assignments")} id="cv-assignments">
        <ul className="plain-list">
          {e.assignments.map((x, i) => (
            <li key={i}>
              <strong>{x.role}</strong>, {x.organization}{" "}
              <span className="cell-sub">{[x.from, x.to].filter(Boolean).join(" – ")}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("cv.education")} id="cv-education">
        <ul className="plain-list">
          {e.education.map((x, i) => (
            <li key={i}>
              {x.degree}, {x.institution} <span className="cell-sub">{x.year}</span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
