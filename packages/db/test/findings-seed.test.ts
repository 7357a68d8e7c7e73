/**
 * The demo reviewers' findings (issue 14, part 6): generated, flagged demo, within what the
 * schema accepts, and consistent with the demo needs (a need under an article comes with a
 * challenge there). They are not published figures, so no number here is pinned to the notes.
 */
import { isReviewedIn, MAX_FINDING_COUNT } from "@tahub/domain";
import { describe, expect, it } from "vitest";
import { demoFindings } from "../src/seed/findings.js";
import { planDemo } from "../src/seed/plan.js";

describe("demo reviewers' findings", () => {
  const plan = planDemo();
  const findings = demoFindings(plan);

  it("are the same on every run, each flagged demo and saying it is not a published figure", () => {
    expect(demoFindings(plan)).toEqual(findings);
    expect(findings.length).toBeGreaterThan(500);
    for (const f of findings) {
      expect(f.demo).toBe(true);
      expect(f.source).toMatch(/demo.*not published/);
    }
  });

  it("belong to the demo States with a cycle-2 summary, under articles cycle 2 reviews, one row per State and article", () => {
    const states = new Set(plan.cycle2Summaries.map((s) => s.state));
    const keys = new Set<string>();
    for (const f of findings) {
      expect(states.has(f.stateId)).toBe(true);
      expect(isReviewedIn(f.article, 2)).toBe(true);
      expect(f.challenges).toBeGreaterThanOrEqual(1);
      expect(f.challenges).toBeLessThanOrEqual(MAX_FINDING_COUNT);
      expect(f.recommendations).toBeGreaterThanOrEqual(0);
      keys.add(`${f.stateId}:${f.article}`);
    }
    expect(keys.size).toBe(findings.length);
  });

  it("record a challenge wherever a demo State identified a need under the article", () => {
    const found = new Set(findings.map((f) => `${f.stateId}:${f.article}`));
    const needs = plan.needs
      .filter((n) => n.cycle === 2)
      .flatMap((n) => n.articles.map((a) => `${n.state}:${a}`));
    expect(needs.filter((k) => !found.has(k))).toEqual([]);
  });
});
