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
 * A declared body over the limit is refused before a byte of it is read. Bodies without a
 * length (chunked) are counted as they arrive by tRPC's `maxBodySize`.
 */
export function checkContentLength(headers: IncomingHttpHeaders, max: number): Rejection | null {
  const declared = Number(headers["content-length"] ?? 0);
  if (!(declared > max)) return null;
  return {
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: `The request body is ${declared} bytes; the server takes at most ${max} (MAX_BODY_BYTES).`,
  };
}
