import { describe, expect, it } from "vitest";
import { asText } from "./text";

describe("an unknown value as text", () => {
  it("keeps strings, writes numbers and booleans, and leaves nothing for null", () => {
    expect(asText("a")).toBe("a");
    expect(asText(3)).toBe("3");
    expect(asText(false)).toBe("false");
    expect(asText(null)).toBe("");
    expect(asText(undefined)).toBe("");
  });

  it("writes an object as JSON, never as [object Object]", () => {
    expect(asText({ a: 1 })).toBe('{"a":1}');
  });
});
