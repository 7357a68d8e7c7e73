import type { IncomingHttpHeaders } from "node:http";

export interface Rejection {
  status: number;
  code: string;
  message: string;
}

/**
 * Only JSON may change state. A browser sends `multipart/form-data`, `text/plain` and
 * `application/x-www-form-urlencoded` from any page without asking (a plain HTML form), while
 * `application/json` across origins needs a CORS preflight this server never grants. tRPC on
 * its own also accepts form data and octet streams (issue 12: a same-site form could log a user
 * out or start a retrain).
 */
export function checkContentType(headers: IncomingHttpHeaders): Rejection | null {
  const type = headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (type === "application/json") return null;
  return {
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: type
      ? `Send the request body as application/json, not ${type}.`
      : "Send the request body as application/json (the content-type header is missing).",
  };
}

/**
 * The page that sent a state-changing request must be this site (its Host) or one listed in
 * ALLOWED_ORIGINS. Browsers add `Origin` to every POST, so a sibling site that shares the
 * cookie's site (same-site CSRF, which SameSite=Lax does not stop) is caught here. Without
 * Origin the Referer's origin is checked; without both, the caller is not a browser (CLI,
 * server-to-server) and passes.
 */
export function checkOrigin(
  headers: IncomingHttpHeaders,
  allowedOrigins: readonly string[],
): Rejection | null {
  const claimed = headers.origin ?? headers.referer;
  if (claimed === undefined) return null;
  if (sameOrAllowed(claimed, headers.host, allowedOrigins)) return null;
  return {
    status: 403,
    code: "FORBIDDEN",
    message: `Requests from ${headers.origin !== undefined ? "origin" : "referer"} ${JSON.stringify(claimed.slice(0, 200))} are not accepted; the server takes them from its own site or ALLOWED_ORIGINS.`,
  };
}

function sameOrAllowed(claimed: string, host: string | undefined, allowed: readonly string[]) {
  let url: URL;
  try {
    // "null" (sandboxed frames, file: pages) does not parse and is refused.
    url = new URL(claimed);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  return allowed.includes(url.origin);
}

/**
 * Calls that carry files (base64 in JSON) or a whole document's text, and so may send bodies up
 * to MAX_BODY_BYTES: an executive summary uploaded for preview (up to 10 MB of DOCX or PDF) and
 * its confirmed needs, each with its source paragraph.
 */
const FILE_CALLS = new Set(["import.needs", "findings.import", "ingest.preview", "ingest.commit"]);
/** Every other call's body: no input of theirs comes near it (issue 12, re-probe: a 28 MB nested JSON to needs.list froze the server). */
export const CALL_BODY_BYTES = 1024 * 1024;

/** Whether every call of the request takes files. */
export function takesFiles(calls: readonly string[]): boolean {
  return calls.length > 0 && calls.every((c) => FILE_CALLS.has(c));
}

/** The largest body a request for these calls may send. */
export function bodyLimitFor(calls: readonly string[], maxBodyBytes: number): number {
  return takesFiles(calls) ? maxBodyBytes : Math.min(CALL_BODY_BYTES, maxBodyBytes);
}

/**
 * A declared body over the limit is refused before a byte of it is read. A body without a
 * declared length is refused unless the call takes files (whose chunked bodies tRPC's
 * `maxBodySize` counts as they arrive): browsers and the portal always declare it.
 */
export function checkContentLength(
  headers: IncomingHttpHeaders,
  max: number,
  chunkedAllowed = true,
): Rejection | null {
  if (headers["content-length"] === undefined && !chunkedAllowed)
    return {
      status: 411,
      code: "LENGTH_REQUIRED",
      message: "Send the request body with a Content-Length.",
    };
  const declared = Number(headers["content-length"] ?? 0);
  if (!(declared > max)) return null;
  return {
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: `The request body is ${declared} bytes; the server takes at most ${max} (MAX_BODY_BYTES).`,
  };
}
