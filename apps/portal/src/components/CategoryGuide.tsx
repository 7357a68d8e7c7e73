import { CATEGORY_IDS, GUIDELINE_RULES } from "@tahub/domain";
import { useTranslation } from "react-i18next";
import { useLabels } from "../lib/labels";

/**
 * The labelling guideline in brief, for whoever files or confirms a need: per grouping, the
 * kinds of request the guideline files there (its rules, in the domain's order, so the portal
 * cannot drift from what annotators, training data and the classifier follow).
 */
export function CategoryGuide() {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <details className="category-guide">
      <summary>{t("guideline.title")}</summary>
      <p>{t("guideline.lead")}</p>
      <dl>
        {CATEGORY_IDS.map((c) => (
          <div key={c}>
            <dt>{l.category(c)}</dt>
            <dd>
              <ul>
                {GUIDELINE_RULES.filter((r) => r.category === c).map((r) => (
                  <li key={r.id}>{t(`guideline.rules.${r.id}`)}</li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
