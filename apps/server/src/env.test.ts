import { describe, expect, it } from "vitest";
import { readServerEnv } from "./env.js";

describe("server configuration", () => {
  it("has working defaults", () => {
    expect(readServerEnv({})).toMatchObject({
      PORT: 3000,
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      COOKIE_SECURE: false,
    });
  });

  it("stops at start with the variable's name when a value is wrong", () => {
    expect(() => readServerEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readServerEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});
