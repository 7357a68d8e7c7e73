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
      if (fields.length) return fields.map((f) => `${f.field}: ${f.message}`).join("; ");
      return isTrpcError(err) ? err.message : t("errors.badRequest");
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
