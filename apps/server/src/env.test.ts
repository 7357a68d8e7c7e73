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

describe("request hardening settings (issue 12)", () => {
  it("has defaults that fit the portal, the largest import and the load bench", () => {
    expect(readServerEnv({})).toMatchObject({
      ALLOWED_ORIGINS: [],
      MAX_BODY_BYTES: 32 * 1024 * 1024,
      RATE_LIMIT_PER_MIN: 600,
      RATE_LIMIT_BURST: 120,
      RATE_LIMIT_LOOPBACK: false,
    });
    expect(readServerEnv({}).METRICS_TOKEN).toBeUndefined();
  });

  it("reads ALLOWED_ORIGINS as origins and stops at start on anything else", () => {
    expect(
      readServerEnv({ ALLOWED_ORIGINS: " https://tahub.example.org/ , http://localhost:5173" })
        .ALLOWED_ORIGINS,
    ).toEqual(["https://tahub.example.org", "http://localhost:5173"]);
    expect(() => readServerEnv({ ALLOWED_ORIGINS: "tahub.example.org" })).toThrow(
      /ALLOWED_ORIGINS: not an http\(s\) origin/,
    );
    expect(() => readServerEnv({ ALLOWED_ORIGINS: "ftp://x.org" })).toThrow(/ALLOWED_ORIGINS/);
  });

  it("stops at start on unusable limits and a short metrics token", () => {
    expect(() => readServerEnv({ MAX_BODY_BYTES: "10" })).toThrow(/MAX_BODY_BYTES/);
    expect(() => readServerEnv({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
    expect(() => readServerEnv({ RATE_LIMIT_BURST: "5" })).toThrow(/RATE_LIMIT_BURST/);
    expect(() => readServerEnv({ RATE_LIMIT_PER_MIN: "-1" })).toThrow(/RATE_LIMIT_PER_MIN/);
    expect(readServerEnv({ RATE_LIMIT_PER_MIN: "0", RATE_LIMIT_LOOPBACK: "true" })).toMatchObject({
      RATE_LIMIT_PER_MIN: 0,
      RATE_LIMIT_LOOPBACK: true,
    });
  });
});
