import {
  INGEST_ERROR_REASONS,
  MAX_SUMMARY_UPLOAD_BYTES,
  REVIEWED_CHAPTERS,
  summaryFileType,
} from "@tahub/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Card, PageHeader } from "../../components/ui";
import { readFileBase64 } from "../../lib/download";
import { describeError, errorDetails, fieldErrors } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";

/** One need as the user edits it before confirming. */
interface Draft {
  key: number;
  text: string;
  articles: string;
  paragraph: string;
  heading: string | null;
  category: string | null;
  abstain: boolean;
}

let nextKey = 1;
const parseArticles = (s: string) =>
  [
    ...new Set(
      s
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(Number),
    ),
  ].filter((n) => Number.isInteger(n) && n >= 1 && n <= 71);

/** The translated reason of a refused summary (`details.reason`, or the oversized upload field). */
function reasonOf(err: unknown): string | null {
  const reason = (errorDetails(err) as { reason?: string } | null)?.reason;
  if (reason && (INGEST_ERROR_REASONS as readonly string[]).includes(reason)) return reason;
  if (fieldErrors(err).some((f) => f.field.endsWith("contentBase64"))) return "too-large";
  return null;
}

/**
 * Executive-summary ingestion (issue 14, part 4): paste or upload the technical-assistance
 * section, check and edit the needs TA Hub found (merge, split, edit, remove), then store them
 * all at once. The secretariat for any State; a focal point for its own.
 */
export default function IngestPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const { user, isSecretariat } = useSession();
  const [state, setState] = useState(user?.state ?? "");
  const [cycle, setCycle] = useState<1 | 2>(2);
  const [chapter, setChapter] = useState("II");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [filename, setFilename] = useState<string | null>(null);

  const preview = useMutation(
    trpc.ingest.preview.mutationOptions({
      onSuccess: (p) => {
        setFilename(p.filename);
        setDrafts(
          p.needs.map((n) => ({
            key: nextKey++,
            text: n.text,
            articles: n.articles.join(", "),
            paragraph: n.paragraph,
            heading: n.heading,
            category: n.category,
            abstain: n.abstain,
          })),
        );
      },
    }),
  );
  const commit = useMutation(
    trpc.ingest.commit.mutationOptions({
      onSuccess: () => {
        setDrafts(null);
        void queryClient.invalidateQueries({ queryKey: trpc.needs.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.analytics.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.classify.pathKey() });
      },
    }),
  );

  const stateCode = (isSecretariat ? state : (user?.state ?? "")).trim().toUpperCase();
  const meta = { state: stateCode, cycle, chapter: chapter as "II" | "V" };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setLocalError(null);
    preview.reset();
    commit.reset();
    if (file) {
      if (!summaryFileType(file.name)) return setLocalError(t("ingest.errors.unsupported-type"));
      if (file.size > MAX_SUMMARY_UPLOAD_BYTES) return setLocalError(t("ingest.errors.too-large"));
      const contentBase64 = await readFileBase64(file);
      preview.mutate({ ...meta, source: { file: { filename: file.name, contentBase64 } } });
    } else if (text.trim()) preview.mutate({ ...meta, source: { text } });
    else setLocalError(t("ingest.pasteOrUpload"));
  }

  const update = (i: number, patch: Partial<Draft>) =>
    setDrafts((d) => d && d.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const remove = (i: number) => setDrafts((d) => d && d.filter((_, k) => k !== i));
  const merge = (i: number) =>
    setDrafts((d) => {
      const a = d?.[i];
      const b = d?.[i + 1];
      if (!d || !a || !b) return d;
      const merged: Draft = {
        ...a,
        text: `${a.text.replace(/[.;\s]+$/, "")}; ${b.text}`,
        articles: parseArticles(`${a.articles},${b.articles}`).join(", "),
        paragraph: a.paragraph === b.paragraph ? a.paragraph : `${a.paragraph}\n${b.paragraph}`,
      };
      return [...d.slice(0, i), merged, ...d.slice(i + 2)];
    });
  /** Splits at the cursor in the need's text box (or, without one, in the middle). */
  const split = (i: number) =>
    setDrafts((d) => {
      const a = d?.[i];
      if (!d || !a) return d;
      const box = document.getElementById(`ingest-text-${a.key}`) as HTMLTextAreaElement | null;
      let at = box?.selectionStart ?? 0;
      if (at <= 0 || at >= a.text.length) at = a.text.indexOf(" ", Math.floor(a.text.length / 2));
      if (at <= 0) return d;
      const first = { ...a, text: a.text.slice(0, at).trim() };
      const second = { ...a, key: nextKey++, text: a.text.slice(at).trim() };
      return [...d.slice(0, i), first, second, ...d.slice(i + 1)];
    });

  const reason = reasonOf(preview.error ?? commit.error);
  const error = preview.error ?? commit.error;

  return (
    <>
      <PageHeader title={t("ingest.title")} lead={t("ingest.lead")} />
      <Card title={t("ingest.source")} id="ingest-form">
        <form className="form" onSubmit={(e) => void submit(e)}>
          {isSecretariat ? (
            <div className="field">
              <label htmlFor="ingest-state">{t("ingest.state")}</label>
              <input
                id="ingest-state"
                value={state}
                maxLength={3}
                placeholder="KEN"
                onChange={(e) => setState(e.target.value)}
                required
              />
            </div>
          ) : (
            <p>{t("ingest.forState", { state: labels.state(user?.state) })}</p>
          )}
          <div className="field">
            <label htmlFor="ingest-cycle">{t("ingest.cycle")}</label>
            <select
              id="ingest-cycle"
              value={cycle}
              onChange={(e) => {
                const c = Number(e.target.value) as 1 | 2;
                setCycle(c);
                setChapter(REVIEWED_CHAPTERS[c][0]);
              }}
            >
              <option value={2}>2</option>
              <option value={1}>1</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="ingest-chapter">{t("ingest.chapter")}</label>
            <select
              id="ingest-chapter"
              value={chapter}
              onChange={(e) => setChapter(e.target.value)}
            >
              {REVIEWED_CHAPTERS[cycle].map((c) => (
                <option key={c} value={c}>
                  {labels.chapter(c)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ingest-text">{t("ingest.paste")}</label>
            <textarea
              id="ingest-text"
              rows={8}
              value={text}
              onChange={(e) => setText(e.target.value)}
              disabled={!!file}
            />
          </div>
          <div className="field">
            <label htmlFor="ingest-file">{t("ingest.file")}</label>
            <input
              id="ingest-file"
              type="file"
              accept=".docx,.pdf,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              aria-describedby="ingest-hint"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            <p id="ingest-hint" className="hint">
              {t("ingest.hint")}
            </p>
          </div>
          <button type="submit" className="button button-primary" disabled={preview.isPending}>
            {preview.isPending ? t("ingest.reading") : t("ingest.preview")}
          </button>
        </form>
        {localError || error ? (
          <p className="alert alert-error" role="alert">
            {localError ?? (reason ? t(`ingest.errors.${reason}`) : describeError(error, t))}
            {!localError && reason ? ` ${t("ingest.nothingStored")}` : ""}
          </p>
        ) : null}
        <div role="status" aria-live="polite">
          {commit.data ? (
            <p className="alert alert-success">
              {t("ingest.stored", { count: commit.data.created.length })}{" "}
              <Link to={`/needs?state=${stateCode}`}>{t("ingest.seeNeeds")}</Link>
            </p>
          ) : null}
        </div>
      </Card>
      {drafts ? (
        <Card title={t("ingest.found", { count: drafts.length })} id="ingest-preview">
          {filename ? <p className="hint">{filename}</p> : null}
          <ol className="ingest-list">
            {drafts.map((d, i) => (
              <li key={d.key} className="ingest-need">
                <div className="field">
                  <label htmlFor={`ingest-text-${d.key}`}>{t("ingest.needN", { n: i + 1 })}</label>
                  <textarea
                    id={`ingest-text-${d.key}`}
                    rows={2}
                    value={d.text}
                    onChange={(e) => update(i, { text: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`ingest-articles-${d.key}`}>{t("ingest.articles")}</label>
                  <input
                    id={`ingest-articles-${d.key}`}
                    value={d.articles}
                    onChange={(e) => update(i, { articles: e.target.value })}
                  />
                </div>
                <p className="hint">
                  {d.abstain ? t("ingest.toReview") : labels.category(d.category)}
                  {d.heading ? ` · ${d.heading}` : ""}
                </p>
                <details>
                  <summary>{t("ingest.sourceParagraph")}</summary>
                  <p>{d.paragraph}</p>
                </details>
                <div className="actions">
                  <button type="button" className="button" onClick={() => split(i)}>
                    {t("ingest.split")}
                  </button>
                  {i + 1 < drafts.length ? (
                    <button type="button" className="button" onClick={() => merge(i)}>
                      {t("ingest.mergeNext")}
                    </button>
                  ) : null}
                  <button type="button" className="button" onClick={() => remove(i)}>
                    {t("ingest.remove")}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button button-primary"
            disabled={!drafts.length || commit.isPending}
            onClick={() =>
              commit.mutate({
                ...meta,
                filename,
                needs: drafts.map((d) => ({
                  text: d.text.trim(),
                  articles: parseArticles(d.articles),
                  paragraph: d.paragraph,
                  heading: d.heading,
                })),
              })
            }
          >
            {t("ingest.confirm", { count: drafts.length })}
          </button>
        </Card>
      ) : null}
    </>
  );
}
