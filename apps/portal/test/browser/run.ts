/**
 * Browser tests: the real server on a seeded PGlite database, driven in Debian's Chromium.
 *
 *   pnpm --filter @tahub/portal test:browser
 *
 * Skips (exit 0, with a message) only when no Chromium binary exists; CI installs chromium.
 * Screenshots of every page go to apps/portal/test-results/ (gitignored).
 */
import { execSync } from "node:child_process";
import { chromium, type Browser, type Page } from "playwright-core";
import {
  CHROMIUM_ARGS,
  chromiumPath,
  PORTAL_ROOT,
  reports,
  RESULTS,
  showOpenPages,
  startServer,
  type RunningServer,
} from "./harness";
import { analyticsPhoneWalk } from "./analytics-walk";
import { engagementWalk } from "./engagement-walk";
import { secretariatWalk } from "./secretariat-walk";
import { donorWalk, publicWalk, stateWalk } from "./walks";
// States (issue 15, deliverable 3)
import { statesWalk } from "./states-walk";
// notifications & mail (issue 15): a real SMTP server the server under test sends to
import { startMailSink, type MailSink } from "./mail-smtp";
import { mailWalk } from "./mail-walk";
// the collaboration loop (issue 15, "Done when"): three accounts, mail checked at the SMTP server
import { loopWalk } from "./loop-walk";

const executablePath = chromiumPath();
if (!executablePath) {
  console.log(
    "SKIP browser tests: no Chromium binary (set CHROMIUM_PATH or `apt-get install -y chromium`).",
  );
  process.exit(0);
}

if (!process.env.SKIP_PORTAL_BUILD) {
  console.log("building the portal…");
  execSync("pnpm exec vite build --logLevel warn", { cwd: PORTAL_ROOT, stdio: "inherit" });
}

type Walk = (
  browser: Browser,
  server: RunningServer,
  newPage: (b: Browser) => Promise<Page>,
) => Promise<void>;
const walks: [string, Walk][] = [
  ["the public sees published needs and analytics, never a restricted record", publicWalk],
  [
    "the secretariat confirms and corrects auto-categorised needs and sees the analytics change",
    secretariatWalk,
  ],
  ["a donor finds matching States and records an engagement", donorWalk],
  ["a State adds a need, sees the suggested category and article, and finds partners", stateWalk],
  [
    "a donor proposes, the State accepts, the work is delivered, confirmed and evaluated by both",
    engagementWalk,
  ],
  [
    "on a phone, in French, the analytics take an as-at date and filters, and the heat map scrolls",
    analyticsPhoneWalk,
  ],
  // States (issue 15, deliverable 3)
  [
    "a State edits, corrects, shares and withdraws its need, records assistance and recommends an expert",
    statesWalk,
  ],
  // the collaboration loop (issue 15, "Done when"): before the mail walk, which resets a password
  [
    "the collaboration loop: donor proposes, the State (in French) accepts, delivered, both evaluate, analytics counts it; mails in each party's language",
    loopWalk(() => mailSink),
  ],
  // notifications & mail (issue 15): last, as it resets the donor's password (to the same one)
  [
    "mail reaches the SMTP server: engagement moves, a password reset by link, the outbox, a subscription",
    mailWalk(() => mailSink),
  ],
];

// Walks whose name contains any of the arguments (e.g. `pnpm test:browser -- loop`); all without.
const only = process.argv.slice(2).filter((a) => a !== "--");
const selected = only.length ? walks.filter(([name]) => only.some((o) => name.includes(o))) : walks;

let mailSink: MailSink | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;
let passed = 0;
/** The pages the current walk opened, shown (screenshot, address, alerts) if it fails. */
const opened: Page[] = [];
let failed = 0;
try {
  console.log("starting the server with demo data…");
  // The server under test mails to this sink (started before it, read by the mail walk).
  mailSink = await startMailSink();
  process.env.SMTP_URL ??= mailSink.url;
  // TAHUB_TEST_URL reuses a server already running (faster while developing the suite).
  server = process.env.TAHUB_TEST_URL
    ? { url: process.env.TAHUB_TEST_URL, stop: () => Promise.resolve(), log: () => "" }
    : await startServer();
  console.log(`server at ${server.url}`);
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const newPage = async (b: Browser) => {
    const context = await b.newContext({ viewport: { width: 1366, height: 900 }, locale: "en-US" });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    page.on("pageerror", (err) => console.log(`    page error: ${err.message}`));
    opened.push(page);
    return page;
  };
  for (const [name, walk] of selected) {
    const started = Date.now();
    const before = reports.length;
    try {
      await walk(browser, server, newPage);
      const bad = reports.slice(before).filter((r) => r.violations.length || r.keyboard.length);
      if (bad.length) {
        throw new Error(
          bad
            .map(
              (r) =>
                `page ${r.name}:\n      ${[...r.violations.map((v) => `axe ${v}`), ...r.keyboard.map((k) => `keyboard: ${k}`)].join("\n      ")}`,
            )
            .join("\n    "),
        );
      }
      passed++;
      console.log(
        `  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s, ${reports.length - before} pages)`,
      );
    } catch (err) {
      failed++;
      console.log(
        `  ✗ ${name}\n    ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
      await showOpenPages(opened, name);
    }
    opened.length = 0;
  }
} catch (err) {
  failed++;
  console.log(`  ✗ setup failed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await browser?.close().catch(() => undefined);
  if (failed && server) console.log(`--- server log (tail) ---\n${server.log().slice(-3000)}`);
  await server?.stop();
  await mailSink?.close();
}
console.log(
  `screenshots: ${RESULTS} (${reports.length} pages checked with axe-core and the keyboard)`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
