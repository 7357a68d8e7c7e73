import type { TFunction } from "i18next";
import { isTrpcError } from "./trpc";

export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
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
    return t(key, { field: label, min: p.minimum, max: p.maximum });
  }
  if (f.code === "custom") return `${label}: ${f.message}`;
  return t("fieldError.invalid", { field: label });
}

/** The tRPC code of an error, or NETWORK when the server could not be reached. */
export function errorCode(err: unknown): ErrorCode {
  if (isTrpcError(err)) {
    const code = err.data?.code;
    if (typeof code === "string") return code as ErrorCode;
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
      return message && !/^\[|^Invalid input/.test(message) ? message : t("errors.badRequest");
    }
    case "UNAUTHORIZED":
      return t("errors.unauthorized");
    case "FORBIDDEN":
      return t("errors.forbidden");
    case "NOT_FOUND":
      return t("errors.notFound");
    case "CONFLICT":
      return isTrpcError(err) && err.message ? err.message : t("errors.conflict");
    case "TOO_MANY_REQUESTS":
      return t("errors.tooMany");
    case "NETWORK":
      return t("errors.network");
    default:
      return t("errors.internal");
  }
}
