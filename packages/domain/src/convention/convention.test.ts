import { describe, expect, it } from "vitest";
import {
  ARTICLES,
  CHAPTERS,
  TEXT_LANGUAGES,
  articleTitle,
  chapterTitle,
  CLUSTERS,
  articlesOfChapter,
  articlesOutsideChapter,
  chapterOf,
  clusterOf,
  cycleOf,
  cycleOfChapter,
  getArticle,
  requireArticle,
} from "./index.js";

describe("the Convention", () => {
  it("has 71 articles numbered 1 to 71, each with a title", () => {
    expect(ARTICLES).toHaveLength(71);
    ARTICLES.forEach((a, i) => {
      expect(a.number).toBe(i + 1);
      expect(a.title.length).toBeGreaterThan(3);
    });
  });

  it("has eight chapters whose article ranges tile 1-71 without gaps", () => {
    expect(CHAPTERS.map((c) => c.id)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
    let next = 1;
    for (const c of CHAPTERS) {
      expect(c.first).toBe(next);
      next = c.last + 1;
      expect(articlesOfChapter(c.id)).toHaveLength(c.last - c.first + 1);
    }
    expect(next).toBe(72);
  });

  it("puts each article in its chapter of the Convention", () => {
    expect(chapterOf(5)).toBe("II");
    expect(chapterOf(14)).toBe("II");
    expect(chapterOf(15)).toBe("III");
    expect(chapterOf(46)).toBe("IV");
    expect(chapterOf(52)).toBe("V");
    expect(chapterOf(60)).toBe("VI");
    expect(chapterOf(71)).toBe("VIII");
  });

  it("names the articles an executive summary of a chapter would not analyse", () => {
    expect(articlesOutsideChapter([9, 57], "II")).toEqual([57]);
    expect(articlesOutsideChapter([52, 58], "V")).toEqual([]);
    // Art. 14 is analysed with arts. 52 and 58 under chapter V, and is chapter II's own.
    expect(articlesOutsideChapter([14, 52], "V")).toEqual([]);
    expect(articlesOutsideChapter([14], "II")).toEqual([]);
    expect(articlesOutsideChapter([5, 46], "V")).toEqual([5, 46]);
  });

  it("knows official titles", () => {
    expect(getArticle(52)?.title).toBe(
      "Prevention and detection of transfers of proceeds of crime",
    );
    expect(getArticle(33)?.title).toBe("Protection of reporting persons");
  });

  it("reviews chapters III and IV in cycle 1 and II and V in cycle 2", () => {
    expect(cycleOfChapter("III")).toBe(1);
    expect(cycleOfChapter("IV")).toBe(1);
    expect(cycleOfChapter("II")).toBe(2);
    expect(cycleOfChapter("V")).toBe(2);
    expect(cycleOfChapter("VI")).toBeUndefined();
    expect(cycleOf(46)).toBe(1);
    expect(cycleOf(9)).toBe(2);
  });

  it("clusters articles as the executive summaries do, with 14 analysed under chapter V", () => {
    expect(CLUSTERS.map((c) => c.id)).toEqual([
      "5+6",
      "7+8+11",
      "9",
      "10+13",
      "12",
      "14+52+58",
      "51+56+59",
      "53+54+55",
      "57",
    ]);
    expect(clusterOf(14)?.id).toBe("14+52+58");
    expect(clusterOf(14)?.analysedUnder).toBe("V");
    expect(clusterOf(11)?.id).toBe("7+8+11");
    // Chapter III articles are not reviewed in clusters.
    expect(clusterOf(15)).toBeUndefined();
  });

  it("covers every article of chapters II and V with exactly one cluster", () => {
    for (const a of [...articlesOfChapter("II"), ...articlesOfChapter("V")]) {
      expect(CLUSTERS.filter((c) => c.articles.includes(a.number))).toHaveLength(1);
    }
  });

  it("rejects article numbers outside the Convention with a clear error", () => {
    expect(getArticle(0)).toBeUndefined();
    expect(getArticle(72)).toBeUndefined();
    expect(getArticle(5.5)).toBeUndefined();
    expect(() => requireArticle(99)).toThrow(/Unknown article 99/);
  });
});

describe("the Convention's titles in English, French and Spanish", () => {
  it("gives every article a title in each language, from the official texts", () => {
    for (const a of ARTICLES) {
      for (const lang of TEXT_LANGUAGES)
        expect(a.titles[lang].trim(), `art. ${a.number} ${lang}`).not.toBe("");
      expect(a.titles.en).toBe(a.title);
      // A French or Spanish title that equals the English one is a missed translation, except
      // for the few words the three texts share.
      if (!["Extradition"].includes(a.title)) {
        expect(a.titles.fr, `art. ${a.number} fr`).not.toBe(a.title);
        expect(a.titles.es, `art. ${a.number} es`).not.toBe(a.title);
      }
    }
  });

  it("words the articles as the authentic texts do", () => {
    expect(articleTitle(5, "fr")).toBe("Politiques et pratiques de prévention de la corruption");
    expect(articleTitle(5, "es")).toBe("Políticas y prácticas de prevención de la corrupción");
    expect(articleTitle(5, "en")).toBe("Preventive anti-corruption policies and practices");
    expect(articleTitle(14, "fr")).toBe("Mesures visant à prévenir le blanchiment d'argent");
    expect(articleTitle(52, "es")).toBe(
      "Prevención y detección de transferencias del producto del delito",
    );
    expect(articleTitle(58, "fr")).toBe("Service de renseignement financier");
    expect(articleTitle(58, "es")).toBe("Dependencia de inteligencia financiera");
    expect(articleTitle(71, "es")).toBe("Depositario e idiomas");
  });

  it("reads a regional tag as its language and falls back to English for any other", () => {
    expect(articleTitle(9, "fr-CA")).toBe(articleTitle(9, "fr"));
    expect(articleTitle(9, "es-419")).toBe(articleTitle(9, "es"));
    expect(articleTitle(9, "ru")).toBe("Public procurement and management of public finances");
    expect(articleTitle(0, "fr")).toBeUndefined();
    expect(articleTitle(72, "fr")).toBeUndefined();
  });

  it("gives every chapter its title in each language", () => {
    for (const c of CHAPTERS)
      for (const lang of TEXT_LANGUAGES) expect(c.titles[lang].trim()).not.toBe("");
    expect(chapterTitle("II", "fr")).toBe("Mesures préventives");
    expect(chapterTitle("III", "es")).toBe("Penalización y aplicación de la ley");
    expect(chapterTitle("V", "fr")).toBe("Recouvrement d'avoirs");
    expect(chapterTitle("V", "es")).toBe("Recuperación de activos");
    expect(chapterTitle("V", "en")).toBe("Asset recovery");
  });
});
