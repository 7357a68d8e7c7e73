/**
 * `tahub report note`: the analytical part of the secretariat's note on technical assistance
 * needs as at a day, as an editable Word document or Markdown (the same builder as the portal's
 * "Draft note" button, packages/api/src/report). With Markdown, the figures' SVG files are
 * written beside it and linked.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { buildNote, noteToDocx, noteToMarkdown } from "@tahub/api";
import { createDb, migrate } from "@tahub/db";
import { ZAnalyticsQuerySchema } from "@tahub/domain";
import { json, UsageError, type Command, type CommandContext } from "../lib/command.js";
import { flagOf } from "./analytics.js";

const USAGE =
  "tahub report note --as-at YYYY-MM-DD [--format docx|md] [--out FILE] [--period YYYY-MM,...] [--parties-as-at YYYY-MM-DD] [--json] [--db URL|DIR]";

type Note = Awaited<ReturnType<typeof buildNote>>;

/** The note's options from the command line, checked; a UsageError says what is wrong. */
function noteOptions(values: CommandContext["values"]) {
  const format = (values.format as string | undefined) ?? "docx";
  if (format !== "docx" && format !== "md")
    throw new UsageError(`--format: say docx or md\nusage: ${USAGE}`);
  if (values["as-at"] === undefined) throw new UsageError(`--as-at is required\nusage: ${USAGE}`);
  const periods = (values.period as string[] | undefined)
    ?.flatMap((p) => p.split(","))
    .map((p) => p.trim())
    .filter(Boolean);
  const parsed = ZAnalyticsQuerySchema.safeParse({
    asAt: values["as-at"],
    periods,
    partiesAsAt: values["parties-as-at"],
  });
  if (!parsed.success)
    throw new UsageError(
      parsed.error.issues.map((i) => `--${flagOf(i.path)}: ${i.message}`).join("\n"),
    );
  const asAt = parsed.data.asAt;
  if (asAt === undefined) throw new UsageError(`--as-at is required\nusage: ${USAGE}`);
  const out = (values.out as string | undefined) ?? `tahub-note-${asAt}.${format}`;
  const { periods: checked, partiesAsAt } = parsed.data;
  return { format, asAt, periods: checked, partiesAsAt, out };
}

/** Writes the note as Markdown with its figures beside it: note.md -> note-figures/figure-II.svg. */
async function writeMarkdown(note: Note, out: string): Promise<{ bytes: number; files: string[] }> {
  const files = [out];
  const dir = `${basename(out).replace(/\.md$/i, "")}-figures`;
  await mkdir(join(dirname(out), dir), { recursive: true });
  for (const b of note.blocks)
    if (b.kind === "figure") {
      const file = join(dirname(out), dir, `figure-${b.figure.id}.svg`);
      await writeFile(file, b.chart.svg);
      files.push(file);
    }
  const text = noteToMarkdown(note, { imagePath: (id) => `${dir}/figure-${id}.svg` });
  await writeFile(out, text);
  return { bytes: Buffer.byteLength(text), files };
}

async function writeDocx(note: Note, out: string): Promise<{ bytes: number; files: string[] }> {
  const file = await noteToDocx(note);
  await writeFile(out, file);
  return { bytes: file.length, files: [out] };
}

export const reportCommand: Command = {
  name: "report",
  summary: "Draft the analytical part of the note on technical assistance needs (Word or Markdown)",
  usage: USAGE,
  options: {
    "as-at": { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    period: { type: "string", multiple: true },
    "parties-as-at": { type: "string" },
    json: { type: "boolean" },
    db: { type: "string" },
  },
  async run({ positionals, values, io }) {
    if (positionals[0] !== "note") throw new UsageError(`say what to report: ${USAGE}`);
    const { format, asAt, periods, partiesAsAt, out } = noteOptions(values);
    const db = await createDb(values.db ? { url: values.db as string } : {});
    try {
      await migrate(db);
      const note = await buildNote(db.prisma, {
        asAt,
        ...(periods ? { periods } : {}),
        ...(partiesAsAt ? { partiesAsAt } : {}),
      });
      const { bytes, files } =
        format === "docx" ? await writeDocx(note, out) : await writeMarkdown(note, out);
      const c2 = note.analytics.cycle2;
      if (values.json)
        io.out(
          json({
            file: out,
            files,
            format,
            bytes,
            asAt,
            periods: note.periods,
            needs: c2.needs,
            states: c2.statesWithNeeds,
          }),
        );
      else
        io.out(
          `wrote ${out} (${bytes} bytes): ${c2.needs} needs from ${c2.statesWithNeeds} States as at ${asAt}, periods ${note.periods.join(" and ")}`,
        );
      return 0;
    } finally {
      await db.close();
    }
  },
};
