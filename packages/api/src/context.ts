import type { RoleId } from "@tahub/domain";
import type { Services } from "./services/index.js";
import type { Prisma } from "./db.js";

/** Who is calling. `null` in `Context.user` is the anonymous public. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Exclude<RoleId, "public">;
  /** The State a focal point acts for. */
  state: string | null;
  /** The provider a donor/provider user acts for. */
  providerId: string | null;
  locale: string;
}

export interface Context {
  db: Prisma;
  user: SessionUser | null;
  services: Services;
  /** Client address, for login throttling and the audit log. */
  ip: string;
  /** Session token from the cookie, if any (the auth router needs it to log out). */
  sessionToken: string | null;
  /** Lets the auth router set or clear the session cookie; absent in createCaller tests. */
  setCookie?: (cookie: string) => void;
}

export function roleOf(ctx: Pick<Context, "user">): RoleId {
  return ctx.user?.role ?? "public";
}
