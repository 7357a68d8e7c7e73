/**
 * User and role management, for the admin (issue 15, deliverable 6): find users, create one with
 * a role for a State or provider, change a role, disable or enable. The API audits every change
 * and refuses to leave no active admin; the refusal is worded here.
 */
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FilterBar, SelectFilter, TextFilter } from "../../components/form";
import { pageItems, PagedList } from "../../components/Paged";
import { Badge, Card, PageHeader } from "../../components/ui";
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

type Locale = "en" | "fr" | "es";
interface NewUser {
  email: string;
  name: string;
  locale: Locale;
}

function NewUserFields({
  value: f,
  onChange: setF,
}: {
  value: NewUser;
  onChange: (v: NewUser) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-row">
      <div className="field">
        <label htmlFor="nu-name">{t("admin.name")}</label>
        <input id="nu-name" value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />
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
          onChange={(e) => setF({ ...f, locale: e.target.value as Locale })}
        >
          {(["en", "fr", "es"] as const).map((x) => (
            <option key={x} value={x}>
              {t(`language.${x}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function CreateUser() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const word = useAdminError();
  const [f, setF] = useState<NewUser>({ email: "", name: "", locale: "en" });
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
        <NewUserFields value={f} onChange={setF} />
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

/** The inline form that changes a user's role (and its State or provider). */
function RoleEditor({
  u,
  value,
  onChange,
  busy,
  onSave,
  onCancel,
}: {
  u: User;
  value: MembershipDraft;
  onChange: (m: MembershipDraft) => void;
  busy: boolean;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <form
      className="form-row"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
      aria-label={t("admin.changeRoleOf", { name: u.name })}
    >
      <MembershipFields id={`u-${u.id}`} value={value} onChange={onChange} />
      <button type="submit" className="button button-small button-primary" disabled={busy}>
        {t("common.save")}
      </button>
      <button type="button" className="button button-small" onClick={onCancel}>
        {t("common.cancel")}
      </button>
    </form>
  );
}

/** A user's role and the State or provider it acts for, e.g. "State · Kenya". */
function MembershipSummary({ u }: { u: User }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <>
      {u.role ? t(`role.${u.role}`) : "–"}
      {u.state ? ` · ${l.state(u.state)}` : ""}
      {u.providerName ? ` · ${u.providerName}` : ""}
    </>
  );
}

function UserStatus({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return disabled ? (
    <Badge tone="neutral">{t("admin.disabled")}</Badge>
  ) : (
    <Badge tone="success">{t("admin.active")}</Badge>
  );
}

/** Change the role (hidden while the role editor is open) and disable or enable the account. */
function UserActions({
  u,
  editing,
  onEdit,
  toggling,
  onToggle,
}: {
  u: User;
  editing: boolean;
  onEdit: () => void;
  toggling: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      {!editing ? (
        <button type="button" className="button button-small" onClick={onEdit}>
          {t("admin.changeRole")}
        </button>
      ) : null}
      <button type="button" className="button button-small" disabled={toggling} onClick={onToggle}>
        {u.disabled ? t("admin.enable") : t("admin.disable")}
      </button>
    </div>
  );
}

function UserRow({ u }: { u: User }) {
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
          <RoleEditor
            u={u}
            value={m}
            onChange={setM}
            busy={setRole.isPending}
            onSave={() => setRole.mutate({ userId: u.id, membership: membershipInput(m) })}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <MembershipSummary u={u} />
        )}
        {error ? (
          <div className="alert alert-error" role="alert">
            {word(error)}
          </div>
        ) : null}
      </td>
      <td>
        <UserStatus disabled={u.disabled} />
      </td>
      <td>
        <UserActions
          u={u}
          editing={editing}
          onEdit={() => setEditing(true)}
          toggling={setDisabled.isPending}
          onToggle={() => setDisabled.mutate({ userId: u.id, disabled: !u.disabled })}
        />
      </td>
    </tr>
  );
}

function UserFilters() {
  const { t } = useTranslation();
  const { params, set } = useUrlParams();
  return (
    <FilterBar>
      <TextFilter id="u-q" value={params.get("q") ?? ""} onChange={(v) => set("q", v)} />
      <SelectFilter
        id="u-role"
        label={t("admin.role")}
        value={params.get("role") ?? ""}
        onChange={(v) => set("role", v)}
        options={ROLES}
        optionLabel={(r) => t(`role.${r}`)}
      />
      <SelectFilter
        id="u-status"
        label={t("admin.status")}
        value={params.get("status") ?? ""}
        onChange={(v) => set("status", v)}
        options={["active", "disabled"] as const}
        optionLabel={(x) => t(`admin.${x}`)}
      />
    </FilterBar>
  );
}

function UsersTable({ items }: { items: User[] }) {
  const { t } = useTranslation();
  return (
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
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { params } = useUrlParams();
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
  const items = pageItems(list.data);
  return (
    <>
      <PageHeader title={t("admin.usersTitle")} lead={t("admin.usersLead")} />
      <CreateUser />
      <UserFilters />
      <PagedList
        list={list}
        count={items.length}
        empty={t("admin.noUsers")}
        wrap={(content) => <Card id="users">{content}</Card>}
      >
        <p className="result-count">
          {t("admin.userCount", { count: list.data?.pages[0]?.total ?? 0 })}
        </p>
        <UsersTable items={items} />
      </PagedList>
    </>
  );
}
