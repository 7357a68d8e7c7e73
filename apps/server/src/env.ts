import { z } from "zod";

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
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Mark the session cookie Secure (behind HTTPS). Default off for http://127.0.0.1. */
  COOKIE_SECURE: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  /** Trust X-Forwarded-For for the client address (behind a load balancer). */
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
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
