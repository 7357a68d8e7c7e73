import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, detectLanguage, normalise, tokenise } from "./index.js";
import { wordsOf } from "./analyse.js";

describe("the text pipeline", () => {
  it("folds case, accents and typographic punctuation", () => {
    expect(normalise("Déclaration  D’ACTIFS — art. 52")).toBe("declaration d'actifs - art 52");
  });

  it("tokenises words, keeping hyphenated compounds whole", () => {
    expect(tokenise("anti-corruption body, 2 experts")).toEqual([
      "anti-corruption",
      "body",
      "2",
      "experts",
    ]);
  });

  it("drops stop words and stems content words", () => {
    const a = analyse("Training of the investigators on asset declarations");
    expect(a.stems).toEqual(["train", "investig", "asset", "declar"]);
    expect(a.bigrams).toContain("asset_declar");
  });

  it("splits hyphenated compounds into their parts for stemming", () => {
    expect(analyse("anti-corruption").stems).toEqual(["anti", "corrupt"]);
  });

  it("reads the articles a text cites", () => {
    expect(analyse("Legislative assistance (arts. 14, 52 and 58)").articles).toEqual([14, 52, 58]);
  });

  it("detects English, French and Spanish needs", () => {
    expect(
      detectLanguage(
        tokenise(normalise("Training for the members of the anti-corruption commission")),
      ),
    ).toBe("en");
    expect(
      detectLanguage(
        tokenise(normalise("Renforcement des capacités de l'organe de lutte contre la corruption")),
      ),
    ).toBe("fr");
    expect(
      detectLanguage(
        tokenise(
          normalise("Fortalecimiento de las capacidades del órgano de lucha contra la corrupción"),
        ),
      ),
    ).toBe("es");
  });

  it("stems French and Spanish with their own stemmers", () => {
    const fr = analyse("déclarations de patrimoine des agents publics");
    expect(fr.language).toBe("fr");
    expect(fr.stems).toContain("declar");
    const es = analyse("declaraciones patrimoniales de los funcionarios públicos");
    expect(es.language).toBe("es");
    expect(es.stems).toContain("funcionari");
  });

  it("returns empty analyses for empty or symbol-only input", () => {
    expect(analyse("").stems).toEqual([]);
    expect(analyse("   \u0000\u0001 ### ").stems).toEqual([]);
  });

  it("drops absurdly long tokens", () => {
    expect(analyse("x".repeat(500) + " training").stems).toEqual(["train"]);
  });
});

describe("language detection on short needs", () => {
  it("keeps English needs without function words English (a '-tion' ending is not French)", () => {
    expect(analyse("whistle-blower protection law").language).toBe("en");
  });
});

describe("normalisation fast path", () => {
  it("treats plain ASCII exactly like the full path (backtick still becomes an apostrophe)", () => {
    expect(normalise("Training (art. 52): AML/CFT!")).toBe("training art 52 aml cft");
    expect(normalise("don`t")).toBe("don't");
    expect(normalise("Étude — “x”")).toBe("etude - x");
  });
});

describe("reading words without building the normalised text", () => {
  it("gives the words of tokenise(normalise(text)) for any text, ASCII or not", () => {
    const alphabet = fc.constantFrom(..."aZ09 '-.,;()`\t\néÉ’—_/".split(""));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 60 }), fc.string(), (a, b) => {
        expect(wordsOf(a)).toEqual(tokenise(normalise(a)));
        expect(wordsOf(b)).toEqual(tokenise(normalise(b)));
      }),
      { numRuns: 500 },
    );
  });
});

describe("the tokeniser", () => {
  it("finds exactly the matches of /[a-z0-9]+(?:['-][a-z0-9]+)*/g, keeping those up to the length limit", () => {
    const reference = (s: string, max: number) =>
      [...s.matchAll(/[a-z0-9]+(?:['-][a-z0-9]+)*/g)]
        .map((m) => m[0])
        .filter((w) => w.length <= max);
    const alphabet = fc.constantFrom(..."ab09 '-''--.A_é".split(""));
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 50 }),
        fc.integer({ min: 1, max: 6 }),
        (s, max) => {
          expect(tokenise(s, max)).toEqual(reference(s, max));
          expect(tokenise(s)).toEqual(reference(s, 40));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
