import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { OfferSummary } from "../offers/OfferSummary";
import { OfferActions } from "./OfferActions";

/** `offers.close` and `offers.reopen`, each refreshing the offer lists and pages after. */
function useOfferStatusMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.offers.pathKey() });
  return {
    close: useMutation(trpc.offers.close.mutationOptions({ onSuccess })),
    reopen: useMutation(trpc.offers.reopen.mutationOptions({ onSuccess })),
  };
}

/** The signed-in provider's offers, open and closed. */
function useMyOffers() {
  const trpc = useTRPC();
  const { user } = useSession();
  const providerId = user?.providerId ?? undefined;
  return useQuery(
    trpc.offers.list.queryOptions({ limit: 200, ...(providerId ? { providerId } : {}) }),
  );
}

function NewOfferLink() {
  const { t } = useTranslation();
  return (
    <Link to="/my/offers/new" className="button button-primary">
      {t("myOffers.new")}
    </Link>
  );
}

export default function MyOffersPage() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const offers = useMyOffers();
  const { close, reopen } = useOfferStatusMutations();
  const failed = close.error ?? reopen.error;
  return (
    <>
      <PageHeader
        title={t("myOffers.title")}
        lead={t("myOffers.lead")}
        actions={<NewOfferLink />}
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
          <NewOfferLink />
        </EmptyState>
      ) : (
        <ul className="cards-list">
          {offers.data.items.map((o) => (
            <li key={o.id}>
              <OfferSummary
                offer={o}
                actions={
                  <OfferActions
                    offer={o}
                    confirming={confirming === o.id}
                    onConfirming={(yes) => setConfirming(yes ? o.id : null)}
                    closing={close.isPending}
                    onClose={() =>
                      close.mutate({ id: o.id }, { onSettled: () => setConfirming(null) })
                    }
                    reopening={reopen.isPending}
                    onReopen={() => reopen.mutate({ id: o.id })}
                  />
                }
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
