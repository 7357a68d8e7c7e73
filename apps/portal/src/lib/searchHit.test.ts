import { describe, expect, it } from "vitest";
import { stateName } from "./searchHit";

describe("global search hits in the reader's language (issue 13)", () => {
  it("names States in French and Spanish, and by the UN name in English", () => {
    expect(stateName("DEU", "fr")).toBe("Allemagne");
    expect(stateName("KEN", "es")).toBe("Kenia");
    expect(stateName("CIV", "en")).toBe("Côte d'Ivoire");
    expect(stateName("XXX", "fr")).toBe("XXX");
  });
});
