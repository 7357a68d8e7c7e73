import { describe, expect, it } from "vitest";
import { findArticles, findNames, findStates } from "./index.js";

describe("fuzzy look-ups", () => {
  it("finds States despite typos, and by exact ISO3 code first", () => {
    expect(findStates("Kenia")[0]?.item.iso3).toBe("KEN");
    expect(findStates("Philipines")[0]?.item.iso3).toBe("PHL");
    expect(findStates("ken")[0]?.item.iso3).toBe("KEN");
  });

  it("finds article titles with typos", () => {
    expect(findArticles("public procurment")[0]?.item.number).toBe(9);
    expect(findArticles("protection of reportng persons")[0]?.item.number).toBe(33);
  });

  it("finds providers and experts by name, and nothing for blank queries", () => {
    const people = [
      { name: "Open Contracting Partnership" },
      { name: "Basel Institute on Governance" },
    ];
    expect(findNames(people, "Basle Institut")[0]?.item.name).toBe("Basel Institute on Governance");
    expect(findNames(people, "   ")).toEqual([]);
  });
});

describe("States by name (issue 13)", () => {
  const iso3 = (q: string) => findStates(q).map((h) => h.item.iso3);

  it("answers a State's exact name with that State only, not ones sharing a few letters", () => {
    expect(iso3("Kenya")).toEqual(["KEN"]);
    expect(iso3("kenya")).toEqual(["KEN"]);
    // Names that hold the query as a word still come after it.
    expect(iso3("Guinea")[0]).toBe("GIN");
    expect(iso3("Guinea")).toEqual(expect.arrayContaining(["GNQ", "GNB"]));
  });

  it("finds Côte d'Ivoire however it is written", () => {
    for (const q of [
      "Cote d'Ivoire",
      "Côte d’Ivoire",
      "côte d'ivoire",
      "Ivory Coast",
      "cote divoire",
    ])
      expect(iso3(q)[0], q).toBe("CIV");
  });

  it("finds States by their French and Spanish names", () => {
    expect(iso3("Allemagne")).toEqual(["DEU"]);
    expect(iso3("Alemania")).toEqual(["DEU"]);
    expect(iso3("États-Unis")[0]).toBe("USA");
    expect(iso3("Perou")[0]).toBe("PER");
    expect(iso3("Mexique")[0]).toBe("MEX");
  });

  it("keeps typo tolerance without padding the answer with distant names", () => {
    expect(iso3("Kenia")).toEqual(["KEN"]);
    expect(iso3("Philipines")).toEqual(["PHL"]);
    expect(iso3("Argentinia")[0]).toBe("ARG");
  });

  it("finds providers and experts without their accents", () => {
    expect(
      findNames([{ name: "José Martínez" }, { name: "Joseph Smith" }], "Jose Martinez")[0]?.item
        .name,
    ).toBe("José Martínez");
  });
});
