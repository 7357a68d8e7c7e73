import { describe, expect, it } from "vitest";
import {
  buildMatchIndex,
  DEFAULT_WEIGHTS,
  describeReason,
  matchProvider,
  regionalProgrammes,
  waitingBonus,
  waitingNeeds,
  type MatchCandidate,
  type MatchNeed,
} from "./index.js";
import { at, must } from "../util/at.js";

const TODAY = "2026-01-15";
const DECLARATIONS = "Verification of asset declarations of public officials";
const PROCUREMENT = "Electronic public procurement platform for tenders";

function need(id: string, over: Partial<MatchNeed> = {}): MatchNeed {
  return { id, text: DECLARATIONS, state: "KEN", status: "identified", supportCount: 0, ...over };
}

function offer(id: string, over: Partial<MatchCandidate> = {}): MatchCandidate {
  return { id, kind: "offer", provider: `Provider ${id}`, text: DECLARATIONS, ...over };
}

const query = { text: "Training on the verification of asset declarations" };
const scoreOf = (rs: { id: string; score: number }[], id: string) =>
  rs.find((r) => r.id === id)?.score;

describe("waiting bonus", () => {
  it("grows linearly to +15% at a year's wait and is capped there", () => {
    expect(waitingBonus(0, DEFAULT_WEIGHTS)).toBe(1);
    expect(waitingBonus(-30, DEFAULT_WEIGHTS)).toBe(1); // dated in the future: no wait
    expect(waitingBonus(365 / 2, DEFAULT_WEIGHTS)).toBeCloseTo(1.075, 10);
    expect(waitingBonus(365, DEFAULT_WEIGHTS)).toBeCloseTo(1.15, 10);
    expect(waitingBonus(3650, DEFAULT_WEIGHTS)).toBeCloseTo(1.15, 10);
  });

  it("lifts a related need that waited, by at most 15% of its score, and the same after one year or ten", () => {
    const index = buildMatchIndex({
      needs: [
        need("fresh"),
        need("year", { waitingSince: "2025-01-15" }),
        need("decade", { waitingSince: "2016-01-15" }),
      ],
    });
    const m = matchProvider(index, query, { today: TODAY });
    const fresh = must(scoreOf(m.needs, "fresh"), "fresh");
    const year = must(scoreOf(m.needs, "year"), "year");
    expect(
      m.needs
        .map((n) => n.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(["decade", "year"]);
    expect(year).toBeGreaterThan(fresh);
    // The bonus multiplies only the text and concept evidence, part of the score: < 15% overall.
    expect(year).toBeLessThanOrEqual(fresh * 1.15 + 1e-3);
    expect(scoreOf(m.needs, "decade")).toBe(year);
  });

  it("never lifts an unrelated need, however long it waited, above a related one", () => {
    const index = buildMatchIndex({
      needs: [
        need("related"),
        need("unrelated", { text: PROCUREMENT, waitingSince: "2006-01-01" }),
        need("unrelated-fresh", { text: PROCUREMENT }),
      ],
    });
    const m = matchProvider(index, query, { today: TODAY });
    const related = must(scoreOf(m.needs, "related"), "related");
    const unrelated = scoreOf(m.needs, "unrelated") ?? 0;
    expect(unrelated).toBeLessThan(related);
    // Nothing in common to multiply: exactly the score it has without any wait.
    expect(unrelated).toBe(scoreOf(m.needs, "unrelated-fresh") ?? 0);
  });

  it("says how long a need waited, from 30 days on, as a typed reason", () => {
    const index = buildMatchIndex({
      needs: [
        need("long", { waitingSince: "2025-10-17" }),
        need("short", { waitingSince: "2026-01-01" }),
      ],
    });
    const m = matchProvider(index, query, { today: TODAY });
    const reasons = (id: string) =>
      must(
        m.needs.find((n) => n.id === id),
        id,
      ).reasons;
    expect(reasons("long")).toContainEqual({ kind: "waiting", days: 90 });
    expect(reasons("short").some((r) => r.kind === "waiting")).toBe(false);
    expect(describeReason({ kind: "waiting", days: 90 })).toBe("waiting for support for 90 days");
  });
});

describe("waitingNeeds", () => {
  const needs = [
    need("newest", { waitingSince: "2025-12-01" }),
    need("oldest", {
      waitingSince: "2023-03-01",
      state: "PER",
      text: "Protección de denunciantes",
    }),
    need("middle", { waitingSince: "2024-06-30", status: "partially-met" }),
    need("supported", { waitingSince: "2020-01-01", supportCount: 1 }),
    need("met", { waitingSince: "2020-01-01", status: "met" }),
    need("in-progress", { waitingSince: "2020-01-01", status: "in-progress" }),
    need("undated"),
  ];

  it("lists open needs without support, oldest first, with their waiting time in days", () => {
    const index = buildMatchIndex({ needs });
    const w = waitingNeeds(index, { today: TODAY });
    expect(w.map((x) => x.need.id)).toEqual(["oldest", "middle", "newest"]);
    // 2023-03-01 to 2026-01-15: 366 days to 2024-03-01 (29 February), 365 to 2025-03-01, 320 more.
    expect(at(w, 0).days).toBe(1051);
    expect(at(w, 2).days).toBe(45);
  });

  it("keeps to a region, an article, the needs the caller may read, and the limit", () => {
    const index = buildMatchIndex({ needs });
    expect(
      waitingNeeds(index, { today: TODAY, region: "latin-american-caribbean" }).map(
        (x) => x.need.id,
      ),
    ).toEqual(["oldest"]);
    const withArticle = buildMatchIndex({
      needs: [need("a52", { waitingSince: "2025-01-01", articles: [52] }), ...needs],
    });
    expect(waitingNeeds(withArticle, { today: TODAY, article: 52 }).map((x) => x.need.id)).toEqual([
      "a52",
    ]);
    expect(
      waitingNeeds(index, { today: TODAY, admitNeed: (id) => id !== "oldest" }).map(
        (x) => x.need.id,
      ),
    ).toEqual(["middle", "newest"]);
    expect(waitingNeeds(index, { today: TODAY, limit: 1 })).toHaveLength(1);
  });

  it("counts the open offers about the need that the filters admit", () => {
    const index = buildMatchIndex({
      needs: [need("ken", { waitingSince: "2025-01-01" })],
      candidates: [
        offer("global"),
        offer("african", { regions: ["african"] }),
        offer("asian", { regions: ["asia-pacific"] }), // not open to Kenya
        offer("closed", { status: "closed" }),
        offer("expired", { period: { to: "2025-12-31" } }),
        offer("french-only", { languages: ["fr"] }), // Kenya works in English
        offer("other-topic", { text: PROCUREMENT }),
        offer("hidden"),
        { ...offer("expertise"), kind: "expertise" },
      ],
    });
    const [ken] = waitingNeeds(index, { today: TODAY, admitOffer: (id) => id !== "hidden" });
    expect(must(ken, "KEN's need").offers.sort()).toEqual(["african", "global"]);
  });
});

describe("regionalProgrammes", () => {
  const african = ["KEN", "UGA", "GHA", "NGA"];
  const needsOf = (states: string[], text = DECLARATIONS) =>
    states.map((state, i) => need(`${state}-${i}`, { state, text }));

  it("proposes nothing for two States and one programme for three", () => {
    const two = buildMatchIndex({ needs: needsOf(african.slice(0, 2)) });
    expect(regionalProgrammes(two, { today: TODAY })).toEqual([]);
    const three = buildMatchIndex({ needs: needsOf(african.slice(0, 3)) });
    const p = regionalProgrammes(three, { today: TODAY });
    expect(p.map((x) => [x.region, x.concept])).toEqual([["african", "asset-declaration"]]);
    expect(at(p, 0).states.map((s) => s.state)).toEqual(["GHA", "KEN", "UGA"]);
    // Two needs of one State count once as a State, twice as needs.
    const repeat = buildMatchIndex({ needs: [...needsOf(["KEN", "KEN", "UGA"])] });
    expect(regionalProgrammes(repeat, { today: TODAY })).toEqual([]);
  });

  it("counts States within one regional group only, and keeps to the region asked", () => {
    // Three States, three groups: no region has three.
    const spread = buildMatchIndex({ needs: needsOf(["KEN", "PER", "IND"]) });
    expect(regionalProgrammes(spread, { today: TODAY })).toEqual([]);
    const both = buildMatchIndex({
      needs: [...needsOf(african.slice(0, 3)), ...needsOf(["PER", "COL", "MEX"])],
    });
    expect(
      regionalProgrammes(both, { today: TODAY })
        .map((p) => p.region)
        .sort(),
    ).toEqual(["african", "latin-american-caribbean"]);
    expect(
      regionalProgrammes(both, { today: TODAY, region: "latin-american-caribbean" }).map(
        (p) => p.region,
      ),
    ).toEqual(["latin-american-caribbean"]);
  });

  it("leaves out closed needs and needs the caller may not read, and ranks by States then needs", () => {
    const index = buildMatchIndex({
      needs: [
        ...needsOf(african.slice(0, 3)),
        need("met", { state: "NGA", status: "met" }),
        ...needsOf(african, PROCUREMENT),
      ],
    });
    const p = regionalProgrammes(index, { today: TODAY });
    expect(p.map((x) => [x.concept, x.states.length])).toEqual([
      [at(p, 0).concept, 4],
      ["asset-declaration", 3],
    ]);
    expect(
      regionalProgrammes(index, { today: TODAY, admitNeed: (id) => !id.startsWith("KEN") }).map(
        (x) => x.concept,
      ),
    ).toEqual([at(p, 0).concept]);
  });

  it("proposes as providers the open offers on the concept that reach the region", () => {
    const index = buildMatchIndex({
      needs: needsOf(african.slice(0, 3)),
      candidates: [
        offer("global"),
        offer("african", { regions: ["african"] }),
        offer("asian", { regions: ["asia-pacific"] }),
        offer("closed", { status: "closed" }),
        offer("other-topic", { text: PROCUREMENT }),
      ],
    });
    const [p] = regionalProgrammes(index, { today: TODAY });
    expect(
      must(p, "the programme")
        .offers.map((o) => o.offer.id)
        .sort(),
    ).toEqual(["african", "global"]);
    expect(at(must(p, "the programme").offers, 0).states).toEqual(["GHA", "KEN", "UGA"]);
  });
});
