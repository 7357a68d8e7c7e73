import { z } from "zod";
import { parseTrustProxy } from "./client-ip.js";

/**
 * Default request body limit: the largest legitimate body is an import (packages/api
 * src/schemas.ts (ZFileSchema): a 20 MB file as at most 28,000,000 base64 characters in JSON), so
 * 32 MiB leaves room for the JSON around it and nothing much bigger.
 */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

const ZFlagSchema = z
  .enum(["true", "false", "1", "0"])
  .default("false")
  .transform((v) => v === "true" || v === "1");

/**
 * The server's whole configuration, read once from the environment and validated: a typo in a
 * variable stops the server at start with the variable's name, not at the first request.
 */
const ZEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  /** `postgres(ql)://...` for a server; otherwise the embedded PGlite folder is used. */
  DATABASE_URL: z.string().optional(),
  TAHUB_DATA_DIR: z.string().optional(),
  /** Folder of the built portal. Default: apps/portal/dist of this repository. */
  PORTAL_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Lifetime of a session and its cookie; at most 30 days, so a stolen cookie does not last. */
  SESSION_TTL_HOURS: z.coerce.number().positive().max(720).default(12),
  /** Mark the session cookie Secure (behind HTTPS). Default off for http://127.0.0.1. */
  COOKIE_SECURE: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  /**
   * Proxies whose X-Forwarded-For gives the client address: `false`, or a comma list of
   * addresses, CIDR ranges and the keywords loopback, linklocal, uniquelocal. `true` is refused
   * (it let any client choose its address); see client-ip.ts.
   */
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((v, ctx) => {
      try {
        return parseTrustProxy(v);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message });
        return z.NEVER;
      }
    }),
  /**
   * Other sites whose pages may send state-changing requests (comma-separated origins, e.g.
   * `https://tahub.example.org`); the server's own Host is always allowed.
   */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((v, ctx) => {
      const out: string[] = [];
      for (const item of v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)) {
        try {
          const u = new URL(item);
          if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error(u.protocol);
          out.push(u.origin);
        } catch {
          ctx.addIssue({ code: "custom", message: `not an http(s) origin: ${item}` });
        }
      }
      return out;
    }),
  /** Largest request body in bytes (413 above it). */
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_MAX_BODY_BYTES),
  /** Bearer token for /metrics; unset, /metrics answers only requests from this machine. */
  METRICS_TOKEN: z.string().min(16, "use at least 16 characters").optional(),
  /** Expensive calls (analytics, match, search, classify.text, export) per client per minute; 0 = off. */
  RATE_LIMIT_PER_MIN: z.coerce.number().min(0).default(600),
  /** How many expensive calls a client may make at once after a quiet spell (at least a full batch). */
  RATE_LIMIT_BURST: z.coerce.number().int().min(10).default(120),
  /** Also limit clients on this machine (the load bench and local tools are exempt by default). */
  RATE_LIMIT_LOOPBACK: ZFlagSchema,
  // notifications & mail (issue 15, docs/notifications.md)
  /**
   * `smtp://user:pass@host:587` or `smtps://...:465` (nodemailer's URL form). Unset, mail stays
   * in the outbox as "held" and the admin reads it there.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "use smtp://... or smtps://...")
    .optional(),
  /** The From address of every mail. */
  MAIL_FROM: z.string().min(3).default("TA Hub <no-reply@tahub.invalid>"),
  /** The portal's public address, for links in mails. Default: http://HOST:PORT. */
  PUBLIC_URL: z.url().optional(),
  /** Run the background job worker (mail, subscriptions, reminders) in this process. */
  JOBS_WORKER: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
});
export type ServerEnv = z.infer<typeof ZEnvSchema>;

export function readServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const r = ZEnvSchema.safeParse(env);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid server configuration:\n${lines}`);
  }
  return r.data;
}
