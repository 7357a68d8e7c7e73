/**
 * Varied inputs for the load benchmark (issue 12: not one cached query). Each request draws a
 * path from a pool: classify texts are the dev-set needs (written for evaluation, never the test
 * sets), and needs.list combines the filters a portal user sets (cycle, region, category,
 * status, article, free text, sort, page size). The pool is seeded, so runs compare.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CATEGORY_IDS, mulberry32, NEED_STATUSES, REGIONAL_GROUP_IDS } from "@tahub/domain";

/** The project's one seeded generator (see @tahub/domain), so every run draws the same pool. */
export const seeded = mulberry32;

export const trpcPath = (proc: string, input: unknown) =>
  `/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** The dev-set need texts (EN, FR, ES), one per line of the JSONL files. */
export function devTexts(repo: string): string[] {
  const dir = join(repo, "packages/engine/eval");
  return ["classify-dev.jsonl", "classify-dev2.jsonl", "classify-dev3.jsonl"].flatMap((f) =>
    readFileSync(join(dir, f), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
}

const WORDS = [
  "procurement",
  "training",
  "asset",
  "whistle",
  "financial intelligence",
  "extradition",
  "mutual legal assistance",
  "integrity",
  "audit",
  "beneficial ownership",
  "declaration",
  "investigat",
];
const ARTICLES = [5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 26, 30, 32, 33, 36, 46, 52, 53, 57, 58];

/** `n` needs.list inputs as a portal user would combine filters: each filter set or not. */
export function needsListInputs(n: number, rand: () => number): Record<string, unknown>[] {
  const maybe = <T>(p: number, values: readonly T[]): T | undefined =>
    rand() < p ? values[Math.floor(rand() * values.length)] : undefined;
  return Array.from({ length: n }, () => {
    const input: Record<string, unknown> = {
      limit: maybe(1, [20, 50]),
      cycle: maybe(0.7, [1, 2, 2, 2]),
      region: maybe(0.3, REGIONAL_GROUP_IDS),
      category: maybe(0.3, CATEGORY_IDS),
      status: maybe(0.2, NEED_STATUSES),
      article: maybe(0.3, ARTICLES),
      q: maybe(0.2, WORDS),
      sort: maybe(0.3, ["identifiedOn", "state", "category", "status", "created"]),
      order: maybe(0.3, ["asc", "desc"]),
    };
    return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  });
}
