import { useTranslation } from "react-i18next";
import { ConfidentialityField, errorFor, Field } from "../../components/form";
import { describeError } from "../../lib/errors";
import { useSession } from "../../lib/session";
import { CreatedNotice, DuplicateWarning } from "./NewNeedNotices";
import type { NewNeed } from "./useNewNeed";

/** The State (secretariat only), the need's text and its articles. */
function TextFields({ need }: { need: NewNeed }) {
  const { t } = useTranslation();
  const { isSecretariat } = useSession();
  const { draft, errors } = need;
  return (
    <>
      {isSecretariat ? (
        <Field id="nn-state" label={t("newNeed.state")} error={errorFor(errors, "state")}>
          <input
            id="nn-state"
            value={draft.state}
            onChange={(e) => need.set.setState(e.target.value)}
            maxLength={3}
            placeholder="KEN"
          />
        </Field>
      ) : null}
      <Field
        id="nn-text"
        label={t("newNeed.text")}
        hint={t("newNeed.textHint")}
        error={errorFor(errors, "text")}
      >
        <textarea
          id="nn-text"
          rows={7}
          value={draft.text}
          onChange={(e) => need.setText(e.target.value)}
          required
          aria-describedby="nn-text-hint"
          aria-invalid={!!errorFor(errors, "text")}
        />
      </Field>
      <Field
        id="nn-articles"
        label={t("newNeed.articles")}
        hint={
          draft.parsed.invalid.length
            ? t("review.badArticles", { list: draft.parsed.invalid.join(", ") })
            : t("review.articlesHint")
        }
        error={errorFor(errors, "articles")}
      >
        <input
          id="nn-articles"
          value={draft.articles}
          onChange={(e) => need.set.setArticles(e.target.value)}
          aria-describedby="nn-articles-hint"
        />
      </Field>
    </>
  );
}

/** The new need's form: outcome, fields, duplicate warning and submit. */
export function NewNeedForm({ need }: { need: NewNeed }) {
  const { t } = useTranslation();
  const { create, draft } = need;
  return (
    <form className="form" onSubmit={need.submit} noValidate>
      {create.error ? (
        <div className="alert alert-error" role="alert">
          {describeError(create.error, t)}
        </div>
      ) : null}
      {create.data ? <CreatedNotice data={create.data} /> : null}
      <TextFields need={need} />
      <ConfidentialityField
        id="nn-conf"
        value={draft.confidentiality}
        onChange={need.set.setConfidentiality}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={draft.gender}
          onChange={(e) => need.set.setGender(e.target.checked)}
        />
        <span>{t("newNeed.gender")}</span>
      </label>
      {need.close.length > 0 ? <DuplicateWarning need={need} /> : null}
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t("newNeed.submit")}
      </button>
    </form>
  );
}
