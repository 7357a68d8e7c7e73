/**
 * Restricted records never leak: a secretariat-only need of Peru and a donors-and-secretariat
 * need of Peru are created; every read path is then walked as each role, and the text of each
 * restricted need must appear only for the roles allowed to read it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, type TestRole } from "./harness.js";

const SECRET = "Zephyrine secretariat-only need about confidential informants";
const DONORS = "Quillwort donors-tier need about procurement audits";
let h: Harness;
const ids: Record<string, string> = {};

/** Who may read each tier (otherState is Peru, the owner, so it reads both). */
const READERS: Record<string, TestRole[]> = {
  [SECRET]: ["admin", "analyst", "otherState"],
  [DONORS]: ["admin", "analyst", "otherState", "provider", "otherProvider"],
};
const ROLES: TestRole[] = [
  "public",
  "admin",
  "analyst",
  "state",
  "otherState",
  "provider",
  "otherProvider",
];

beforeAll(async () => {
  h = await createHarness();
  const peru = await h.as("otherState");
  ids[SECRET] = (
    await peru.needs.create({
      state: "PER",
      text: SECRET + " (art. 32)",
      confidentiality: "secretariat-only",
      articles: [9],
    })
  ).id;
  ids[DONORS] = (
    await peru.needs.create({
      state: "PER",
      text: DONORS + " (art. 9)",
      confidentiality: "donors-secretariat",
      articles: [9],
    })
  ).id;
  await (
    await h.as("admin")
  ).engagements.create({ needId: ids[SECRET]!, providerId: h.ids.otherProvider });
  // Peru met both restricted needs, so Peru is a partner "that had the same need and met it"
  // (issue 12, H1: the partner's reasons used to quote the restricted need).
  for (const id of Object.values(ids)) await peru.needs.setStatus({ id, status: "met" });
  for (const r of ["state", "provider"] as const)
    await (await h.as(r)).subscriptions.create({ kind: "state", value: "PER" });
}, 120_000);

afterAll(() => h?.close());

/** Every read path, returning everything it shows as one string. */
const READ_PATHS: Record<
  string,
  (c: Awaited<ReturnType<Harness["as"]>>, role: TestRole) => Promise<unknown>
> = {
  "needs.list": (c) => c.needs.list({ limit: 200 }),
  "needs.list (text search)": (c) => c.needs.list({ q: "need about" }),
  "needs.byId": async (c) =>
    Promise.all(Object.values(ids).map((id) => c.needs.byId({ id }).catch(() => null))),
  "search.global": (c) =>
    c.search
      .global({ q: "Zephyrine" })
      .then(async (a) => [a, await c.search.global({ q: "Quillwort" })]),
  "match.similar": async (c) => {
    const mine = await (
      await h.as("admin")
    ).needs.create({ state: "KEN", text: "Procurement audits need about informants (art. 9)" });
    return c.match.similar({ needId: mine.id });
  },
  // Partner reasons cite the needs a partner had (issue 12, H1): a restricted one is not quoted.
  "match.partners and match.forNeed": async (c) => {
    const mine = await (
      await h.as("admin")
    ).needs.create({
      state: "KEN",
      text: "A need about confidential informants and procurement audits (art. 9)",
    });
    return [
      await c.match.partners({ needId: mine.id }),
      await c.match.forNeed({ needId: mine.id }),
    ];
  },
  "export.needs csv": (c) => c.export.needs({ format: "csv" }),
  "export.needs json": (c) => c.export.needs({ format: "json" }),
  "export.needs iati": (c) => c.export.needs({ format: "iati" }),
  "engagements.list": async (c) => {
    const list = await c.engagements.list({});
    return list.map((e) => (Object.values(ids).includes(e.needId) ? `${SECRET}` : e.id));
  },
  "subscriptions.feed": (c, role) =>
    role === "state" || role === "provider" ? c.subscriptions.feed({}) : Promise.resolve([]),
  "classify.queue": (c) => c.classify.queue({}).catch(() => []),
};

describe("restricted needs never leak", () => {
  for (const [path, read] of Object.entries(READ_PATHS)) {
    it(`${path} shows each restricted need only to its readers`, async () => {
      for (const role of ROLES) {
        const shown = JSON.stringify(await read(await h.as(role), role));
        for (const text of [SECRET, DONORS]) {
          const mayRead = READERS[text]!.includes(role);
          if (!mayRead)
            expect(shown, `${role} must not see "${text.slice(0, 10)}" via ${path}`).not.toContain(
              text.split(" ")[0],
            );
        }
      }
    });
  }

  it("answers NOT_FOUND, not FORBIDDEN, for a restricted need, so its existence is not revealed", async () => {
    const pub = await h.as("public");
    await expect(pub.needs.byId({ id: ids[SECRET]! })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets the owning State and the secretariat read the restricted need", async () => {
    for (const role of ["otherState", "analyst"] as const) {
      expect((await (await h.as(role)).needs.byId({ id: ids[SECRET]! })).text).toContain(
        "Zephyrine",
      );
    }
  });
});
