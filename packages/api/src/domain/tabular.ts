/** Reads CSV and XLSX uploads into rows of `{ header: value }`, and writes CSV. */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { AppError } from "../errors.js";

export type Row = Record<string, string>;

/** Hard limits keep one upload from exhausting the server. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 50_000;

const normaliseHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");

function checkRows(rows: Row[]): Row[] {
  if (rows.length > MAX_ROWS)
    throw new AppError(
      "BAD_INPUT",
      `The file has ${rows.length} rows; the limit is ${MAX_ROWS}`,
      "file",
    );
  return rows;
}

export function readCsv(buf: Buffer): Row[] {
  try {
    const records = parse(buf, {
      columns: (header: string[]) => header.map(normaliseHeader),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    }) as Row[];
    return checkRows(records);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError("BAD_INPUT", `The CSV could not be read: ${(e as Error).message}`, "file");
  }
}

export async function readXlsx(buf: Buffer): Promise<Row[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError("BAD_INPUT", `The XLSX could not be read: ${(e as Error).message}`, "file");
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new AppError("BAD_INPUT", "The workbook has no sheet", "file");
  const headers: string[] = [];
  const rows: Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    const cells = (row.values as unknown[]).slice(1).map(cellText);
    if (n === 1) headers.push(...cells.map(normaliseHeader));
    else if (cells.some((c) => c !== ""))
      rows.push(Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ""])));
  });
  return checkRows(rows);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return String(o.text);
    if (o.result !== undefined) return String(o.result);
    return "";
  }
  return String(v).trim();
}

export async function readTable(filename: string, buf: Buffer): Promise<Row[]> {
  if (buf.length > MAX_UPLOAD_BYTES)
    throw new AppError("BAD_INPUT", "The file is larger than 20 MB", "file");
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
