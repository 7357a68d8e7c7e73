import { describe, expect, it } from "vitest";
import {
  buildMatchIndex,
  matchNeed,
  matchProvider,
  partners,
  similarNeeds,
  UnknownStateError,
  type MatchCandidate,
  type MatchNeed,
} from "./index.js";

/**
 * The hard filters and the partner evidence rules (docs/matching.md). Each test is written so
 * that it fails when its rule is removed: the records share text and articles, so without the
 * rule the excluded record would score well and come back.
 */

const TODAY = "2026-01-15";
const TEXT = "Training on the verification of asset declarations of public officials";

function offer(id: string, over: Partial<MatchCandidate> = {}): MatchCandidate {
  return { id, kind: "offer", provider: `Provider ${id}`, text: TEXT, articles: [8], ...over };
}
function need(id: string, state: string, over: Partial<MatchNeed> = {}): MatchNeed {
  return { id, text: TEXT, state, articles: [8], language: "en", ...over };
}
const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);

describe("offer regions (empty = global)", () => {
  const index = buildMatchIndex({
    candidates: [offer("africa", { regions: ["african"] }), offer("global", { regions: [] })],
  });

  it.each(["BGD", "THA", "VEN", "HUN"])(
    "an offer limited to the African States is not returned for a need of %s",
    (state) => {
      expect(ids(matchNeed(index, need("n", state), { today: TODAY }).all)).toEqual(["global"]);
    },
  );

  it("returns both the African and the global offer for Kenya", () => {
    expect(ids(matchNeed(index, need("n", "KEN"), { today: TODAY }).all).sort()).toEqual([
      "africa",
      "global",
    ]);
  });

  it("says which of the offer's regions serves the need", () => {
    const r = matchNeed(index, need("n", "KEN"), { today: TODAY }).all.find(
      (x) => x.id === "africa",
    );
    expect(r?.reasons).toContainEqual({ kind: "region", region: "african" });
  });

  it("matches an offer limited to the African States only with African needs (matchProvider)", () => {
    const needs = buildMatchIndex({
      needs: [need("ken", "KEN"), need("bgd", "BGD"), need("hun", "HUN")],
    });
    const africa = offer("africa", { regions: ["african"] });
    expect(ids(matchProvider(needs, africa, { today: TODAY }).needs)).toEqual(["ken"]);
    // A provider with one African and one global offer reaches everybody.
    const both = matchProvider(
      needs,
      { text: TEXT, articles: [8], reach: [{ regions: ["african"] }, { regions: [] }] },
      { today: TODAY },
    );
    expect(ids(both.needs).sort()).toEqual(["bgd", "hun", "ken"]);
    expect(both.states.map((s) => s.state).sort()).toEqual(["BGD", "HUN", "KEN"]);
  });
});

describe("languages", () => {
  const index = buildMatchIndex({
    candidates: [
      offer("fr-only", { languages: ["fr"] }),
      offer("es-only", { languages: ["es"] }),
      offer("unstated"),
      { id: "kb-fr", kind: "expertise", text: TEXT, articles: [8], languages: ["fr"] },
    ],
  });

  it("does not offer a French-only offer for a Kenyan need written in English", () => {
    const got = ids(matchNeed(index, need("n", "KEN"), { today: TODAY }).all);
    expect(got).not.toContain("fr-only");
    expect(got).not.toContain("es-only");
    expect(got).toContain("unstated");
    // A knowledge-bank entry is a document: its language ranks, it does not exclude.
    expect(got).toContain("kb-fr");
  });

  it("serves a need in the State's official languages too (Peru, need written in English)", () => {
    const got = ids(matchNeed(index, need("n", "PER"), { today: TODAY }).all);
    expect(got).toContain("es-only");
    expect(got).not.toContain("fr-only");
  });

  it("applies to needs found for a provider", () => {
    const needs = buildMatchIndex({
      needs: [need("sen", "SEN", { language: "fr" }), need("ken", "KEN")],
    });
    expect(ids(matchProvider(needs, offer("fr-only", { languages: ["fr"] })).needs)).toEqual([
      "sen",
    ]);
  });
});

describe("status and period", () => {
  it("a closed offer reaches no need, and neither does one whose period has ended", () => {
    const needs = buildMatchIndex({ needs: [need("ken", "KEN")] });
    expect(matchProvider(needs, offer("o", { status: "closed" }), { today: TODAY }).needs).toEqual(
      [],
    );
    expect(
      matchProvider(needs, offer("o", { period: { to: "2025-12-31" } }), { today: TODAY }).needs,
    ).toEqual([]);
    expect(ids(matchProvider(needs, offer("o"), { today: TODAY }).needs)).toEqual(["ken"]);
  });

  it("never returns a closed offer for a need", () => {
    const index = buildMatchIndex({ candidates: [offer("closed", { status: "closed" })] });
    expect(matchNeed(index, need("n", "KEN"), { today: TODAY }).all).toEqual([]);
  });
});

describe("partners: evidence of what a State did", () => {
  const confiscation = "Non-conviction-based confiscation of assets";

  it("ranks a State's own matching knowledge-bank entry above a neighbour's offer", () => {
    const index = buildMatchIndex({
      candidates: [
        // Indonesia's own write-up of how it did it: far from Peru, but exactly the topic.
        {
          id: "kb-idn",
          kind: "expertise",
          providerState: "IDN",
          text: confiscation,
          articles: [54],
        },
        // Bolivia is Peru's neighbour (same group, subregion, language, tradition).
        offer("bol", { providerState: "BOL", text: confiscation, articles: [54] }),
      ],
    });
    const r = partners(
      index,
      "PER",
      { id: "q", text: confiscation, articles: [54] },
      { today: TODAY },
    );
    expect(r.map((s) => s.state)).toEqual(["IDN", "BOL"]);
    expect(r[0]?.reasons[0]).toEqual({ kind: "published-expertise", expertiseId: "kb-idn" });
    expect(r[1]?.reasons[0]).toEqual({ kind: "offers-expertise", offerId: "bol" });
  });

  it("does not count an expert's nationality as that State offering the expertise", () => {
    const index = buildMatchIndex({
      candidates: [
        // The directory records where an expert is from; that says nothing about the State.
        { id: "x", kind: "expert", text: confiscation, articles: [54], basedIn: "COL" },
        { id: "x2", kind: "expert", text: confiscation, articles: [54], providerState: "ECU" },
      ],
    });
    expect(partners(index, "PER", { id: "q", text: confiscation, articles: [54] })).toEqual([]);
  });

  it("never makes a hub or organisation (no State it acts for) a partner or South-South", () => {
    const index = buildMatchIndex({
      candidates: [
        offer("hub", { basedIn: "THA", text: confiscation, articles: [54], southSouth: true }),
      ],
    });
    expect(partners(index, "BGD", { id: "q", text: confiscation, articles: [54] })).toEqual([]);
    const [m] = matchNeed(index, need("n", "BGD", { text: confiscation, articles: [54] }), {
      today: TODAY,
    }).offers;
    expect(m?.id).toBe("hub");
    expect(m?.reasons.some((r) => r.kind === "south-south")).toBe(false);
  });

  it("gives a hub's declared South-South offer no South-South credit in the ranking", () => {
    // Same text; Thailand (the hub's host) and Japan are both in Bangladesh's group and share
    // no subregion or language with it, so only a South-South credit could separate them.
    const index = buildMatchIndex({
      candidates: [
        offer("jpn", { providerState: "JPN", text: confiscation, articles: [54] }),
        offer("hub", { basedIn: "THA", text: confiscation, articles: [54], southSouth: true }),
      ],
    });
    const r = matchNeed(index, need("n", "BGD", { text: confiscation, articles: [54] }), {
      today: TODAY,
      preferSouthSouth: true,
    }).offers;
    expect(r[0]?.score).toBe(r[1]?.score);
  });

  it("counts a met need only on the same concept, not on the same article alone", () => {
    const index = buildMatchIndex({
      needs: [
        // Article 8 both, but codes of conduct are not asset declarations.
        need("code", "ECU", { text: "Codes of conduct for public officials", status: "met" }),
        need("assets", "BOL", {
          text: "An electronic system to verify asset declarations",
          status: "met",
        }),
        need("open", "COL", { text: "Verification of asset declarations", status: "identified" }),
        need("partly", "CHL", { text: "Asset declarations checks", status: "partially-met" }),
      ],
    });
    const r = partners(index, "PER", need("q", "PER"));
    expect(r.map((s) => s.state)).toEqual(["BOL"]);
    expect(r[0]?.reasons[0]).toMatchObject({
      kind: "met-same-need",
      needId: "assets",
      concept: "asset-declaration",
    });
  });

  it("counts assistance a State's agencies delivered on needs of the same concept", () => {
    const index = buildMatchIndex({
      needs: [
        need("a", "UGA", { deliveredBy: ["KEN"] }),
        need("b", "TZA", { deliveredBy: ["KEN"] }),
        need("c", "TZA", { text: "Codes of conduct for public officials", deliveredBy: ["ZAF"] }),
      ],
    });
    const r = partners(index, "RWA", need("q", "RWA"));
    expect(r.map((s) => s.state)).toEqual(["KEN"]);
    expect(r[0]?.reasons).toContainEqual({ kind: "delivered-assistance", count: 2 });
  });

  it("uses an agency's offer only when it is open to the asking State", () => {
    const index = buildMatchIndex({
      candidates: [
        offer("col", { providerState: "COL", regions: ["latin-american-caribbean"] }),
        offer("col-closed", { providerState: "BRA", status: "closed" }),
        offer("fr", { providerState: "SEN", languages: ["fr"] }),
      ],
    });
    expect(partners(index, "KEN", need("q", "KEN"), { today: TODAY })).toEqual([]);
    expect(partners(index, "PER", need("q", "PER"), { today: TODAY }).map((s) => s.state)).toEqual([
      "COL",
    ]);
  });

  it("calls a partner South-South only when both States are developing", () => {
    const index = buildMatchIndex({
      candidates: [offer("col", { providerState: "COL" }), offer("esp", { providerState: "ESP" })],
    });
    const r = partners(index, "PER", need("q", "PER"), { today: TODAY });
    const reasonsOf = (st: string) => r.find((s) => s.state === st)?.reasons ?? [];
    expect(reasonsOf("COL")).toContainEqual({ kind: "south-south", state: "COL" });
    expect(reasonsOf("ESP").some((x) => x.kind === "south-south")).toBe(false);
  });

  it("leaves out evidence the caller may not read", () => {
    const index = buildMatchIndex({
      candidates: [offer("secret", { providerState: "COL" })],
    });
    expect(
      partners(index, "PER", need("q", "PER"), { today: TODAY, admit: (id) => id !== "secret" }),
    ).toEqual([]);
  });

  it("never lists the asking State and refuses an unknown one", () => {
    const index = buildMatchIndex({ candidates: [offer("col", { providerState: "COL" })] });
    expect(partners(index, "COL", need("q", "COL")).map((s) => s.state)).not.toContain("COL");
    expect(() => partners(index, "ZZZ", need("q", "ZZZ"))).toThrow(UnknownStateError);
  });
});

describe("near-duplicates in the same State", () => {
  const index = buildMatchIndex({
    needs: [
      need("ken1", "KEN", { text: "Electronic system to verify asset declarations of officials" }),
      need("uga", "UGA", { text: "Electronic system to verify asset declarations of officials" }),
    ],
  });
  it("finds the same State's need only", () => {
    const r = similarNeeds(
      index,
      {
        id: "",
        state: "KEN",
        text: "An electronic system to verify the asset declarations of officials",
      },
      { sameStateOnly: true, threshold: 0.5 },
    );
    expect(r.map((s) => s.id)).toEqual(["ken1"]);
    expect(r[0]?.duplicate).toBe(true);
  });
});
