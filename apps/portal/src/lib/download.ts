import { asText } from "./text";

/** Saves text or a blob as a file through a temporary link (no server round trip). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function downloadText(
  text: string,
  filename: string,
  type = "text/csv;charset=utf-8",
): void {
  downloadBlob(new Blob([text], { type }), filename);
}

/** Quotes one CSV cell (RFC 4180): doubles quotes, wraps cells holding a comma, quote or newline. */
export function csvCell(value: unknown): string {
  const s = asText(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** What a downloaded chart says about itself: its title, where the numbers come from, and when. */
export interface PngCaption {
  title?: string;
  /** e.g. "Source: TA Hub, from the records (public records only)". */
  source: string;
  /** e.g. "As at 15 September 2023". */
  asAt: string;
}

const CAPTION_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

const INLINED_STYLES = [
  "fill",
  "stroke",
  "stroke-width",
  "font-family",
  "font-size",
  "font-weight",
  "opacity",
] as const;

/** A copy of `svg` with each node's computed paint and font written into its style attribute. */
function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const target = clone.querySelectorAll<SVGElement>("*");
  svg.querySelectorAll<SVGElement>("*").forEach((node, i) => {
    const style = getComputedStyle(node);
    const t = target[i];
    if (!t) return;
    for (const prop of INLINED_STYLES) {
      const v = style.getPropertyValue(prop);
      if (v) t.style.setProperty(prop, v);
    }
  });
  return clone;
}

/**
 * Renders an SVG element to a PNG and downloads it, with the title above and the source and
 * as-at date below, so a chart pasted into a report still says what it is. Styles set by CSS
 * classes are not carried into a serialised SVG, so the computed fill/stroke/font of each node
 * are inlined first.
 */
export async function downloadSvgAsPng(
  svg: SVGSVGElement,
  filename: string,
  caption?: PngCaption,
  scale = 2,
): Promise<void> {
  const clone = cloneWithInlineStyles(svg);
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  const data = new XMLSerializer().serializeToString(clone);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(data)}`;
  await img.decode();
  const pad = 12;
  const head = caption?.title ? 30 : 0;
  const foot = caption ? 40 : 0;
  const w = Math.max(width, 360) + 2 * pad;
  const h = height + head + foot + 2 * pad;
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(w * scale);
  canvas.height = Math.ceil(h * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("canvas 2D context unavailable");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.fillStyle = "#1d2633";
  if (caption?.title) {
    ctx.font = `600 15px ${CAPTION_FONT}`;
    ctx.fillText(caption.title, pad, pad + 16, w - 2 * pad);
  }
  ctx.drawImage(img, pad, pad + head, width, height);
  if (caption) {
    ctx.font = `12px ${CAPTION_FONT}`;
    ctx.fillStyle = "#3b4656";
    ctx.fillText(caption.source, pad, pad + head + height + 18, w - 2 * pad);
    ctx.fillText(caption.asAt, pad, pad + head + height + 34, w - 2 * pad);
  }
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, "image/png"));
  if (!blob) throw new Error("could not encode the PNG");
  downloadBlob(blob, filename);
}

/** Reads a file as base64 (no data: prefix), reporting progress 0..1. */
export function readFileBase64(
  file: File,
  onProgress?: (fraction: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(e.loaded / e.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error("could not read the file"));
    reader.onload = () => {
      const url = asText(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}
