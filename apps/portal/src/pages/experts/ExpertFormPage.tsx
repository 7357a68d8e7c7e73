import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ConflictNotice, isConflict } from "../../components/ConflictNotice";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { describeError, fieldErrors } from "../../lib/errors";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { CvAboutFields, CvHistoryFields } from "./CvFields";
import {
  EMPTY_EXPERT,
  expertDraftOf,
  expertInput,
  type CvText,
  type ExpertDraft,
} from "./expertDraft";

/** The entry being edited (`id`) or created: the draft, loaded once the entry is, and its save. */
function useExpertForm(id: string | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const existing = useQuery({ ...trpc.experts.byId.queryOptions({ id: id ?? "" }), enabled: !!id });
  const [draft, setDraft] = useState<ExpertDraft>(EMPTY_EXPERT);
  // donors (issue 15): an existing entry fills the form once loaded.
  useEffect(() => {
    if (existing.data) setDraft(expertDraftOf(existing.data));
  }, [existing.data]);
  const update = (patch: Partial<ExpertDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setText = (k: keyof CvText, v: string) =>
    setDraft((d) => ({ ...d, text: { ...d.text, [k]: v } }));
  const upsert = useMutation(
    trpc.experts.upsert.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.experts.pathKey() }),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const saved = existing.data;
    const kept = saved?.consentToList && saved.consentDate ? saved.consentDate : null;
    upsert.mutate({
      // The version loaded with the form: a save by someone else meanwhile answers CONFLICT.
      ...(id && existing.data ? { id, version: existing.data.version } : {}),
      expert: expertInput(draft, kept),
    });
  }
  function reload() {
    upsert.reset();
    void existing.refetch();
  }
  return { existing, draft, update, setText, upsert, submit, reload };
}

/**
 * The directory's CV template; the expert is listed only with their recorded consent. With an id
 * (/experts/:id/edit) it edits an entry the caller keeps: its provider's, or any for the
 * secretariat (issue 15: an entry saved without consent could not be opened or fixed).
 */
export default function ExpertFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { existing, draft, update, setText, upsert, submit, reload } = useExpertForm(id);
  if (id && existing.isPending) return <Spinner />;
  if (id && existing.isError) return <ErrorState error={existing.error} />;
  return (
    <>
      <PageHeader title={id ? t("expertEdit.title") : t("cv.title")} lead={t("cv.lead")} />
      <Card id="cv-form">
        <form className="form" onSubmit={submit} noValidate>
          <SaveOutcome error={upsert.error} saved={upsert.data} onReload={reload} />
          <CvAboutFields text={draft.text} set={setText} errors={fieldErrors(upsert.error)} />
          <CvHistoryFields draft={draft} update={update} setText={setText} />
          <label className="check consent">
            <input
              type="checkbox"
              checked={draft.consent}
              onChange={(e) => update({ consent: e.target.checked })}
            />
            <span>{t("cv.consent")}</span>
          </label>
          <button type="submit" className="button button-primary" disabled={upsert.isPending}>
            {t("cv.submit")}
          </button>
        </form>
      </Card>
    </>
  );
}

/** A conflict (someone saved first), the error, and once saved: listed or not, and a link. */
function SaveOutcome({
  error,
  saved,
  onReload,
}: {
  error: unknown;
  saved: RouterOutputs["experts"]["upsert"] | undefined;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {isConflict(error) ? (
        <ConflictNotice error={error} onReload={onReload} />
      ) : error ? (
        <div className="alert alert-error" role="alert">
          {describeError(error, t)}
        </div>
      ) : null}
      {saved ? (
        <div className="alert alert-success" role="status">
          {saved.consentToList ? t("cv.savedListed") : t("cv.savedUnlisted")}{" "}
          <Link to={`/experts/${saved.id}`}>{t("cv.open")}</Link>
        </div>
      ) : null}
    </>
  );
}
