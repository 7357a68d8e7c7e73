import { describe, expect, it } from "vitest";
import { analyse } from "../text/index.js";
import { compileGlossary, pivotTerms } from "./glossary.js";

const TSV = [
  "return\trestitution|retour\trestitución|devolución",
  "bribe\tpot-de-vin|pots-de-vin\tsoborno|cohecho",
  "review\texamen\trevisión|examen",
  "examination\texamen\texamen",
].join("\n");

const terms = (text: string) =>
  pivotTerms(analyse(text), compileGlossary(TSV)).map((t) => `${t.term}@${t.weight}`);

describe("glossary pivots (word-level translation through English)", () => {
  it("maps a French or Spanish word to the English stem it translates, and an English word to itself", () => {
    expect(terms("la restitución de los activos")).toEqual(["p:return@1"]);
    expect(terms("la restitution des biens")).toEqual(["p:return@1"]);
    expect(terms("the return of assets")).toEqual(["p:return@1"]);
  });

  it("finds a French hyphenated compound on its stem pair", () => {
    expect(terms("les pots-de-vin versés")).toEqual(["p:bribe@1"]);
  });

  it("spreads one unit of weight over the equivalents of an ambiguous word", () => {
    expect(terms("un examen de la loi")).toEqual(["p:review@0.5", "p:examin@0.5"]);
  });

  it("gives nothing for a word the glossary does not know", () => {
    expect(terms("la gobernanza de los municipios")).toEqual([]);
  });
});
