import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../i18n";
import { AnalyticsControls } from "./AnalyticsControls";

afterEach(cleanup);

function renderControls(query: string, errors: Record<string, string> = {}) {
  const set = vi.fn();
  const clear = vi.fn();
  render(
    <AnalyticsControls
      params={new URLSearchParams(query)}
      set={set}
      clear={clear}
      errors={errors}
    />,
  );
  return { set, clear };
}

describe("the analytics page's controls", () => {
  it("applies the as-at day when the field is left or Enter is pressed, trimmed, not at each key", () => {
    const { set } = renderControls("");
    const day = screen.getByLabelText(/^As at/);
    fireEvent.change(day, { target: { value: " 2023-09-15 " } });
    expect(set).not.toHaveBeenCalled();
    fireEvent.keyDown(day, { key: "Enter" });
    expect(set).toHaveBeenLastCalledWith("asAt", "2023-09-15");
    fireEvent.blur(day);
    expect(set).toHaveBeenCalledTimes(2);
  });

  it("applies the day figure III counts the States parties at, under its own key", () => {
    const { set } = renderControls("");
    const day = screen.getByLabelText(/^States parties as at/);
    fireEvent.change(day, { target: { value: "2021-09-30" } });
    fireEvent.blur(day);
    expect(set).toHaveBeenCalledWith("partiesAsAt", "2021-09-30");
  });

  it("sets a filter from its select under its URL key", () => {
    const { set } = renderControls("");
    fireEvent.change(screen.getByLabelText("Cycle"), { target: { value: "2" } });
    expect(set).toHaveBeenCalledWith("cycle", "2");
  });

  it("picks several regions at once and writes them as one list, as the API and CLI take it", () => {
    const { set } = renderControls("region=african");
    const box = screen.getByLabelText<HTMLSelectElement>("Region");
    expect(box.multiple).toBe(true);
    expect([...box.selectedOptions].map((o) => o.value)).toEqual(["african"]);
    for (const o of box.options) o.selected = o.value === "african" || o.value === "asia-pacific";
    fireEvent.change(box);
    expect(set).toHaveBeenCalledWith("region", "african,asia-pacific");
  });

  it("words each invalid value in the interface's language, beside its field", () => {
    renderControls("asAt=15/09/2023&partiesAsAt=2021&region=XX", {
      asAt: "Invalid date",
      partiesAsAt: "Invalid date",
      regions: "Invalid option",
    });
    const alerts = screen.getAllByRole("alert").map((a) => a.textContent);
    expect(alerts).toEqual([
      "As at: write a calendar day as yyyy-mm-dd, for example 2023-09-15.",
      "States parties as at: write a calendar day as yyyy-mm-dd, for example 2021-09-30.",
      "Region: this value is not valid.",
    ]);
    expect(screen.getByLabelText(/^As at/).getAttribute("aria-describedby")).toBe("an-asAt-error");
  });

  it("offers to clear only when the question has a part set", () => {
    renderControls("");
    expect(screen.queryByRole("button", { name: "Clear" })).toBeNull();
    cleanup();
    const { clear } = renderControls("cycle=1");
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(clear).toHaveBeenCalledOnce();
  });
});
