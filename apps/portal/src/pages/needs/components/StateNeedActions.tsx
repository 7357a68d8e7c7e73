/**
 * What a State's focal point (or the secretariat) does with one of its needs (issue 15, States;
 * docs/states.md): edit it, withdraw it, propose a correction of its grouping or articles,
 * consent to share it with named providers, and read its revisions.
 */
import {
  CATEGORY_IDS,
  CONFIDENTIALITY_TIERS,
  canWithdraw,
  type CategoryId,
  type Confidentiality,
  type NeedStatus,
} from "@tahub/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxGroup } from "../../../components/form";
import { Badge, Card } from "../../../components/ui";
import { parseArticles } from "../../../lib/articles";
import { describeError } from "../../../lib/errors";
import { useLabels } from "../../../lib/labels";
import { useTRPC } from "../../../lib/trpc";

interface NeedLike {
  id: string;
  version: number;
  text: string;
  articles: number[];
  confidentiality: Confidentiality;
  genderResponsive: boolean;
  status: NeedStatus;
}

function useRefreshNeed(id: string) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: trpc.needs.byId.queryKey({ id }) });
    void qc.invalidateQueries({ queryKey: trpc.needs.history.queryKey({ id }) });
    void qc.invalidateQueries({ queryKey: trpc.needs.list.pathKey() });
    void qc.invalidateQueries({ queryKey: trpc.corrections.list.pathKey() });
    void qc.invalidateQueries({ queryKey: trpc.consents.list.pathKey() });
  };
}

function Outcome({ error, ok }: { error: unknown; ok: string | null }) {
  const { t } = useTranslation();
  if (error)
    return (
      <p className="field-error" role="alert">
        {describeError(error, t)}
      </p>
    );
  return ok ? (
    <p className="field-ok" role="status">
      {ok}
    </p>
  ) : null;
}

/** Edit the text, articles, confidentiality and gender flag (optimistic version). */
function NeedEditForm({ need }: { need: NeedLike }) {
  const { t } = useTranslation();
  const l = useLabels();
  const id = useId();
  const trpc = useTRPC();
  const refresh = useRefreshNeed(need.id);
  const [text, setText] = useState(need.text);
  const [articles, setArticles] = useState(need.articles.join(", "));
  const [tier, setTier] = useState<Confidentiality>(need.confidentiality);
  const [gender, setGender] = useState(need.genderResponsive);
  const save = useMutation(trpc.needs.update.mutationOptions({ onSuccess: refresh }));
  const parsed = parseArticles(articles);
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({
      id: need.id,
      version: need.version,
      ...(text !== need.text ? { text } : {}),
      ...(parsed.articles.join(",") !== need.articles.join(",")
        ? { articles: parsed.articles }
        : {}),
      ...(tier !== need.confidentiality ? { confidentiality: tier } : {}),
      ...(gender !== need.genderResponsive ? { genderResponsive: gender } : {}),
    });
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t("states.edit.title")}>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t("fields.text")}</label>
        <textarea
          id={`${id}-text`}
          value={text}
          rows={5}
          onChange={(e) => setText(e.target.value)}
        />
        <p className="hint">{t("states.edit.textHint")}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-art`}>{t("fields.articles")}</label>
        <input id={`${id}-art`} value={articles} onChange={(e) => setArticles(e.target.value)} />
        {parsed.invalid.length ? (
          <p className="field-error">
            {t("states.invalidArticles", { list: parsed.invalid.join(", ") })}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-tier`}>{t("need.confidentiality")}</label>
        <select
          id={`${id}-tier`}
          value={tier}
          onChange={(e) => setTier(e.target.value as Confidentiality)}
        >
          {CONFIDENTIALITY_TIERS.map((c) => (
            <option key={c} value={c}>
              {l.confidentiality(c)}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input type="checkbox" checked={gender} onChange={(e) => setGender(e.target.checked)} />
        <span>{t("need.gender")}</span>
      </label>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t("states.edit.save")}
      </button>
      <Outcome error={save.error} ok={save.isSuccess ? t("states.edit.saved") : null} />
    </form>
  );
}

/** Withdraw, with a reason (final). */
function WithdrawForm({ need }: { need: NeedLike }) {
  const { t } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const refresh = useRefreshNeed(need.id);
  const [reason, setReason] = useState("");
  const withdraw = useMutation(trpc.needs.withdraw.mutationOptions({ onSuccess: refresh }));
  if (!canWithdraw(need.status)) return null;
  return (
    <form
      className="form"
      aria-label={t("states.withdraw.title")}
      onSubmit={(e) => {
        e.preventDefault();
        if (window.confirm(t("states.withdraw.confirm")))
          withdraw.mutate({ id: need.id, version: need.version, reason });
      }}
    >
      <p className="hint">{t("states.withdraw.hint")}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t("fields.reason")}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
        />
      </div>
      <button type="submit" className="button button-danger" disabled={withdraw.isPending}>
        {t("states.withdraw.submit")}
      </button>
      <Outcome error={withdraw.error} ok={null} />
    </form>
  );
}

/** Propose groupings and/or articles, and see earlier proposals' outcomes. */
function CorrectionForm({ need }: { need: NeedLike }) {
  const { t } = useTranslation();
  const l = useLabels();
  const id = useId();
  const trpc = useTRPC();
  const refresh = useRefreshNeed(need.id);
  const [categories, setCategories] = useState<CategoryId[]>([]);
  const [articles, setArticles] = useState("");
  const [comment, setComment] = useState("");
  const list = useQuery(trpc.corrections.list.queryOptions({ needId: need.id }));
  const propose = useMutation(
    trpc.corrections.propose.mutationOptions({
      onSuccess: () => {
        refresh();
        setComment("");
      },
    }),
  );
  const parsed = parseArticles(articles);
  return (
    <>
      {list.data?.length ? (
        <ul className="plain-list">
          {list.data.map((c) => (
            <li key={c.id}>
              <Badge
                tone={
                  c.status === "accepted"
                    ? "success"
                    : c.status === "rejected"
                      ? "danger"
                      : "warning"
                }
              >
                {t(`states.correction.status.${c.status}`)}
              </Badge>{" "}
              {c.proposed.categories.map((x) => l.category(x)).join(", ")}
              {c.proposed.articles ? ` · ${l.articles(c.proposed.articles)}` : ""}
              <span className="cell-sub">{c.comment}</span>
              {c.decisionReason ? (
                <span className="cell-sub">
                  {t("states.correction.reason", { reason: c.decisionReason })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {need.status !== "withdrawn" && !list.data?.some((c) => c.status === "pending") ? (
        <form
          className="form"
          aria-label={t("states.correction.title")}
          onSubmit={(e) => {
            e.preventDefault();
            propose.mutate({
              needId: need.id,
              ...(categories.length ? { categories } : {}),
              ...(articles.trim() ? { articles: parsed.articles } : {}),
              comment,
            });
          }}
        >
          <CheckboxGroup
            legend={t("states.correction.categories")}
            options={CATEGORY_IDS}
            value={categories}
            onChange={setCategories}
            label={(c) => l.category(c)}
          />
          <div className="field">
            <label htmlFor={`${id}-art`}>{t("states.correction.articles")}</label>
            <input
              id={`${id}-art`}
              value={articles}
              onChange={(e) => setArticles(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-comment`}>{t("fields.comment")}</label>
            <textarea
              id={`${id}-comment`}
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              required
            />
          </div>
          <button type="submit" className="button" disabled={propose.isPending}>
            {t("states.correction.submit")}
          </button>
          <Outcome
            error={propose.error}
            ok={propose.isSuccess ? t("states.correction.sent") : null}
          />
        </form>
      ) : null}
    </>
  );
}

/** Consents to share a restricted need with named providers (who, when, until, revoked). */
function ShareConsents({ need }: { need: NeedLike }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const refresh = useRefreshNeed(need.id);
  const consents = useQuery(trpc.consents.list.queryOptions({ needId: need.id }));
  const providers = useQuery(trpc.providers.list.queryOptions({}));
  const [providerId, setProviderId] = useState("");
  const [expiresOn, setExpiresOn] = useState("");
  const grant = useMutation(trpc.consents.grant.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.consents.revoke.mutationOptions({ onSuccess: refresh }));
  const fmt = (d: string) =>
    new Date(d).toLocaleDateString(i18n.language, {
      year: "numeric",
      month: "short",
      day: "numeric",
    });
  return (
    <>
      <p className="hint">{t("states.share.hint")}</p>
      {consents.data?.length ? (
        <ul className="plain-list">
          {consents.data.map((c) => (
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
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate({ id: c.id })}
                >
                  {t("states.share.revoke")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t("states.share.none")}</p>
      )}
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
        <div className="field field-inline field-grow">
          <label htmlFor={`${id}-p`}>{t("states.share.provider")}</label>
          <select id={`${id}-p`} value={providerId} onChange={(e) => setProviderId(e.target.value)}>
            <option value="">{t("states.share.choose")}</option>
            {(providers.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={`${id}-until`}>{t("states.share.expiresOn")}</label>
          <input
            id={`${id}-until`}
            value={expiresOn}
            placeholder={t("wording.dayFormat")}
            inputMode="numeric"
            onChange={(e) => setExpiresOn(e.target.value.trim())}
          />
        </div>
        <button type="submit" className="button" disabled={grant.isPending || !providerId}>
          {t("states.share.grant")}
        </button>
      </form>
      <Outcome error={grant.error ?? revoke.error} ok={null} />
    </>
  );
}

/** The revisions: who changed what, when, before and after. */
function NeedRevisions({ needId }: { needId: string }) {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const history = useQuery(trpc.needs.history.queryOptions({ id: needId }));
  if (!history.data) return null;
  const show = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === "") return "—";
    if (field === "articles" && Array.isArray(v)) return l.articles(v as number[]);
    if (field === "categories" && Array.isArray(v))
      return (v as string[]).map(l.category).join(", ");
    if (field === "category") return l.category(String(v));
    if (field === "status") return l.status(String(v));
    if (field === "confidentiality") return l.confidentiality(String(v));
    if (field === "chapterId") return l.chapter(String(v));
    if (typeof v === "boolean") return v ? t("states.yes") : t("states.no");
    if (field === "reviewAction")
      return t(`states.revision.review.${String(v)}`, { defaultValue: String(v) });
    return String(v);
  };
  const fmt = (d: string) =>
    new Date(d).toLocaleString(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return history.data.revisions.length ? (
    <ol className="timeline">
      {history.data.revisions.map((r) => (
        <li key={`${r.version}-${r.at}`}>
          <span className="timeline-date">{fmt(r.at)}</span>
          <span>
            <strong>{t(`states.revision.kind.${r.kind}`)}</strong> · {r.by ?? "—"}
            {r.reason ? <span className="cell-sub">{r.reason}</span> : null}
            <dl className="facts">
              {r.changes.map((c) => (
                <div key={c.field}>
                  <dt>{t(`states.revision.field.${c.field}`)}</dt>
                  <dd>
                    <del>{show(c.field, c.before)}</del> → <ins>{show(c.field, c.after)}</ins>
                  </dd>
                </div>
              ))}
            </dl>
          </span>
        </li>
      ))}
    </ol>
  ) : (
    <p className="hint">{t("states.revision.none")}</p>
  );
}

/** Every State action on the need, as cards (rendered for its State and the secretariat). */
export function StateNeedActions({ need }: { need: NeedLike }) {
  const { t } = useTranslation();
  const open = need.status !== "withdrawn";
  return (
    <>
      {open ? (
        <Card title={t("states.edit.title")} id="need-edit">
          <details className="inline-details">
            <summary>{t("states.edit.open")}</summary>
            <NeedEditForm need={need} />
          </details>
        </Card>
      ) : null}
      <Card title={t("states.correction.title")} id="need-correction">
        <CorrectionForm need={need} />
      </Card>
      {open && need.confidentiality !== "public" ? (
        <Card title={t("states.share.title")} id="need-share">
          <ShareConsents need={need} />
        </Card>
      ) : null}
      {open && canWithdraw(need.status) ? (
        <Card title={t("states.withdraw.title")} id="need-withdraw">
          <WithdrawForm need={need} />
        </Card>
      ) : null}
      <Card title={t("states.revision.title")} id="need-revisions">
        <NeedRevisions needId={need.id} />
      </Card>
    </>
  );
}
