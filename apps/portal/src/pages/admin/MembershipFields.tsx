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
        <div className="field field-inline">
          <label htmlFor={`${id}-state`}>{t("admin.state")}</label>
          <select
            id={`${id}-state`}
            value={value.state}
            onChange={(e) => onChange({ ...value, state: e.target.value })}
          >
            <option value="">{t("admin.choose")}</option>
            {statesByName(i18n.language).map((s) => (
              <option key={s.iso3} value={s.iso3}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {value.role === "provider" ? (
        <div className="field field-inline">
          <label htmlFor={`${id}-provider`}>{t("admin.provider")}</label>
          <select
            id={`${id}-provider`}
            value={value.providerId}
            onChange={(e) => onChange({ ...value, providerId: e.target.value })}
          >
            <option value="">{t("admin.choose")}</option>
            {(providers.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}
