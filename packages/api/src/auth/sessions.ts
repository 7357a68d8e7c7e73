import { createHash, randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "@tahub/db";
import type { SessionUser } from "../context.js";
import type { DbClient } from "../db.js";
import { AppError } from "../errors.js";

export const SESSION_TTL_MS = 12 * 3600_000;
/** Throttling: at most this many failed logins per e-mail, and per address, in the window. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The user behind a session token, or null (unknown, expired, disabled). Sessions live in the database so any process can serve any request. */
export async function resolveSession(
  db: DbClient,
  token: string | null,
): Promise<SessionUser | null> {
  if (!token) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          locale: true,
          disabled: true,
          memberships: {
            select: {
              role: true,
              stateId: true,
              providerId: true,
              state: { select: { name: true } },
              provider: { select: { name: true } },
            },
            take: 1,
            orderBy: { createdAt: "asc" },
          },
        },
      },
    },
  });
  if (!session || session.expiresAt.getTime() < Date.now() || session.user.disabled) return null;
  const m = session.user.memberships[0];
  if (!m) return null;
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name,
    role: m.role as SessionUser["role"],
    state: m.stateId,
    providerId: m.providerId,
    stateName: m.state?.name ?? null,
    providerName: m.provider?.name ?? null,
    locale: session.user.locale,
  };
}

/** A hash to verify against when the e-mail is unknown, so both cases take the same time. */
let dummyHash: Promise<string> | undefined;

/**
 * Checks the password and opens a session. Throttled per e-mail and per address; the message
 * never says whether the e-mail exists.
 *
 * The attempt is recorded as a failure *before* the password is checked, and the throttle
 * counts it (issue 12, H2): concurrent attempts see each other, so a burst of parallel requests
 * cannot all pass the check before any failure is stored. A right password turns the record
 * into a success. An unknown e-mail costs a password verification too, against a dummy hash,
 * so timing does not tell which accounts exist.
 */
export async function login(
  db: DbClient,
  email: string,
  password: string,
  ip: string,
): Promise<{ token: string; userId: string }> {
  const attempt = await db.loginAttempt.create({ data: { email, ip, success: false } });
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, at: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
  ]);
  if (byEmail > MAX_FAILURES || byIp > MAX_FAILURES * 4) {
    throw new AppError(
      "TOO_MANY_REQUESTS",
      "Too many failed attempts: wait 15 minutes and try again",
    );
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabled: true },
  });
  const hash =
    user?.passwordHash ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString("hex"))));
  const matches = await verifyPassword(password, hash);
  const ok = !!user && !user.disabled && matches;
  if (!ok || !user) throw new AppError("UNAUTHENTICATED", "Wrong e-mail or password");
  await db.loginAttempt.update({ where: { id: attempt.id }, data: { success: true } });
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    },
  });
  return { token, userId: user.id };
}

export async function logout(db: DbClient, token: string | null): Promise<void> {
  if (token) await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}
