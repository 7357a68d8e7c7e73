/**
 * User and role management, for the admin (issue 15, deliverable 6): find users, create one with
 * a role for a State or provider, change a role, disable or enable. The API audits every change
 * and refuses to leave no active admin; the refusal is worded here.
 */
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { TextFilter } from "../../components/form";
import { Badge, Card, EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { describeError, errorCode } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { useDebounced } from "../../lib/useDebounced";
import { useUrlParams } from "../../lib/useUrlParams";
import {
  MembershipFields,
  membershipInput,
  ROLES,
  type MembershipDraft,
  type Role,
} from "./MembershipFields";

type User = RouterOutputs["admin"]["users"]["items"][number];

/** The API's refusal in the admin's words: the last admin, a taken address, or the usual. */
function useAdminError() {
  const { t } = useTranslation();
  return (err: unknown) => {
    const details = (err as { data?: { details?: { admin?: string } } })?.data?.details;
    if (errorCode(err) === "CONFLICT" && details?.admin === "last-admin")
      return t("admin.lastAdmin");
    if (errorCode(err) === "CONFLICT" && details?.admin === "email-taken")
      return t("admin.emailTaken");
    return describeError(err, t);
  };
}

function CreateUser() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const word = useAdminError();
  const [f, setF] = useState({ email: "", name: "", locale: "en" as "en" | "fr" | "es" });
  const [m, setM] = useState<MembershipDraft>({ role: "state", state: "", providerId: "" });
  const create = useMutation(
    trpc.admin.createUser.mutationOptions({
      onSuccess: () => {
        setF({ email: "", name: "", locale: "en" });
        void queryClient.invalidateQueries({ queryKey: trpc.admin.users.pathKey() });
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ ...f, membership: membershipInput(m) });
  }
  return (
    <Card title={t("admin.create")} id="admin-create">
      <form className="form" onSubmit={submit} noValidate>
        <p className="hint">{t("admin.createHint")}</p>
        {create.error ? (
          <div className="alert alert-error" role="alert">
            {word(create.error)}
          </div>
        ) : create.data ? (
          <div className="alert alert-success" role="status">
            {t("admin.created", { email: create.data.email })}
          </div>
        ) : null}
        <div className="form-row">
          <div className="field">
            <label htmlFor="nu-name">{t("admin.name")}</label>
            <input
              id="nu-name"
              value={f.name}
              onChange={(e) => setF({ ...f, name: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="nu-email">{t("admin.email")}</label>
            <input
              id="nu-email"
              type="email"
              value={f.email}
              onChange={(e) => setF({ ...f, email: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="nu-locale">{t("admin.locale")}</label>
            <select
              id="nu-locale"
              value={f.locale}
              onChange={(e) => setF({ ...f, locale: e.target.value as "en" | "fr" | "es" })}
            >
              {(["en", "fr", "es"] as const).map((x) => (
                <option key={x} value={x}>
                  {t(`language.${x}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="form-row">
          <MembershipFields id="nu" value={m} onChange={setM} />
        </div>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t("admin.createSubmit")}
        </button>
      </form>
    </Card>
  );
}

function UserRow({ u }: { u: User }) {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const word = useAdminError();
  const [editing, setEditing] = useState(false);
  const [m, setM] = useState<MembershipDraft>({
    role: (u.role ?? "analyst") as Role,
    state: u.state ?? "",
    providerId: u.providerId ?? "",
  });
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: trpc.admin.users.pathKey() });
  const setRole = useMutation(
    trpc.admin.setRole.mutationOptions({ onSuccess: () => (setEditing(false), refresh()) }),
  );
  const setDisabled = useMutation(trpc.admin.setDisabled.mutationOptions({ onSuccess: refresh }));
  const error = setRole.error ?? setDisabled.error;
  return (
    <tr>
      <th scope="row">
        {u.name}
        <div className="cell-sub">{u.email}</div>
      </th>
      <td>
        {editing ? (
          <form
            className="form-row"
            onSubmit={(e) => {
              e.preventDefault();
              setRole.mutate({ userId: u.id, membership: membershipInput(m) });
            }}
            aria-label={t("admin.changeRoleOf", { name: u.name })}
          >
            <MembershipFields id={`u-${u.id}`} value={m} onChange={setM} />
            <button
              type="submit"
              className="button button-small button-primary"
              disabled={setRole.isPending}
            >
              {t("common.save")}
            </button>
            <button type="button" className="button button-small" onClick={() => setEditing(false)}>
              {t("common.cancel")}
            </button>
          </form>
        ) : (
          <>
            {u.role ? t(`role.${u.role}`) : "–"}
            {u.state ? ` · ${l.state(u.state)}` : ""}
            {u.providerName ? ` · ${u.providerName}` : ""}
          </>
        )}
        {error ? (
          <div className="alert alert-error" role="alert">
            {word(error)}
          </div>
        ) : null}
      </td>
      <td>
        {u.disabled ? (
          <Badge tone="neutral">{t("admin.disabled")}</Badge>
        ) : (
          <Badge tone="success">{t("admin.active")}</Badge>
        )}
      </td>
      <td>
        <div className="button-row">
          {!editing ? (
            <button type="button" className="button button-small" onClick={() => setEditing(true)}>
              {t("admin.changeRole")}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-small"
            disabled={setDisabled.isPending}
            onClick={() => setDisabled.mutate({ userId: u.id, disabled: !u.disabled })}
          >
            {u.disabled ? t("admin.enable") : t("admin.disable")}
          </button>
        </div>
      </td>
    </tr>
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { params, set } = useUrlParams();
  const q = useDebounced(params.get("q") ?? "", 250);
  const role = params.get("role") ?? "";
  const status = params.get("status") ?? "";
  const list = useInfiniteQuery(
    trpc.admin.users.infiniteQueryOptions(
      {
        limit: 50,
        ...(q ? { q } : {}),
        ...((ROLES as readonly string[]).includes(role) ? { role: role as Role } : {}),
        ...(status ? { disabled: status === "disabled" } : {}),
      },
      { getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title={t("admin.usersTitle")} lead={t("admin.usersLead")} />
      <CreateUser />
      <div className="filters" role="group" aria-label={t("filters.label")}>
        <TextFilter id="u-q" value={params.get("q") ?? ""} onChange={(v) => set("q", v)} />
        <div className="field field-inline">
          <label htmlFor="u-role">{t("admin.role")}</label>
          <select id="u-role" value={role} onChange={(e) => set("role", e.target.value)}>
            <option value="">{t("filters.any")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="u-status">{t("admin.status")}</label>
          <select id="u-status" value={status} onChange={(e) => set("status", e.target.value)}>
            <option value="">{t("filters.any")}</option>
            <option value="active">{t("admin.active")}</option>
            <option value="disabled">{t("admin.disabled")}</option>
          </select>
        </div>
      </div>
      {list.isPending ? (
        <SkeletonRows />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t("admin.noUsers")} />
      ) : (
        <Card id="users">
          <p className="result-count">
            {t("admin.userCount", { count: list.data.pages[0]?.total ?? 0 })}
          </p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t("admin.usersTitle")}>
            <table className="table" id="users-table">
              <thead>
                <tr>
                  <th scope="col">{t("admin.name")}</th>
                  <th scope="col">{t("admin.role")}</th>
                  <th scope="col">{t("admin.status")}</th>
                  <th scope="col">{t("admin.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((u) => (
                  <UserRow key={u.id} u={u} />
                ))}
              </tbody>
            </table>
          </div>
          {list.hasNextPage ? (
            <div className="load-more">
              <button type="button" className="button" onClick={() => void list.fetchNextPage()}>
                {t("common.loadMore")}
              </button>
            </div>
          ) : null}
        </Card>
      )}
    </>
  );
}
