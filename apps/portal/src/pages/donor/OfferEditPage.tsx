import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ConfidentialityField } from "../../components/form";
import { ConflictNotice, isConflict } from "../../components/ConflictNotice";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { describeError, fieldErrors } from "../../lib/errors";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import {
  EMPTY_OFFER,
  offerDraftOf,
  offerInput,
  type OfferDraft,
  type SetOfferDraft,
} from "./offerDraft";
import { OfferWhatFields, OfferWhenFields, OfferWhereFields, ProviderField } from "./OfferFields";
import { OfferTermsFields } from "./OfferTermsFields";

/**
 * The offer being edited (`id`) or created: the draft, loaded from the saved offer, and the
 * create or update that returns to the provider's offers.
 */
function useOfferForm(id: string | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { user } = useSession();
  const existing = useQuery({ ...trpc.offers.byId.queryOptions({ id: id ?? "" }), enabled: !!id });
  const [d, setD] = useState<OfferDraft>({ ...EMPTY_OFFER, providerId: user?.providerId ?? "" });
  useEffect(() => {
    if (existing.data) setD(offerDraftOf(existing.data));
  }, [existing.data]);
  const set: SetOfferDraft = (k, v) => setD((x) => ({ ...x, [k]: v }));

  const done = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.offers.pathKey() });
      await navigate("/my/offers");
    },
  };
  const create = useMutation(trpc.offers.create.mutationOptions(done));
  const update = useMutation(trpc.offers.update.mutationOptions(done));

  function submit(e: FormEvent) {
    e.preventDefault();
    const offer = offerInput(d);
    // The version loaded with the form: if someone saved meanwhile, the API refuses (CONFLICT).
    if (id && existing.data) update.mutate({ id, version: existing.data.version, offer });
    else create.mutate(offer);
  }
  function reload() {
    update.reset();
    void existing.refetch();
  }

  return {
    existing,
    d,
    set,
    submit,
    reload,
    error: create.error ?? update.error,
    busy: create.isPending || update.isPending,
  };
}

/** Create or edit an offer; the same zod schema as the API checks it there. */
export default function OfferEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { isSecretariat } = useSession();
  const { existing, d, set, submit, reload, error, busy } = useOfferForm(id);
  const errors = fieldErrors(error);
  if (id && existing.isPending) return <Spinner />;
  if (id && existing.isError) return <ErrorState error={existing.error} />;
  return (
    <>
      <PageHeader
        title={id ? t("offerForm.editTitle") : t("offerForm.newTitle")}
        lead={t("offerForm.lead")}
      />
      <Card id="offer-form">
        <form className="form" onSubmit={submit} noValidate>
          {isConflict(error) ? (
            <ConflictNotice error={error} onReload={reload} />
          ) : error ? (
            <div className="alert alert-error" role="alert">
              {describeError(error, t)}
            </div>
          ) : null}
          {isSecretariat ? <ProviderField d={d} set={set} errors={errors} /> : null}
          <OfferWhatFields d={d} set={set} errors={errors} />
          <OfferWhereFields d={d} set={set} />
          <OfferWhenFields d={d} set={set} errors={errors} />
          <OfferTermsFields value={d.terms} onChange={(v) => set("terms", v)} errors={errors} />
          <ConfidentialityField
            id="of-conf"
            value={d.confidentiality}
            onChange={(v) => set("confidentiality", v)}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {id ? t("common.save") : t("offerForm.create")}
            </button>
            <button type="button" className="button" onClick={() => void navigate("/my/offers")}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      </Card>
    </>
  );
}
