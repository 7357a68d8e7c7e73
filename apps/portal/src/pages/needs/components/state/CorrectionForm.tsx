import { CATEGORY_IDS, type CategoryId } from "@tahub/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxGroup, Outcome, TextField } from "../../../../components/form";
import { Badge } from "../../../../components/ui";
import { parseArticles } from "../../../../lib/articles";
import { useLabels } from "../../../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../../../lib/trpc";
import { useRefreshNeed, type NeedLike } from "./shared";

type Proposal = RouterOutputs["corrections"]["list"][number];

const TONE = { accepted: "success", rejected: "danger", pending: "warning" } as const;

/** Earlier proposals: their outcome, what they proposed, the comment and the decision's reason. */
export function ProposalList({ proposals }: { proposals: readonly Proposal[] }) {
  const { t } = useTranslation();
  const l = useLabels();
  if (!proposals.length) return null;
  return (
    <ul className="plain-list">
      {proposals.map((c) => (
        <li key={c.id}>
          <Badge tone={TONE[c.status]}>{t(`states.correction.status.${c.status}`)}</Badge>{" "}
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
  );
}

/** The proposal form: groupings and/or articles, with a comment for the secretariat. */
function ProposeForm({ need }: { need: NeedLike }) {
  const { t } = useTranslation();
  const l = useLabels();
  const id = useId();
  const trpc = useTRPC();
  const refresh = useRefreshNeed(need.id);
  const [categories, setCategories] = useState<CategoryId[]>([]);
  const [articles, setArticles] = useState("");
  const [comment, setComment] = useState("");
  const propose = useMutation(
    trpc.corrections.propose.mutationOptions({
      onSuccess: () => {
        refresh();
        setComment("");
      },
    }),
  );
  return (
    <form
      className="form"
      aria-label={t("states.correction.title")}
      onSubmit={(e) => {
        e.preventDefault();
        propose.mutate({
          needId: need.id,
          ...(categories.length ? { categories } : {}),
          ...(articles.trim() ? { articles: parseArticles(articles).articles } : {}),
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
      <TextField
        id={`${id}-art`}
        label={t("states.correction.articles")}
        value={articles}
        onChange={setArticles}
      />
      <TextField
        id={`${id}-comment`}
        label={t("fields.comment")}
        rows={3}
        value={comment}
        onChange={setComment}
        required
      />
      <button type="submit" className="button" disabled={propose.isPending}>
        {t("states.correction.submit")}
      </button>
      <Outcome error={propose.error} ok={propose.isSuccess ? t("states.correction.sent") : null} />
    </form>
  );
}

/** Propose groupings and/or articles, and see earlier proposals' outcomes (one pending at most). */
export function CorrectionForm({ need }: { need: NeedLike }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.corrections.list.queryOptions({ needId: need.id }));
  const proposals = list.data ?? [];
  return (
    <>
      <ProposalList proposals={proposals} />
      {need.status !== "withdrawn" && !proposals.some((c) => c.status === "pending") ? (
        <ProposeForm need={need} />
      ) : null}
    </>
  );
}
