import { useTranslation } from "react-i18next";
import { Card, PageHeader } from "../../components/ui";
import { NeedSuggestions } from "./NeedSuggestions";
import { NewNeedForm } from "./NewNeedForm";
import { useNewNeed } from "./useNewNeed";

/**
 * A State adds a need. As it types, `classify.text` (debounced) suggests the category and the
 * articles; one click adopts a suggested article. The need is classified again on the server.
 */
export default function NewNeedPage() {
  const { t } = useTranslation();
  const need = useNewNeed();
  return (
    <>
      <PageHeader title={t("newNeed.title")} lead={t("newNeed.lead")} />
      <div className="grid-2 grid-wide-left">
        <Card id="new-need-form">
          <NewNeedForm need={need} />
        </Card>
        <Card title={t("newNeed.suggestions")} id="suggestions">
          <div aria-live="polite" aria-busy={need.suggesting}>
            <NeedSuggestions need={need} />
          </div>
        </Card>
      </div>
    </>
  );
}
