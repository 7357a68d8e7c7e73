import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as dbModule from "@tahub/db";
import { resolveSession } from "../src/auth/sessions.js";
import {
  ACCOUNT_FREE_FAILURES,
  ACCOUNT_WINDOW_MS,
  accountWait,
  ADDRESS_MAX,
  backoffDelayMs,
  BACKOFF_CAP_MS,
  decideLogin,
  FAILURE_WINDOW_MS,
  PAIR_MAX,
  retryAfterText,
  windowWait,
} from "../src/auth/throttle.js";
import { createCaller, createRequestContext } from "../src/index.js";
import { createHarness, PASSWORD, type Harness } from "./harness.js";
import { must } from "./must.js";

// Pass-through wrapper, so a test can see that every login verifies a password (login timing).
vi.mock("@tahub/db", async (importOriginal) => {
  const orig = await importOriginal<typeof dbModule>();
  return { ...orig, verifyPassword: vi.fn(orig.verifyPassword) };
});

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 300_000);
afterAll(() => h?.close());
afterEach(() => {
  vi.useRealTimers();
});

async function anonymous(ip = "192.0.2.1", sessionTtlMs?: number) {
  const cookies: string[] = [];
  let token: string | null = null;
  const caller = createCaller(
    await createRequestContext({
      db: h.db.prisma,
      services: h.services,
      ip,
      sessionToken: null,
      setCookie: (c) => cookies.push(c),
      onLogin: (t) => (token = t),
      sessionTtlMs,
    }),
  );
  return { caller, cookies, token: () => token };
}

async function callerWithToken(token: string | null) {
  return createCaller(
    await createRequestContext({
      db: h.db.prisma,
      services: h.services,
      ip: "x",
      sessionToken: token,
    }),
  );
}

/** The error a promise rejects with (tRPC error, its AppError cause), or null. */
async function failure(p: Promise<unknown>) {
  try {
    await p;
    return null;
  } catch (e) {
    const err = e as { code?: string; message: string; cause?: { details?: unknown } };
    return { code: err.code, message: err.message, details: err.cause?.details };
  }
}

/** Stores failed attempts as if made `agoMs` ago (e.g. by an attacker elsewhere). */
async function pastFailures(email: string, agoMs: number[], ip = (i: number) => `203.0.113.${i}`) {
  await h.db.prisma.loginAttempt.createMany({
    data: agoMs.map((ago, i) => ({
      email,
      ip: ip(i),
      success: false,
      at: new Date(Date.now() - ago),
    })),
  });
}

describe("throttle decision (pure, issue 12)", () => {
  const now = 1_000_000_000_000;
  const sec = 1000;

  it("window limit: allows below the limit, else waits until the oldest counted failure expires", () => {
    expect(windowWait([], PAIR_MAX, FAILURE_WINDOW_MS, now)).toBe(0);
    const four = [1, 2, 3, 4].map((i) => now - i * sec);
    expect(windowWait(four, PAIR_MAX, FAILURE_WINDOW_MS, now)).toBe(0);
    const five = [...four, now - 60 * sec];
    // The fifth newest failure was 60 s ago: the pair may try again when it is 15 min old.
    expect(windowWait(five, PAIR_MAX, FAILURE_WINDOW_MS, now)).toBe(FAILURE_WINDOW_MS - 60 * sec);
    // Failures older than the window do not count.
    const old = [1, 2, 3, 4, 5].map((i) => now - FAILURE_WINDOW_MS - i);
    expect(windowWait(old, PAIR_MAX, FAILURE_WINDOW_MS, now)).toBe(0);
  });

  it("account backoff: free up to the threshold, then doubling, capped", () => {
    expect(backoffDelayMs(0)).toBe(0);
    expect(backoffDelayMs(ACCOUNT_FREE_FAILURES)).toBe(0);
    expect(backoffDelayMs(ACCOUNT_FREE_FAILURES + 1)).toBe(1 * sec);
    expect(backoffDelayMs(ACCOUNT_FREE_FAILURES + 2)).toBe(2 * sec);
    expect(backoffDelayMs(ACCOUNT_FREE_FAILURES + 5)).toBe(16 * sec);
    expect(backoffDelayMs(ACCOUNT_FREE_FAILURES + 1000)).toBe(BACKOFF_CAP_MS);
    for (let n = 1; n < 100; n++)
      expect(backoffDelayMs(n + 1)).toBeGreaterThanOrEqual(backoffDelayMs(n));
  });

  it("account backoff is a delay since the last failure, never a lock", () => {
    const many = Array.from({ length: 50 }, (_, i) => now - 10 * sec - i);
    // 50 failures: the delay is at its cap, counted from the newest failure 10 s ago.
    expect(accountWait(many, now)).toBe(BACKOFF_CAP_MS - 10 * sec);
    // Once the cap has passed since the last failure, the account takes an attempt again.
    expect(accountWait(many, now + BACKOFF_CAP_MS)).toBe(0);
    // Failures older than the account window are forgotten.
    expect(accountWait(many, now + ACCOUNT_WINDOW_MS + 11 * sec)).toBe(0);
  });

  it("the longest of the three waits wins, in whole seconds", () => {
    const none = { now, pair: [], address: [], account: [] };
    expect(decideLogin(none)).toEqual({ allow: true });
    const pair = Array.from({ length: PAIR_MAX }, () => now - 100 * sec);
    expect(decideLogin({ ...none, pair })).toEqual({
      allow: false,
      limit: "pair",
      retryAfterSeconds: (FAILURE_WINDOW_MS - 100 * sec) / sec,
    });
    const address = Array.from({ length: ADDRESS_MAX }, () => now - 1 * sec);
    expect(decideLogin({ ...none, pair, address })).toMatchObject({ limit: "address" });
    const account = Array.from({ length: ACCOUNT_FREE_FAILURES + 2 }, () => now - 500);
    expect(decideLogin({ ...none, account })).toEqual({
      allow: false,
      limit: "account",
      retryAfterSeconds: 2, // 1.5 s rounded up
    });
  });

  it("says when in words", () => {
    expect(retryAfterText(1)).toBe("1 second");
    expect(retryAfterText(59)).toBe("59 seconds");
    expect(retryAfterText(61)).toBe("2 minutes");
    expect(retryAfterText(900)).toBe("15 minutes");
  });
});

describe("sessions", () => {
  it("logs in with an HTTP-only SameSite cookie and knows who is calling", async () => {
    const a = await anonymous();
    const { user } = await a.caller.auth.login({ email: "ANALYST@test.org", password: PASSWORD });
    expect(user).toMatchObject({ email: "analyst@test.org", role: "analyst" });
    expect(a.cookies[0]).toMatch(/^tahub_session=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Lax/);
    const me = await callerWithToken(a.token());
    expect((await me.auth.me())?.role).toBe("analyst");
  });

  it("never says whether the e-mail exists", async () => {
    const a = await anonymous();
    const unknown = await a.caller.auth
      .login({ email: "nobody@test.org", password: PASSWORD })
      .catch((e: Error) => e.message);
    const wrong = await a.caller.auth
      .login({ email: "admin@test.org", password: "wrong" })
      .catch((e: Error) => e.message);
    expect(unknown).toBe(wrong);
  });

  it("throttles repeated failures from one address for one e-mail, and says when to retry", async () => {
    const a = await anonymous("198.51.100.7");
    for (let i = 0; i < PAIR_MAX; i++)
      await a.caller.auth.login({ email: "donor2@test.org", password: "nope" }).catch(() => null);
    const refused = await failure(
      a.caller.auth.login({ email: "donor2@test.org", password: PASSWORD }),
    );
    expect(refused?.code).toBe("TOO_MANY_REQUESTS");
    expect(refused?.message).toMatch(/try again in 1[45] minutes/);
    const { retryAfterSeconds } = refused?.details as { retryAfterSeconds: number };
    expect(retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("does not lock the real user out because of an attacker elsewhere (issue 12)", async () => {
    const attacker = await anonymous("203.0.113.66");
    for (let i = 0; i < PAIR_MAX; i++)
      await attacker.caller.auth
        .login({ email: "donor@test.org", password: `x${i}` })
        .catch(() => null);
    const again = await failure(
      attacker.caller.auth.login({ email: "donor@test.org", password: "y" }),
    );
    expect(again?.code).toBe("TOO_MANY_REQUESTS");
    // The real user, from their own address, still signs in with the right password.
    const real = await anonymous("192.0.2.200");
    const { user } = await real.caller.auth.login({ email: "donor@test.org", password: PASSWORD });
    expect(user.email).toBe("donor@test.org");
  });

  it("slows a distributed guess with a backoff that ends, and refusals do not extend it", async () => {
    const email = "focal.ken@test.org";
    // 20 wrong passwords from 20 addresses, the last 60 s ago: 2^9 s = 512 s after the last one.
    await pastFailures(
      email,
      Array.from({ length: 20 }, (_, i) => 60_000 + i * 1000),
    );
    const real = await anonymous("192.0.2.201");
    const first = await failure(real.caller.auth.login({ email, password: PASSWORD }));
    expect(first?.code).toBe("TOO_MANY_REQUESTS");
    const wait = (first?.details as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThan(440);
    expect(wait).toBeLessThanOrEqual(452);
    // Knocking again changes nothing: a refused attempt is not a failure.
    const second = await failure(real.caller.auth.login({ email, password: PASSWORD }));
    expect(
      (second?.details as { retryAfterSeconds: number }).retryAfterSeconds,
    ).toBeLessThanOrEqual(wait);
    expect(await h.db.prisma.loginAttempt.count({ where: { email, success: false } })).toBe(20);
    // Once the delay has passed since the last failure, the right password works.
    await h.db.prisma.loginAttempt.updateMany({
      where: { email },
      data: { at: new Date(Date.now() - 600_000) },
    });
    const { user } = await real.caller.auth.login({ email, password: PASSWORD });
    expect(user.email).toBe(email);
  });

  it("never holds an account longer than the cap, however many failures", async () => {
    const email = "nobody-capped@test.org";
    await pastFailures(
      email,
      Array.from({ length: 300 }, () => BACKOFF_CAP_MS + 2000),
    );
    const a = await anonymous("192.0.2.202");
    // Not refused: the password is checked (and is wrong, the e-mail being unknown).
    expect((await failure(a.caller.auth.login({ email, password: "x" })))?.code).toBe(
      "UNAUTHORIZED",
    );
  });

  it("checks at most PAIR_MAX passwords of a burst of parallel attempts (issue 12, H2)", async () => {
    const a = await anonymous("203.0.113.9");
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        a.caller.auth
          .login({ email: "focal.per@test.org", password: `guess-${i}` })
          .then(() => "IN")
          .catch((e: { code?: string }) => e.code ?? "ERR"),
      ),
    );
    // UNAUTHORIZED means the password was checked; the rest were stopped before that.
    const checked = outcomes.filter((o) => o === "UNAUTHORIZED").length;
    expect(checked).toBeLessThanOrEqual(PAIR_MAX);
    expect(outcomes.filter((o) => o === "TOO_MANY_REQUESTS").length).toBe(12 - checked);
    // Parallel attempts may all stop each other; a few more in turn use up the pair's allowance.
    for (let i = 0; i < PAIR_MAX; i++)
      await a.caller.auth
        .login({ email: "focal.per@test.org", password: "more" })
        .catch(() => null);
    await expect(
      a.caller.auth.login({ email: "focal.per@test.org", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("ends the session on logout", async () => {
    const a = await anonymous();
    await a.caller.auth.login({ email: "admin@test.org", password: PASSWORD });
    await (await callerWithToken(a.token())).auth.logout();
    expect(await (await callerWithToken(a.token())).auth.me()).toBeNull();
  });

  it("stores only a hash of the session token", async () => {
    const a = await anonymous();
    await a.caller.auth.login({ email: "admin@test.org", password: PASSWORD });
    const stored = await h.db.prisma.session.findMany({ select: { tokenHash: true } });
    expect(stored.map((s) => s.tokenHash)).not.toContain(a.token());
  });

  it("gives a session the configured lifetime (SESSION_TTL_HOURS), then it expires", async () => {
    const hour = 3600_000;
    const a = await anonymous("192.0.2.203", hour);
    const before = Date.now();
    await a.caller.auth.login({ email: "admin@test.org", password: PASSWORD });
    expect(a.cookies[0]).toMatch(/Max-Age=3600(;|$)/);
    const token = must(a.token());
    const mine = await h.db.prisma.session.findUnique({
      where: { tokenHash: createHash("sha256").update(token).digest("hex") },
    });
    expect(must(mine).expiresAt.getTime() - before).toBeGreaterThanOrEqual(hour);
    expect(must(mine).expiresAt.getTime() - before).toBeLessThan(hour + 30_000);
    // The clock moves: still signed in at 59 minutes, signed out after the hour.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(before + hour - 60_000);
    expect((await (await callerWithToken(token)).auth.me())?.email).toBe("admin@test.org");
    vi.setSystemTime(must(mine).expiresAt.getTime() + 1000);
    expect(await (await callerWithToken(token)).auth.me()).toBeNull();
    vi.useRealTimers();
    expect(await resolveSession(h.db.prisma, token, must(mine).expiresAt.getTime())).toBeNull();
  });
});

describe("login timing (issue 12)", () => {
  const median = (xs: number[]) => must([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

  it("an unknown e-mail costs a password check, like a known one with a wrong password", async () => {
    const verify = vi.mocked(dbModule.verifyPassword);
    const a = await anonymous("192.0.2.210");
    // Warm-up: the dummy hash is made on first use.
    await a.caller.auth.login({ email: "warm-up@test.org", password: "x" }).catch(() => null);

    verify.mockClear();
    await a.caller.auth.login({ email: "nobody-1@test.org", password: "x" }).catch(() => null);
    expect(verify).toHaveBeenCalledTimes(1);
    verify.mockClear();
    await a.caller.auth.login({ email: "analyst@test.org", password: "x" }).catch(() => null);
    expect(verify).toHaveBeenCalledTimes(1);

    // A measurement, with a factor wide enough not to flake on a busy machine: without the
    // dummy hash an unknown e-mail answered in a fraction of the time (no scrypt at all).
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < 9; i++) {
      // Fresh addresses, so the per-pair and per-address limits stay out of the way.
      const u = await anonymous(`192.0.2.${220 + i}`);
      let t = performance.now();
      await u.caller.auth
        .login({ email: `nobody-t${i}@test.org`, password: "x" })
        .catch(() => null);
      unknown.push(performance.now() - t);
      t = performance.now();
      await u.caller.auth.login({ email: "analyst@test.org", password: `x${i}` }).catch(() => null);
      known.push(performance.now() - t);
    }
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
