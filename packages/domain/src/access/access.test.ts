import { describe, expect, it } from "vitest";
import { canRead, readableTiers } from "./index.js";

describe("who reads what", () => {
  it("lets the public read public records only", () => {
    expect(canRead("public", "public")).toBe(true);
    expect(canRead("public", "donors-secretariat")).toBe(false);
    expect(canRead("public", "secretariat-only")).toBe(false);
  });

  it("lets providers read donor-tier records but not secretariat-only ones", () => {
    expect(readableTiers("provider")).toEqual(["public", "donors-secretariat"]);
    expect(canRead("provider", "secretariat-only")).toBe(false);
  });

  it("lets a State read its own restricted needs but not other States' restricted needs", () => {
    expect(canRead("state", "secretariat-only", true)).toBe(true);
    expect(canRead("state", "secretariat-only", false)).toBe(false);
    expect(canRead("state", "donors-secretariat", false)).toBe(false);
  });

  it("lets the secretariat read everything", () => {
    expect(readableTiers("analyst")).toHaveLength(3);
    expect(canRead("admin", "secretariat-only")).toBe(true);
  });
});
