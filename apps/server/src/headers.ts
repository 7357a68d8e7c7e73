import type { IncomingMessage, ServerResponse } from "node:http";
import compression from "compression";
import helmet from "helmet";

type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void;

/**
 * The Content-Security-Policy the built portal satisfies (checked against apps/portal/dist):
 * - scripts and styles are files under /assets; index.html has no inline script or style;
 * - recharts and React set styles through the CSSOM (`el.style.x = ...`), which CSP does not
 *   govern, so `style-src` needs no 'unsafe-inline';
 * - `data:` images: the search field's icon in the CSS and the chart PNG export, which draws the
 *   SVG through an `<img src="data:image/svg+xml,...">`;
 * - file downloads use `blob:` links, which are navigations that CSP does not restrict.
 */
function contentSecurityPolicy(secure: boolean): Record<string, string[]> {
  return {
    "default-src": ["'self'"],
    "base-uri": ["'self'"],
    "connect-src": ["'self'"],
    "font-src": ["'self'"],
    "form-action": ["'self'"],
    // Nobody may frame the portal: clickjacking of sign-in and of the secretariat's actions.
    "frame-ancestors": ["'none'"],
    "img-src": ["'self'", "data:"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "script-src": ["'self'"],
    "script-src-attr": ["'none'"],
    "style-src": ["'self'"],
    // On plain http://127.0.0.1 an upgrade would break every asset.
    ...(secure ? { "upgrade-insecure-requests": [] } : {}),
  };
}

/**
 * Security headers on every response. `secure` is COOKIE_SECURE: the site is served over
 * HTTPS, so HSTS is safe to send; on plain HTTP it would lock browsers out of the site.
 */
export function securityHeaders(secure: boolean): Middleware {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(secure) },
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: "deny" },
    // The Referer is a fallback for Origin in the CSRF check; same-origin keeps it for us only.
    referrerPolicy: { policy: "same-origin" },
  });
}

/**
 * Brotli (quality 4, compression's default) or gzip for anything compressible above 1 kB, both
 * for the portal's files and for API answers. On the fly rather than precompressed at build
 * time: hashed assets are cached for a year by browsers, so each is compressed about once per
 * visitor, and the API's JSON can only be compressed on the fly anyway.
 */
export function compressor(): Middleware {
  return compression() as unknown as Middleware;
}

/** What a middleware passed to `next`, as an Error for the promise to reject with. */
function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error("middleware failed", { cause: err });
}

/** Runs a connect-style middleware on the raw Node server. */
export function run(mw: Middleware, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((ok, fail) => mw(req, res, (err) => (err ? fail(asError(err)) : ok())));
}
