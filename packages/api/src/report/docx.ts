/**
 * The draft note as an editable Word document (`docx`, a maintained pure-JS writer): headings,
 * paragraphs, and each figure as an image (SVG, which Word 2016+ and LibreOffice draw, with a
 * PNG fallback for older readers) followed by its source and as-at lines and a table of the same
 * numbers, so the secretariat can restyle or re-chart it in Word.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatCount } from "./chart-svg.js";
import type { Note, NoteBlock } from "./note.js";
import { svgToPng } from "./png.js";

/** Width of a figure on the page, in pixels at 96 dpi (A4 or Letter text width is ~6.3 in). */
const FIGURE_WIDTH = 600;

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function cell(text: string, opts: { bold?: boolean; right?: boolean } = {}): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: opts.bold ?? false })],
      }),
    ],
  });
}

async function figureBlocks(b: Extract<NoteBlock, { kind: "figure" }>) {
  const { figure, chart } = b;
  const height = Math.round((chart.height * FIGURE_WIDTH) / chart.width);
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell(b.labelHeader, { bold: true }),
          ...figure.series.map((s) => cell(s.label, { bold: true, right: true })),
        ],
      }),
      ...figure.rows.map(
        (r) =>
          new TableRow({
            children: [
              cell(r.label),
              ...figure.series.map((s) => cell(formatCount(r.values[s.key]), { right: true })),
            ],
          }),
      ),
    ],
  });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(figure.title)] }),
    new Paragraph({
      children: [
        new ImageRun({
          type: "svg",
          data: Buffer.from(chart.svg, "utf8"),
          fallback: { type: "png", data: await svgToPng(chart.svg) },
          transformation: { width: FIGURE_WIDTH, height },
          altText: { name: figure.id, title: figure.title, description: figure.title },
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: b.source, italics: true, size: 18 })] }),
    new Paragraph({ children: [new TextRun({ text: b.asAt, italics: true, size: 18 })] }),
    table,
    new Paragraph({ children: [] }),
  ];
}

/** The note as a .docx file. */
export async function noteToDocx(note: Note): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of note.blocks) {
    if (b.kind === "title")
      children.push(new Paragraph({ heading: HeadingLevel.TITLE, text: b.text }));
    else if (b.kind === "heading")
      children.push(new Paragraph({ heading: HEADINGS[b.level], text: b.text }));
    else if (b.kind === "paragraph")
      children.push(new Paragraph({ text: b.text, spacing: { after: 120 } }));
    else children.push(...(await figureBlocks(b)));
  }
  const doc = new Document({
    creator: "TA Hub",
    title: `Technical assistance needs as at ${note.asAt} (draft)`,
    description:
      "Analytical part of the note on technical assistance needs, drafted from the records",
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
