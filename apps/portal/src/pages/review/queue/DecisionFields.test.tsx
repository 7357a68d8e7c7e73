import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../../i18n";
import { ArticlesField, CategoryChoices } from "./DecisionFields";

afterEach(cleanup);

describe("the review's category choices", () => {
  it("offers the six categories with their shortcut keys, the selected one checked", () => {
    const { container } = render(
      <CategoryChoices selected="legislative-assistance" scores={[]} onPick={() => undefined} />,
    );
    const radios = screen.getAllByRole<HTMLInputElement>("radio");
    expect(radios).toHaveLength(6);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(["legislative-assistance"]);
    expect([...container.querySelectorAll("kbd")].map((k) => k.textContent)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
    ]);
    expect(container.querySelector(".choice.selected input")?.getAttribute("value")).toBe(
      "legislative-assistance",
    );
  });

  it("shows the classifier's confidence where it scored a category, and reports a pick", () => {
    const onPick = vi.fn();
    const { container } = render(
      <CategoryChoices
        selected={null}
        scores={[{ id: "capacity-building", score: 0.42 }]}
        onPick={onPick}
      />,
    );
    expect(container.querySelectorAll(".choice .confidence-bar")).toHaveLength(1);
    expect(container.textContent).toContain("42%");
    fireEvent.click(screen.getAllByRole("radio")[2] as HTMLElement);
    expect(onPick).toHaveBeenCalledWith("institution-building");
  });
});

describe("the review's articles box", () => {
  it("explains the format and adds the classifier's top three", () => {
    render(
      <ArticlesField value="5" onChange={() => undefined} invalid={[]} suggested={[5, 6, 7, 8]} />,
    );
    const box = screen.getByLabelText("Articles");
    expect(box.getAttribute("aria-invalid")).toBe("false");
    expect(document.getElementById("review-articles-hint")?.textContent).toBe(
      "Numbers separated by commas, e.g. 5, 6, 52. Suggested: 5, 6, 7.",
    );
  });

  it("names what is not an article and marks the box invalid", () => {
    render(
      <ArticlesField value="5, 99" onChange={() => undefined} invalid={["99"]} suggested={[]} />,
    );
    expect(screen.getByLabelText("Articles").getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById("review-articles-hint")?.textContent).toBe(
      "Not articles of the Convention: 99.",
    );
  });
});
