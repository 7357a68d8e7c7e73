import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function values(obj: object): string[] {
  return Object.values(obj).flatMap((v) =>
    v && typeof v === "object" ? values(v as object) : [String(v)],
  );
}

describe("UI dictionaries", () => {
  const reference = keys(en).sort();
  it.each([
    ["fr", fr],
    ["es", es],
  ])("%s has every English key and no other", (_, dict) => {
    expect(keys(dict).sort()).toEqual(reference);
  });

  it.each([
    ["fr", fr],
    ["es", es],
  ])("%s keeps every interpolation placeholder of the English string", (_, dict) => {
    const flat = (d: object) =>
      Object.fromEntries(
        keys(d).map((k) => [
          k,
          k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], d) as string,
        ]),
      );
    const e = flat(en);
    const d = flat(dict);
    for (const k of reference) {
      const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      expect(placeholders(d[k] ?? ""), k).toEqual(placeholders(e[k] ?? ""));
    }
  });

  it("has no empty string", () => {
    for (const d of [en, fr, es]) expect(values(d).filter((v) => !v.trim())).toEqual([]);
  });
});

// language (issue 15): no English reaches a French or Spanish page from the portal's own code.
describe("the portal's source keeps its words in the dictionaries", () => {
  // The tests run from the portal's folder (vitest's root); happy-dom's import.meta.url is not a file URL.
  const root = join(process.cwd(), "src");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith("i18n"))
    .map((f) => ({ file: f.split(sep).join("/"), text: readFileSync(join(root, f), "utf8") }));
  // Codes, not words: a key name, an example code, a file's machine form.
  const allowed = [
    '<kbd aria-hidden="true">Enter</kbd>',
    'placeholder="KEN"',
    "r.score.toFixed(3)",
  ];
  const find = (pattern: RegExp) =>
    files.flatMap(({ file, text }) =>
      text
        .split("\n")
        .filter((line) => pattern.test(line) && !allowed.some((a) => line.includes(a)))
        .map((line) => `${file}: ${line.trim()}`),
    );

  it("reads every file it checks", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.file === "pages/needs/NeedPage.tsx")).toBe(true);
  });

  it("has no English text written in JSX or in a visible attribute", () => {
    expect(find(/>\s*[A-Za-z][a-z]+(\s+[a-z]+)+[.!?]?\s*<\//)).toEqual([]);
    expect(find(/\b(title|placeholder|aria-label|alt|label)="[^"{]*[A-Za-z]{3,}/)).toEqual([]);
  });

  it("writes numbers and dates through Intl in the UI language", () => {
    expect(find(/toLocale(Date|Time)?String\(\s*\)/)).toEqual([]);
    expect(find(/new Intl\.(NumberFormat|DateTimeFormat)\(\s*(\)|undefined)/)).toEqual([]);
    expect(find(/\.toFixed\(/)).toEqual([]);
    // A percentage written as JSX text, "{pct}%" (a CSS width `${pct}%` is not text).
    expect(find(/(^|>)\s*\{\s*\w+\s*\}%/)).toEqual([]);
  });

  it("names States and articles through the helpers, not the records' English", () => {
    expect(find(/getState\([^)]*\)\??\.name|\.stateName\b/)).toEqual([]);
    expect(find(/getArticle\([^)]*\)\??\.title|\ba\.title\b/)).toEqual([]);
  });
});
