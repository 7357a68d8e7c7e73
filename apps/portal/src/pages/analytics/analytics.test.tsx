import { describe, expect, it } from "vitest";
import { chartCsv } from "./ChartCard";
import { cellColour, cellState, STATE_COLOUR } from "./HeatMap";

describe("the heat map's colours follow its legend", () => {
  it("calls a cell unmet when it has more needs than offers, covered otherwise", () => {
    expect(cellState(3, 1)).toBe("unmet");
    // The old colouring showed 2 needs against 1 offer, and 7 against 2, as covered.
    expect(cellState(7, 2)).toBe("unmet");
    expect(cellState(5, 0)).toBe("unmet");
    expect(cellState(4, 4)).toBe("covered");
    expect(cellState(3, 10)).toBe("covered");
    expect(cellState(0, 6)).toBe("supply-only");
    expect(cellState(0, 0)).toBe("empty");
  });

  it("decides a withheld count (1 or 2) only where it cannot change the answer", () => {
    expect(cellState(null, 5)).toBe("covered"); // 1 or 2 needs, 5 offers
    expect(cellState(null, 0)).toBe("unmet");
    expect(cellState(9, null)).toBe("unmet"); // 9 needs, 1 or 2 offers
    expect(cellState(null, null)).toBe("withheld"); // 2 needs and 1 offer, or 1 and 2
    expect(cellState(2, null)).toBe("withheld");
  });

  it("paints unmet cells in the legend's orange and covered ones in its blue, whatever the count", () => {
    const hue = (css: string) => {
      const [r, , b] = (css.match(/\d+/g) ?? []).map(Number) as [number, number, number];
      return r > b ? "orange" : "blue";
    };
    for (const needs of [1, 10, 100]) {
      expect(hue(cellColour("unmet", needs, 100))).toBe("orange");
      expect(hue(cellColour("covered", needs, 100))).toBe("blue");
    }
    expect(cellColour("unmet", 100, 100)).toBe(`rgb(${STATE_COLOUR.unmet.join(",")})`);
  });
});

describe("a chart's CSV", () => {
  it("carries the chart's own labels and series names, and <3 where a count is withheld", () => {
    const csv = chartCsv(
      "Libellé",
      [
        { label: "Renforcement des capacités", needs: 259, states: 49 },
        { label: "Art. 14", needs: null, states: 0 },
      ],
      [
        { key: "needs", label: "Besoins", color: "#000" },
        { key: "states", label: "États", color: "#000" },
      ],
    );
    expect(csv).toBe(
      "Libellé,Besoins,États\r\nRenforcement des capacités,259,49\r\nArt. 14,<3,0\r\n",
    );
  });
});
