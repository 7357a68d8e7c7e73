import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticleReferences, referencedArticles } from "./references.js";

describe("reading article references out of text", () => {
  it("reads a single abbreviated reference with a paragraph", () => {
    const [r] = parseArticleReferences("Support for asset declarations (art. 52, para. 5).");
    expect(r).toMatchObject({ article: 52, paragraph: 5 });
  });

  it("reads lists joined by commas and 'and'", () => {
    expect(referencedArticles("articles 14, 52 and 58")).toEqual([14, 52, 58]);
    expect(referencedArticles("arts. 5 and 6")).toEqual([5, 6]);
  });

  it("reads paragraph and subparagraph forms", () => {
    expect(parseArticleReferences("article 12, paragraph 2 (c)")[0]).toMatchObject({
      article: 12,
      paragraph: 2,
      subparagraph: "c",
    });
    expect(parseArticleReferences("article 14, para 1")[0]).toMatchObject({
      article: 14,
      paragraph: 1,
    });
    expect(parseArticleReferences("art. 52(1)")[0]).toMatchObject({ article: 52, paragraph: 1 });
    // the paragraph number is not mistaken for another article
    expect(referencedArticles("article 7, paragraph 4, and article 8, paragraph 5")).toEqual([
      7, 8,
    ]);
  });

  it("expands short ranges", () => {
    expect(referencedArticles("arts. 53-55")).toEqual([53, 54, 55]);
    expect(referencedArticles("articles 53 to 55")).toEqual([53, 54, 55]);
  });

  it("reads French and Spanish forms", () => {
    expect(referencedArticles("les articles 5 et 6 de la Convention")).toEqual([5, 6]);
    expect(referencedArticles("artículos 14, 52 y 58")).toEqual([14, 52, 58]);
    expect(referencedArticles("ARTÍCULOS 5 Y 6")).toEqual([5, 6]);
    expect(referencedArticles("conformément à l'art. 9")).toEqual([9]);
    expect(parseArticleReferences("artículo 9, párrafo 1")[0]).toMatchObject({
      article: 9,
      paragraph: 1,
    });
  });

  it("ignores numbers that are not article references", () => {
    expect(referencedArticles("In 2023, 54 States identified 527 needs.")).toEqual([]);
    expect(referencedArticles("article 2023")).toEqual([]);
    expect(referencedArticles("article 99")).toEqual([]);
    expect(referencedArticles("")).toEqual([]);
  });

  it("never throws and only returns articles 1-71, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const refs = referencedArticles(`art. ${s}`);
        return refs.every((a) => Number.isInteger(a) && a >= 1 && a <= 71);
      }),
    );
  });

  it("finds every article written as 'article N' in generated sentences (oracle: the numbers we wrote)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 71 }), { minLength: 1, maxLength: 4 }),
        (nums) => {
          const text = nums.map((n) => `need under article ${n} of the Convention`).join("; ");
          expect(referencedArticles(text)).toEqual(nums);
        },
      ),
    );
  });
});
