/**
 * Analytics for any note (issue 14, part 2), on a phone, in French: the as-at date and filters
 * come from the URL, numbers are written the French way, the heat map carries its legend and
 * scrolls inside its card instead of widening the page, and the page passes `checkPage`.
 */
import type { Browser, Page } from "playwright-core";
import { checkPage, type RunningServer } from "./harness";
import { expect } from "./steps";

/** What the phone shows: page and heat-map widths, the figures, the as-at date, the legend. */
function measureAnalytics(page: Page) {
  return page.evaluate(() => {
    const heat = document.querySelector(".heatmap-scroll");
    return {
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      heat: heat ? ([heat.scrollWidth, heat.clientWidth] as const) : null,
      stats: [...document.querySelectorAll(".stat-value")].map((e) => e.textContent ?? ""),
      asAt: document.querySelector("[data-testid=analytics-asat]")?.textContent ?? "",
      legend: [...document.querySelectorAll(".heatmap-legend [data-state]")].map((e) =>
        e.getAttribute("data-state"),
      ),
      unmetDrawnCovered: [...document.querySelectorAll("#fig-matrix g[data-state]")].filter((g) => {
        const [needs, offers] = (g.querySelector("text")?.textContent ?? "")
          .replace(/\s/g, "")
          .replace("*", "")
          .split("/")
          .map(Number);
        return (
          needs !== undefined &&
          offers !== undefined &&
          needs > offers &&
          g.getAttribute("data-state") === "covered"
        );
      }).length,
    };
  });
}

type AnalyticsMeasures = Awaited<ReturnType<typeof measureAnalytics>>;

/** The page fits the phone, the heat map scrolls in its card, numbers read the French way. */
function expectPhoneAnalytics(m: AnalyticsMeasures) {
  expect(m.page <= m.viewport, `the analytics page is wider than the phone: ${m.page}px`);
  expect(
    m.heat && m.heat[0] > m.heat[1],
    `the heat map does not scroll inside its card: ${m.heat?.join(" ")}`,
  );
  expect(m.asAt.includes("2021"), `no as-at date shown: ${m.asAt}`);
  expect(
    ["unmet", "covered", "withheld", "supply-only"].every((s) => m.legend.includes(s)),
    `heat map legend incomplete: ${m.legend.join(" ")}`,
  );
  expect(
    m.unmetDrawnCovered === 0,
    `${m.unmetDrawnCovered} cells with more needs than offers look covered`,
  );
  // Cycle 1's 1,111 African needs as at September 2021 read "1 111" (narrow no-break space).
  expect(
    m.stats.some((s) => /^\d{1,3}\u202f\d{3}$/.test(s)),
    `no number written the French way: ${m.stats.join(" | ")}`,
  );
}

export async function analyticsPhoneWalk(browser: Browser, server: RunningServer) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 800 },
    locale: "fr-FR",
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/`);
    await page.evaluate(() => localStorage.setItem("tahub.locale", "fr"));
    await page.goto(`${server.url}/analytics?asAt=2021-09-30&region=african`);
    await page.locator("#fig-IV svg.recharts-surface").waitFor();
    await page.locator("#fig-matrix svg").waitFor();
    await page.locator("#cross-region-article table").waitFor();
    await checkPage(page, "public-analytics-phone-fr");
    expectPhoneAnalytics(await measureAnalytics(page));
  } finally {
    await context.close();
  }
}
