/**
 * The loop walk's evaluations (issue 15): the six criteria each party rates, the scores the walk
 * gives, and the analyst's evaluations card read as numbers before and after.
 */
import type { Page } from "playwright-core";
import { expect, must } from "./steps";

/** The six OECD-DAC criteria (CAC/COSP/2021 note on TA needs, para 33) as each party rates them. */
export const CRITERIA = [
  "relevance",
  "coherence",
  "effectiveness",
  "efficiency",
  "impact",
  "sustainability",
] as const;
export type Criterion = (typeof CRITERIA)[number];
export const LABEL_EN: Record<Criterion, string> = {
  relevance: "Relevance",
  coherence: "Coherence",
  effectiveness: "Effectiveness",
  efficiency: "Efficiency",
  impact: "Impact",
  sustainability: "Sustainability",
};
export const LABEL_FR: Record<Criterion, string> = {
  relevance: "Pertinence",
  coherence: "Cohérence",
  effectiveness: "Efficacité",
  efficiency: "Efficience",
  impact: "Impact",
  sustainability: "Viabilité",
};
export const STATE_SCORES: Record<Criterion, number> = {
  relevance: 4,
  coherence: 3,
  effectiveness: 4,
  efficiency: 3,
  impact: 3,
  sustainability: 2,
};
export const DONOR_SCORES: Record<Criterion, number> = {
  relevance: 4,
  coherence: 4,
  effectiveness: 3,
  efficiency: 2,
  impact: 3,
  sustainability: 3,
};

/** The evaluations card's row for one provider, as text: engagements, six criteria, all. */
export interface CardRow {
  engagements: number;
  criteria: Record<Criterion, number | null>;
  mean: number | null;
}

const num = (s: string): number | null => {
  const t = s.trim();
  return t === "–" || t === "" ? null : Number(t.replace(",", "."));
};

export async function evaluationsRow(
  page: Page,
  rater: "state" | "provider",
  provider: string,
): Promise<CardRow> {
  const card = page.locator("#evaluations");
  await card.waitFor();
  await card.getByLabel("Rated by").selectOption(rater);
  await card.getByLabel("Grouped by").selectOption("byProvider");
  // The table, or the sentence saying nothing is evaluated yet.
  await card
    .locator("#evaluations-table tbody tr")
    .first()
    .or(card.getByText("No engagement has been evaluated yet"))
    .waitFor();
  if (await card.locator("#evaluations-table").count()) {
    const caption = (await card.locator("#evaluations-table caption").textContent()) ?? "";
    expect(
      caption.includes(rater === "state" ? "Beneficiary States" : "Providers"),
      `the evaluations card did not switch to the ${rater}s' ratings: “${caption}”`,
    );
  }
  const row = card.locator("#evaluations-table tbody tr").filter({
    has: page.locator("th", {
      hasText: new RegExp(`^${provider.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
    }),
  });
  if (!(await row.count()))
    return {
      engagements: 0,
      criteria: Object.fromEntries(CRITERIA.map((c) => [c, null])) as CardRow["criteria"],
      mean: null,
    };
  const cells = (await row.first().locator("td").allTextContents()).map((t) => t.trim());
  expect(cells.length === 8, `the evaluations row has ${cells.length} cells, expected 8`);
  const count = Number(cells[0]);
  expect(
    Number.isInteger(count),
    `the analyst sees the count of ${provider}'s evaluations as “${cells[0]}”, not a number`,
  );
  return {
    engagements: count,
    criteria: Object.fromEntries(
      CRITERIA.map((c, i) => [c, num(must(cells[i + 1], `${c} cell`))]),
    ) as CardRow["criteria"],
    mean: num(must(cells[7], "mean cell")),
  };
}

/**
 * After one more evaluation with `scores`: one more engagement, and each criterion's mean is the
 * score when it had none, else between the mean before and the score (the card rounds to 0.1).
 */
export function expectCounted(
  who: string,
  before: CardRow,
  after: CardRow,
  scores: Record<Criterion, number>,
) {
  expect(
    after.engagements === before.engagements + 1,
    `${who}: the card counts ${after.engagements} engagements evaluated, expected ${before.engagements + 1}`,
  );
  for (const c of CRITERIA) {
    const [b, a, s] = [before.criteria[c], after.criteria[c], scores[c]];
    expect(a !== null, `${who}: no mean for ${c} after the evaluation`);
    if (b === null)
      expect(a === s, `${who}: ${c} had no score before; its mean is ${a}, expected ${s}`);
    else
      expect(
        a >= Math.min(b, s) - 0.05 && a <= Math.max(b, s) + 0.05,
        `${who}: ${c}'s mean went from ${b} to ${a} after a score of ${s}`,
      );
  }
  const all = CRITERIA.reduce((sum, c) => sum + scores[c], 0) / CRITERIA.length;
  expect(after.mean !== null, `${who}: no mean over all criteria after the evaluation`);
  if (before.mean === null)
    expect(
      Math.abs(after.mean - all) <= 0.05,
      `${who}: mean over all criteria ${after.mean}, expected ${all.toFixed(1)}`,
    );
}
