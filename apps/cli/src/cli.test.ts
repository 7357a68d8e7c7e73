import { describe, expect, it } from "vitest";
import { runCli } from "./cli.js";
import type { Io } from "./lib/command.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false };
  return { io, out, err };
}

describe("tahub", () => {
  it("lists its commands with --help", async () => {
    const { io, out } = capture();
    expect(await runCli(["--help"], io)).toBe(0);
    expect(out.join("\n")).toMatch(/convention/);
    expect(out.join("\n")).toMatch(/states/);
  });

  it("prints a target's own usage with --help (tahub bench analytics --help)", async () => {
    const { io, out } = capture();
    expect(await runCli(["bench", "analytics", "--help"], io)).toBe(0);
    expect(out.join("\n")).toMatch(/usage: tahub bench analytics \[--scale N/);
  });

  it("rejects an unknown command with exit code 2", async () => {
    const { io, err } = capture();
    expect(await runCli(["frobnicate"], io)).toBe(2);
    expect(err[0]).toMatch(/unknown command "frobnicate"/);
  });

  it("rejects an unknown option with the usage line", async () => {
    const { io, err } = capture();
    expect(await runCli(["states", "--bogus"], io)).toBe(2);
    expect(err.join("\n")).toMatch(/usage: tahub states/);
  });

  it("lists 71 articles as JSON", async () => {
    const { io, out } = capture();
    expect(await runCli(["convention", "--json"], io)).toBe(0);
    const data = JSON.parse(out.join("\n")) as { articles: unknown[]; chapters: unknown[] };
    expect(data.articles).toHaveLength(71);
    expect(data.chapters).toHaveLength(8);
  });

  it("lists every State party with its regional group as JSON", async () => {
    const { io, out } = capture();
    expect(await runCli(["states", "--json"], io)).toBe(0);
    const states = JSON.parse(out.join("\n")) as { iso3: string; group: string }[];
    expect(states.length).toBeGreaterThan(180);
    expect(states.every((s) => s.group.length > 0)).toBe(true);
  });

  it("filters States by regional group and refuses an unknown group", async () => {
    const ok = capture();
    expect(await runCli(["states", "--json", "--group", "eastern-european"], ok.io)).toBe(0);
    const states = JSON.parse(ok.out.join("\n")) as { group: string }[];
    expect(new Set(states.map((s) => s.group))).toEqual(new Set(["eastern-european"]));
    const bad = capture();
    expect(await runCli(["states", "--group", "mars"], bad.io)).toBe(2);
  });
});
