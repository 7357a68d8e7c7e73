import { describe, expect, it } from "vitest";
import { comboboxKey } from "./SearchBox";

describe("comboboxKey: the global search's keyboard (ARIA 1.2 combobox)", () => {
  it("ArrowDown opens the list and moves down, stopping at the last suggestion", () => {
    expect(comboboxKey("ArrowDown", -1, 3)).toEqual({
      preventDefault: true,
      open: true,
      active: 0,
    });
    expect(comboboxKey("ArrowDown", 2, 3)).toMatchObject({ active: 2 });
  });

  it("ArrowUp moves up, back to the input (-1) but not beyond", () => {
    expect(comboboxKey("ArrowUp", 1, 3)).toEqual({ preventDefault: true, active: 0 });
    expect(comboboxKey("ArrowUp", -1, 3)).toMatchObject({ active: -1 });
  });

  it("Escape closes the list and clears the highlight, keeping the browser's own handling", () => {
    expect(comboboxKey("Escape", 2, 3)).toEqual({ open: false, active: -1 });
  });

  it("Enter submits instead of submitting the form; other keys are left to the input", () => {
    expect(comboboxKey("Enter", 0, 3)).toEqual({ preventDefault: true, submit: true });
    expect(comboboxKey("a", 0, 3)).toBeNull();
  });
});
