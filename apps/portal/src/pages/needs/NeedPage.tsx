import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { StatusUpdate } from "../../components/StatusUpdate";
import { Badge, Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { statusTone, useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import {
  NeedCategorisationCard,
  NeedEngagementsCard,
  NeedHistoryCard,
  NeedTextCard,
} from "./components/NeedCards";
import { NeedMatches } from "./components/NeedMatches";
import { StateNeedActions } from "./components/StateNeedActions";

/** One need: its text, categorisation, status, history and engagements, and its matches. */
export default function NeedPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const s = useSession();
  const need = useQuery(trpc.needs.byId.queryOptions({ id }));

  if (need.isPending) return <Spinner />;
  if (need.isError)
    return (
      <>
        <PageHeader title={t("need.title")} />
        <ErrorState error={need.error} onRetry={() => void need.refetch()} />
      </>
    );
  const n = need.data;
  const canEdit = s.isSecretariat || (s.isState && s.user?.state === n.state);

  return (
    <>
      <PageHeader
        title={t("need.titleOf", { state: l.state(n.state) })}
        lead={`${t("common.cycleN", { n: n.cycle })} · ${l.chapter(n.chapter)} · ${l.articles(n.articles)}`}
        actions={<Badge tone={statusTone(n.status)}>{l.status(n.status)}</Badge>}
      />
      <div className="grid-2">
        <div className="stack">
          <NeedTextCard need={n} />
          <NeedCategorisationCard need={n} />
          {canEdit ? (
            <Card title={t("need.updateStatus")} id="need-status-update">
              <StatusUpdate needId={n.id} status={n.status} />
            </Card>
          ) : null}
          {/* States (issue 15, deliverable 3): edit, withdraw, correct, share, revisions. */}
          {canEdit ? <StateNeedActions need={n} /> : null}
          <NeedHistoryCard need={n} />
          <NeedEngagementsCard need={n} isDonor={s.isDonor} />
        </div>
        <NeedMatches needId={n.id} />
      </div>
    </>
  );
}
