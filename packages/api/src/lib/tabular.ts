/** Reads CSV and XLSX uploads into rows of `{ header: value }`, and writes CSV. */
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import {
  MAX_IMPORT_ROWS,
  MAX_UPLOAD_BYTES,
  MAX_XLSX_ENTRIES,
  MAX_XLSX_UNCOMPRESSED_BYTES,
} from "@tahub/domain";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { AppError } from "../errors.js";

export type Row = Record<string, string>;

/** Hard limits keep one upload from exhausting the server (documented in the domain's limits). */
const MAX_ROWS = MAX_IMPORT_ROWS;
/**
 * Columns an import sheet may have: the needs template has about ten. A sheet 16,384 columns
 * wide with 50,000 one-cell rows passed every size check and exhausted the heap (issue 12,
 * re-probe), so the header is checked before any row is read.
 */
const MAX_COLUMNS = 50;
/** Characters in one CSV record. */
const MAX_RECORD_CHARS = 200_000;
const tooManyColumns = (n: number) =>
  bad(`The file has ${n} columns; a needs sheet has at most ${MAX_COLUMNS}`);

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const bad = (message: string) => new AppError("BAD_INPUT", message, "file");

const normaliseHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");

const tooManyRows = () => bad(`The file has more than ${MAX_ROWS} rows; the limit is ${MAX_ROWS}`);

// ---------------------------------------------------------------------------------------------
// CSV text encoding
//
// UTF-8 (with or without a BOM) is read as UTF-8, and UTF-16 with a BOM is decoded. Anything else
// is refused rather than guessed: bytes that are not UTF-8 could be Windows-1252, ISO-8859-1/15,
// Mac Roman or an old DOS code page, and these disagree on the very letters that matter here
// (accents in French and Spanish names). A wrong guess stores corrupted text without anyone
// noticing, while a refusal costs the user one "Save as CSV UTF-8".

/** The encoding a CSV is read with. */
type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** 1-based line of the first byte sequence that is not UTF-8 (LF never occurs inside one). */
function firstBadUtf8Line(buf: Buffer): number {
  let line = 1;
  let start = 0;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let i = 0; i <= buf.length; i++) {
    if (i < buf.length && buf[i] !== 0x0a) continue;
    try {
      decoder.decode(buf.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

/** Decodes an uploaded CSV to text, or refuses it with a message saying how to fix it. */
function decodeCsv(buf: Buffer): { text: string; encoding: CsvEncoding } {
  let encoding: CsvEncoding = "utf-8";
  if (buf[0] === 0xff && buf[1] === 0xfe) encoding = "utf-16le";
  else if (buf[0] === 0xfe && buf[1] === 0xff) encoding = "utf-16be";
  try {
    // `fatal` makes a byte sequence that is not valid in the encoding an error, not U+FFFD; the
    // decoder also drops the BOM.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(buf), encoding };
  } catch {
    if (encoding !== "utf-8")
      throw bad(
        `The CSV starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text. Save it as "CSV UTF-8" and upload it again.`,
      );
    throw bad(
      `The CSV is not UTF-8 text (line ${firstBadUtf8Line(buf)} has bytes that are not UTF-8, probably an older encoding such as Windows-1252 or Latin-1). Nothing was imported, so that accented letters are not corrupted: save it as "CSV UTF-8" (in Excel: Save As, then "CSV UTF-8 (Comma delimited)") and upload it again.`,
    );
  }
}

function readCsv(buf: Buffer): Row[] {
  const { text } = decodeCsv(buf);
  try {
    const records = parse<Row>(text, {
      columns: (header: string[]) => {
        if (header.length > MAX_COLUMNS) throw tooManyColumns(header.length);
        return header.map(normaliseHeader);
      },
      max_record_size: MAX_RECORD_CHARS,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
      // Stop reading at the first row past the limit instead of parsing the rest.
      to: MAX_ROWS + 1,
    });
    if (records.length > MAX_ROWS) throw tooManyRows();
    return records;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw bad(`The CSV could not be read: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// XLSX (a ZIP of XML parts)
//
// A small XLSX can expand to gigabytes (a 19.6 MB file once held the server for 56 s at 5.3 GB).
// So before exceljs sees it, the ZIP's central directory is read: the entry count and the
// uncompressed sizes it declares are capped. Declared sizes can lie, so each part is then inflated
// once into nothing, counting bytes, and refused as soon as it outgrows what it declared. Only then
// does exceljs parse it, with its streaming reader, stopping at the row limit.

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
const DD_SIG = 0x08074b50;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

/**
 * Reads the central directory of a ZIP held in memory (APPNOTE 6.3: end of central directory
 * record, then one header per entry). ZIP64 and encrypted entries are refused: an upload of at
 * most 20 MB never needs the first, and the second cannot be read anyway.
 */
function readZipDirectory(buf: Buffer): { entries: ZipEntry[]; cdOffset: number } {
  const notZip = () => bad("The XLSX could not be read: it is not a valid .xlsx (ZIP) file");
  let eocd = -1;
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - U16_MAX); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX)
    throw bad("The XLSX is too large: it uses ZIP64, which an upload of this size never needs");
  if (count > MAX_XLSX_ENTRIES)
    throw bad(`The XLSX has ${count} parts; a workbook has at most ${MAX_XLSX_ENTRIES}`);
  if (cdOffset + cdSize > eocd) throw notZip();
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CDH_SIG) throw notZip();
    const nameLength = buf.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
      name: buf.toString("utf8", p + 46, p + 46 + nameLength),
    };
    if (entry.compressedSize === U32_MAX || entry.uncompressedSize === U32_MAX)
      throw bad("The XLSX is too large: it uses ZIP64, which an upload of this size never needs");
    if (entry.flags & 1) throw bad("The XLSX is encrypted; save it without a password");
    entries.push(entry);
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return { entries, cdOffset };
}

/**
 * Requires the parts to lie end to end from the first byte to the central directory. exceljs's
 * streaming reader follows the local headers in file order, not the directory, so a part hidden
 * between the listed ones would escape the size checks; with no gaps there is nowhere to hide one.
 */
function checkContiguous(buf: Buffer, entries: ZipEntry[], cdOffset: number): void {
  let next = 0;
  for (const e of [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)) {
    const h = e.localHeaderOffset;
    if (h !== next || h + 30 > buf.length || buf.readUInt32LE(h) !== LFH_SIG)
      throw bad(`The XLSX is damaged: part ${e.name} is not where the ZIP directory says`);
    next = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28) + e.compressedSize;
    // Bit 3: a data descriptor follows the data (12 bytes, or 16 with its optional signature).
    if (e.flags & 8) next += next + 4 <= buf.length && buf.readUInt32LE(next) === DD_SIG ? 16 : 12;
  }
  if (next !== cdOffset)
    throw bad("The XLSX is damaged: it holds data the ZIP directory does not list");
}

/** Inflates one entry into nothing, counting bytes; throws once it passes `max`. */
async function inflatedSize(buf: Buffer, e: ZipEntry, max: number): Promise<number> {
  const h = e.localHeaderOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== LFH_SIG)
    throw bad(`The XLSX is damaged: part ${e.name} is missing`);
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (start + e.compressedSize > buf.length)
    throw bad(`The XLSX is damaged: part ${e.name} is cut short`);
  if (e.method === 0) return data.length;
  if (e.method !== 8)
    throw bad(`The XLSX uses a compression method (${e.method}) a workbook does not use`);
  let total = 0;
  const inflate = createInflateRaw();
  return new Promise<number>((resolve, reject) => {
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > max) {
        inflate.destroy();
        reject(
          bad(
            `The XLSX expands to more than it declares (part ${e.name}); it looks like a ZIP bomb and was refused`,
          ),
        );
      }
    });
    inflate.on("error", () => reject(bad(`The XLSX is damaged: part ${e.name} cannot be read`)));
    inflate.on("end", () => resolve(total));
    inflate.end(data);
  });
}

/**
 * Refuses an XLSX whose expansion would exhaust the server, before anything is parsed: too many
 * parts, a part the directory does not list, more declared uncompressed bytes than the cap, or a
 * part that inflates past its declared size (a lying header).
 */
export async function checkXlsxSize(buf: Buffer): Promise<void> {
  const { entries, cdOffset } = readZipDirectory(buf);
  checkContiguous(buf, entries, cdOffset);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_XLSX_UNCOMPRESSED_BYTES)
    throw bad(
      `The XLSX expands to ${mb(declared)}; the limit is ${mb(MAX_XLSX_UNCOMPRESSED_BYTES)}. Split the workbook or save the sheet as CSV UTF-8.`,
    );
  for (const e of entries) {
    const actual = await inflatedSize(buf, e, e.uncompressedSize);
    if (e.method === 0 && actual !== e.uncompressedSize)
      throw bad(`The XLSX is damaged: part ${e.name} has the wrong size`);
  }
}

async function readXlsx(buf: Buffer): Promise<Row[]> {
  await checkXlsxSize(buf);
  const headers: string[] = [];
  const rows: Row[] = [];
  try {
    // The streaming reader inflates the sheet as it goes and lets us stop at the row limit;
    // `styles: "cache"` keeps date cells dates.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    });
    let sheets = 0;
    for await (const sheet of reader) {
      sheets++;
      let header = true;
      for await (const row of sheet) {
        const values = row.values as unknown[];
        if (values.length - 1 > MAX_COLUMNS) throw tooManyColumns(values.length - 1);
        const cells = values.slice(1).map(cellText);
        if (header) {
          headers.push(...cells.map(normaliseHeader));
          header = false;
        } else if (cells.some((c) => c !== "")) {
          if (rows.length === MAX_ROWS) throw tooManyRows();
          rows.push(Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ""])));
        }
      }
      // Only the first sheet is read.
      break;
    }
    if (!sheets) throw bad("The workbook has no sheet");
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw bad(`The XLSX could not be read: ${(e as Error).message}`);
  }
  return rows;
}

/** A scalar as text: a day for a date; nothing for an object (an error cell's `{error}`). */
function scalarText(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return "";
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && !(v instanceof Date)) {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return scalarText(o.text);
    if (o.result !== undefined) return scalarText(o.result);
    return "";
  }
  return v instanceof Date ? scalarText(v) : scalarText(v).trim();
}

export async function readTable(filename: string, buf: Buffer): Promise<Row[]> {
  if (buf.length > MAX_UPLOAD_BYTES) throw bad(`The file is larger than ${mb(MAX_UPLOAD_BYTES)}`);
  if (/\.xlsx$/i.test(filename)) return readXlsx(buf);
  if (/\.(csv|txt)$/i.test(filename)) return readCsv(buf);
  throw new AppError("BAD_INPUT", "Upload a .csv or .xlsx file", "filename");
}

/** RFC 4180 CSV, with formula-looking cells neutralised so a spreadsheet never executes them. */
export function toCsv(
  header: string[],
  rows: (string | number | boolean | null | undefined)[][],
): string {
  const cell = (v: string | number | boolean | null | undefined) => {
    let s = v === null || v === undefined ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
