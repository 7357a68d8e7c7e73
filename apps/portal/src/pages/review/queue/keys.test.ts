import { describe, expect, it } from "vitest";
import { reviewKey, type KeyTarget } from "./keys";

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const el = (tagName: string, id = "", isContentEditable = false): KeyTarget => ({
  tagName,
  id,
  isContentEditable,
});
const body = el("BODY");

describe("the review queue's keyboard shortcuts", () => {
  it("confirms with Enter, picks a category with 1-6, skips with S", () => {
    expect(reviewKey(key("Enter"), body)).toEqual({ kind: "submit" });
    expect(reviewKey(key("1"), body)).toEqual({ kind: "pick", category: "capacity-building" });
    expect(reviewKey(key("6"), body)).toMatchObject({ kind: "pick" });
    expect(reviewKey(key("s"), body)).toEqual({ kind: "skip" });
    expect(reviewKey(key("S"), body)).toEqual({ kind: "skip" });
  });

  it("ignores other keys, 7 and up, and any key with a modifier", () => {
    expect(reviewKey(key("7"), body)).toBeNull();
    expect(reviewKey(key("x"), body)).toBeNull();
    expect(reviewKey(key("s", { ctrlKey: true }), body)).toBeNull();
    expect(reviewKey(key("Enter", { metaKey: true }), body)).toBeNull();
    expect(reviewKey(key("1", { altKey: true }), body)).toBeNull();
  });

  it("stays out of the way while typing, except Enter in the articles box", () => {
    expect(reviewKey(key("s"), el("INPUT"))).toBeNull();
    expect(reviewKey(key("2"), el("TEXTAREA"))).toBeNull();
    expect(reviewKey(key("Enter"), el("SELECT"))).toBeNull();
    expect(reviewKey(key("s"), el("DIV", "", true))).toBeNull();
    expect(reviewKey(key("Enter"), el("INPUT", "review-articles"))).toEqual({ kind: "submit" });
    expect(reviewKey(key("3"), el("INPUT", "review-articles"))).toBeNull();
  });

  it("lets Enter activate a focused button, link or summary instead of confirming", () => {
    for (const tag of ["BUTTON", "A", "SUMMARY"])
      expect(reviewKey(key("Enter"), el(tag))).toBeNull();
    expect(reviewKey(key("s"), el("BUTTON"))).toEqual({ kind: "skip" });
  });
});
