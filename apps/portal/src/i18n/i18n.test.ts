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
