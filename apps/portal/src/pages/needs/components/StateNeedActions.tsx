/**
 * What a State's focal point (or the secretariat) does with one of its needs (issue 15, States;
 * docs/states.md): edit it, withdraw it, propose a correction of its grouping or articles,
 * consent to share it with named providers, and read its revisions. Each action lives in
 * ./state/.
 */
import { canWithdraw } from "@tahub/domain";
import { useTranslation } from "react-i18next";
import { Card } from "../../../components/ui";
import { CorrectionForm } from "./state/CorrectionForm";
import { NeedEditForm, WithdrawForm } from "./state/NeedEditForm";
import { NeedRevisions } from "./state/NeedRevisions";
import { ShareConsents } from "./state/ShareConsents";
import type { NeedLike } from "./state/shared";

/** Every State action on the need, as cards (rendered for its State and the secretariat). */
export function StateNeedActions({ need }: { need: NeedLike }) {
  const { t } = useTranslation();
  const open = need.status !== "withdrawn";
  return (
    <>
      {open ? (
        <Card title={t("states.edit.title")} id="need-edit">
          <details className="inline-details">
            <summary>{t("states.edit.open")}</summary>
            <NeedEditForm need={need} />
          </details>
        </Card>
      ) : null}
      <Card title={t("states.correction.title")} id="need-correction">
        <CorrectionForm need={need} />
      </Card>
      {open && need.confidentiality !== "public" ? (
        <Card title={t("states.share.title")} id="need-share">
          <ShareConsents need={need} />
        </Card>
      ) : null}
      {open && canWithdraw(need.status) ? (
        <Card title={t("states.withdraw.title")} id="need-withdraw">
          <WithdrawForm need={need} />
        </Card>
      ) : null}
      <Card title={t("states.revision.title")} id="need-revisions">
        <NeedRevisions needId={need.id} />
      </Card>
    </>
  );
}
