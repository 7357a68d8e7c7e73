import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import "../../i18n";
import { Comparison, type ComparisonData, type Counts } from "./FindingsComparison";
import { readFindingsQuery } from "./FindingsFilters";

afterEach(cleanup);

const q = (s: string) => readFindingsQuery(new URLSearchParams(s));

describe("the findings page's question, read from its URL", () => {
  it("defaults to cycle 2, every chapter and region, today's records", () => {
    expect(q("")).toEqual({
      cycle: 2,
      chapter: undefined,
      region: undefined,
      asAt: undefined,
      asAtInvalid: false,
    });
  });

  it("keeps a chapter the cycle reviews, a regional group and a calendar day", () => {
    expect(q("cycle=1&chapter=IV&region=african&asAt=2021-09-15")).toEqual({
      cycle: 1,
      chapter: "IV",
      region: "african",
      asAt: "2021-09-15",
      asAtInvalid: false,
    });
  });

  it("drops a chapter the cycle does not review and an unknown region", () => {
    expect(q("chapter=IV&region=atlantis")).toMatchObject({
      chapter: undefined,
      region: undefined,
    });
  });

  it("does not ask with a malformed day, and says the day is wrong", () => {
    expect(q("asAt=15/09/2023")).toMatchObject({ asAt: undefined, asAtInvalid: true });
    expect(q("asAt=2023-13-45")).toMatchObject({ asAt: undefined, asAtInvalid: true });
  });
});

const zero: Counts = {
  needs: 0,
  needStates: 0,
  challenges: 0,
  challengeStates: 0,
  recommendations: 0,
  recommendationStates: 0,
};

describe("the comparison", () => {
  it("writes the note's sentence for the cycle as at the day asked, and per article", () => {
    const art12 = { ...zero, needs: 3, needStates: 2, challenges: 6, challengeStates: 3 };
    const data: ComparisonData = {
      query: { cycle: 2, chapter: null, region: null, asAt: "2023-09-15" },
      byArticle: [{ article: 12, chapter: "II", ...art12 }],
      byRegion: [{ region: "african", ...art12 }],
      total: art12,
      demoFindings: 0,
    };
    render(<Comparison data={data} />);
    const total = screen.getByRole("status");
    expect(total.textContent).toContain("As at");
    expect(total.textContent).toContain("2023");
    expect(total.textContent).toContain("6 challenges across 3 States");
    expect(total.textContent).toContain("3 needs from 2 States");
    expect(screen.queryByText(/generated/i)).toBeNull();
  });
});
