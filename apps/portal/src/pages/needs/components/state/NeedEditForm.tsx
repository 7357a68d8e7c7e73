import { canWithdraw, type Confidentiality } from "@tahub/domain";
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ConfidentialityField, Outcome, TextField } from "../../../../components/form";
import { parseArticles } from "../../../../lib/articles";
import { useTRPC } from "../../../../lib/trpc";
import { useRefreshNeed, type NeedLike } from "./shared";

interface EditDraft {
  text: string;
  articles: string;
  tier: Confidentiality;
  gender: boolean;
}

/** Only what changed goes to the API, with the version the edit started from. */
export function editInput(need: NeedLike, d: EditDraft) {
  const articles = parseArticles(d.articles).articles;
  return {
    id: need.id,
    version: need.version,
    ...(d.text !== need.text ? { text: d.text } : {}),
    ...(articles.join(",") !== need.articles.join(",") ? { articles } : {}),
    ...(d.tier !== need.confidentiality ? { confidentiality: d.tier } : {}),
    ...(d.gender !== need.genderResponsive ? { genderResponsive: d.gender } : {}),
  };
}

/** Edit the text, articles, confidentiality and gender flag (optimistic version). */
export function NeedEditForm({ need }: { need: NeedLike }) {
  const { t } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const refresh = useRefreshNeed(need.id);
  const [d, setD] = useState<EditDraft>({
    text: need.text,
    articles: need.articles.join(", "),
    tier: need.confidentiality,
    gender: need.genderResponsive,
  });
  const save = useMutation(trpc.needs.update.mutationOptions({ onSuccess: refresh }));
  const invalid = parseArticles(d.articles).invalid;
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(editInput(need, d));
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t("states.edit.title")}>
      <TextField
        id={`${id}-text`}
        label={t("fields.text")}
        value={d.text}
        rows={5}
        onChange={(text) => setD({ ...d, text })}
        hint={t("states.edit.textHint")}
      />
      <div className="field">
        <label htmlFor={`${id}-art`}>{t("fields.articles")}</label>
        <input
          id={`${id}-art`}
          value={d.articles}
          onChange={(e) => setD({ ...d, articles: e.target.value })}
        />
        {invalid.length ? (
          <p className="field-error">{t("states.invalidArticles", { list: invalid.join(", ") })}</p>
        ) : null}
      </div>
      <ConfidentialityField
        id={`${id}-tier`}
        value={d.tier}
        onChange={(tier) => setD({ ...d, tier })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={d.gender}
          onChange={(e) => setD({ ...d, gender: e.target.checked })}
        />
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
export function WithdrawForm({ need }: { need: NeedLike }) {
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
      <TextField
        id={`${id}-reason`}
        label={t("fields.reason")}
        value={reason}
        onChange={setReason}
        required
      />
      <button type="submit" className="button button-danger" disabled={withdraw.isPending}>
        {t("states.withdraw.submit")}
      </button>
      <Outcome error={withdraw.error} ok={null} />
    </form>
  );
}
