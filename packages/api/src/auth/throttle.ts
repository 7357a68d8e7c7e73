import { must } from "../lib/must.js"; /**
 * The login throttle's decision, as pure functions of failure timestamps (issue 12). The caller
 * (sessions.ts) reads the timestamps from the LoginAttempt table; nothing here touches the
 * database or the clock, so every rule is unit-tested with plain numbers.
 *
 * Three limits, each answering "allow" or "wait N seconds":
 * - per (e-mail, address) pair: strict, PAIR_MAX failures in FAILURE_WINDOW_MS. This is what
 *   stops one client guessing one account.
 * - per address, any e-mail: ADDRESS_MAX failures in the same window (spraying many accounts).
 * - per e-mail, any address: no hard lock (five wrong passwords from anywhere used to lock the
 *   real user out for 15 minutes, and every refused attempt renewed it). Beyond
 *   ACCOUNT_FREE_FAILURES recent failures the account accepts an attempt only after a delay since
 *   its last failure, doubling with each further failure and capped at BACKOFF_CAP_MS. A
 *   distributed guesser gets about one guess per cap; the real user waits at most the cap.
 */

/** Failed logins one address may make against one e-mail in the window. */
export const PAIR_MAX = 5;
/** Failed logins one address may make against all e-mails together in the window. */
export const ADDRESS_MAX = 20;
export const FAILURE_WINDOW_MS = 15 * 60_000;

/** Failures of one e-mail (from any address) before the account-wide backoff starts. */
export const ACCOUNT_FREE_FAILURES = 10;
/** How far back account-wide failures count: long, so a slow distributed guess stays slowed. */
export const ACCOUNT_WINDOW_MS = 24 * 3600_000;
/** First backoff delay; it doubles with each failure beyond ACCOUNT_FREE_FAILURES. */
const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 15 * 60_000;
/**
 * Newest account-wide failures worth reading: past this many the delay is at its cap anyway, so
 * the database query stays bounded however many attempts an attacker made.
 */
export const ACCOUNT_FAILURES_READ =
  ACCOUNT_FREE_FAILURES + Math.ceil(Math.log2(BACKOFF_CAP_MS / BACKOFF_BASE_MS)) + 1;

export type ThrottleDecision =
  | { allow: true }
  | { allow: false; retryAfterSeconds: number; limit: "pair" | "address" | "account" };

/**
 * A sliding-window limit. `newest` holds the newest failures (ms timestamps, any order, at least
 * the newest `max` of those inside the window). Returns 0 when another attempt is allowed, else
 * the milliseconds until the oldest of the newest `max` leaves the window.
 */
export function windowWait(
  newest: readonly number[],
  max: number,
  windowMs: number,
  now: number,
): number {
  const inWindow = newest.filter((t) => t > now - windowMs).sort((a, b) => b - a);
  if (inWindow.length < max) return 0;
  const oldestCounted = must(inWindow[max - 1]);
  return Math.max(1, oldestCounted + windowMs - now);
}

/** The delay the account asks for after `failures` recent failures: 0 up to the free allowance. */
export function backoffDelayMs(failures: number): number {
  const beyond = failures - ACCOUNT_FREE_FAILURES;
  if (beyond <= 0) return 0;
  // 2 ** 40 would still be a finite number, but cap the exponent so it never grows unbounded.
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(beyond - 1, 40));
}

/**
 * Milliseconds the account still asks to wait: `newest` are its newest failures from any
 * address (ms timestamps; at most ACCOUNT_FAILURES_READ are needed). 0 when allowed.
 */
export function accountWait(newest: readonly number[], now: number): number {
  const recent = newest.filter((t) => t > now - ACCOUNT_WINDOW_MS);
  if (recent.length === 0) return 0;
  const delay = backoffDelayMs(recent.length);
  const last = Math.max(...recent);
  return Math.max(0, last + delay - now);
}

export interface ThrottleInput {
  now: number;
  /** Newest failures of this e-mail from this address (other than the attempt being decided). */
  pair: readonly number[];
  /** Newest failures from this address, any e-mail. */
  address: readonly number[];
  /** Newest failures of this e-mail, any address. */
  account: readonly number[];
}

/** Allow the attempt, or say how long to wait: the longest wait of the three limits wins. */
export function decideLogin(i: ThrottleInput): ThrottleDecision {
  const waits = [
    ["pair", windowWait(i.pair, PAIR_MAX, FAILURE_WINDOW_MS, i.now)],
    ["address", windowWait(i.address, ADDRESS_MAX, FAILURE_WINDOW_MS, i.now)],
    ["account", accountWait(i.account, i.now)],
  ] as const;
  let worst: (typeof waits)[number] = waits[0];
  for (const w of waits) if (w[1] > worst[1]) worst = w;
  if (worst[1] <= 0) return { allow: true };
  return { allow: false, retryAfterSeconds: Math.ceil(worst[1] / 1000), limit: worst[0] };
}

/** "try again in 40 seconds" / "in 3 minutes": the sentence the refusal carries. */
export function retryAfterText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
