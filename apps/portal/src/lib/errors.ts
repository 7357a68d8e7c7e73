import i18next, { type TFunction } from "i18next";
import { isTrpcError } from "./trpc";

export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PAYLOAD_TOO_LARGE"
  | "INTERNAL_SERVER_ERROR"
  | "NETWORK";

export interface FieldError {
  field: string;
  message: string;
  /** zod's issue code ("invalid_value", "too_small", ...), or "custom" for the domain's own rules. */
  code?: string;
  params?: { minimum?: number; maximum?: number; origin?: string } | null;
}

/** Issue codes the portal words itself; any other falls back to a generic sentence. */
const WORDED = new Set([
  "invalid_type",
  "invalid_value",
  "invalid_format",
  "too_small",
  "too_big",
  "unrecognized_keys",
]);

/**
 * Sentences the API writes itself (in English, for its logs and API clients), worded in the
 * reader's language by what they say. A server sentence not listed here is shown as written to
 * an English reader; a French or Spanish reader gets the error code's own sentence instead, so
 * no English reaches a French or Spanish page (docs/language.md).
 */
const SERVER_SENTENCES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^The file is empty/i, "wording.server.fileEmpty"],
  [/cannot be finalised after today/i, "wording.server.afterToday"],
  [/^The file has no data rows/i, "wording.server.noRows"],
  [/^Upload a \.csv or \.xlsx file/i, "wording.server.fileType"],
  [/^The file has no .* column/i, "wording.server.columns"],
  [
    /^This need is already withdrawn|^A withdrawn need cannot be edited/i,
    "wording.server.withdrawn",
  ],
  [/changed meanwhile|changed by someone else since you opened it/i, "conflict.stale"],
  [/^Unknown State|is not a State party to UNCAC/i, "wording.server.unknownState"],
  [/^Answer at least one question/i, "wording.server.answerOne"],
  [/^This page link is no longer valid/i, "wording.server.cursor"],
  [/nothing was imported$/i, "wording.server.nothingImported"],
];

/** The reader's language as the translation function knows it (react-i18next fixes it). */
function languageOf(t: TFunction): string {
  return (t as unknown as { lng?: string }).lng ?? i18next.language ?? "en";
}

/** A sentence the server wrote, in the reader's language (see SERVER_SENTENCES). */
function serverSentence(message: string, fallbackKey: string, t: TFunction): string {
  for (const [pattern, key] of SERVER_SENTENCES) if (pattern.test(message)) return t(key);
  return languageOf(t).startsWith("en") ? message : t(fallbackKey);
}

/**
 * A field error in the user's language: the field's name from `fields.*` (its last named part:
 * "articles.0" is "Articles"), and the problem from `fieldError.*` by zod's issue code. A rule of
 * the domain ("custom") keeps the sentence the API wrote for it.
 */
export function describeFieldError(f: FieldError, t: TFunction): string {
  const name = [...f.field.split(".")].reverse().find((p) => p && !/^\d+$/.test(p)) ?? "";
  const label = name ? t(`fields.${name}`, { defaultValue: name }) : t("fields.input");
  if (f.code && WORDED.has(f.code)) {
    const p = f.params ?? {};
    const key =
      (f.code === "too_small" || f.code === "too_big") && p.origin
        ? `fieldError.${f.code}_${p.origin === "string" ? "string" : p.origin === "array" ? "array" : "number"}`
        : `fieldError.${f.code}`;
    const number = (n: number | undefined) =>
      n === undefined ? undefined : new Intl.NumberFormat(languageOf(t)).format(n);
    return t(key, { field: label, min: number(p.minimum), max: number(p.maximum) });
  }
  // A rule of the domain: its sentence is English; worded when known, else the generic one.
  if (f.code === "custom") {
    const known = SERVER_SENTENCES.find(([pattern]) => pattern.test(f.message));
    if (known) return t("wording.fieldSentence", { field: label, sentence: t(known[1]) });
    return languageOf(t).startsWith("en")
      ? t("wording.fieldSentence", { field: label, sentence: f.message })
      : t("fieldError.invalid", { field: label });
  }
  return t("fieldError.invalid", { field: label });
}

/**
 * A bad row of an imported file, worded like a form's field error from the code and limit the
 * API sends with it; a row without a code gets the generic sentence.
 */
export function describeRowError(
  r: { field?: string; message: string; code?: string; params?: FieldError["params"] },
  t: TFunction,
): string {
  return describeFieldError(
    {
      field: r.field ?? "",
      message: r.message,
      code: r.code ?? "invalid",
      params: r.params ?? null,
    },
    t,
  );
}

/** The tRPC code of an error, or NETWORK when the server could not be reached. */
export function errorCode(err: unknown): ErrorCode {
  if (isTrpcError(err)) {
    const code = err.data?.code;
    if (typeof code === "string") return code as ErrorCode;
    // The server's own refusals before tRPC (a body over its limit: 413) are plain JSON.
    const meta = err.meta as { responseJSON?: { error?: { code?: unknown } } } | undefined;
    if (meta?.responseJSON?.error?.code === "PAYLOAD_TOO_LARGE") return "PAYLOAD_TOO_LARGE";
    return "NETWORK";
  }
  return "INTERNAL_SERVER_ERROR";
}

/** The per-field messages the API sends for bad input (`err.data.fields`). */
export function fieldErrors(err: unknown): FieldError[] {
  if (!isTrpcError(err)) return [];
  const data = err.data as { fields?: FieldError[] | null } | undefined;
  return Array.isArray(data?.fields) ? data.fields : [];
}

/** Row-level details the API attaches to some errors (import reports). */
export function errorDetails(err: unknown): unknown {
  if (!isTrpcError(err)) return null;
  return (err.data as { details?: unknown } | undefined)?.details ?? null;
}

/** A sentence for the person, chosen by the error's code, not by parsing its message. */
export function describeError(err: unknown, t: TFunction): string {
  const code = errorCode(err);
  // A refusal of the engagement lifecycle names its reason: worded here, in the UI's language.
  const reason = (errorDetails(err) as { engagement?: string } | null)?.engagement;
  if (reason) return t(`engagementError.${reason}`, { defaultValue: t("errors.badRequest") });
  switch (code) {
    case "BAD_REQUEST": {
      const fields = fieldErrors(err);
      if (fields.length) return fields.map((f) => describeFieldError(f, t)).join(" ");
      // zod's own summary ("Invalid input", "[{ code: ... }]") is for developers, never shown.
      const message = isTrpcError(err) ? err.message : "";
      return message && !/^\[|^Invalid input/.test(message)
        ? serverSentence(message, "errors.badRequest", t)
        : t("errors.badRequest");
    }
    case "UNAUTHORIZED":
      return t("errors.unauthorized");
    case "FORBIDDEN":
      return t("errors.forbidden");
    case "NOT_FOUND":
      return t("errors.notFound");
    case "CONFLICT":
      return isTrpcError(err) && err.message
        ? serverSentence(err.message, "errors.conflict", t)
        : t("errors.conflict");
    case "TOO_MANY_REQUESTS":
      return t("errors.tooMany");
    case "PAYLOAD_TOO_LARGE":
      return t("errors.tooLarge");
    case "NETWORK":
      return t("errors.network");
    default:
      return t("errors.internal");
  }
}
