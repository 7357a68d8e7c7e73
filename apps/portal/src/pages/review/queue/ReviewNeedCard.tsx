import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Highlighted } from "../../../components/Highlighted";
import { Card } from "../../../components/ui";
import { evidenceWords } from "../../../lib/highlight";
import { useLabels } from "../../../lib/labels";
import type { RouterOutputs } from "../../../lib/trpc";

type QueueItem = RouterOutputs["classify"]["queue"]["items"][number];
type Suggestion = NonNullable<RouterOutputs["needs"]["byId"]["suggestion"]>;

/** The need under review: its text with the evidence marked, why it is here, its runner-up. */
export function ReviewNeedCard({
  need,
  suggestion,
  flash,
}: {
  need: QueueItem;
  suggestion: Suggestion | null | undefined;
  flash: string | null;
}) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <Card title={`${l.state(need.state)} · ${l.chapter(need.chapter)}`} id="review-need">
      {flash ? (
        <p className="flash" aria-hidden="true">
          {flash}
        </p>
      ) : null}
      <Highlighted text={need.text} terms={suggestion?.evidence ?? []} />
      <p className="hint">
        <Link to={`/needs/${need.id}`}>{t("review.openNeed")}</Link>
      </p>
      {suggestion ? (
        <p className="hint">
          {t("need.evidenceHint")}{" "}
          <span className="evidence-terms">
            {evidenceWords(need.text, suggestion.evidence).join(", ") || "–"}
          </span>
        </p>
      ) : null}
      {suggestion?.reason ? (
        <p className="hint">{t(`review.reason.${suggestion.reason}`, { defaultValue: "" })}</p>
      ) : null}
      {suggestion?.secondary ? (
        <p className="hint">
          {t("review.secondary", { category: l.category(suggestion.secondary.id) })}
        </p>
      ) : null}
    </Card>
  );
}
