/**
 * The browser suite's harness: finds Chromium, starts the real server on a fresh demo database,
 * and checks every page it visits (screenshot, axe-core, keyboard).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import axe from "axe-core";
import type { Page } from "playwright-core";

type AxeApi = typeof axe;

export const PORTAL_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const REPO_ROOT = join(PORTAL_ROOT, "..", "..");
export const RESULTS = join(PORTAL_ROOT, "test-results");

/** Flags verified on these machines (TOOLCHAIN.md); Playwright adds its own fresh profile. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function chromiumPath(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
  log: () => string;
}

/** `pnpm tahub serve --demo` on a free port with a throw-away data folder; resolves once /healthz answers. */
export async function startServer(timeoutMs = 240_000): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "tahub-browser-"));
  let output = "";
  const child: ChildProcess = spawn("pnpm", ["tahub", "serve", "--demo", "--port", String(port)], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      TAHUB_DATA_DIR: dataDir,
      PORTAL_DIR: join(PORTAL_ROOT, "dist"),
      LOG_LEVEL: "warn",
      DOTENV_CONFIG_QUIET: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      // The server runs under pnpm and tsx: end the whole process group we started.
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 1_500));
      try {
        if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return { url, stop, log: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  await stop();
  throw new Error(`server did not answer /healthz within ${timeoutMs / 1000}s:\n${output}`);
}

export interface PageReport {
  name: string;
  violations: string[];
  keyboard: string[];
}

export const reports: PageReport[] = [];

/** Waits for the page to settle (network idle, no spinner) and saves a full-page screenshot. */
async function settleAndCapture(page: Page, name: string) {
  mkdirSync(RESULTS, { recursive: true });
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page
    .waitForFunction(() => !document.querySelector(".spinner, .skeleton"), undefined, {
      timeout: 15_000,
    })
    .catch(() => undefined);
  // A full-page capture of a long page (the regional programmes) takes well over the default
  // 20 s on two busy cores; it is evidence, not the check, so it gets a minute.
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true, timeout: 60_000 });
}

/** The serious and critical axe-core violations on the page, each in one line. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window)))
    // Evaluated through the DevTools protocol rather than added as an inline <script>: the
    // server's Content-Security-Policy (script-src 'self') rightly refuses inline scripts, and
    // the walks keep that policy on, so they also prove the portal runs under it.
    await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: AxeApi };
    const result = await w.axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} (${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join(" | ")})`,
      );
  });
}

/** Keyboard problems: the skip link first and into <main>, then focus visible for six Tabs. */
async function keyboardProblems(page: Page): Promise<string[]> {
  const keyboard: string[] = [];
  // Start from the top of the document, as a keyboard user arriving on the page does: focusing
  // the body also resets Chromium's sequential-navigation starting point.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute("tabindex");
  });
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => ({
    cls: document.activeElement?.className ?? "",
    text: document.activeElement?.textContent ?? "",
  }));
  if (!String(first.cls).includes("skip-link"))
    keyboard.push(`first Tab reached "${first.text.trim().slice(0, 40)}", not the skip link`);
  await page.keyboard.press("Enter");
  const inMain = await page.evaluate(
    () =>
      !!document.activeElement &&
      !!document.querySelector("main")?.contains(document.activeElement),
  );
  if (!inMain) keyboard.push("the skip link did not move focus into <main>");
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { ok: true, what: "body" };
      const s = getComputedStyle(el);
      const outlined = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
      const shadowed = s.boxShadow !== "none";
      const r = el.getBoundingClientRect();
      return {
        ok: outlined || shadowed,
        what: `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute("aria-label") ?? "").trim().slice(0, 30)}"`,
        visible: r.width > 0 && r.height > 0,
      };
    });
    if (!state.ok) keyboard.push(`focus not visible on ${state.what}`);
  }
  return keyboard;
}

/**
 * Everything the suite asserts about any page: a screenshot, no serious or critical axe-core
 * violation, and keyboard operability (the first Tab reaches the skip link, the skip link moves
 * focus into the main content, focus is always visible while tabbing on).
 */
export async function checkPage(page: Page, name: string): Promise<PageReport> {
  await settleAndCapture(page, name);
  const violations = await axeViolations(page);
  const keyboard = await keyboardProblems(page);
  const report = { name, violations, keyboard };
  reports.push(report);
  return report;
}

/** Calls a tRPC procedure over HTTP (no batching) as the holder of `cookie`. */
export async function trpc<T>(
  base: string,
  path: string,
  input: unknown,
  opts: { cookie?: string; mutation?: boolean } = {},
): Promise<{ data: T; cookie?: string }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.cookie) headers.cookie = opts.cookie;
  const res = opts.mutation
    ? await fetch(`${base}/trpc/${path}`, { method: "POST", headers, body: JSON.stringify(input) })
    : await fetch(`${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
        headers,
      });
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  if (!res.ok || !body.result)
    throw new Error(`${path} failed (${res.status}): ${JSON.stringify(body.error)}`);
  const setCookie = res.headers.get("set-cookie");
  return { data: body.result.data, cookie: setCookie ? setCookie.split(";")[0] : undefined };
}

/**
 * What a failed walk left on screen: each open page's address, the errors and notices it shows
 * and a screenshot (test-results/failed-<walk>-<n>.png), so a failure in CI can be read later.
 */
export async function showOpenPages(pages: readonly Page[], walk: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const slug = walk.replace(/[^a-z0-9]+/gi, "-").slice(0, 40);
  for (const [i, page] of pages.entries()) {
    if (page.isClosed()) continue;
    try {
      const said = await page.locator("[role=alert], [role=status]").allInnerTexts();
      console.log(
        `    page ${i + 1}: ${page.url()}${said.length ? `\n      shows: ${said.join(" | ")}` : ""}`,
      );
      const path = join(RESULTS, `failed-${slug}-${i + 1}.png`);
      await page.screenshot({ path, fullPage: true, timeout: 10_000 });
      console.log(`      screenshot: ${path}`);
    } catch (err) {
      console.log(
        `    page ${i + 1}: not readable (${err instanceof Error ? err.message : String(err)})`,
      );
    }
  }
}
