import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../../../lib/labels";
import { asText } from "../../../../lib/text";
import { useTRPC, type RouterOutputs } from "../../../../lib/trpc";

type Revision = RouterOutputs["needs"]["history"]["revisions"][number];
type Labels = ReturnType<typeof useLabels>;

/** A revised field's value in words: articles, categories, statuses and tiers by their names. */
function revisionValue(field: string, v: unknown, l: Labels, t: TFunction): string {
  if (v === null || v === undefined || v === "") return "—";
  if (field === "articles" && Array.isArray(v)) return l.articles(v as number[]);
  if (field === "categories" && Array.isArray(v)) return (v as string[]).map(l.category).join(", ");
  if (typeof v === "boolean") return v ? t("states.yes") : t("states.no");
  const s = asText(v);
  if (field === "category") return l.category(s);
  if (field === "status") return l.status(s);
  if (field === "confidentiality") return l.confidentiality(s);
  if (field === "chapterId") return l.chapter(s);
  if (field === "reviewAction") return t(`states.revision.review.${s}`, { defaultValue: s });
  return s;
}

/** The revisions as a timeline: who changed what, when, before and after. */
export function RevisionList({ revisions }: { revisions: readonly Revision[] }) {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const show = (field: string, v: unknown) => revisionValue(field, v, l, t);
  if (!revisions.length) return <p className="hint">{t("states.revision.none")}</p>;
  return (
    <ol className="timeline">
      {revisions.map((r) => (
        <li key={`${r.version}-${r.at}`}>
          <span className="timeline-date">{when.format(new Date(r.at))}</span>
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
  );
}

/** The need's revisions, read from the API. */
export function NeedRevisions({ needId }: { needId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.needs.history.queryOptions({ id: needId }));
  return history.data ? <RevisionList revisions={history.data.revisions} /> : null;
}
