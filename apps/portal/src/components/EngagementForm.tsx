import { ACTIVE_ENGAGEMENT_STATUSES } from "@tahub/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { describeError } from "../lib/errors";
import { useSession } from "../lib/session";
import { useTRPC, type RouterOutputs } from "../lib/trpc";

/**
 * A donor proposes support for a need, optionally under one of its open offers. Before it
 * confirms, it sees who already supports the need (overlap); a second click returns the open
 * engagement instead of a duplicate, and says so.
 */
export function EngagementForm({ needId, onDone }: { needId: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const { user } = useSession();
  const providerId = user?.providerId ?? "";
  const offers = useQuery({
    ...trpc.offers.list.queryOptions({ providerId, status: "open" }),
    enabled: !!providerId,
  });
  const others = useOtherSupporters(needId, providerId);
  const [offerId, setOfferId] = useState("");
  const [description, setDescription] = useState("");
  const create = useCreateEngagement(needId, onDone);
  if (!providerId) return null;
  const offerItems = offers.data ? ("items" in offers.data ? offers.data.items : offers.data) : [];
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({
      needId,
      providerId,
      offerId: offerId || undefined,
      description: description.trim(),
    });
  }
  return (
    <form className="form engagement-form" onSubmit={submit} aria-label={t("engagement.record")}>
      <div className="field">
        <label htmlFor={`${id}-offer`}>{t("engagement.underOffer")}</label>
        <select id={`${id}-offer`} value={offerId} onChange={(e) => setOfferId(e.target.value)}>
          <option value="">{t("engagement.noOffer")}</option>
          {offerItems.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-desc`}>{t("engagement.description")}</label>
        <textarea
          id={`${id}-desc`}
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          maxLength={5000}
        />
      </div>
      {others.length ? (
        <p className="alert alert-warning" role="note">
          {t("engagement.overlapBefore", { providers: others.join(", ") })}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t("engagement.record")}
      </button>
      <EngagementOutcome error={create.error} data={create.data} />
    </form>
  );
}

/** The other providers already actively supporting the need, each named once. */
function useOtherSupporters(needId: string, providerId: string): string[] {
  const trpc = useTRPC();
  const need = useQuery(trpc.needs.byId.queryOptions({ id: needId }));
  const active = (need.data?.engagements ?? []).filter(
    (e) =>
      e.providerId !== providerId &&
      (ACTIVE_ENGAGEMENT_STATUSES as readonly string[]).includes(e.status),
  );
  return [...new Set(active.map((e) => e.providerName))];
}

/** `engagements.create`, refreshing the need, the coverage and the engagement lists after. */
function useCreateEngagement(needId: string, onDone?: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.engagements.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.needs.byId.queryKey({ id: needId }) });
        void queryClient.invalidateQueries({ queryKey: trpc.match.coverage.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.engagements.list.pathKey() });
        onDone?.();
      },
    }),
  );
}

/** What came of the proposal: the error, or the engagement (new or already open) and overlap. */
function EngagementOutcome({
  error,
  data,
}: {
  error: unknown;
  data: RouterOutputs["engagements"]["create"] | undefined;
}) {
  const { t } = useTranslation();
  if (error) {
    return (
      <p className="field-error" role="alert">
        {describeError(error, t)}
      </p>
    );
  }
  if (!data) return null;
  return (
    <div role="status">
      <p className="field-ok">
        {data.created ? t("engagement.recorded") : t("engagement.alreadyOpen")}
      </p>
      {data.overlap.length ? (
        <p className="alert alert-warning">
          {t("engagement.overlapAfter", {
            providers: [...new Set(data.overlap.map((o) => o.providerName))].join(", "),
          })}
        </p>
      ) : null}
      <Link to={`/engagements/${data.id}`}>{t("engagement.open")}</Link>
    </div>
  );
}
