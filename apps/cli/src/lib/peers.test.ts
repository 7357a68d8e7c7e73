import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trainingSet } from "@tahub/engine/eval";
import { afterEach, describe, expect, it } from "vitest";
import type { Io } from "./command.js";
import { fingerprint, loadPeers, parsePeerMode } from "./peers.js";

const io: Io = { out: () => {}, err: () => {}, isTTY: false };
// A small sample: natural-logreg trains by batch gradient descent, and on every 20th of the 3,599
// training needs it took over the 3-minute limit in a full `pnpm check`. The cache logic is the same.
const small = trainingSet().filter((_, i) => i % 60 === 0);
const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), "tahub-peers-"));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe("natural's peers for eval and bench", () => {
  it("are trained once, then read from the cache with the same predictions", async () => {
    const dir = await tempDir();
    const first = await loadPeers("sample", small, io, dir);
    expect([...first.values()].map((p) => p.cached)).toEqual([false, false]);
    expect((await readdir(dir)).sort()).toEqual([
      `natural-bayes-sample-v2-${fingerprint(small)}.json`,
      `natural-logreg-sample-v2-${fingerprint(small)}.json`,
    ]);
    const second = await loadPeers("sample", small, io, dir);
    expect([...second.values()].map((p) => p.cached)).toEqual([true, true]);
    // Both rank articles too on a sample, as TA Hub does.
    expect([...second.values()].map((p) => p.peer.articles)).toEqual([true, true]);
    const t = "Training of customs officers on integrity (art. 8)";
    for (const [name, { peer }] of second)
      expect(peer.predict(t)).toEqual(first.get(name)?.peer.predict(t));
  });

  it("train again when the training set changes or a cache file is corrupt", async () => {
    const dir = await tempDir();
    await loadPeers("sample", small, io, dir);
    const changed = small.slice(1);
    expect(fingerprint(changed)).not.toBe(fingerprint(small));
    await writeFile(join(dir, `natural-bayes-sample-v2-${fingerprint(small)}.json`), "{ not json");
    const again = await loadPeers("sample", small, io, dir);
    expect(again.get("natural-bayes")?.cached).toBe(false);
    expect(again.get("natural-logreg")?.cached).toBe(true);
  });

  it("are skipped with --peers none, and a bad --peers is a usage error", async () => {
    expect((await loadPeers("none", small, io, await tempDir())).size).toBe(0);
    expect(parsePeerMode(undefined)).toBe("sample");
    expect(parsePeerMode("full")).toBe("full");
    expect(() => parsePeerMode("all")).toThrow(/--peers must be one of sample, full, none/);
  });
});
