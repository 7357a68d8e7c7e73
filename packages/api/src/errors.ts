import { TRPCError } from "@trpc/server";

/**
 * The one error type the API's domain code throws. Codes are ours, mapped to tRPC (and so to
 * HTTP) once, in the error formatter; the portal branches on `err.data.code`.
 */
const APP_ERROR_CODES = {
  BAD_INPUT: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  INTERNAL: "INTERNAL_SERVER_ERROR",
} as const;
export type AppErrorCode = keyof typeof APP_ERROR_CODES;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The input field at fault, when there is one. */
    readonly field?: string,
    /** Row-level details, e.g. every bad row of an import. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  toTRPC(): TRPCError {
    return new TRPCError({ code: APP_ERROR_CODES[this.code], message: this.message, cause: this });
  }
}

export const notFound = (what: string, id: string) =>
  new AppError("NOT_FOUND", `${what} ${id} does not exist or is not visible to you`);
export const forbidden = (why: string) => new AppError("FORBIDDEN", why);

/**
 * An update named a version of the record that is no longer the current one: someone saved a
 * change after the caller read it. Answered as CONFLICT (HTTP 409) instead of overwriting their
 * change (issue 12: concurrent edits were lost silently).
 */
export const staleVersion = (what: string) =>
  new AppError(
    "CONFLICT",
    `This ${what} was changed by someone else since you opened it; reload to see their changes`,
    "version",
  );
