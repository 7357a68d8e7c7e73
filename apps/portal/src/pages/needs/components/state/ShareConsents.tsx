import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Outcome, TextField } from "../../../../components/form";
import { Badge } from "../../../../components/ui";
import { useTRPC, type RouterOutputs } from "../../../../lib/trpc";
import { useRefreshNeed, type NeedLike } from "./shared";

type Consent = RouterOutputs["consents"]["list"][number];

/** The consents given: to whom, by whom and when, until when, revoked; active ones revocable. */
export function ConsentList({
  consents,
  onRevoke,
  busy,
}: {
  consents: readonly Consent[];
  onRevoke: (id: string) => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const day = new Intl.DateTimeFormat(i18n.language, {
    year: "numeric",
    month: "short",
    day: "numeric",
  });
  const fmt = (d: string) => day.format(new Date(d));
  if (!consents.length) return <p className="hint">{t("states.share.none")}</p>;
  return (
    <ul className="plain-list">
      {consents.map((c) => (
        <li key={c.id}>
          <strong>{c.provider}</strong>{" "}
          <Badge tone={c.active ? "success" : "neutral"}>
            {c.active ? t("states.share.active") : t("states.share.ended")}
          </Badge>
          <span className="cell-sub">
            {t("states.share.granted", { by: c.grantedBy ?? "—", at: fmt(c.grantedAt) })}
            {c.expiresOn ? ` · ${t("states.share.until", { day: fmt(c.expiresOn) })}` : ""}
            {c.revokedAt
              ? ` · ${t("states.share.revoked", { by: c.revokedBy ?? "—", at: fmt(c.revokedAt) })}`
              : ""}
          </span>
          {c.active ? (
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => onRevoke(c.id)}
            >
              {t("states.share.revoke")}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The provider to share with, chosen from the providers' list. */
function ProviderSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (providerId: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const providers = useQuery(trpc.providers.list.queryOptions({}));
  return (
    <div className="field field-inline field-grow">
      <label htmlFor={id}>{t("states.share.provider")}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("states.share.choose")}</option>
        {(providers.data ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Consents to share a restricted need with named providers (who, when, until, revoked). */
export function ShareConsents({ need }: { need: NeedLike }) {
  const { t } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const refresh = useRefreshNeed(need.id);
  const consents = useQuery(trpc.consents.list.queryOptions({ needId: need.id }));
  const [providerId, setProviderId] = useState("");
  const [expiresOn, setExpiresOn] = useState("");
  const grant = useMutation(trpc.consents.grant.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.consents.revoke.mutationOptions({ onSuccess: refresh }));
  return (
    <>
      <p className="hint">{t("states.share.hint")}</p>
      <ConsentList
        consents={consents.data ?? []}
        busy={revoke.isPending}
        onRevoke={(cid) => revoke.mutate({ id: cid })}
      />
      <form
        className="form form-row"
        aria-label={t("states.share.title")}
        onSubmit={(e) => {
          e.preventDefault();
          if (providerId)
            grant.mutate({
              needId: need.id,
              providerIds: [providerId],
              ...(expiresOn ? { expiresOn } : {}),
            });
        }}
      >
        <ProviderSelect id={`${id}-p`} value={providerId} onChange={setProviderId} />
        <TextField
          id={`${id}-until`}
          className="field field-inline"
          label={t("states.share.expiresOn")}
          value={expiresOn}
          placeholder={t("wording.dayFormat")}
          inputMode="numeric"
          trim
          onChange={setExpiresOn}
        />
        <button type="submit" className="button" disabled={grant.isPending || !providerId}>
          {t("states.share.grant")}
        </button>
      </form>
      <Outcome error={grant.error ?? revoke.error} ok={null} />
    </>
  );
}
