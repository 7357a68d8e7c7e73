import { describe, expect, it } from "vitest";
import { subscriptionInput } from "./SubscriptionsPage";

const empty = {
  target: "needs" as const,
  frequency: "immediate" as const,
  articles: "",
  categories: [],
  regions: [],
  states: "",
  text: "",
};

describe("a new subscription, checked before it is saved", () => {
  it("needs at least one criterion", () => {
    expect(subscriptionInput({ ...empty, text: "   " })).toEqual({
      problem: "mail.subscriptions.oneCriterion",
    });
  });

  it("refuses an article the Convention does not have", () => {
    expect(subscriptionInput({ ...empty, articles: "5, 99" })).toEqual({
      problem: "mail.subscriptions.badArticles",
    });
  });

  it("sends States upper-cased, words trimmed, and no text as null", () => {
    expect(
      subscriptionInput({ ...empty, articles: "5", states: "ken; tun ,", frequency: "daily" }),
    ).toEqual({
      input: {
        target: "needs",
        frequency: "daily",
        articles: [5],
        categories: [],
        regions: [],
        states: ["KEN", "TUN"],
        text: null,
      },
    });
    expect(subscriptionInput({ ...empty, text: " asset recovery " }).input?.text).toBe(
      "asset recovery",
    );
  });
});
