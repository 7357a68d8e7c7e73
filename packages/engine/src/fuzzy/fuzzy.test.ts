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
