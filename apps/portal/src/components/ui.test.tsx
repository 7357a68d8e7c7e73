import { cleanup, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import i18n from "../i18n";
import { Highlighted } from "./Highlighted";
import { Confidence, EmptyState, FitMeter } from "./ui";

describe("components", () => {
  it("Confidence always states the percentage in text, not only as a bar", () => {
    render(<Confidence value={0.734} label="Match" />);
    expect(screen.getByText("Match 73%")).toBeTruthy();
  });

  it("Confidence and the fit's hint write numbers the reader's way (Intl)", async () => {
    await i18n.changeLanguage("fr");
    try {
      const { container } = render(
        <>
          <Confidence value={0.734} label="Correspondance" />
          <FitMeter value={0.534} />
        </>,
      );
      // French puts a no-break space before the sign (the matcher sees a plain space).
      expect(screen.getByText("Correspondance 73 %")).toBeTruthy();
      expect(container.textContent).toMatch(/73[\u00a0\u202f]%/);
      expect(container.querySelector(".fit")?.getAttribute("title")).toContain("0,53");
    } finally {
      cleanup();
      await i18n.changeLanguage("en");
    }
  });

  it("FitMeter says how well a match fits in words, never a bare percentage", () => {
    const { container } = render(
      <>
        <FitMeter value={0.86} />
        <FitMeter value={0.65} />
        <FitMeter value={0.3} />
      </>,
    );
    expect(screen.getByText("Strong fit")).toBeTruthy();
    expect(screen.getByText("Good fit")).toBeTruthy();
    expect(screen.getByText("Partial fit")).toBeTruthy();
    expect(container.textContent).not.toMatch(/%/);
  });

  it("FitMeter compares unbounded scores with the list's best instead of clamping them to 100%", () => {
    render(
      <>
        <FitMeter value={13.2} relative={{ best: 13.2 }} />
        <FitMeter value={6.6} relative={{ best: 13.2 }} />
      </>,
    );
    expect(screen.getByText("Best match")).toBeTruthy();
    expect(screen.getByText("50% of best")).toBeTruthy();
  });

  it("Highlighted marks the evidence terms in the need's text", () => {
    const { container } = render(
      <Highlighted text="Training for the FIU on money laundering" terms={["train", "launder"]} />,
    );
    expect([...container.querySelectorAll("mark")].map((m) => m.textContent)).toEqual([
      "Training",
      "laundering",
    ]);
  });

  it("EmptyState shows its title and body", () => {
    render(
      <EmptyState title="Nothing here">
        <a href="/x">Add one</a>
      </EmptyState>,
    );
    expect(screen.getByText("Nothing here")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Add one" })).toBeTruthy();
  });
});
