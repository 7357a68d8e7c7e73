import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { OfferSummary } from "../offers/OfferSummary";

export default function MyOffersPage() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const providerId = user?.providerId ?? undefined;
  const offers = useQuery(
    trpc.offers.list.queryOptions({ limit: 200, ...(providerId ? { providerId } : {}) }),
  );
  const close = useMutation(
    trpc.offers.close.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.offers.pathKey() }),
    }),
  );
  const reopen = useMutation(
    trpc.offers.reopen.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.offers.pathKey() }),
    }),
  );
  const failed = close.error ?? reopen.error;
  return (
    <>
      <PageHeader
        title={t("myOffers.title")}
        lead={t("myOffers.lead")}
        actions={
          <Link to="/my/offers/new" className="button button-primary">
            {t("myOffers.new")}
          </Link>
        }
      />
      {failed ? (
        <p className="alert alert-error" role="alert">
          {describeError(failed, t)}
        </p>
      ) : null}
      {offers.isPending ? (
        <SkeletonRows />
      ) : offers.isError ? (
        <ErrorState error={offers.error} onRetry={() => void offers.refetch()} />
      ) : offers.data.items.length === 0 ? (
        <EmptyState title={t("myOffers.empty")}>
          <Link to="/my/offers/new" className="button button-primary">
            {t("myOffers.new")}
          </Link>
        </EmptyState>
      ) : (
        <ul className="cards-list">
          {offers.data.items.map((o) => (
            <li key={o.id}>
              <OfferSummary
                offer={o}
                actions={
                  <>
                    <Link to={`/my/offers/${o.id}`} className="button button-small">
                      {t("common.edit")}
                      <span className="visually-hidden">: {o.title}</span>
                    </Link>
                    {o.status === "open" && confirming === o.id ? (
                      <span
                        className="confirm-inline"
                        role="group"
                        aria-label={t("myOffers.confirmClose")}
                      >
                        <span className="hint">{t("myOffers.confirmClose")}</span>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          disabled={close.isPending}
                          onClick={() =>
                            close.mutate({ id: o.id }, { onSettled: () => setConfirming(null) })
                          }
                        >
                          {t("myOffers.closeYes")}
                          <span className="visually-hidden">: {o.title}</span>
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setConfirming(null)}
                        >
                          {t("common.cancel")}
                        </button>
                      </span>
                    ) : o.status === "open" ? (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => setConfirming(o.id)}
                      >
                        {t("myOffers.close")}
                        <span className="visually-hidden">: {o.title}</span>
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={reopen.isPending}
                        onClick={() => reopen.mutate({ id: o.id })}
                      >
                        {t("myOffers.reopen")}
                        <span className="visually-hidden">: {o.title}</span>
                      </button>
                    )}
                  </>
                }
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
