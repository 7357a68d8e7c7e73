/**
 * One error type for storage failures the caller can act on, each naming the field at fault.
 * Prisma codes: P2002 unique constraint, P2003 foreign key, P2025 record not found.
 * SQLSTATEs 22021 and 22P05 (text the database cannot store) are bad input too.
 * The API maps `DbError.code` to its own AppError codes.
 */
import type { z } from "zod";

export type DbErrorCode = "unique" | "foreign-key" | "not-found" | "invalid" | "unknown";

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
    /** The field (or fields, comma-separated) at fault, when known. */
    readonly field?: string,
    readonly model?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DbError";
  }
}

interface PrismaLikeError {
  code?: string;
  message?: string;
  meta?: Record<string, unknown>;
}

function fieldsOf(meta: Record<string, unknown> | undefined): string | undefined {
  if (!meta) return undefined;
  const target = meta.target ?? meta.field_name;
  if (Array.isArray(target)) return target.join(", ");
  if (typeof target === "string") return target;
  // Driver adapters report the constraint under driverAdapterError.cause.constraint.
  const cause = (meta.driverAdapterError as { cause?: Record<string, unknown> } | undefined)?.cause;
  const constraint = cause?.constraint as
    { fields?: string[]; index?: string; foreignKey?: unknown } | undefined;
  if (constraint?.fields?.length)
    return constraint.fields.map((f) => f.replace(/"/g, "")).join(", ");
  if (constraint?.index) return fieldFromConstraintName(constraint.index);
  const original = cause?.originalMessage;
  if (typeof original === "string") {
    const m = /constraint "([^"]+)"/.exec(original);
    if (m?.[1]) return fieldFromConstraintName(m[1]);
  }
  return undefined;
}

/** Prisma names constraints `<Model>_<field>[_<field>]_(key|fkey|idx)`. */
function fieldFromConstraintName(name: string): string {
  const m = /^[A-Za-z]+_(.+)_(key|fkey|pkey|idx)$/.exec(name);
  return (m?.[1] ?? name).replace(/_/g, ", ");
}

/**
 * SQLSTATEs for text PostgreSQL cannot store: 22021 character_not_in_repertoire (U+0000 in a
 * UTF-8 database) and 22P05 untranslatable_character. They are the caller's bad input, not a
 * server fault.
 */
const INVALID_TEXT_SQLSTATES = new Set(["22021", "22P05"]);

/** The SQLSTATE of a driver adapter error, bare (`cause.code`) or wrapped by Prisma (`meta`). */
function sqlStateOf(e: object): string | undefined {
  const bare = (e as { cause?: { code?: unknown } }).cause?.code;
  if (typeof bare === "string") return bare;
  const meta = (e as PrismaLikeError).meta;
  const wrapped = (meta?.driverAdapterError as { cause?: { code?: unknown } } | undefined)?.cause
    ?.code;
  return typeof wrapped === "string" ? wrapped : undefined;
}

/**
 * Prisma's query engine refuses a lone UTF-16 surrogate while decoding the query's JSON, before
 * any SQL runs, with an unknown-request error that has only this message to go by.
 */
const BAD_JSON_TEXT = /lone (leading|trailing) surrogate|unexpected end of hex escape/;

function isInvalidText(e: object): boolean {
  const state = sqlStateOf(e);
  if (state && INVALID_TEXT_SQLSTATES.has(state)) return true;
  const err = e as { name?: unknown; message?: unknown };
  return (
    err.name === "PrismaClientUnknownRequestError" &&
    typeof err.message === "string" &&
    BAD_JSON_TEXT.test(err.message)
  );
}

/** Turn a Prisma error into a DbError naming the field; anything else is returned as is. */
export function toDbError(e: unknown): unknown {
  if (e instanceof DbError) return e;
  if (e && typeof e === "object" && isInvalidText(e))
    return new DbError(
      "invalid",
      "the text contains a character that cannot be stored (a NUL character or a broken, unpaired surrogate); remove it and try again",
      undefined,
      undefined,
      { cause: e },
    );
  const err = e as PrismaLikeError;
  if (!err || typeof err !== "object" || typeof err.code !== "string") return e;
  const model = typeof err.meta?.modelName === "string" ? err.meta.modelName : undefined;
  const field = fieldsOf(err.meta);
  const where = model ? `${model}.${field ?? "?"}` : (field ?? "?");
  switch (err.code) {
    case "P2002":
      return new DbError(
        "unique",
        `a record with this ${field ?? "value"} already exists (${where})`,
        field,
        model,
        { cause: e },
      );
    case "P2003":
      return new DbError(
        "foreign-key",
        `${field ?? "a reference"} points to a record that does not exist (${where})`,
        field,
        model,
        { cause: e },
      );
    case "P2025":
      return new DbError("not-found", `${model ?? "record"} not found`, field, model, { cause: e });
    default:
      return e;
  }
}

/** Await `p`, mapping Prisma constraint errors to DbError. */
export async function mapDbErrors<T>(p: Promise<T> | (() => Promise<T>)): Promise<T> {
  try {
    return await (typeof p === "function" ? p() : p);
  } catch (e) {
    throw toDbError(e);
  }
}

/**
 * Validate with a domain zod schema before writing — PGlite errors can reach Prisma without a
 * message, so bad input is stopped here with the path of the first bad field.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.join(".") || undefined;
  throw new DbError(
    "invalid",
    `${field ?? "input"}: ${issue?.message ?? "invalid"}`,
    field,
    undefined,
    { cause: r.error },
  );
}
