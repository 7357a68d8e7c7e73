import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import "../i18n";
import { Highlighted } from "./Highlighted";
import { Confidence, EmptyState } from "./ui";

describe("components", () => {
  it("Confidence always states the percentage in text, not only as a bar", () => {
    render(<Confidence value={0.734} label="Match" />);
    expect(screen.getByText("Match 73%")).toBeTruthy();
  });

  it("Highlighted marks the evidence terms in the need's text", () => {
    const { container } = render(<Highlighted text="Training for the FIU on money laundering" terms={["train", "launder"]} />);
    expect([...container.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Training", "laundering"]);
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
