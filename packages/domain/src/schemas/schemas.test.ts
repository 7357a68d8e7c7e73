import { describe, expect, it } from "vitest";
import {
  ZEngagementInputSchema,
  ZNeedInputSchema,
  ZOfferInputSchema,
  ZUserSchema,
} from "./index.js";

describe("record schemas", () => {
  it("accepts a minimal need and fills the defaults", () => {
    const need = ZNeedInputSchema.parse({
      state: "ken",
      text: "Training for FIU analysts (art. 58)",
    });
    expect(need).toMatchObject({
      state: "KEN",
      cycle: 2,
      articles: [],
      language: "en",
      confidentiality: "public",
    });
  });

  it("names the field and the reason when a need is wrong", () => {
    const r = ZNeedInputSchema.safeParse({ state: "Kenya", text: "  ", articles: [72] });
    expect(r.success).toBe(false);
    const issues = r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(issues).toEqual(
      expect.arrayContaining([
        "state: must be an ISO 3166 alpha-3 code such as KEN",
        "text: the text is empty or too short",
        "articles.0: the Convention ends at article 71",
      ]),
    );
  });

  it("requires an offer to name at least one form of assistance", () => {
    const r = ZOfferInputSchema.safeParse({
      providerId: "p1",
      title: "Study visit",
      description: "Peer exchange",
      modalities: [],
    });
    expect(r.error?.issues[0]?.message).toBe("say at least one form of assistance");
  });

  it("refuses an engagement that ends before it starts", () => {
    const r = ZEngagementInputSchema.safeParse({
      needId: "n",
      providerId: "p",
      startedOn: "2024-05-01",
      endedOn: "2024-01-01",
    });
    expect(r.error?.issues[0]?.path).toEqual(["endedOn"]);
  });

  it("ties a State focal point to one State", () => {
    const r = ZUserSchema.safeParse({ id: "u", email: "a@b.org", name: "A", role: "state" });
    expect(r.error?.issues[0]?.message).toBe("a State focal point acts for one State");
  });
});
