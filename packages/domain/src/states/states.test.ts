import { describe, expect, it } from "vitest";
import {
  APPROXIMATE_RATIFICATION_DATES,
  EUROPEAN_UNION,
  getState,
  getStateByIso2,
  isSouthSouth,
  NON_PARTIES,
  partiesPerGroup,
  REGIONAL_GROUP_IDS,
  REGIONAL_GROUPS,
  SUBREGION_NAMES,
  subregionName,
  regionOf,
  requireState,
  STATES_PARTIES,
  statesInGroup,
  UN_LANGUAGES,
} from "./index.js";
import type { RegionalGroupId } from "./index.js";

describe("the States parties to UNCAC", () => {
  it("has 191 States, plus the European Union: 192 parties", () => {
    // 193 UN Member States, less 6 non-parties = 187; plus the Cook Islands, the Holy See,
    // Niue and the State of Palestine = 191 States. The EU is the 192nd party.
    expect(STATES_PARTIES).toHaveLength(191);
    expect(EUROPEAN_UNION).toMatchObject({ kind: "organization", id: "EU" });
    expect(STATES_PARTIES.some((s) => s.iso3 === "EU" || s.name === EUROPEAN_UNION.name)).toBe(
      false,
    );
  });

  it("counts the parties of each regional group", () => {
    const expected: Record<RegionalGroupId, number> = {
      // 54 UN Member States, all parties except Eritrea.
      african: 53,
      // 54 UN Member States (Türkiye counts in WEOG), less the Democratic People's Republic
      // of Korea and the Syrian Arab Republic = 52; plus the Cook Islands, Niue and the
      // State of Palestine, which take part in this group = 55.
      "asia-pacific": 55,
      // 23 UN Member States, all parties.
      "eastern-european": 23,
      // 33 UN Member States, all parties except Barbados (a signatory only).
      "latin-american-caribbean": 32,
      // 28 members plus the United States = 29, less Andorra and Monaco = 27 (San Marino
      // ratified in 2025); plus the Holy See = 28.
      "western-european-other": 28,
    };
    for (const group of REGIONAL_GROUP_IDS) {
      expect(statesInGroup(group), group).toHaveLength(expected[group]);
    }
  });

  it("excludes the known non-parties", () => {
    expect(NON_PARTIES.map((s) => s.iso3).sort()).toEqual([
      "AND",
      "BRB",
      "ERI",
      "MCO",
      "PRK",
      "SYR",
    ]);
    for (const { iso3 } of NON_PARTIES) expect(getState(iso3), iso3).toBeUndefined();
  });

  it("gives every State a unique, well-formed ISO3 code", () => {
    const codes = STATES_PARTIES.map((s) => s.iso3);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it("gives every State a unique, well-formed ISO alpha-2 code", () => {
    const codes = STATES_PARTIES.map((s) => s.iso2);
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of STATES_PARTIES) expect(s.iso2, s.iso3).toMatch(/^[A-Z]{2}$/);
  });

  it("gives every State a unique three-digit M49 code and a name", () => {
    const codes = STATES_PARTIES.map((s) => s.m49);
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of STATES_PARTIES) {
      expect(s.m49, s.iso3).toMatch(/^\d{3}$/);
      expect(s.name.trim().length, s.iso3).toBeGreaterThan(0);
      expect(s.subregion.trim().length, s.iso3).toBeGreaterThan(0);
    }
  });

  it("keeps languages to the six UN languages, without repeats, in UN order", () => {
    for (const s of STATES_PARTIES) {
      const order = s.languages.map((l) => UN_LANGUAGES.indexOf(l));
      expect(
        order.every((i) => i >= 0),
        s.iso3,
      ).toBe(true);
      expect(order, s.iso3).toEqual([...new Set(order)].sort((x, y) => x - y));
    }
  });

  it("dates each ratification on a real day between the Convention's signature and today", () => {
    for (const s of STATES_PARTIES) {
      expect(s.ratified, s.iso3).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const day = new Date(`${s.ratified}T00:00:00Z`);
      expect(day.toISOString().slice(0, 10), s.iso3).toBe(s.ratified);
      expect(s.ratified >= "2003-12-09", s.iso3).toBe(true); // Kenya ratified on the 9th
    }
    for (const code of APPROXIMATE_RATIFICATION_DATES) expect(getState(code), code).toBeDefined();
  });

  it("lists the States in name order", () => {
    const names = STATES_PARTIES.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });
});

describe("spot checks", () => {
  it("places France in WEOG, French-speaking, developed", () => {
    expect(getState("FRA")).toMatchObject({
      name: "France",
      group: "western-european-other",
      subregion: "Western Europe",
      m49: "250",
      languages: ["fr"],
      developing: false,
    });
  });

  it("places Brazil in the Latin American and Caribbean group, with no UN language", () => {
    expect(getState("BRA")).toMatchObject({
      group: "latin-american-caribbean",
      subregion: "South America",
      languages: [],
    });
  });

  it("places Kenya in the African group and in Eastern Africa; it ratified first", () => {
    expect(getState("KEN")).toMatchObject({
      group: "african",
      subregion: "Eastern Africa",
      ratified: "2003-12-09",
    });
  });

  it("gives China Chinese only", () => {
    expect(getState("CHN")?.languages).toEqual(["zh"]);
  });

  it("counts the United States, Türkiye and Israel in WEOG, Cyprus in Asia-Pacific", () => {
    expect(regionOf("USA")).toBe("western-european-other");
    expect(regionOf("TUR")).toBe("western-european-other");
    expect(regionOf("ISR")).toBe("western-european-other");
    expect(regionOf("CYP")).toBe("asia-pacific");
  });

  it("includes the parties that are not UN members, in the group they take part in", () => {
    expect(regionOf("COK")).toBe("asia-pacific");
    expect(regionOf("NIU")).toBe("asia-pacific");
    expect(regionOf("PSE")).toBe("asia-pacific");
    expect(regionOf("VAT")).toBe("western-european-other");
  });

  describe("partiesPerGroup: the States parties a group counted on a day", () => {
    it("counts the members of each group, not the Holy See, which observes WEOG", () => {
      expect(getState("VAT")?.groupObserver).toBe(true);
      // As above, less the Holy See in WEOG.
      expect(partiesPerGroup()).toEqual({
        african: 53,
        "asia-pacific": 55,
        "eastern-european": 23,
        "latin-american-caribbean": 32,
        "western-european-other": 27,
      });
    });

    it("counts only the instruments deposited by that day", () => {
      // 30 September 2021: Somalia (11 August 2021) is in; Suriname (late 2021), Saint Vincent
      // and the Grenadines (2023), Saint Kitts and Nevis (2024) and San Marino (2025) are not.
      // These are the five labels of figure III's first series in the CAC/COSP/2023 note.
      expect(partiesPerGroup("2021-09-30")).toEqual({
        african: 53,
        "asia-pacific": 55,
        "eastern-european": 23,
        "latin-american-caribbean": 29,
        "western-european-other": 26,
      });
      expect(partiesPerGroup("2021-08-10").african).toBe(52);
      expect(partiesPerGroup("2023-09-30")["latin-american-caribbean"]).toBe(31);
      expect(partiesPerGroup("2025-09-25")["western-european-other"]).toBe(27);
    });
  });

  it("gives Germany no UN language and keeps Eastern Europe developed, Western Asia not", () => {
    expect(getState("DEU")?.languages).toEqual([]);
    expect(getState("RUS")?.developing).toBe(false);
    expect(getState("GEO")?.developing).toBe(true);
  });
});

describe("ISO alpha-2 codes", () => {
  it("maps alpha-3 to alpha-2 as ISO 3166-1 does", () => {
    const expected: Record<string, string> = {
      KEN: "KE",
      GBR: "GB",
      PSE: "PS",
      COK: "CK",
      NIU: "NU",
      BRA: "BR",
      CHN: "CN",
    };
    for (const [iso3, iso2] of Object.entries(expected)) {
      expect(getState(iso3)?.iso2, iso3).toBe(iso2);
    }
  });

  it("has no Kosovo (XKX/XK is a user-assigned code, and Kosovo is not a party)", () => {
    expect(getState("XKX")).toBeUndefined();
    expect(STATES_PARTIES.some((s) => s.iso3 === "XKX" || s.iso2 === "XK")).toBe(false);
  });
});

describe("helpers", () => {
  it("finds a State whatever the case of its code", () => {
    expect(getState("ken")?.name).toBe("Kenya");
    expect(getState(" Ken ")?.iso3).toBe("KEN");
  });

  it("finds a State by its alpha-2 code whatever the case", () => {
    expect(getStateByIso2("ke")?.iso3).toBe("KEN");
    expect(getStateByIso2(" GB ")?.iso3).toBe("GBR");
    expect(getStateByIso2("XX")).toBeUndefined();
    expect(getStateByIso2("ER")).toBeUndefined(); // Eritrea is not a party
    expect(getStateByIso2("EU")).toBeUndefined(); // the EU is a party but not a State
    expect(getStateByIso2("")).toBeUndefined();
  });

  it("answers undefined for codes that are not States parties", () => {
    expect(getState("XXX")).toBeUndefined();
    expect(getState("")).toBeUndefined();
    expect(getState("EU")).toBeUndefined();
    expect(getState("ERI")).toBeUndefined(); // a UN member that is not a party
    expect(regionOf("XXX")).toBeUndefined();
  });

  it("throws an error naming the code when a State is required but unknown", () => {
    expect(() => requireState("XYZ")).toThrow(/XYZ/);
    expect(requireState("bra").name).toBe("Brazil");
  });

  it("names the five regional groups in UN terms, one per id", () => {
    expect(REGIONAL_GROUPS.map((g) => g.id)).toEqual([...REGIONAL_GROUP_IDS]);
    expect(REGIONAL_GROUPS.map((g) => g.name)).toEqual([
      "African States",
      "Asia-Pacific States",
      "Eastern European States",
      "Latin American and Caribbean States",
      "Western European and other States",
    ]);
  });

  it("puts every State in exactly one group", () => {
    const total = REGIONAL_GROUP_IDS.reduce((n, g) => n + statesInGroup(g).length, 0);
    expect(total).toBe(STATES_PARTIES.length);
  });

  it("calls a pair South-South only when both States are developing", () => {
    expect(isSouthSouth("KEN", "BRA")).toBe(true);
    expect(isSouthSouth("ken", "idn")).toBe(true);
    expect(isSouthSouth("KEN", "FRA")).toBe(false);
    expect(isSouthSouth("JPN", "USA")).toBe(false);
  });

  it("never calls a pair South-South when a code is unknown", () => {
    expect(isSouthSouth("KEN", "XXX")).toBe(false);
    expect(isSouthSouth("XXX", "KEN")).toBe(false);
    expect(isSouthSouth("ERI", "KEN")).toBe(false);
  });
});

describe("sub-region names in French and Spanish (UN M49)", () => {
  it("names every State party's sub-region in all three languages", () => {
    for (const s of STATES_PARTIES) {
      const names = SUBREGION_NAMES[s.subregion];
      expect(names, s.subregion).toBeDefined();
      expect(names?.en).toBe(s.subregion);
      expect(names?.fr.trim()).not.toBe("");
      expect(names?.es.trim()).not.toBe("");
    }
  });

  it("picks by language, English for any other and unknown names as given", () => {
    expect(subregionName("Eastern Africa", "fr")).toBe("Afrique orientale");
    expect(subregionName("Eastern Africa", "es")).toBe("África oriental");
    expect(subregionName("South-eastern Asia", "fr-FR")).toBe("Asie du Sud-Est");
    expect(subregionName("Eastern Africa", "ru")).toBe("Eastern Africa");
    expect(subregionName("Atlantis", "fr")).toBe("Atlantis");
  });
});
