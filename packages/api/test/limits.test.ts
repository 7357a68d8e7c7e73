/**
 * Bad input gets a clear 400 and stores nothing: length caps on every input string and list,
 * NUL characters and lone surrogates refused before they reach the database, and the database's
 * own invalid-text errors mapped to a 400 when they do.
 */
import { MAX_CV_ENTRIES, MAX_TEXT, MAX_TITLE } from "@tahub/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toAppError } from "../src/db.js";
import { appRouter } from "../src/root.js";
import { createHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 300_000);
afterAll(() => h?.close());

// ---------------------------------------------------------------------------------------------
// The schemas themselves: every string and every list of every procedure's input has a maximum.

interface ZodNode {
  _zod: {
    def: Record<string, unknown> & {
      type: string;
      checks?: { _zod: { def: Record<string, unknown> } }[];
    };
  };
}

/**
 * Inputs that may stay uncapped, each with the reason. The questionnaire's answers are a record
 * whose keys are refused unless they are question ids, and each answer's text is capped.
 */
const EXEMPT = new Set([
  "questionnaire.submit: answers (record)",
  "questionnaire.submit: answers{key} (string)",
]);

function maxOf(s: ZodNode): number | undefined {
  let max: number | undefined;
  for (const c of s._zod.def.checks ?? []) {
    const d = c._zod.def;
    const v =
      d.check === "max_length" ? d.maximum : d.check === "length_equals" ? d.length : undefined;
    if (typeof v === "number") max = Math.min(max ?? v, v);
  }
  return max;
}

/** Every string or list reachable from `s` that has no maximum, as "path (kind)". */
function uncapped(s: ZodNode, path: string, out: string[]): void {
  const def = s._zod.def;
  const child = (key: string) => def[key] as ZodNode;
  switch (def.type) {
    case "string":
      if (maxOf(s) === undefined) out.push(`${path} (string)`);
      return;
    case "array":
      if (maxOf(s) === undefined) out.push(`${path} (array)`);
      return uncapped(child("element"), `${path}[]`, out);
    case "object":
      for (const [k, v] of Object.entries(def.shape as Record<string, ZodNode>))
        uncapped(v, path ? `${path}.${k}` : k, out);
      return;
    case "record":
      out.push(`${path} (record)`);
      uncapped(child("keyType"), `${path}{key}`, out);
      return uncapped(child("valueType"), `${path}{value}`, out);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return uncapped(child("innerType"), path, out);
    case "pipe":
      return uncapped(child("in"), path, out);
    case "union":
      for (const o of def.options as ZodNode[]) uncapped(o, path, out);
      return;
    case "intersection":
      uncapped(child("left"), path, out);
      return uncapped(child("right"), path, out);
    case "any":
    case "unknown":
    case "lazy":
      out.push(`${path} (${def.type})`);
      return;
    default:
      // numbers, booleans, enums, literals, dates: bounded by their type.
      return;
  }
}

describe("input schemas", () => {
  it("cap every string and every list of every procedure", () => {
    const procedures = (appRouter as unknown as { _def: { procedures: Record<string, unknown> } })
      ._def.procedures;
    const found: string[] = [];
    for (const [name, p] of Object.entries(procedures)) {
      const inputs = (p as { _def: { inputs: ZodNode[] } })._def.inputs;
      const out: string[] = [];
      for (const input of inputs) uncapped(input, "", out);
      found.push(...out.map((o) => `${name}: ${o}`));
    }
    expect(Object.keys(procedures).length).toBeGreaterThan(40);
    expect(found.filter((f) => !EXEMPT.has(f))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Through the API: oversize values get BAD_REQUEST with a message that says the limit.

const fail = async (p: Promise<unknown>) =>
  (await p.then(
    () => ({ code: "OK", message: "" }),
    (e: unknown) => e,
  )) as { code: string; message: string; cause?: { details?: { rows?: unknown[] } } };

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("oversize input", () => {
  it("refuses an expert CV with too many entries, and stores nothing", async () => {
    const provider = await h.as("provider");
    const before = await h.db.prisma.expert.count();
    const entry = { from: "2019", organization: "Anti-Corruption Agency", role: "Investigator" };
    const err = await fail(
      provider.experts.upsert({
        expert: {
          name: "Amina Diallo",
          languages: ["fr"],
          consentToList: true,
          employment: Array.from({ length: MAX_CV_ENTRIES + 1 }, () => entry),
        },
      }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toContain(`at most ${MAX_CV_ENTRIES} employment entries`);
    // One string of a CV entry is capped too.
    const long = await fail(
      provider.experts.upsert({
        expert: {
          name: "Amina Diallo",
          languages: ["fr"],
          consentToList: true,
          publications: ["x".repeat(50_000)],
        },
      }),
    );
    expect(long.code).toBe("BAD_REQUEST");
    expect(long.message).toContain("longer than 500 characters");
    expect(await h.db.prisma.expert.count()).toBe(before);
  });

  it("refuses a need text over the limit", async () => {
    const state = await h.as("state");
    const err = await fail(state.needs.create({ state: "KEN", text: "a".repeat(MAX_TEXT + 1) }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toContain("longer than 10,000 characters");
  });

  it("refuses an offer with an oversize title or a repeated list", async () => {
    const provider = await h.as("provider");
    const offer = {
      providerId: h.ids.provider,
      title: "Peer review of asset declarations",
      description: "Two experts for a week, remote or on site.",
      modalities: ["peer-learning" as const],
    };
    const title = await fail(
      provider.offers.create({ ...offer, title: "t".repeat(MAX_TITLE + 1) }),
    );
    expect(title.code).toBe("BAD_REQUEST");
    expect(title.message).toContain("the title is longer than 200 characters");
    const many = await fail(
      provider.offers.create({
        ...offer,
        languages: Array.from({ length: 7 }, () => "en" as const),
      }),
    );
    expect(many.code).toBe("BAD_REQUEST");
    expect(many.message).toContain("at most 6 languages");
  });

  it("refuses an import whose file name or row text is over the limit, storing nothing", async () => {
    const analyst = await h.as("analyst");
    const before = await h.db.prisma.need.count();
    const name = await fail(
      analyst.import.needs({
        filename: `${"n".repeat(300)}.csv`,
        contentBase64: b64("state,text\n"),
      }),
    );
    expect(name.code).toBe("BAD_REQUEST");
    const csv = `state,text\nKEN,A good need on asset declarations\nKEN,${"a".repeat(MAX_TEXT + 1)}\n`;
    const rows = await fail(
      analyst.import.needs({ filename: "long.csv", contentBase64: b64(csv) }),
    );
    expect(rows.code).toBe("BAD_REQUEST");
    expect(rows.cause?.details?.rows).toEqual([
      {
        row: 3,
        field: "text",
        message: "the text is longer than 10,000 characters",
        // What the portal words the problem from, in the reader's language.
        code: "too_big",
        params: { maximum: 10_000, origin: "string" },
      },
    ]);
    expect(await h.db.prisma.need.count()).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Text the database cannot store.

describe("NUL characters and lone surrogates", () => {
  it("are refused with BAD_REQUEST naming the field, for any procedure", async () => {
    const state = await h.as("state");
    const before = await h.db.prisma.need.count();
    for (const text of ["Training for\u0000 FIU analysts", "Training for \uD800 FIU analysts"]) {
      const err = await fail(state.needs.create({ state: "KEN", text }));
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message).toMatch(/^text: contains a (NUL character|broken character)/);
    }
    // A lone low surrogate deep in a nested list, and in a read-only query.
    const provider = await h.as("provider");
    const nested = await fail(
      provider.experts.upsert({
        expert: {
          name: "Amina Diallo",
          languages: ["fr"],
          consentToList: true,
          employment: [{ from: "2019", organization: "Agency", role: "Lead \uDC00" }],
        },
      }),
    );
    expect(nested.code).toBe("BAD_REQUEST");
    expect(nested.message).toMatch(/^expert\.employment\.0\.role: contains a broken character/);
    expect((await fail((await h.as("public")).needs.list({ q: "a\u0000b" }))).code).toBe(
      "BAD_REQUEST",
    );
    // A well-formed pair (an emoji) is fine.
    await expect(
      state.needs.create({ state: "KEN", text: "Training for FIU analysts \u{1F4DA}" }),
    ).resolves.toMatchObject({ state: "KEN" });
    expect(await h.db.prisma.need.count()).toBe(before + 1);
  });

  it("that still reach the database are mapped to bad input, not an internal error", async () => {
    // Straight to the database, past the API's check: PostgreSQL answers SQLSTATE 22021.
    const nul = await h.db.prisma.need
      .create({
        data: { stateId: "KEN", cycle: 2, text: "a\u0000b", language: "en", articles: [] },
      })
      .catch((e: unknown) => e);
    expect(toAppError(nul)).toMatchObject({ code: "BAD_INPUT" });
    // A lone surrogate is refused by the query engine before any SQL runs.
    const lone = await h.db.prisma.need
      .create({
        data: { stateId: "KEN", cycle: 2, text: "a\uD800b", language: "en", articles: [] },
      })
      .catch((e: unknown) => e);
    expect(toAppError(lone)).toMatchObject({ code: "BAD_INPUT" });
  });
});
