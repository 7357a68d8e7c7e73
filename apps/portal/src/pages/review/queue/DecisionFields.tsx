import { CATEGORY_IDS, type CategoryId } from "@tahub/domain";
import { useTranslation } from "react-i18next";
import { Confidence } from "../../../components/ui";
import { useLabels } from "../../../lib/labels";

/** The six categories as radio choices, each with its shortcut key and the classifier's score. */
export function CategoryChoices({
  selected,
  scores,
  onPick,
}: {
  selected: CategoryId | null;
  scores: readonly { id: string; score: number }[];
  onPick: (c: CategoryId) => void;
}) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <fieldset className="choices">
      <legend>{t("review.category")}</legend>
      {CATEGORY_IDS.map((c, i) => {
        const score = scores.find((s) => s.id === c)?.score;
        const isSelected = selected === c;
        return (
          <label key={c} className={`choice${isSelected ? " selected" : ""}`}>
            <input
              type="radio"
              name="category"
              value={c}
              checked={isSelected}
              onChange={() => onPick(c)}
            />
            <kbd aria-hidden="true">{i + 1}</kbd>
            <span className="choice-label">{l.category(c)}</span>
            {score !== undefined ? <Confidence value={score} /> : null}
          </label>
        );
      })}
    </fieldset>
  );
}

/** The articles box: what it holds, what it cannot read, and the classifier's top three. */
export function ArticlesField({
  value,
  onChange,
  invalid,
  suggested,
}: {
  value: string;
  onChange: (v: string) => void;
  invalid: readonly string[];
  suggested: readonly number[];
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor="review-articles">{t("review.articles")}</label>
      <input
        id="review-articles"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby="review-articles-hint"
        aria-invalid={invalid.length > 0}
      />
      <p id="review-articles-hint" className="hint">
        {invalid.length
          ? t("review.badArticles", { list: invalid.join(", ") })
          : t("review.articlesHint")}
        {suggested.length
          ? ` ${t("review.suggestedArticles", { list: suggested.slice(0, 3).join(", ") })}`
          : ""}
      </p>
    </div>
  );
}
