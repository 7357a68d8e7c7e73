import { CATEGORY_IDS } from "@tahub/domain";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain-node script without type declarations
import { CATEGORY_IDS as SCRIPT_IDS } from "../../scripts/categories.mjs";

describe("the plain-node scripts' grouping list", () => {
  it("is the domain's CATEGORY_IDS, in order", () => {
    expect(SCRIPT_IDS).toEqual([...CATEGORY_IDS]);
  });
});
