import { describe, expect, it } from "vitest";
import { EMPTY_OFFER, offerInput } from "./offerDraft";

const draft = {
  ...EMPTY_OFFER,
  providerId: "p1",
  title: "Mentoring",
  description: "On asset recovery",
};

describe("an offer draft as the API receives it", () => {
  it("sends the articles typed as a list, parsed", () => {
    expect(offerInput({ ...draft, articles: "5, 14 and 52" }).articles).toEqual([5, 14, 52]);
  });

  it("sends a period only when it has a start, its end only when given", () => {
    expect(offerInput({ ...draft, to: "2027-12-31" })).not.toHaveProperty("period");
    expect(offerInput({ ...draft, from: "2027-01-01" }).period).toEqual({ from: "2027-01-01" });
    expect(offerInput({ ...draft, from: "2027-01-01", to: "2027-12-31" }).period).toEqual({
      from: "2027-01-01",
      to: "2027-12-31",
    });
  });

  it("sends the capacity as a number, and none when the field is empty", () => {
    expect(offerInput({ ...draft, capacity: "3" }).capacity).toBe(3);
    expect(offerInput(draft)).not.toHaveProperty("capacity");
  });
});
