/**
 * The only `initTRPC` call. Exports the router builder, the procedures per role and the caller
 * factory tests use. Middlewares narrow `ctx.user` so procedures never re-check the role.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { isSecretariat } from "@tahub/domain";
import { ZodError, z } from "zod";
import type { Context } from "./context.js";
import type { SessionUser } from "./auth/user.js";
import { AppError } from "./errors.js";
import { toAppError } from "./db.js";
import { must } from "./lib/must.js";

/** The numbers a zod issue is about (a length or count limit), for the portal's wording. */
function issueParams(i: ZodError["issues"][number]): Record<string, number | string> | null {
  if (i.code === "too_small") return { minimum: Number(i.minimum), origin: i.origin };
  if (i.code === "too_big") return { maximum: Number(i.maximum), origin: i.origin };
  return null;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const zod = cause instanceof ZodError ? cause : null;
    const app = cause instanceof AppError ? cause : null;
    return {
      ...shape,
      // Never leak internals (stack, SQL) to the caller.
      message: error.code === "INTERNAL_SERVER_ERROR" ? "Internal error" : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        // Each bad field with its reason, e.g. [{ field: "articles.0", message: "the Convention ends at article 71" }]
        // `code` and `params` let the portal word the problem in the user's language; `message`
        // stays for programs and logs (zod's wording, or the domain's own sentence for "custom").
        fields: zod
          ? zod.issues.map((i) => ({
              field: i.path.join("."),
              message: i.message,
              code: i.code,
              params: issueParams(i),
            }))
          : app?.field
            ? [{ field: app.field, message: app.message, code: "custom", params: null }]
            : null,
        details: app?.details ?? null,
      },
    };
  },
});

/** Turns domain and database errors into tRPC errors once, for every procedure. */
const errors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) throw cause.toTRPC();
    const mapped = cause ? toAppError(cause) : null;
    if (mapped) throw mapped.toTRPC();
  }
  return result;
});

// U+0000 cannot be stored in PostgreSQL text, and a UTF-16 surrogate without its pair is no
// character at all (the query engine's JSON layer rejects it). Both used to reach the database and
// come back as 500s; this check refuses them as bad input, naming the field.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `s` cannot be stored as text, or null when it can. */
function unstorableText(s: string): string | null {
  if (s.includes("\u0000")) return "contains a NUL character (U+0000), which cannot be stored";
  if (LONE_SURROGATE.test(s))
    return "contains a broken character (an unpaired UTF-16 surrogate), which cannot be stored";
  return null;
}

/**
 * The first string (value or key) in `input` that cannot be stored, with its path. Walks with an
 * explicit stack so a deeply nested input cannot overflow the call stack.
 */
function findUnstorableText(input: unknown): { field: string; why: string } | null {
  const stack: [unknown, string][] = [[input, ""]];
  while (stack.length) {
    const [v, path] = must(stack.pop());
    if (typeof v === "string") {
      const why = unstorableText(v);
      if (why) return { field: path || "input", why };
    } else if (v && typeof v === "object") {
      for (const [k, child] of Object.entries(v)) {
        const at = path ? `${path}.${k}` : k;
        const why = unstorableText(k);
        if (why) return { field: path || "input", why: `has a field name that ${why}` };
        stack.push([child, at]);
      }
    }
  }
  return null;
}

/** Every procedure refuses NUL characters and lone surrogates in its raw input with a 400. */
const storableText = t.middleware(async ({ getRawInput, next }) => {
  const bad = findUnstorableText(await getRawInput());
  if (bad) throw new AppError("BAD_INPUT", `${bad.field}: ${bad.why}`, bad.field).toTRPC();
  return next();
});

export const router = t.router;
/** For procedure-specific middlewares (e.g. src/mail/nudge.ts). */
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(storableText).use(errors);

function requireUser(user: SessionUser | null): SessionUser {
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Log in to do this" });
  return user;
}

export const authedProcedure = publicProcedure.use(({ ctx, next }) =>
  next({ ctx: { ...ctx, user: requireUser(ctx.user) } }),
);

export const secretariatProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!isSecretariat(ctx.user.role))
    throw new TRPCError({ code: "FORBIDDEN", message: "Only the secretariat can do this" });
  return next({ ctx });
});

export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "admin")
    throw new TRPCError({ code: "FORBIDDEN", message: "Only an administrator can do this" });
  return next({ ctx });
});

/** A State focal point, or the secretariat acting on a State's behalf. */
export const stateProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "state" && !isSecretariat(ctx.user.role)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only a State focal point or the secretariat can do this",
    });
  }
  return next({ ctx });
});

/** A donor/provider user, or the secretariat acting on a provider's behalf. */
export const donorProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "provider" && !isSecretariat(ctx.user.role)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only a provider or the secretariat can do this",
    });
  }
  return next({ ctx });
});

/** Cursor pagination input shared by every list. */
export const ZPageSchema = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
