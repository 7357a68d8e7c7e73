import { useTranslation } from "react-i18next";
import { CategoryGuide } from "../../components/CategoryGuide";
import { Confidence } from "../../components/ui";
import { evidenceWords } from "../../lib/highlight";
import { useLabels } from "../../lib/labels";
import type { NewNeed } from "./useNewNeed";

type Suggestion = NonNullable<NewNeed["suggestion"]>;

/** The suggested articles, each adopted with one click; or why none is suggested. */
function SuggestedArticles({ s, onArticle }: { s: Suggestion; onArticle: (n: number) => void }) {
  const { t } = useTranslation();
  const l = useLabels();
  if (!s.articles.length)
    return <p className="hint">{t("newNeed.noArticle", { chapter: l.chapter(s.chapter) })}</p>;
  return (
    <ul className="score-list" data-testid="suggested-articles">
      {s.articles.slice(0, 4).map((a) => (
        <li key={a.article}>
          <button type="button" className="link-button" onClick={() => onArticle(a.article)}>
            {t("newNeed.useArticle", { n: a.article })}
            <span className="cell-sub">{l.articleTitle(a.article)}</span>
          </button>
          <Confidence value={a.score} />
        </li>
      ))}
    </ul>
  );
}

/** What the classifier suggests for the text as typed: category, articles and evidence. */
export function NeedSuggestions({ need }: { need: NewNeed }) {
  const { t } = useTranslation();
  const l = useLabels();
  const s = need.suggestion;
  if (!s) return <p className="hint">{t("newNeed.typeMore")}</p>;
  const evidence = evidenceWords(need.debounced, s.evidence);
  return (
    <>
      <h3 className="h3">{t("newNeed.suggestedCategory")}</h3>
      <p className="suggested-category" data-testid="suggested-category">
        <strong>{l.category(s.categories[0]?.id)}</strong>{" "}
        {s.categories[0] ? <Confidence value={s.categories[0].score} /> : null}
      </p>
      <ul className="score-list">
        {s.categories.slice(1, 3).map((c) => (
          <li key={c.id}>
            <span>{l.category(c.id)}</span>
            <Confidence value={c.score} />
          </li>
        ))}
      </ul>
      <h3 className="h3">{t("newNeed.suggestedArticles")}</h3>
      <SuggestedArticles s={s} onArticle={need.addArticle} />
      {evidence.length ? (
        <p className="hint">
          {t("need.evidenceHint")} <span className="evidence-terms">{evidence.join(", ")}</span>
        </p>
      ) : null}
      {s.abstain ? <p className="hint">{t("newNeed.abstain")}</p> : null}
      <CategoryGuide />
    </>
  );
}
