import { describe, expect, it } from "vitest";
import { must } from "../src/lib/must.js";

describe("must, the invariant read that replaced the non-null assertions", () => {
  it("returns whatever is there, falsy values included", () => {
    expect(must(0)).toBe(0);
    expect(must("")).toBe("");
    expect(must(false)).toBe(false);
    const row = { id: "n1" };
    expect(must(row)).toBe(row);
  });

  it("throws on null and undefined, naming what was missing", () => {
    expect(() => must(undefined, "the need's first revision")).toThrow(
      "internal: expected the need's first revision",
    );
    expect(() => must(null)).toThrow("internal: expected a value");
  });
});
