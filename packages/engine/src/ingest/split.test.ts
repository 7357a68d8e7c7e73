import { describe, expect, it } from "vitest";
import { splitSummary } from "./split.js";
import { countBoundaries, matchSplits, scoresOf, tokenF1, foldedWords } from "./evaluate.js";
import { isNoiseLine, logicalLines } from "./lines.js";
import { at, must } from "../util/at.js";

// Every example here is invented for these tests (a fictional State, "Ruritania").
const texts = (s: string) => splitSummary(s).map((n) => n.text);

describe("splitting an executive summary's technical-assistance section into needs", () => {
  it("makes each bullet one need and drops the lead-in and the heading", () => {
    const s = `Technical assistance needs
Ruritania identified the following technical assistance needs:
• Guidance on the vetting of customs staff (art. 7).
• A handbook for internal auditors of municipalities.`;
    const needs = splitSummary(s);
    expect(needs.map((n) => n.text)).toEqual([
      "Guidance on the vetting of customs staff (art. 7).",
      "A handbook for internal auditors of municipalities.",
    ]);
    expect(at(needs, 0).articles).toEqual([7]);
    expect(at(needs, 0).articlesFrom).toBe("text");
    expect(at(needs, 1).articles).toEqual([]);
    expect(at(needs, 0).heading).toBe("Technical assistance needs");
  });

  it("splits lettered and roman enumerations, also when nested, repeating the shared head", () => {
    const s = `The State listed these needs:
1. Mentoring for:
   a. the tax authority, on lifestyle audits (art. 8);
   b. the port police, on container profiling.
2. A survey of bribery in licensing offices.`;
    expect(texts(s)).toEqual([
      "Mentoring for the tax authority, on lifestyle audits (art. 8)",
      "Mentoring for the port police, on container profiling.",
      "A survey of bribery in licensing offices.",
    ]);
  });

  it("splits an inline (a)/(b) enumeration but not a subparagraph reference", () => {
    const s =
      "Ruritania requested: (a) advice on regulating lobbying (art. 7, para. 4 (b)); (b) software for the audit office; and (c) exchanges with peer ombudsman offices.";
    const needs = splitSummary(s);
    expect(needs.map((n) => n.text)).toEqual([
      "advice on regulating lobbying (art. 7, para. 4 (b))",
      "software for the audit office",
      "exchanges with peer ombudsman offices.",
    ]);
    expect(at(needs, 0).articles).toEqual([7]);
  });

  it("splits a semicolon list after a colon and keeps each part's own references only", () => {
    const s =
      "The following needs were noted: expert advice on the licensing of casinos (art. 14); guidance for notaries on reporting obligations; and a registry of trust service providers (art. 52).";
    const needs = splitSummary(s);
    expect(needs.map((n) => n.articles)).toEqual([[14], [], [52]]);
  });

  it("splits an 'including' list of distinct areas and keeps one that only details a request", () => {
    expect(
      texts(
        "Ruritania would need workshops for inspectors, including on forensic accounting, on interviewing witnesses and on digital evidence.",
      ),
    ).toEqual([
      "workshops for inspectors, including on forensic accounting",
      "workshops for inspectors, including on interviewing witnesses",
      "workshops for inspectors, including on digital evidence.",
    ]);
    expect(
      texts("• A register of lobbyists, including an online portal and a search function."),
    ).toEqual(["A register of lobbyists, including an online portal and a search function."]);
  });

  it("drops a head that only announces an 'including' list", () => {
    expect(
      texts(
        "The authorities said help was needed in various fields, including the design of an ethics hotline and training on gift registers.",
      ),
    ).toEqual(["the design of an ethics hotline", "training on gift registers."]);
  });

  it("splits a sentence naming two needs and cuts the reporting verb", () => {
    expect(
      texts(
        "Ruritania asked for support in mapping fraud risks in hospitals and a study of informal payments in schools.",
      ),
    ).toEqual([
      "support in mapping fraud risks in hospitals",
      "a study of informal payments in schools.",
    ]);
    expect(
      texts(
        "It added that assistance would help with the audit of party accounts and with the publication of donor lists.",
      ),
    ).toEqual([
      "assistance would help with the audit of party accounts",
      "assistance would help with the publication of donor lists.",
    ]);
  });

  it("takes what follows a request verb as the need, whatever it starts with", () => {
    // Not "equipment": the object of "requires" is the need, "IT" included.
    expect(texts("The Ruritanian audit office requires IT equipment.")).toEqual(["IT equipment."]);
    // A second request verb joins a second need.
    expect(
      texts(
        "The ombudsman requires GPS trackers for inspectors and needs training for its staff on complaint handling (art. 13).",
      ),
    ).toEqual([
      "GPS trackers for inspectors",
      "training for its staff on complaint handling (art. 13).",
    ]);
    // "requests" after a need head is a noun inside the need, not the verb.
    expect(
      texts(
        "Its only need related to guidance for the central authority on extradition requests for the purpose of asset seizure.",
      ),
    ).toEqual([
      "guidance for the central authority on extradition requests for the purpose of asset seizure.",
    ]);
  });

  it("splits two short needs joined by 'and', and an article with a thing to build", () => {
    expect(texts("The port authority needs IT equipment and training for its clerks.")).toEqual([
      "IT equipment",
      "training for its clerks.",
    ]);
    expect(
      texts(
        "Ruritania indicated that it needs mentoring for auditors and an online register of gifts.",
      ),
    ).toEqual(["mentoring for auditors", "an online register of gifts."]);
  });

  it("does not make a need of the words that run into an inline enumeration", () => {
    expect(
      texts(
        "Ruritania requested support with (a) a survey of bribery in schools; and (b) guidelines for school boards.",
      ),
    ).toEqual(["a survey of bribery in schools", "guidelines for school boards."]);
  });

  it("keeps an item's sub-items apart when the item is a need of its own", () => {
    const s = `1. Assistance in revising the freedom of information act (art. 10).
   a) drafting of its by-laws;
   b) training of records officers.`;
    expect(texts(s)).toEqual([
      "Assistance in revising the freedom of information act (art. 10).",
      "drafting of its by-laws",
      "training of records officers.",
    ]);
  });

  it("keeps one need when 'and' joins two objects of one request", () => {
    expect(texts("• Training for customs and border officers on bribery red flags.")).toHaveLength(
      1,
    );
  });

  it("drops context sentences about assistance already received", () => {
    expect(
      texts(
        "Ruritania has already received support from a regional project. It also needs guidance on beneficial ownership of land.",
      ),
    ).toEqual(["guidance on beneficial ownership of land."]);
    expect(
      texts(
        "Ruritania has received assistance from a donor on lobbying rules in 2021. Ruritania is receiving support for its audit office.",
      ),
    ).toEqual([]);
  });

  it("takes articles from the heading a need stands under, and from a lead-in", () => {
    const needs = splitSummary(`Article 52

- Screening tools for correspondent banks.

For article 58, Ruritania needs the following:
- A secure channel between the FIU and prosecutors.`);
    expect(needs.map((n) => [n.articles, n.articlesFrom])).toEqual([
      [[52], "heading"],
      [[58], "lead"],
    ]);
  });

  it("joins PDF line-breaks and drops page numbers and document symbols", () => {
    const pdf = `The State requested support for the design of a whistle-blower
hotline and training for the staff who will run it.
- 4 -
V.25-01234 (E)
CAC/COSP/IRG/II/9/1/Add.3`;
    expect(texts(pdf)).toEqual([
      "support for the design of a whistle-blower hotline",
      "training for the staff who will run it.",
    ]);
    expect(isNoiseLine("Page 3 of 12")).toBe(true);
    expect(isNoiseLine("Article 5")).toBe(false);
  });

  it("joins a word hyphenated across lines and keeps a compound's hyphen", () => {
    expect(
      at(logicalLines("Training on imple-\nmentation of anti-\ncorruption rules."), 0).text,
    ).toBe("Training on implementation of anti-corruption rules.");
  });

  it("reads French and Spanish sections", () => {
    expect(
      texts(`Besoins d'assistance technique
L'État a recensé les besoins suivants :
a) Appui à la rédaction d'un code d'éthique des douanes (art. 8) ;
b) Formation des inspecteurs du travail.`),
    ).toEqual([
      "Appui à la rédaction d'un code d'éthique des douanes (art. 8)",
      "Formation des inspecteurs du travail.",
    ]);
    expect(
      texts(
        "El Estado solicitó apoyo para auditar las compras de medicamentos y capacitación para fiscales.",
      ),
    ).toEqual(["apoyo para auditar las compras de medicamentos", "capacitación para fiscales."]);
  });

  it("finds nothing in an empty text or in context alone", () => {
    expect(splitSummary("")).toEqual([]);
    expect(splitSummary("The review took place in 2024. The report was adopted.")).toEqual([]);
  });

  it("keeps each need's source paragraph", () => {
    const [a, b] = splitSummary(
      "Intro text that asks for nothing.\n\n• Advice on asset freezing;\n• Training of bailiffs.",
    );
    expect(must(a, "the first need").paragraph).toBe("Advice on asset freezing;");
    expect(must(b, "the second need").paragraphIndex).toBe(
      must(a, "the first need").paragraphIndex + 1,
    );
  });
});

describe("scoring need boundaries", () => {
  it("folds accents and case before comparing words", () => {
    expect(foldedWords("Élaboration d'un Code")).toEqual(["elaboration", "d", "un", "code"]);
    expect(tokenF1(["a", "b"], ["a", "b"])).toBe(1);
    expect(tokenF1(["a", "b", "c", "d"], ["a", "b"])).toBeCloseTo(2 / 3);
    expect(tokenF1([], ["a"])).toBe(0);
  });

  it("matches one to one, best pairs first, and only at F1 >= 0.6", () => {
    const gold = [
      { text: "training for judges on ethics", articles: [11] },
      { text: "a case management system", articles: [] },
    ];
    const predicted = [
      { text: "training for judges on ethics", articles: [11] },
      { text: "training for judges", articles: [] }, // F1 0.75 with gold 0, but gold 0 is taken
      { text: "a national strategy", articles: [5] },
    ];
    expect(matchSplits(predicted, gold)).toEqual([[0, 0]]);
    const s = scoresOf(countBoundaries(predicted, gold));
    // 1 of 3 predicted matched, 1 of 2 annotated found.
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.articleAccuracy).toBe(1);
  });
});
