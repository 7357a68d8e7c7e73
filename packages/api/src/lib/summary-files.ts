/**
 * Text out of an uploaded executive summary: TXT (UTF-8 or UTF-16 with a BOM), DOCX (mammoth,
 * through its HTML so list nesting survives as indented bullets) and PDF (unpdf, pdf.js's
 * serverless build: no worker, nothing downloaded). Every refusal carries a reason the portal
 * translates (`details.reason`, one of INGEST_ERROR_REASONS). See docs/ingest.md.
 */
import {
  MAX_SUMMARY_CHARS,
  MAX_SUMMARY_UPLOAD_BYTES,
  summaryFileType,
  type IngestErrorReason,
} from "@tahub/domain";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { AppError } from "../errors.js";
import { checkXlsxSize } from "./tabular.js";
import { must } from "./must.js";

/** A refused summary: the English message for logs and the CLI, the reason for translation. */
export const ingestError = (reason: IngestErrorReason, message: string, field = "file") =>
  new AppError("BAD_INPUT", message, field, { reason });

const MB = MAX_SUMMARY_UPLOAD_BYTES / (1024 * 1024);

/** Decodes a text file, refusing bytes that are not UTF-8 rather than guessing a code page. */
function decodeText(buf: Buffer): string {
  let encoding = "utf-8";
  if (buf[0] === 0xff && buf[1] === 0xfe) encoding = "utf-16le";
  else if (buf[0] === 0xfe && buf[1] === 0xff) encoding = "utf-16be";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(buf);
  } catch {
    throw ingestError(
      "not-utf8",
      "The text file is not UTF-8: save it as UTF-8 text (or upload the DOCX) and try again",
    );
  }
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};
const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(
        e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e.toLowerCase()] ?? all;
  });

/**
 * mammoth's HTML as lines the splitter reads: one line per paragraph or heading, list items as
 * "• " or "1. " indented two spaces per level, a blank line between blocks.
 */
function htmlToText(html: string): string {
  const out: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let line = "";
  const flush = () => {
    // List lines keep the indentation that says how deep they are.
    const indent = must(/^ */.exec(line))[0];
    const text = line.replace(/\s+/g, " ").trim();
    if (text) out.push(indent + text);
    line = "";
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    if (m[3] !== undefined) {
      line += decodeEntities(m[3]);
      continue;
    }
    const closing = m[1] === "/";
    const tag = must(m[2]).toLowerCase();
    if (tag === "ul" || tag === "ol") {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === "ol", n: 0 });
    } else if (tag === "li") {
      flush();
      if (!closing) {
        const l = lists[lists.length - 1];
        const depth = Math.max(0, lists.length - 1);
        const marker = l?.ordered ? `${++l.n}.` : "•";
        line = `${"  ".repeat(depth)}${marker} `;
        out.push("");
      }
    } else if (/^(p|h[1-6]|tr|table|div)$/.test(tag)) {
      flush();
      if (closing && !lists.length) out.push("");
    } else if (tag === "br") flush();
    else if (tag === "td" || tag === "th") line += " ";
  }
  flush();
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

async function docxText(buf: Buffer): Promise<string> {
  const corrupt = () =>
    ingestError(
      "corrupt-docx",
      "The DOCX could not be read: the file is damaged or not a Word document",
    );
  // The ZIP's directory and sizes are checked before mammoth inflates anything (the XLSX import's
  // guard against ZIP bombs), and a Word document has a word/document.xml part.
  try {
    await checkXlsxSize(buf);
  } catch {
    throw corrupt();
  }
  if (!buf.includes("word/document.xml")) throw corrupt();
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: buf },
      {
        externalFileAccess: false,
        // Images are not needed: an empty source keeps their bytes out of memory.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
      },
    );
    return htmlToText(value);
  } catch {
    throw corrupt();
  }
}

async function pdfText(buf: Buffer): Promise<string> {
  let pages: string[];
  try {
    // pdf.js takes ownership of the array it is given, so it gets a copy; verbosity 0 keeps its
    // warnings off stdout.
    const doc = await getDocumentProxy(new Uint8Array(buf), { verbosity: 0 });
    pages = (await extractText(doc, { mergePages: false })).text;
  } catch {
    throw ingestError("corrupt-pdf", "The PDF could not be read: the file is damaged or not a PDF");
  }
  const text = pages.join("\n\n");
  if (!/\p{L}{2}/u.test(text))
    throw ingestError(
      "pdf-no-text",
      "The PDF has no text to read (probably a scan): upload the Word document or paste the text",
    );
  return text;
}

/** The text of an uploaded summary, or a refusal with a reason. */
export async function summaryFileText(filename: string, buf: Buffer): Promise<string> {
  const type = summaryFileType(filename);
  if (!type)
    throw ingestError(
      "unsupported-type",
      "TA Hub reads executive summaries as DOCX, PDF or TXT files",
    );
  if (buf.length > MAX_SUMMARY_UPLOAD_BYTES)
    throw ingestError("too-large", `The file is larger than ${MB} MB`);
  if (!buf.length) throw ingestError("empty", "The file is empty");
  const text =
    type === "txt" ? decodeText(buf) : type === "docx" ? await docxText(buf) : await pdfText(buf);
  if (!text.trim()) throw ingestError("empty", "The file has no text");
  if (text.length > MAX_SUMMARY_CHARS)
    throw ingestError(
      "too-long",
      `The file holds more than ${MAX_SUMMARY_CHARS.toLocaleString("en-US")} characters: upload only the technical assistance section`,
    );
  return text;
}
