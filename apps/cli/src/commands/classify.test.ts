import { describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import type { Io } from "../lib/command.js";
import { parseCsv, readNeedsFile } from "./classify.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false };
  return { io, out, err };
}

describe("tahub classify", () => {
  it("prints categories, articles with titles, chapter and evidence", async () => {
    const { io, out } = capture();
    expect(await runCli(["classify", "Legislative assistance (art. 52)"], io)).toBe(0);
    const text = out.join("\n");
    expect(text).toMatch(/legislative-assistance/);
    expect(text).toMatch(/art\. 52 {2}Prevention and detection of transfers of proceeds of crime/);
    expect(text).toMatch(/chapter: V/);
  });

  it("refuses an empty need with exit code 2", async () => {
    const { io, err } = capture();
    expect(await runCli(["classify", "  "], io)).toBe(2);
    expect(err.join("\n")).toMatch(/give the text/);
  });

  it("reads CSV with quoted cells and JSON Lines", () => {
    expect(parseCsv('id,text\n1,"a, ""b"""\n')).toEqual([
      ["id", "text"],
      ["1", 'a, "b"'],
    ]);
    expect(readNeedsFile('{"id":"x","text":"t"}\n', "f.jsonl")).toEqual([{ id: "x", text: "t" }]);
  });
});
