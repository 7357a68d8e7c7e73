import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FAILURES } from "../src/auth/sessions.js";
import { createCaller, createRequestContext } from "../src/index.js";
import { createHarness, PASSWORD, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 120_000);
afterAll(() => h?.close());

async function anonymous(ip = "192.0.2.1") {
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
    }),
  );
  return { caller, cookies, token: () => token };
}

describe("sessions", () => {
  it("logs in with an HTTP-only SameSite cookie and knows who is calling", async () => {
    const a = await anonymous();
    const { user } = await a.caller.auth.login({ email: "ANALYST@test.org", password: PASSWORD });
    expect(user).toMatchObject({ email: "analyst@test.org", role: "analyst" });
    expect(a.cookies[0]).toMatch(/^tahub_session=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Lax/);
    const me = createCaller(
      await createRequestContext({
        db: h.db.prisma,
        services: h.services,
        ip: "x",
        sessionToken: a.token(),
      }),
    );
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

  it("throttles repeated failures for one e-mail", async () => {
    const a = await anonymous("198.51.100.7");
    for (let i = 0; i < 5; i++)
      await a.caller.auth.login({ email: "donor2@test.org", password: "nope" }).catch(() => null);
    await expect(
      a.caller.auth.login({ email: "donor2@test.org", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("checks at most MAX_FAILURES passwords of a burst of parallel attempts (issue 12, H2)", async () => {
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
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES);
    expect(outcomes.filter((o) => o === "TOO_MANY_REQUESTS").length).toBe(12 - checked);
    await expect(
      a.caller.auth.login({ email: "focal.per@test.org", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("ends the session on logout", async () => {
    const a = await anonymous();
    await a.caller.auth.login({ email: "admin@test.org", password: PASSWORD });
    const me = createCaller(
      await createRequestContext({
        db: h.db.prisma,
        services: h.services,
        ip: "x",
        sessionToken: a.token(),
      }),
    );
    await me.auth.logout();
    const after = createCaller(
      await createRequestContext({
        db: h.db.prisma,
        services: h.services,
        ip: "x",
        sessionToken: a.token(),
      }),
    );
    expect(await after.auth.me()).toBeNull();
  });

  it("stores only a hash of the session token", async () => {
    const a = await anonymous();
    await a.caller.auth.login({ email: "admin@test.org", password: PASSWORD });
    const stored = await h.db.prisma.session.findMany({ select: { tokenHash: true } });
    expect(stored.map((s) => s.tokenHash)).not.toContain(a.token());
  });
});
