import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientIp, parseTrustProxy } from "./client-ip.js";

function req(remoteAddress: string | undefined, xff?: string) {
  return {
    socket: { remoteAddress },
    headers: xff === undefined ? {} : { "x-forwarded-for": xff },
  } as unknown as Pick<IncomingMessage, "socket" | "headers">;
}

describe("client address (issue 12)", () => {
  it("ignores X-Forwarded-For unless proxies are listed", () => {
    expect(clientIp(req("198.51.100.4", "1.2.3.4"))).toBe("198.51.100.4");
    expect(clientIp(req("198.51.100.4", "1.2.3.4"), false)).toBe("198.51.100.4");
  });

  it("a client rotating X-Forwarded-For from an untrusted socket keeps its own address", () => {
    const trust = parseTrustProxy("loopback,10.0.0.0/8");
    const seen = new Set(
      Array.from({ length: 20 }, (_, i) => clientIp(req("198.51.100.4", `203.0.113.${i}`), trust)),
    );
    expect([...seen]).toEqual(["198.51.100.4"]);
  });

  it("a client rotating the header through a trusted proxy is still the one hop before it", () => {
    const trust = parseTrustProxy("10.0.0.5");
    // The proxy appends the address it saw; whatever the client wrote before that is not believed.
    const seen = new Set(
      Array.from({ length: 20 }, (_, i) =>
        clientIp(req("10.0.0.5", `203.0.113.${i}, 198.51.100.4`), trust),
      ),
    );
    expect([...seen]).toEqual(["198.51.100.4"]);
  });

  it("walks back through a chain of trusted proxies", () => {
    const trust = parseTrustProxy("loopback, uniquelocal");
    expect(clientIp(req("127.0.0.1", "198.51.100.9, 192.168.1.2"), trust)).toBe("198.51.100.9");
    expect(clientIp(req("::ffff:127.0.0.1", "198.51.100.9"), trust)).toBe("198.51.100.9");
    // No header behind a trusted proxy: the proxy itself is the client.
    expect(clientIp(req("127.0.0.1"), trust)).toBe("127.0.0.1");
  });

  it("one key for an IPv4 client however the socket spells it", () => {
    expect(clientIp(req("::ffff:198.51.100.4"))).toBe("198.51.100.4");
    expect(clientIp(req(undefined))).toBe("unknown");
  });
});

describe("TRUST_PROXY", () => {
  it("accepts false and lists of addresses, ranges and keywords", () => {
    expect(parseTrustProxy("false")).toBe(false);
    expect(parseTrustProxy("0")).toBe(false);
    expect(parseTrustProxy("")).toBe(false);
    expect(
      parseTrustProxy(" loopback , 10.0.0.0/8,fd00::/8, 192.0.2.7 ,linklocal,uniquelocal"),
    ).toEqual(["loopback", "10.0.0.0/8", "fd00::/8", "192.0.2.7", "linklocal", "uniquelocal"]);
  });

  it("refuses true, telling the operator to list the proxies", () => {
    expect(() => parseTrustProxy("true")).toThrow(/List the addresses of your proxies/);
    expect(() => parseTrustProxy("1")).toThrow(/List the addresses/);
  });

  it("refuses ranges too wide to be proxies, however they are written", () => {
    expect(() => parseTrustProxy("0.0.0.0/1,128.0.0.0/1")).toThrow(/too wide/);
    expect(() => parseTrustProxy("0.0.0.0/128.0.0.0")).toThrow(/too wide/);
    expect(() => parseTrustProxy("8000::/1")).toThrow(/too wide/);
    expect(parseTrustProxy("10.0.0.0/255.0.0.0")).toEqual(["10.0.0.0/255.0.0.0"]);
    expect(parseTrustProxy("fc00::/7")).toEqual(["fc00::/7"]);
  });

  it("refuses what is not an address", () => {
    expect(() => parseTrustProxy("loopback,proxy.example.org")).toThrow(/proxy\.example\.org/);
    expect(() => parseTrustProxy("10.0.0.0/99")).toThrow(/10\.0\.0\.0\/99/);
  });
});
