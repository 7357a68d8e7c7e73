import {
  articlesOutsideChapter,
  MAX_SUMMARY_UPLOAD_BYTES,
  REVIEWED_CHAPTERS,
  summaryFileType,
  type ChapterId,
} from "@tahub/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Card, PageHeader } from "../../components/ui";
import { readFileBase64 } from "../../lib/download";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { mergeDrafts, newKey, parseArticles, splitDraft, type Draft } from "./drafts";
import { IngestOutcome } from "./IngestOutcome";

/** The needs found, as edited: set from a preview, then updated, removed, merged or split. */
function useDrafts() {
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const update = (i: number, patch: Partial<Draft>) =>
    setDrafts((d) => d && d.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const remove = (i: number) => setDrafts((d) => d && d.filter((_, k) => k !== i));
  const merge = (i: number) => setDrafts((d) => d && mergeDrafts(d, i));
  /** Splits at the cursor in the need's text box (or, without one, in the middle). */
  const split = (i: number) =>
    setDrafts((d) => {
      const a = d?.[i];
      if (!d || !a) return d;
      const box = document.getElementById(`ingest-text-${a.key}`) as HTMLTextAreaElement | null;
      return splitDraft(d, i, box?.selectionStart ?? 0, newKey());
    });
  return { drafts, setDrafts, edit: { update, remove, merge, split } };
}

type Edit = ReturnType<typeof useDrafts>["edit"];

/** The State: typed by the secretariat; a focal point's own, said in words. */
function StateField({ state, setState }: { state: string; setState: (s: string) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { user, isSecretariat } = useSession();
  return isSecretariat ? (
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
  );
}

/** Which State (the secretariat types it; a focal point's is its own), review cycle and chapter. */
function WhereFields({
  state,
  setState,
  cycle,
  setCycle,
  chapter,
  setChapter,
}: {
  state: string;
  setState: (s: string) => void;
  cycle: 1 | 2;
  setCycle: (c: 1 | 2) => void;
  chapter: string;
  setChapter: (c: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <>
      <StateField state={state} setState={setState} />
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
        <select id="ingest-chapter" value={chapter} onChange={(e) => setChapter(e.target.value)}>
          {REVIEWED_CHAPTERS[cycle].map((c) => (
            <option key={c} value={c}>
              {labels.chapter(c)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** A need's articles, with a warning while any is outside the summary's chapter. */
function ArticlesField({
  d,
  chapter,
  onChange,
}: {
  d: Draft;
  chapter: ChapterId;
  onChange: (articles: string) => void;
}) {
  const { t } = useTranslation();
  // Re-checked as the articles are edited: the figures count the need under the summary's chapter.
  const outside = articlesOutsideChapter(parseArticles(d.articles), chapter);
  return (
    <>
      <div className="field">
        <label htmlFor={`ingest-articles-${d.key}`}>{t("ingest.articles")}</label>
        <input
          id={`ingest-articles-${d.key}`}
          value={d.articles}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={outside.length ? `ingest-outside-${d.key}` : undefined}
        />
      </div>
      {outside.length ? (
        <p className="alert alert-warning" id={`ingest-outside-${d.key}`}>
          {t("ingest.outsideChapter", { articles: outside.join(", "), chapter })}
        </p>
      ) : null}
    </>
  );
}

/** One need found: its text and articles to edit, its grouping, source paragraph, and moves. */
function DraftItem({
  d,
  i,
  last,
  edit,
  chapter,
}: {
  d: Draft;
  i: number;
  last: boolean;
  edit: Edit;
  chapter: ChapterId;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { update, remove, merge, split } = edit;
  return (
    <li className="ingest-need">
      <div className="field">
        <label htmlFor={`ingest-text-${d.key}`}>{t("ingest.needN", { n: i + 1 })}</label>
        <textarea
          id={`ingest-text-${d.key}`}
          rows={2}
          value={d.text}
          onChange={(e) => update(i, { text: e.target.value })}
        />
      </div>
      <ArticlesField d={d} chapter={chapter} onChange={(articles) => update(i, { articles })} />
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
        {!last ? (
          <button type="button" className="button" onClick={() => merge(i)}>
            {t("ingest.mergeNext")}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => remove(i)}>
          {t("ingest.remove")}
        </button>
      </div>
    </li>
  );
}

/** The section pasted, or a file uploaded instead (which disables the paste box). */
function SourceFields({
  text,
  setText,
  file,
  setFile,
}: {
  text: string;
  setText: (s: string) => void;
  file: File | null;
  setFile: (f: File | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}

/** The needs found, to check and edit, then stored all at once. */
function PreviewCard({
  drafts,
  chapter,
  filename,
  edit,
  storing,
  onStore,
}: {
  drafts: Draft[];
  filename: string | null;
  edit: Edit;
  storing: boolean;
  onStore: (finalisedOn: string | undefined) => void;
  chapter: ChapterId;
}) {
  const { t } = useTranslation();
  // The summary's day dates its needs in the figures; used only when none is on record.
  const [finalisedOn, setFinalisedOn] = useState("");
  return (
    <Card title={t("ingest.found", { count: drafts.length })} id="ingest-preview">
      {filename ? <p className="hint">{filename}</p> : null}
      <ol className="ingest-list">
        {drafts.map((d, i) => (
          <DraftItem key={d.key} {...{ d, i, edit, chapter }} last={i + 1 >= drafts.length} />
        ))}
      </ol>
      <div className="field">
        <label htmlFor="ingest-finalised">
          {t("ingest.finalisedOn")} ({t("wording.dayFormat")})
        </label>
        <input
          id="ingest-finalised"
          type="text"
          inputMode="numeric"
          placeholder="2023-09-15"
          value={finalisedOn}
          onChange={(e) => setFinalisedOn(e.target.value)}
          aria-describedby="ingest-finalised-hint"
        />
        <span className="hint" id="ingest-finalised-hint">
          {t("ingest.finalisedOnHint")}
        </span>
      </div>
      <button
        type="button"
        className="button button-primary"
        disabled={!drafts.length || storing}
        onClick={() => onStore(finalisedOn.trim() || undefined)}
      >
        {t("ingest.confirm", { count: drafts.length })}
      </button>
    </Card>
  );
}

/** Preview (the needs found become the drafts) and commit (stored; lists refreshed). */
function useIngestMutations(
  setDrafts: (d: Draft[] | null) => void,
  setFilename: (f: string | null) => void,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preview = useMutation(
    trpc.ingest.preview.mutationOptions({
      onSuccess: (p) => {
        setFilename(p.filename);
        setDrafts(
          p.needs.map((n) => ({
            key: newKey(),
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
  return { preview, commit };
}

type Meta = { state: string; cycle: 1 | 2; chapter: "II" | "V" };
type PreviewInput = Meta & {
  source: { text: string } | { file: { filename: string; contentBase64: string } };
};

/** The section pasted or the file chosen; sending it checks the file's type and size first. */
function useSummarySource(meta: Meta, reset: () => void, send: (input: PreviewInput) => void) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setLocalError(null);
    reset();
    if (file) {
      if (!summaryFileType(file.name)) return setLocalError(t("ingest.errors.unsupported-type"));
      if (file.size > MAX_SUMMARY_UPLOAD_BYTES) return setLocalError(t("ingest.errors.too-large"));
      const contentBase64 = await readFileBase64(file);
      send({ ...meta, source: { file: { filename: file.name, contentBase64 } } });
    } else if (text.trim()) send({ ...meta, source: { text } });
    else setLocalError(t("ingest.pasteOrUpload"));
  }

  return { text, setText, file, setFile, localError, submit };
}

/** What the commit sends: the summary's State, cycle and chapter, its day, and the needs as edited. */
function commitInput(meta: Meta, filename: string | null, d: Draft[], finalisedOn?: string) {
  return {
    ...meta,
    ...(finalisedOn ? { finalisedOn } : {}),
    filename,
    needs: d.map((x) => ({
      text: x.text.trim(),
      articles: parseArticles(x.articles),
      paragraph: x.paragraph,
      heading: x.heading,
    })),
  };
}

/**
 * Executive-summary ingestion (issue 14, part 4): paste or upload the technical-assistance
 * section, check and edit the needs TA Hub found (merge, split, edit, remove), then store them
 * all at once. The secretariat for any State; a focal point for its own.
 */
export default function IngestPage() {
  const { t } = useTranslation();
  const { user, isSecretariat } = useSession();
  const [state, setState] = useState(user?.state ?? "");
  const [cycle, setCycle] = useState<1 | 2>(2);
  const [chapter, setChapter] = useState("II");
  const [filename, setFilename] = useState<string | null>(null);
  const { drafts, setDrafts, edit } = useDrafts();
  const { preview, commit } = useIngestMutations(setDrafts, setFilename);
  const stateCode = (isSecretariat ? state : (user?.state ?? "")).trim().toUpperCase();
  const meta: Meta = { state: stateCode, cycle, chapter: chapter as "II" | "V" };

  const { text, setText, file, setFile, localError, submit } = useSummarySource(
    meta,
    () => {
      preview.reset();
      commit.reset();
    },
    preview.mutate,
  );

  return (
    <>
      <PageHeader title={t("ingest.title")} lead={t("ingest.lead")} />
      <Card title={t("ingest.source")} id="ingest-form">
        <form className="form" onSubmit={(e) => void submit(e)}>
          <WhereFields {...{ state, setState, cycle, setCycle, chapter, setChapter }} />
          <SourceFields text={text} setText={setText} file={file} setFile={setFile} />
          <button type="submit" className="button button-primary" disabled={preview.isPending}>
            {preview.isPending ? t("ingest.reading") : t("ingest.preview")}
          </button>
        </form>
        <IngestOutcome
          localError={localError}
          error={preview.error ?? commit.error}
          stored={commit.data?.created.length}
          summary={commit.data?.summary}
          stateCode={stateCode}
        />
      </Card>
      {drafts ? (
        <PreviewCard
          drafts={drafts}
          chapter={meta.chapter}
          filename={filename}
          edit={edit}
          storing={commit.isPending}
          onStore={(day) => commit.mutate(commitInput(meta, filename, drafts, day))}
        />
      ) : null}
    </>
  );
}
