/** A role with the State or provider it acts for: the one membership a user has (issue 15). */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { statesByName } from "../../lib/names";
import { useTRPC } from "../../lib/trpc";

export const ROLES = ["admin", "analyst", "state", "provider"] as const;
export type Role = (typeof ROLES)[number];
export interface MembershipDraft {
  role: Role;
  state: string;
  providerId: string;
}

/** The API's input for a draft: only the State or provider the role needs. */
export function membershipInput(m: MembershipDraft) {
  return {
    role: m.role,
    ...(m.role === "state" ? { state: m.state } : {}),
    ...(m.role === "provider" ? { providerId: m.providerId } : {}),
  };
}

export function MembershipFields({
  id,
  value,
  onChange,
}: {
  id: string;
  value: MembershipDraft;
  onChange: (m: MembershipDraft) => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const providers = useQuery({
    ...trpc.providers.list.queryOptions({}),
    enabled: value.role === "provider",
  });
  return (
    <>
      <div className="field field-inline">
        <label htmlFor={`${id}-role`}>{t("admin.role")}</label>
        <select
          id={`${id}-role`}
          value={value.role}
          onChange={(e) => onChange({ ...value, role: e.target.value as Role })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {value.role === "state" ? (
        <ChooseSelect
          id={`${id}-state`}
          label={t("admin.state")}
          value={value.state}
          options={statesByName(i18n.language).map((s) => ({ value: s.iso3, label: s.label }))}
          onChange={(state) => onChange({ ...value, state })}
        />
      ) : null}
      {value.role === "provider" ? (
        <ChooseSelect
          id={`${id}-provider`}
          label={t("admin.provider")}
          value={value.providerId}
          options={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          onChange={(providerId) => onChange({ ...value, providerId })}
        />
      ) : null}
    </>
  );
}

/** A labelled select that starts on "choose…" (no value) until the user picks one. */
function ChooseSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("admin.choose")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
