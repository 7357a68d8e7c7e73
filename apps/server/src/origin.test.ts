import { describe, expect, it } from "vitest";
import { isLocalRequest, isLoopbackAddress } from "./client.js";
import { checkMetricsAccess } from "./metrics-access.js";
import {
  bodyLimitFor,
  CALL_BODY_BYTES,
  checkContentLength,
  checkContentType,
  checkOrigin,
} from "./origin.js";

describe("request checks", () => {
  it("takes only JSON bodies", () => {
    expect(checkContentType({ "content-type": "application/json" })).toBeNull();
    expect(checkContentType({ "content-type": "Application/JSON; charset=utf-8" })).toBeNull();
    for (const t of [
      "multipart/form-data; boundary=x",
      "text/plain",
      "application/x-www-form-urlencoded",
      "application/octet-stream",
      "application/json-seq",
    ])
      expect(checkContentType({ "content-type": t })?.status).toBe(415);
    expect(checkContentType({})?.message).toMatch(/missing/);
  });

  it("takes POSTs from the own host, listed origins, or no browser at all", () => {
    const allowed = ["https://portal.example.org"];
    const host = "tahub.example.org";
    expect(checkOrigin({ host }, allowed)).toBeNull();
    expect(checkOrigin({ host, origin: "https://tahub.example.org" }, allowed)).toBeNull();
    expect(checkOrigin({ host, origin: "https://portal.example.org" }, allowed)).toBeNull();
    expect(
      checkOrigin({ host, referer: "https://tahub.example.org/needs?x=1" }, allowed),
    ).toBeNull();
    for (const origin of [
      "https://evil.example.org",
      "https://tahub.example.org.evil.test",
      "http://tahub.example.org:8080",
      "null",
      "file://",
      "",
    ])
      expect(checkOrigin({ host, origin }, allowed)?.status).toBe(403);
    expect(checkOrigin({ host, referer: "https://evil.example.org/x" }, allowed)?.status).toBe(403);
    // Origin wins over Referer: a page cannot launder its origin through a Referer.
    expect(
      checkOrigin(
        { host, origin: "https://evil.example.org", referer: `https://${host}/` },
        allowed,
      )?.status,
    ).toBe(403);
  });

  it("refuses a declared length over the limit", () => {
    expect(checkContentLength({ "content-length": "1024" }, 1024)).toBeNull();
    expect(checkContentLength({}, 1024)).toBeNull();
    expect(checkContentLength({ "content-length": "1025" }, 1024)?.status).toBe(413);
  });
});

describe("body limits per call", () => {
  it("gives the full limit only to calls that carry files, and 1 MiB to every other call", () => {
    const max = 32 * 1024 * 1024;
    expect(bodyLimitFor(["import.needs"], max)).toBe(max);
    expect(bodyLimitFor(["findings.import"], max)).toBe(max);
    // An executive summary travels in the preview (the file) and the commit (its paragraphs).
    expect(bodyLimitFor(["ingest.preview"], max)).toBe(max);
    expect(bodyLimitFor(["ingest.commit"], max)).toBe(max);
    expect(bodyLimitFor(["needs.list"], max)).toBe(CALL_BODY_BYTES);
    expect(bodyLimitFor(["import.needs", "needs.list"], max)).toBe(CALL_BODY_BYTES);
    expect(bodyLimitFor(["needs.list"], 1000)).toBe(1000);
  });

  it("refuses a body of unknown length unless the call takes files", () => {
    expect(checkContentLength({}, CALL_BODY_BYTES, false)?.status).toBe(411);
    expect(checkContentLength({}, CALL_BODY_BYTES, true)).toBeNull();
    expect(
      checkContentLength({ "content-length": String(CALL_BODY_BYTES + 1) }, CALL_BODY_BYTES)
        ?.status,
    ).toBe(413);
  });
});

describe("loopback and metrics access", () => {
  const req = (remoteAddress: string, headers: Record<string, string> = {}) =>
    ({ socket: { remoteAddress }, headers }) as unknown as Parameters<typeof isLocalRequest>[0];

  it("knows loopback addresses by the socket only", () => {
    for (const a of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])
      expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ["10.0.0.1", "192.0.2.2", "::2", "fd00::1", "128.0.0.1", undefined])
      expect(isLoopbackAddress(a)).toBe(false);
    expect(isLocalRequest(req("127.0.0.1"))).toBe(true);
    expect(isLocalRequest(req("127.0.0.1", { "x-forwarded-for": "203.0.113.9" }))).toBe(false);
    expect(isLocalRequest(req("203.0.113.9", { "x-forwarded-for": "127.0.0.1" }))).toBe(false);
  });

  it("serves metrics with the token, or without one only locally", () => {
    const token = "t0ken-of-sixteen-chars";
    expect(checkMetricsAccess(req("203.0.113.9"), undefined)?.status).toBe(403);
    expect(checkMetricsAccess(req("127.0.0.1"), undefined)).toBeNull();
    expect(checkMetricsAccess(req("127.0.0.1"), token)?.status).toBe(401);
    expect(
      checkMetricsAccess(req("203.0.113.9", { authorization: `Bearer ${token}` }), token),
    ).toBeNull();
    expect(
      checkMetricsAccess(req("127.0.0.1", { authorization: `Bearer ${token}x` }), token)?.status,
    ).toBe(401);
  });
});
