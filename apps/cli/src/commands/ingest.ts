/**
 * `tahub ingest summary`: an executive summary's technical-assistance section (TXT, DOCX or PDF)
 * in, one JSON line per need out; stored all or nothing unless --dry-run (the same functions as
 * the portal's ingestion page, packages/api/src/services/ingest.ts).
 */
import { readFile, stat } from "node:fs/promises";
import { AppError, commitSummary, createServices, previewText, summaryFileText } from "@tahub/api";
import { createDb, loadReferenceData, migrate } from "@tahub/db";
import { MAX_SUMMARY_UPLOAD_BYTES, ZSummaryCommitInputSchema } from "@tahub/domain";
import { UsageError, type Command, type CommandContext, type Io } from "../lib/command.js";

const USAGE =
  "tahub ingest summary --file F.txt|.docx|.pdf --state ISO3 [--cycle 2] --chapter II|V [--finalised YYYY-MM-DD] [--json] [--dry-run] [--db URL|DIR]";

type Values = CommandContext["values"];
type Services = ReturnType<typeof createServices>;
type Preview = ReturnType<typeof previewText>;

/** The summary's State, cycle, chapter, language and file name, checked as the API checks them. */
function summaryMeta(values: Values, file: string) {
  const meta = ZSummaryCommitInputSchema.safeParse({
    state: (values.state as string | undefined)?.toUpperCase(),
    cycle: values.cycle === undefined ? 2 : Number(values.cycle),
    chapter: (values.chapter as string | undefined)?.toUpperCase(),
    language: values.language,
    finalisedOn: values.finalised,
    filename: file.split(/[\\/]/).pop(),
    needs: [{ text: "placeholder" }],
  });
  if (!meta.success)
    throw new UsageError(
      meta.error.issues
        .map((i) => {
          const field = String(i.path[0] ?? "input");
          return `--${field === "finalisedOn" ? "finalised" : field}: ${i.message}`;
        })
        .join("; "),
    );
  return meta.data;
}

/** The file's bytes, refused above the upload limit the portal has too. */
async function readSummary(file: string): Promise<Buffer> {
  try {
    if ((await stat(file)).size > MAX_SUMMARY_UPLOAD_BYTES)
      throw new UsageError(
        `${file}: the file is larger than ${MAX_SUMMARY_UPLOAD_BYTES / 1048576} MB`,
      );
    return await readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

/** One line per need found: JSON with --json, else category, articles and text. */
function printPreview(preview: Preview, json: boolean, io: Io, chapter: string) {
  for (const n of preview.needs) {
    const line = {
      text: n.text,
      articles: n.articles,
      categories: n.categories,
      abstain: n.abstain,
      category: n.category,
      articlesFrom: n.articlesFrom,
      suggestedArticles: n.suggestedArticles,
      outsideChapter: n.outsideChapter,
      heading: n.heading,
      paragraph: n.paragraph,
    };
    io.out(
      json
        ? JSON.stringify(line)
        : `${n.abstain ? "(review)" : (n.category ?? "-")}  [${n.articles.join(", ") || "-"}]  ${n.text}` +
            (n.outsideChapter.length
              ? `  (check: art. ${n.outsideChapter.join(", ")} not in chapter ${chapter})`
              : ""),
    );
  }
}

/** Stores the needs found, all or none, in the database `--db` names. */
async function store(
  values: Values,
  services: Services,
  meta: ReturnType<typeof summaryMeta>,
  preview: Preview,
  io: Io,
) {
  const db = await createDb(values.db ? { url: values.db as string } : {});
  try {
    await migrate(db);
    // The Convention and the States parties (idempotent): a fresh database can take needs at once.
    await loadReferenceData(db.prisma);
    // Validated whole before anything is written: all the needs or none.
    const input = ZSummaryCommitInputSchema.safeParse({
      ...meta,
      needs: preview.needs.map((n) => ({
        text: n.text,
        articles: n.articles,
        paragraph: n.paragraph,
        heading: n.heading,
      })),
    });
    if (!input.success)
      throw new UsageError(
        `nothing stored: ${input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
    const r = await commitSummary(db.prisma, services, null, input.data);
    io.err(`${r.created.length} need(s) stored (ingestion ${r.ingestId})`);
    io.err(
      r.summary.created
        ? `recorded ${meta.state}'s cycle-${meta.cycle} executive summary as finalised on ${r.summary.finalisedOn}`
        : `dated by ${meta.state}'s cycle-${meta.cycle} executive summary on record, finalised on ${r.summary.finalisedOn}`,
    );
  } finally {
    await db.close();
  }
}

export const ingestCommand: Command = {
  name: "ingest",
  summary:
    "Split an executive summary's technical assistance section into classified needs and store them",
  usage: USAGE,
  options: {
    file: { type: "string" },
    state: { type: "string" },
    cycle: { type: "string" },
    chapter: { type: "string" },
    language: { type: "string" },
    finalised: { type: "string" },
    json: { type: "boolean" },
    "dry-run": { type: "boolean" },
    db: { type: "string" },
  },
  async run({ positionals, values, io }) {
    if (positionals[0] !== "summary") throw new UsageError(`say what to ingest: ${USAGE}`);
    const file = values.file as string | undefined;
    if (!file) throw new UsageError(`--file is required\nusage: ${USAGE}`);
    const meta = summaryMeta(values, file);
    const buf = await readSummary(file);
    const services = createServices();
    let preview: Preview;
    try {
      preview = previewText(
        services,
        await summaryFileText(file, buf),
        meta.filename,
        meta.chapter,
      );
    } catch (e) {
      if (e instanceof AppError) throw new UsageError(`${file}: ${e.message}`);
      throw e;
    }
    printPreview(preview, Boolean(values.json), io, meta.chapter);
    const flagged = preview.needs.filter((n) => n.outsideChapter.length).length;
    if (flagged)
      io.err(
        `${flagged} need(s) cite articles outside chapter ${meta.chapter}: they would count under chapter ${meta.chapter}; check the chapter or the articles`,
      );
    if (values["dry-run"]) {
      io.err(`${preview.needs.length} need(s) found; nothing stored (--dry-run)`);
      return 0;
    }
    await store(values, services, meta, preview, io);
    return 0;
  },
};
