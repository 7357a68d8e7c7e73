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

describe("TRUST_PROXY and SESSION_TTL_HOURS (issue 12)", () => {
  it("trusts no proxy by default and reads a list of proxies", () => {
    expect(readServerEnv({}).TRUST_PROXY).toBe(false);
    expect(readServerEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(false);
    expect(readServerEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).TRUST_PROXY).toEqual([
      "loopback",
      "10.0.0.0/8",
    ]);
  });

  it("stops at start on TRUST_PROXY=true, asking for the list of proxies", () => {
    expect(() => readServerEnv({ TRUST_PROXY: "true" })).toThrow(
      /TRUST_PROXY: .*List the addresses of your proxies/,
    );
    expect(() => readServerEnv({ TRUST_PROXY: "10.0.0.300" })).toThrow(/TRUST_PROXY/);
  });

  it("reads the session lifetime in hours, within bounds", () => {
    expect(readServerEnv({}).SESSION_TTL_HOURS).toBe(12);
    expect(readServerEnv({ SESSION_TTL_HOURS: "1" }).SESSION_TTL_HOURS).toBe(1);
    expect(() => readServerEnv({ SESSION_TTL_HOURS: "0" })).toThrow(/SESSION_TTL_HOURS/);
    expect(() => readServerEnv({ SESSION_TTL_HOURS: "10000" })).toThrow(/SESSION_TTL_HOURS/);
  });
});
