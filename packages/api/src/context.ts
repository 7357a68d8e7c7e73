import type { Services } from "./runtime.js";
import type { DbClient } from "./db.js";
import { resolveSession, SESSION_TTL_MS } from "./auth/sessions.js";
import type { SessionUser } from "./auth/user.js";

/** `SessionUser` lives in auth/user.ts (it imports nothing of the API, so no module cycles through it). */
export type { SessionUser } from "./auth/user.js";

export interface Context {
  db: DbClient;
  user: SessionUser | null;
  services: Services;
  /** Client address, for login throttling and the audit log. */
  ip: string;
  /** Session token from the cookie, if any (the auth router needs it to log out). */
  sessionToken: string | null;
  /** Lets the auth router set or clear the session cookie; absent in createCaller tests. */
  setCookie?: (cookie: string) => void;
  /** Mark the session cookie Secure. */
  cookieSecure: boolean;
  /** Receives a new session token (tests without a cookie jar use it). */
  onLogin?: (token: string) => void;
  /** Lifetime of a session opened by this request (the server's SESSION_TTL_HOURS); default 12 h. */
  sessionTtlMs?: number;
}

export interface RequestContextOptions {
  db: DbClient;
  services: Services;
  ip: string;
  sessionToken: string | null;
  setCookie?: (cookie: string) => void;
  cookieSecure?: boolean;
  onLogin?: (token: string) => void;
  /** Lifetime of new sessions; default SESSION_TTL_MS (12 h). */
  sessionTtlMs?: number;
}

/** Builds the context of one request (HTTP or a test's createCaller): resolves the session to a user. */
export async function createRequestContext(o: RequestContextOptions): Promise<Context> {
  const user = await resolveSession(o.db, o.sessionToken);
  return {
    db: o.db,
    services: o.services,
    user,
    ip: o.ip,
    sessionToken: o.sessionToken,
    setCookie: o.setCookie,
    cookieSecure: o.cookieSecure ?? false,
    onLogin: o.onLogin,
    sessionTtlMs: o.sessionTtlMs ?? SESSION_TTL_MS,
  };
}
