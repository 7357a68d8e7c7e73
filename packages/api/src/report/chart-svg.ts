/**
 * A figure definition (`@tahub/domain` figures, the portal's charts' own) drawn as a standalone
 * SVG bar chart for documents: title, subtitle, legend, bars with their data labels (as the
 * note's charts carry them), and the source and as-at lines, so an image copied out of the
 * document still says what it shows. Pure string building: no DOM, no browser.
 */
import type { FigureCount, FigureDefinition } from "@tahub/domain";
import { must } from "../lib/must.js";

export interface ChartCaption {
  source: string;
  asAt: string;
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

/** Fonts Word and LibreOffice have, then what a Debian machine has for the PNG fallback. */
const FONT = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const WIDTH = 760;
const LABEL_COLUMN = 230;
const RIGHT = 56;
const BAR = 13;
const GAP = 9;

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) =>
    must({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" }[c]),
  );

/** A count as the document prints it: digits grouped ("3,829"), "<3" where withheld. */
export function formatCount(v: FigureCount | undefined): string {
  return v === null ? "<3" : (v ?? 0).toLocaleString("en-US");
}

/** Round tick step (1, 2 or 5 times a power of ten) giving about five ticks up to `max`. */
function tickStep(max: number): number {
  if (max <= 5) return 1;
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
}

/** Splits a label into lines of at most `max` characters, on spaces. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The SVG elements drawn so far, and how a text element is written. */
class Canvas {
  readonly out: string[] = [];
  text(x: number, y: number, s: string, attrs: string = "", size = 12, fill = "#1d2633"): void {
    this.out.push(
      `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" fill="${fill}" ${attrs}>${escapeXml(s)}</text>`,
    );
  }
}

/** Title, subtitle and legend (one swatch per series; a single series is named by the title). */
function drawHeader(cv: Canvas, fig: FigureDefinition): number {
  let y = 24;
  for (const line of wrap(fig.title, 90)) {
    cv.text(16, y, line, 'font-weight="bold"', 15);
    y += 20;
  }
  if (fig.subtitle) {
    cv.text(16, y, fig.subtitle, "", 12, "#3b4656");
    y += 18;
  }
  if (fig.series.length > 1) {
    let x = 16;
    y += 4;
    for (const s of fig.series) {
      cv.out.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${s.color}"/>`);
      cv.text(x + 17, y, s.label, "", 12);
      x += 17 + s.label.length * 6.6 + 22;
    }
    y += 14;
  }
  return y;
}

type Row = FigureDefinition["rows"][number];

/** Where the plot sits and how a value scales to a bar's width. */
interface Plot {
  fig: FigureDefinition;
  /** Bars per row: one when stacked, one per series when grouped. */
  bars: number;
  band: number;
  top: number;
  height: number;
  step: number;
  axisMax: number;
  scale: (v: number) => number;
  total: (r: Row) => number;
}

function layoutPlot(fig: FigureDefinition, headerBottom: number): Plot {
  const bars = fig.stacked ? 1 : fig.series.length;
  const band = bars * BAR + GAP;
  const total = (r: Row) => fig.series.reduce((sum, s) => sum + (r.values[s.key] ?? 0), 0);
  const max = Math.max(
    1,
    ...fig.rows.map((r) =>
      fig.stacked ? total(r) : Math.max(...fig.series.map((s) => r.values[s.key] ?? 0)),
    ),
  );
  const step = tickStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const plotW = WIDTH - LABEL_COLUMN - RIGHT;
  return {
    fig,
    bars,
    band,
    top: headerBottom + 8,
    height: fig.rows.length * band,
    step,
    axisMax,
    scale: (v: number) => (v / axisMax) * plotW,
    total,
  };
}

/** Grid lines and axis ticks. */
function drawGrid(cv: Canvas, p: Plot): void {
  for (let v = 0; v <= p.axisMax; v += p.step) {
    const x = LABEL_COLUMN + p.scale(v);
    cv.out.push(
      `<line x1="${x}" y1="${p.top}" x2="${x}" y2="${p.top + p.height}" stroke="#d9dee5" stroke-dasharray="3 3"/>`,
    );
    cv.text(x, p.top + p.height + 16, formatCount(v), 'text-anchor="middle"', 11, "#3b4656");
  }
}

/** One row: its wrapped label, its bars, and their data labels (and the stack's total). */
function drawRow(cv: Canvas, p: Plot, r: Row, i: number): void {
  const { fig, bars } = p;
  const plotX = LABEL_COLUMN;
  const y0 = p.top + i * p.band + GAP / 2;
  const lines = wrap(r.label, 34);
  lines.forEach((line, j) =>
    cv.text(
      plotX - 8,
      y0 + (bars * BAR) / 2 + 4 + (j - (lines.length - 1) / 2) * 13,
      line,
      'text-anchor="end"',
      12,
    ),
  );
  let stackX = plotX;
  fig.series.forEach((s, j) => {
    const v = r.values[s.key];
    const w = p.scale(v ?? 0);
    const by = fig.stacked ? y0 : y0 + j * BAR;
    const bx = fig.stacked ? stackX : plotX;
    if (w > 0)
      cv.out.push(
        `<rect x="${bx.toFixed(1)}" y="${by}" width="${w.toFixed(1)}" height="${BAR - 1}" fill="${s.color}"/>`,
      );
    // Data label: beside a grouped bar; inside a stacked segment when it fits.
    const label = formatCount(v);
    if (fig.stacked) {
      if (v !== 0 && w >= label.length * 7 + 4)
        cv.text(bx + w / 2, by + BAR - 3, label, 'text-anchor="middle"', 10, "#ffffff");
    } else cv.text(bx + w + 4, by + BAR - 3, label, "", 10, "#1d2633");
    stackX += w;
  });
  if (fig.stacked)
    cv.text(stackX + 4, y0 + BAR - 3, formatCount(p.total(r)), 'font-weight="bold"', 10);
}

export function chartSvg(fig: FigureDefinition, caption: ChartCaption): ChartSvg {
  const cv = new Canvas();
  const p = layoutPlot(fig, drawHeader(cv, fig));
  drawGrid(cv, p);
  fig.rows.forEach((r, i) => drawRow(cv, p, r, i));
  const plotX = LABEL_COLUMN;
  cv.out.push(
    `<line x1="${plotX}" y1="${p.top}" x2="${plotX}" y2="${p.top + p.height}" stroke="#3b4656"/>`,
  );
  let yb = p.top + p.height + 38;
  cv.text(16, yb, caption.source, "", 11, "#3b4656");
  yb += 16;
  cv.text(16, yb, caption.asAt, "", 11, "#3b4656");
  const height = Math.ceil(yb + 12);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img">` +
    `<title>${escapeXml(fig.title)}</title>` +
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>` +
    cv.out.join("") +
    `</svg>`;
  return { svg, width: WIDTH, height };
}
