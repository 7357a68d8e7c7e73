/**
 * Prints the initial JavaScript the portal ships, gzipped: the entry script of dist/index.html
 * and every chunk it preloads (what a first visit downloads before any lazy page). Builds first
 * when dist/ is missing. Exits 1 above the budget.
 *
 *   pnpm --filter @tahub/portal size            # budget 250 kB
 *   SIZE_BUDGET_KB=200 pnpm --filter @tahub/portal size
 */
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const budgetKb = Number(process.env.SIZE_BUDGET_KB ?? 250);

if (!existsSync(join(dist, "index.html")) || process.argv.includes("--build")) {
  execSync("pnpm exec vite build --logLevel warn", { cwd: root, stdio: "inherit" });
}

const html = readFileSync(join(dist, "index.html"), "utf8");
const refs = new Set<string>();
for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) if (m[1]) refs.add(m[1]);
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g))
  if (m[1]) refs.add(m[1]);

let total = 0;
const rows: [string, number][] = [];
for (const ref of refs) {
  const bytes = gzipSync(readFileSync(join(dist, ref.replace(/^\//, ""))), { level: 9 }).length;
  total += bytes;
  rows.push([ref, bytes]);
}
for (const [ref, bytes] of rows)
  console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} kB  ${ref}`);
const kb = total / 1024;
console.log(`initial JS (gzip): ${kb.toFixed(1)} kB (budget ${budgetKb} kB, ${refs.size} files)`);
if (kb > budgetKb) {
  console.error(`over budget by ${(kb - budgetKb).toFixed(1)} kB`);
  process.exit(1);
}
