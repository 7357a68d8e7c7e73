import { readFile } from "node:fs/promises";
import { getDefaultClassifier, type Classification } from "@tahub/engine";
import { json, UsageError, type Command, type Io } from "../lib/command.js";

/** Reads needs from JSON Lines (a `text` field) or CSV (a `text` column, RFC 4180 quoting). */
/** A JSON line's "id" as text: strings and numbers as written, anything else as JSON. */
function idText(id: unknown): string {
  return typeof id === "string" || typeof id === "number" ? String(id) : JSON.stringify(id);
}

export function readNeedsFile(content: string, file: string): { id: string; text: string }[] {
  const trimmed = content.trimStart();
  if (file.endsWith(".jsonl") || file.endsWith(".ndjson") || trimmed.startsWith("{")) {
    return content
      .split(/\r?\n/)
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line.trim() !== "")
      .map(({ line, i }) => {
        let v: unknown;
        try {
          v = JSON.parse(line);
        } catch {
          throw new UsageError(`${file}:${i + 1}: not JSON`);
        }
        const o = v as { id?: unknown; text?: unknown };
        if (typeof o.text !== "string") throw new UsageError(`${file}:${i + 1}: no "text" field`);
        return { id: o.id === undefined ? String(i + 1) : idText(o.id), text: o.text };
      });
  }
  const rows = parseCsv(content);
  const header = rows.shift()?.map((h) => h.trim().toLowerCase()) ?? [];
  const col = header.indexOf("text");
  if (col < 0)
    throw new UsageError(`${file}: CSV needs a "text" column (header: ${header.join(", ")})`);
  const idCol = header.indexOf("id");
  return rows
    .filter((r) => r.some((c) => c.trim() !== ""))
    .map((r, i) => ({
      id: idCol >= 0 ? (r[idCol] ?? String(i + 1)) : String(i + 1),
      text: r[col] ?? "",
    }));
}

export function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && s[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A one-line progress bar on stderr, only when stderr is a terminal. */
function progress(io: Io, total: number) {
  let last = -1;
  return (done: number) => {
    if (!io.isTTY || total === 0) return;
    const pct = Math.floor((done / total) * 100);
    if (pct === last && done !== total) return;
    last = pct;
    const w = 30;
    const fill = Math.round((done / total) * w);
    process.stderr.write(
      `\r[${"#".repeat(fill)}${".".repeat(w - fill)}] ${done}/${total}${done === total ? "\n" : ""}`,
    );
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function readable(r: Classification, io: Io) {
  io.out(
    r.abstain
      ? `abstain (${r.reason ?? "unsure"}): review by the secretariat`
      : `labels: ${r.labels.join(", ")}`,
  );
  io.out("categories:");
  for (const c of r.categories) io.out(`  ${pct(c.score).padStart(6)}  ${c.id}`);
  io.out("articles:");
  for (const a of r.articles.slice(0, 3))
    io.out(`  ${pct(a.score).padStart(6)}  art. ${a.article}  ${a.title}`);
  io.out(`chapter: ${r.chapter ?? "-"} (${pct(r.chapterScore)})`);
  io.out(`evidence: ${r.evidence.join(", ") || "-"}`);
  io.out(
    `language: ${r.language}${r.truncated ? " (text truncated)" : ""}   model: ${r.modelVersion}`,
  );
}

export const classifyCommand: Command = {
  name: "classify",
  summary:
    "Categorise needs into the six groupings and map them to articles, with confidence and evidence",
  usage: 'tahub classify "need text" [--json] | tahub classify --file needs.csv|needs.jsonl',
  options: { json: { type: "boolean" }, file: { type: "string" } },
  async run({ positionals, values, io }) {
    const file = values.file as string | undefined;
    const classifier = getDefaultClassifier();
    if (file) {
      let content: string;
      try {
        content = await readFile(file, "utf8");
      } catch (e) {
        throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
      }
      const needs = readNeedsFile(content, file);
      const tick = progress(io, needs.length);
      needs.forEach((n, i) => {
        const r = classifier.classify(n.text);
        io.out(JSON.stringify({ id: n.id, ...r }));
        tick(i + 1);
      });
      return 0;
    }
    const text = positionals.join(" ");
    if (text.trim() === "")
      throw new UsageError(`give the text of a need, or --file\nusage: ${classifyCommand.usage}`);
    const r = classifier.classify(text);
    if (values.json) io.out(json(r));
    else readable(r, io);
    return 0;
  },
};
