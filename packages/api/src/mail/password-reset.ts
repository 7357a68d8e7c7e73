/**
 * Password reset by e-mail token (issue 15, deliverable 6).
 *
 * - `requestPasswordReset` answers the same whether or not the address has an account (no
 *   account oracle); for an active account it stores the SHA-256 of a fresh random token
 *   (expiring in one hour) and queues the mail with the link, in one transaction.
 * - `resetPassword` takes the token once: it sets the password, marks this token and every other
 *   open token of the user used, and ends all the user's sessions, in one transaction.
 * - Both are rate-limited like sign-in, through the same LoginAttempt table: requests per address
 *   and per e-mail are counted whether or not the account exists (so the limit says nothing about
 *   it), and a wrong token counts as a failed attempt from that address.
 */
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@tahub/db";
import type { DbClient } from "../db.js";
import { AppError } from "../errors.js";
import { windowWait, retryAfterText } from "../auth/throttle.js";
import { mailLocale, passwordResetMail } from "./messages.js";
import { queueMails } from "./outbox.js";
import { mailSettings } from "./settings.js";

const RESET_TTL_MS = 3600_000;
/** Reset requests one address may make in the window, and requests for one e-mail. */
const RESET_PER_ADDRESS = 10;
const RESET_PER_EMAIL = 3;
const RESET_WINDOW_MS = 15 * 60_000;
/** Wrong tokens one address may present in the window. */
const TOKEN_FAILURES_PER_ADDRESS = 10;

/** LoginAttempt rows of reset requests carry this prefix before the e-mail, and never count as sign-in failures. */
const REQUEST = "password-reset:";
const WRONG_TOKEN = "password-reset-token";

const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

function tooMany(seconds: number): AppError {
  return new AppError(
    "TOO_MANY_REQUESTS",
    `Too many password-reset attempts: try again in ${retryAfterText(seconds)}.`,
    undefined,
    { retryAfterSeconds: seconds },
  );
}

async function recent(
  db: DbClient,
  where: { email?: string | { startsWith: string }; ip?: string; success?: boolean },
  take: number,
  t: number,
) {
  const rows = await db.loginAttempt.findMany({
    where: { ...where, at: { gt: new Date(t - RESET_WINDOW_MS) } },
    orderBy: { at: "desc" },
    take,
    select: { at: true },
  });
  return rows.map((r) => r.at.getTime());
}

/**
 * Queues a reset mail for an active account with this e-mail; does the same work and answers
 * the same for any other address. Returns nothing the caller could tell apart.
 */
export async function requestPasswordReset(
  db: DbClient,
  email: string,
  ip: string,
  now = Date.now(),
): Promise<void> {
  const [byAddress, byEmail] = await Promise.all([
    recent(db, { email: { startsWith: REQUEST }, ip }, RESET_PER_ADDRESS, now),
    recent(db, { email: REQUEST + email }, RESET_PER_EMAIL, now),
  ]);
  const wait = Math.max(
    windowWait(byAddress, RESET_PER_ADDRESS, RESET_WINDOW_MS, now),
    windowWait(byEmail, RESET_PER_EMAIL, RESET_WINDOW_MS, now),
  );
  if (wait > 0) throw tooMany(Math.ceil(wait / 1000));
  // Recorded as a success: a reset request is not a failed sign-in.
  await db.loginAttempt.create({
    data: { email: REQUEST + email, ip, success: true, at: new Date(now) },
  });

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, locale: true, disabled: true },
  });
  if (!user || user.disabled) return;
  const token = randomBytes(32).toString("base64url");
  const { baseUrl } = mailSettings();
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: {
        tokenHash: hashResetToken(token),
        userId: user.id,
        expiresAt: new Date(now + RESET_TTL_MS),
        createdAt: new Date(now),
        ip,
      },
    });
    await queueMails(tx, [
      {
        to: user.email,
        userId: user.id,
        kind: "password-reset",
        ...passwordResetMail(mailLocale(user.locale), baseUrl, user.name, token),
      },
    ]);
  });
}

/**
 * Sets a new password with a token from the mail. A wrong, used or expired token is refused with
 * one answer (BAD_INPUT on `token`, details.reset = "invalid-token").
 */
export async function resetPassword(
  db: DbClient,
  token: string,
  password: string,
  ip: string,
  now = Date.now(),
): Promise<void> {
  const failures = await recent(
    db,
    { email: WRONG_TOKEN, ip, success: false },
    TOKEN_FAILURES_PER_ADDRESS,
    now,
  );
  const wait = windowWait(failures, TOKEN_FAILURES_PER_ADDRESS, RESET_WINDOW_MS, now);
  if (wait > 0) throw tooMany(Math.ceil(wait / 1000));
  const passwordHash = await hashPassword(password);
  const done = await db.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({
      where: { tokenHash: hashResetToken(token) },
      select: {
        id: true,
        userId: true,
        expiresAt: true,
        usedAt: true,
        user: { select: { disabled: true } },
      },
    });
    if (!row || row.usedAt || row.expiresAt.getTime() <= now || row.user.disabled) return false;
    // Take the token (a second request with it at the same time finds it used).
    const taken = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: new Date(now) },
    });
    if (!taken.count) return false;
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await tx.passwordResetToken.updateMany({
      where: { userId: row.userId, usedAt: null },
      data: { usedAt: new Date(now) },
    });
    await tx.session.deleteMany({ where: { userId: row.userId } });
    return true;
  });
  if (!done) {
    await db.loginAttempt.create({
      data: { email: WRONG_TOKEN, ip, success: false, at: new Date(now) },
    });
    throw new AppError(
      "BAD_INPUT",
      "This password-reset link is not valid any more: ask for a new one.",
      "token",
      { reset: "invalid-token" },
    );
  }
}
