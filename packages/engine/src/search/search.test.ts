import { describe, expect, it } from "vitest";
import { matchesSearch, searchDocument, searchQuery, searchVersion } from "./index.js";

/** Which of `texts` a query finds, the way the database decides it. */
const found = (q: string, texts: string[]) =>
  texts.filter((t) => matchesSearch(searchDocument([t]), searchQuery(q), t));

const ASSET_RECOVERY = "Support to set up an asset recovery office and trace stolen assets abroad";
const WHISTLE = "Drafting a whistle-blower protection law";
const FRENCH = "Protection des lanceurs d'alerte dans le secteur public";
const STRATEGIC = "Élaborer une analyse stratégique des risques de corruption";
const OTHER = "Training of judges on the criminal procedure code";
const ALL = [ASSET_RECOVERY, WHISTLE, FRENCH, STRATEGIC, OTHER];

describe("search documents and queries (issue 13)", () => {
  it("ignores accents and case on both sides", () => {
    expect(found("analyse strategique", ALL)).toEqual([STRATEGIC]);
    expect(found("ANALYSE STRATÉGIQUE", ALL)).toEqual([STRATEGIC]);
    expect(searchDocument(["Élaborer"])).toContain("elaborer");
  });

  it("stems words in French, Spanish and English", () => {
    expect(found("lanceurs", ["Un lanceur d'alerte protégé"])).toHaveLength(1);
    expect(found("declarations", ["Asset declaration system"])).toHaveLength(1);
    expect(found("auditorías", ["Una auditoría del sector público"])).toHaveLength(1);
  });

  it("finds a concept's records from its terms in the other languages", () => {
    expect(found("recouvrement des avoirs", ALL)).toEqual([ASSET_RECOVERY]);
    expect(found("recuperación de activos", ALL)).toEqual([ASSET_RECOVERY]);
    expect(found("lanceur d'alerte", ALL)).toEqual([WHISTLE, FRENCH]);
    expect(found("whistleblowers", ALL)).toEqual([WHISTLE, FRENCH]);
    expect(searchDocument([ASSET_RECOVERY])).toContain("c:asset-recovery");
  });

  it("finds records in another language word by word through the glossary", () => {
    const spanish = "Negociar la restitución de los fondos sustraídos";
    const english = "Return of stolen funds to the requesting State";
    expect(found("restitución de fondos", [english, OTHER])).toEqual([english]);
    expect(found("return of funds", [spanish, OTHER])).toEqual([spanish]);
    expect(found("tribunaux", [ASSET_RECOVERY, "Court users' complaints"])).toEqual([
      "Court users' complaints",
    ]);
    expect(searchDocument([spanish])).toContain("p:fund");
  });

  it("reads a word the glossary knows as English only as English", () => {
    // French "court" is "short": an English query for "court" must not find "short".
    expect(found("court", ["A short training course", "Court administration"])).toEqual([
      "Court administration",
    ]);
  });

  it("requires every content word, ignoring stop words of any language", () => {
    expect(found("asset judges", ALL)).toEqual([]);
    expect(found("the judges", ALL)).toEqual([OTHER]);
    // Numbers are words, not stop words.
    expect(found("number 3", ["need number 3", "need number 4"])).toEqual(["need number 3"]);
  });

  it("keeps finding a word still being typed, as a substring", () => {
    expect(found("strat", ALL)).toEqual([STRATEGIC]);
    expect(searchQuery("st").groups[0]?.words[0]?.contains).toBeNull();
  });

  it("marks documents with a version token so outdated ones can be rebuilt", () => {
    expect(searchDocument([])).toEqual([searchVersion()]);
    expect(searchDocument(["anything"])).toContain(searchVersion());
    expect(searchQuery("  ...  ").groups).toEqual([]);
  });
});
