/**
 * The only `initTRPC` call. Exports the router builder, the procedures per role and the caller
 * factory tests use. Middlewares narrow `ctx.user` so procedures never re-check the role.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { isSecretariat } from "@tahub/domain";
import { ZodError, z } from "zod";
import type { Context, SessionUser } from "./context.js";
import { AppError } from "./errors.js";
import { toAppError } from "./db.js";

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
        fields: zod
          ? zod.issues.map((i) => ({ field: i.path.join("."), message: i.message }))
          : app?.field
            ? [{ field: app.field, message: app.message }]
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

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(errors);

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
