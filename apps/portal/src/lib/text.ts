/**
 * An unknown value (a JSON field, a file reader's result) as text: strings as they are, numbers
 * and booleans written out, null and undefined as "", anything else as JSON (never the
 * "[object Object]" String() would give).
 */
export function asText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return JSON.stringify(v) ?? "";
}
