import { cleanup, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import "../../../i18n";
import {
  NeedCategorisationCard,
  NeedEngagementsCard,
  NeedHistoryCard,
  type NeedDetail,
} from "./NeedCards";

const need = (over: Partial<NeedDetail> = {}): NeedDetail =>
  ({
    id: "n1",
    state: "KEN",
    text: "Training for the FIU",
    category: "training",
    cycle1Category: null,
    reviewedAt: null,
    suggestion: null,
    statusHistory: [],
    engagements: [],
    ...over,
  }) as unknown as NeedDetail;

const suggestion = {
  categories: [
    { id: "training", score: 0.005 },
    { id: "legal-advice", score: 0.4 },
    { id: "it", score: 0.009 },
    { id: "research", score: 0.02 },
  ],
  articles: [5, 6, 7, 8, 9, 10].map((article) => ({ article, score: 0.5 })),
  evidence: [],
  abstain: true,
  modelVersion: "m7",
};

afterEach(cleanup);

describe("the need's categorisation card", () => {
  it("says whether the category was reviewed or is the classifier's", () => {
    render(<NeedCategorisationCard need={need({ reviewedAt: "2026-01-02" })} />);
    expect(screen.getByText("Reviewed")).toBeTruthy();
    cleanup();
    render(<NeedCategorisationCard need={need()} />);
    expect(screen.getByText("Automatic")).toBeTruthy();
  });

  it("lists the top suggestion whatever its score, the others from 1% up, and five articles", () => {
    const { container } = render(
      <NeedCategorisationCard need={need({ suggestion } as unknown as Partial<NeedDetail>)} />,
    );
    const [categories, articles] = [...container.querySelectorAll(".score-list")];
    expect(categories?.querySelectorAll("li")).toHaveLength(3); // 0.009 is left out
    expect(articles?.querySelectorAll("li")).toHaveLength(5);
    expect(screen.getByText(/The classifier was not confident\./)).toBeTruthy();
    expect(screen.getByText(/Model m7\./)).toBeTruthy();
  });

  it("says when there is no suggestion", () => {
    render(<NeedCategorisationCard need={need()} />);
    expect(screen.queryByText("Suggested categories")).toBeNull();
  });
});

describe("the need's history card", () => {
  it("shows each status change with its date, from and to", () => {
    const history = [
      { at: "2026-03-04T10:00:00Z", from: null, to: "identified", note: null },
      { at: "2026-05-06T10:00:00Z", from: "identified", to: "in_progress", note: "Funded" },
    ];
    const { container } = render(
      <NeedHistoryCard need={need({ statusHistory: history } as unknown as Partial<NeedDetail>)} />,
    );
    const items = container.querySelectorAll(".timeline li");
    expect(items).toHaveLength(2);
    expect(items[0]?.querySelector(".timeline-date")?.textContent).toBe("Mar 4, 2026");
    expect(items[1]?.textContent).toContain("→");
    expect(items[1]?.textContent).toContain("Funded");
  });

  it("says there is no change yet", () => {
    render(<NeedHistoryCard need={need()} />);
    expect(screen.getByText("No status changes yet.")).toBeTruthy();
  });
});

describe("the need's engagements card", () => {
  it("links each engagement and offers a donor the form, not others", () => {
    const engagements = [
      { id: "e1", providerId: "p1", providerName: "GIZ", status: "proposed", description: null },
    ];
    const n = need({ engagements } as unknown as Partial<NeedDetail>);
    const { container } = render(
      <MemoryRouter>
        <NeedEngagementsCard need={n} isDonor={false} />
      </MemoryRouter>,
    );
    const link = within(container).getByRole("link", { name: "GIZ" });
    expect(link.getAttribute("href")).toBe("/engagements/e1");
    expect(screen.queryByText("Offer support")).toBeNull();
  });

  it("says no support is recorded yet", () => {
    render(
      <MemoryRouter>
        <NeedEngagementsCard need={need()} isDonor={false} />
      </MemoryRouter>,
    );
    expect(screen.getByText("No support recorded yet.")).toBeTruthy();
  });
});
