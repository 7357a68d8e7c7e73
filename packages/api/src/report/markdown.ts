/**
 * The draft note as Markdown: the same blocks as the Word document, each figure as a table
 * (GitHub-flavoured) with its source and as-at lines, and an image link when the caller wrote
 * the figures' SVG files somewhere (`imagePath`).
 */
import { formatCount } from "./chart-svg.js";
import type { Note } from "./note.js";

const cellText = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export interface MarkdownOptions {
  /** Where a figure's SVG was written, relative to the Markdown file; none: no image links. */
  imagePath?: (figureId: string) => string;
}

export function noteToMarkdown(note: Note, opts: MarkdownOptions = {}): string {
  const out: string[] = [];
  for (const b of note.blocks) {
    if (b.kind === "title") out.push(`# ${b.text}`, "");
    else if (b.kind === "heading") out.push(`${"#".repeat(b.level + 1)} ${b.text}`, "");
    else if (b.kind === "paragraph") out.push(b.text, "");
    else {
      const f = b.figure;
      out.push(`### ${f.title}`, "");
      if (opts.imagePath) out.push(`![${f.title}](${opts.imagePath(f.id)})`, "");
      out.push(`*${b.source}*`, "", `*${b.asAt}*`, "");
      out.push(
        `| ${[b.labelHeader, ...f.series.map((s) => s.label)].map(cellText).join(" | ")} |`,
        `| --- |${f.series.map(() => " ---: |").join("")}`,
      );
      for (const r of f.rows)
        out.push(
          `| ${[r.label, ...f.series.map((s) => formatCount(r.values[s.key]))].map(cellText).join(" | ")} |`,
        );
      out.push("");
    }
  }
  return out.join("\n");
}
