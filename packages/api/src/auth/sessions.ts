import { createHash, randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "@tahub/db";
import type { SessionUser } from "./user.js";
import type { DbClient } from "../db.js";
import { AppError } from "../errors.js";
import {
  ACCOUNT_FAILURES_READ,
  ACCOUNT_WINDOW_MS,
  ADDRESS_MAX,
  decideLogin,
  FAILURE_WINDOW_MS,
  PAIR_MAX,
  retryAfterText,
} from "./throttle.js";

/** Session lifetime when the server sets none (SESSION_TTL_HOURS, default 12). */
export const SESSION_TTL_MS = 12 * 3600_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The user behind a session token, or null (unknown, expired, disabled). Sessions live in the database so any process can serve any request. */
export async function resolveSession(
  db: DbClient,
  token: string | null,
  now: number = Date.now(),
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
  if (!session || session.expiresAt.getTime() <= now || session.user.disabled) return null;
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

export interface LoginOptions {
  /** How long the new session lives (the server's SESSION_TTL_HOURS). Default SESSION_TTL_MS. */
  sessionTtlMs?: number;
  /** The clock, in ms; tests move it. */
  now?: () => number;
}

/**
 * Checks the password and opens a session. Throttled per (e-mail, address) pair, per address and
 * per e-mail (see throttle.ts); the message never says whether the e-mail exists.
 *
 * The attempt is recorded as a failure *before* the password is checked, and the throttle
 * counts it (issue 12, H2): concurrent attempts see each other, so a burst of parallel requests
 * cannot all pass the check before any failure is stored. A right password turns the record
 * into a success. A refused attempt's record is deleted again: no password was tried, and a
 * refusal that counted as a failure would let an attacker keep the account's backoff running
 * for ever just by knocking (issue 12, lockout of the real user). An unknown e-mail costs a
 * password verification too, against a dummy hash, so timing does not tell which accounts exist.
 */
export async function login(
  db: DbClient,
  email: string,
  password: string,
  ip: string,
  opts: LoginOptions = {},
): Promise<{ token: string; userId: string; expiresAt: Date }> {
  const now = opts.now ?? Date.now;
  const t = now();
  // `at` from the same clock the decision uses, so the timestamps and `now` agree.
  const attempt = await db.loginAttempt.create({
    data: { email, ip, success: false, at: new Date(t) },
  });
  const failures = (where: { email?: string; ip?: string }, windowMs: number, take: number) =>
    db.loginAttempt
      .findMany({
        where: {
          ...where,
          success: false,
          at: { gt: new Date(t - windowMs) },
          id: { not: attempt.id },
        },
        orderBy: { at: "desc" },
        take,
        select: { at: true },
      })
      .then((rows) => rows.map((r) => r.at.getTime()));
  const [pair, address, account] = await Promise.all([
    failures({ email, ip }, FAILURE_WINDOW_MS, PAIR_MAX),
    failures({ ip }, FAILURE_WINDOW_MS, ADDRESS_MAX),
    failures({ email }, ACCOUNT_WINDOW_MS, ACCOUNT_FAILURES_READ),
  ]);
  const decision = decideLogin({ now: t, pair, address, account });
  if (!decision.allow) {
    await db.loginAttempt.deleteMany({ where: { id: attempt.id } });
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `Too many failed sign-in attempts: try again in ${retryAfterText(decision.retryAfterSeconds)}.`,
      undefined,
      { retryAfterSeconds: decision.retryAfterSeconds },
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
  const expiresAt = new Date(now() + (opts.sessionTtlMs ?? SESSION_TTL_MS));
  await db.session.create({ data: { tokenHash: hashToken(token), userId: user.id, expiresAt } });
  return { token, userId: user.id, expiresAt };
}

export async function logout(db: DbClient, token: string | null): Promise<void> {
  if (token) await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}
