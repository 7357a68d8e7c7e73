import { z } from "zod";
import { clearedSessionCookie, sessionCookie } from "../auth/cookies.js";
import { login, logout, SESSION_TTL_MS } from "../auth/sessions.js";
import { resolveSession } from "../auth/sessions.js";
import { audit } from "../audit.js";
import { authedProcedure, publicProcedure, router } from "../trpc.js";
import { nudgeMail } from "../mail/nudge.js";
import { setUserLocale } from "../services/admin.js";
import { requestPasswordReset, resetPassword } from "../mail/password-reset.js";

const ZSessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(["admin", "analyst", "state", "provider"]),
  state: z.string().nullable(),
  providerId: z.string().nullable(),
  stateName: z.string().nullable(),
  providerName: z.string().nullable(),
  locale: z.string(),
});

export const authRouter = router({
  login: publicProcedure
    .input(
      z.object({
        email: z
          .email()
          .max(200)
          .transform((e) => e.toLowerCase()),
        password: z.string().min(1).max(200),
      }),
    )
    .output(z.object({ user: ZSessionUserSchema }))
    .mutation(async ({ ctx, input }) => {
      // The session and its cookie live as long as the server says (SESSION_TTL_HOURS).
      const ttlMs = ctx.sessionTtlMs ?? SESSION_TTL_MS;
      const { token } = await login(ctx.db, input.email, input.password, ctx.ip, {
        sessionTtlMs: ttlMs,
      });
      ctx.setCookie?.(sessionCookie(token, Math.floor(ttlMs / 1000), ctx.cookieSecure));
      const user = await resolveSession(ctx.db, token);
      if (!user) throw new Error("session not readable right after login");
      await audit(ctx.db, user, { action: "auth.login", entity: "User", entityId: user.id });
      // Tests through createCaller have no cookie jar: they read the token from here.
      ctx.onLogin?.(token);
      return { user };
    }),

  logout: publicProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    await logout(ctx.db, ctx.sessionToken);
    ctx.setCookie?.(clearedSessionCookie(ctx.cookieSecure));
    return { ok: true as const };
  }),

  me: publicProcedure.output(ZSessionUserSchema.nullable()).query(({ ctx }) => ctx.user),

  // notifications & mail (issue 15, deliverable 6): password reset by e-mail token
  /** Always answers the same: a mail goes only to an active account with this address. */
  requestPasswordReset: publicProcedure
    .use(nudgeMail)
    .input(
      z.object({
        email: z
          .email()
          .max(200)
          .transform((e) => e.toLowerCase()),
      }),
    )
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await requestPasswordReset(ctx.db, input.email, ctx.ip);
      return { ok: true as const };
    }),

  /** Sets a new password with the mailed token; ends every session of the account. */
  resetPassword: publicProcedure
    .input(
      z.object({
        token: z.string().min(20).max(200),
        password: z.string().min(10).max(200),
      }),
    )
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await resetPassword(ctx.db, input.token, input.password, ctx.ip);
      return { ok: true as const };
    }),

  setLocale: authedProcedure
    .input(z.object({ locale: z.enum(["en", "fr", "es"]) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await setUserLocale(ctx.db, ctx.user, input.locale);
      return { ok: true as const };
    }),
});
