/**
 * The secretariat's walk: the review queue (confirm, correct, figure IV moves), batch import,
 * executive-summary ingestion, questionnaire answers, findings, the expert form and regional
 * programmes. Each visit is checked by `checkPage`.
 */
import type { Browser, Page } from "playwright-core";
import { checkPage, trpc, type RunningServer } from "./harness";
import { PASSWORD, expect, go, login, must, type NewPage } from "./steps";

/** Figure IV's numbers per category, read from its accessible data table. */
async function figureIV(page: Page): Promise<Record<string, number>> {
  const rows = await page
    .locator("#fig-IV table tbody tr")
    .evaluateAll((trs) =>
      trs.map(
        (tr) =>
          [
            tr.querySelector("th")?.textContent ?? "",
            Number(tr.querySelector("td")?.textContent ?? "0"),
          ] as const,
      ),
    );
  return Object.fromEntries(rows);
}

/**
 * The queue holds auto-categorised needs the classifier was unsure about; make sure there are
 * some by submitting vague needs, as States do (they are classified on the way in).
 */
async function ensureReviewQueue(base: string) {
  const { cookie } = await trpc<unknown>(
    base,
    "auth.login",
    { email: "analyst@tahub.demo", password: PASSWORD },
    { mutation: true },
  );
  const queue = await trpc<{ total: number }>(base, "classify.queue", { limit: 5 }, { cookie });
  if (queue.data.total < 2) {
    for (const text of [
      "Support for the relevant authorities",
      "Assistance with implementation of the provision",
      "Help to strengthen the framework in general",
    ]) {
      await trpc(base, "needs.create", { state: "KEN", text }, { cookie, mutation: true });
    }
  }
}

/** Confirms the first need with Enter, then corrects the next by its number key. Returns the category. */
async function confirmThenCorrect(page: Page, base: string): Promise<string> {
  await go(page, base, "/review", "secretariat-review");
  await page.locator("#review-need").waitFor();
  // Confirm the first need with Enter.
  const firstText = await page.locator("#review-need .need-text").textContent();
  await page.locator("main h1").focus();
  await page.keyboard.press("Enter");
  await page.getByText("Confirmed. Next need.").first().waitFor();
  await page.waitForFunction(
    (t) => document.querySelector("#review-need .need-text")?.textContent !== t,
    firstText,
  );

  // Correct the next one: pick a category other than the selected one with its number key, then Enter.
  const selected = await page.locator(".choice.selected .choice-label").textContent();
  const labels = await page.locator(".choice .choice-label").allTextContents();
  const index = labels.findIndex((l) => l !== selected);
  const target = must(labels[index], "another category");
  await page.locator("main h1").focus();
  await page.keyboard.press(String(index + 1));
  await page.locator(".choice.selected .choice-label", { hasText: target }).waitFor();
  await page.getByRole("button", { name: /Save correction/ }).waitFor();
  await checkPage(page, "secretariat-review-correcting");
  await page.locator("main h1").focus();
  await page.keyboard.press("Enter");
  await page.getByText(`Corrected to ${target}`).first().waitFor();
  return target;
}

/** Figure IV counts the corrected need under its new category. */
async function expectFigureMoved(page: Page, before: Record<string, number>, target: string) {
  await page.getByRole("link", { name: "Analytics" }).first().click();
  await page.locator("#fig-IV table tbody tr").first().waitFor({ state: "attached" });
  await page.waitForFunction(() => !document.querySelector(".skeleton"));
  const after = await figureIV(page);
  expect(
    (after[target] ?? 0) >= (before[target] ?? 0) + 1,
    `figure IV did not change after correcting to ${target}: ${before[target]} → ${after[target]}`,
  );
  await checkPage(page, "secretariat-analytics-after");
}

/** Batch import: a file with a bad row is refused whole, with the row-level report; a good one is stored. */
async function batchImport(page: Page, base: string) {
  await go(page, base, "/import", "secretariat-import");
  const csv =
    "state,text,articles\nKEN,Training of procurement officers on e-procurement integrity,9\nXXX,,99\n";
  await page
    .getByLabel("CSV or XLSX file")
    .setInputFiles({ name: "needs.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import" }).click();
  await page.locator("#import-report table tbody tr").first().waitFor();
  await checkPage(page, "secretariat-import-report");
  const good =
    "state,text,articles\nKEN,Training of procurement officers on e-procurement integrity,9\n";
  await page
    .getByLabel("CSV or XLSX file")
    .setInputFiles({ name: "needs.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Import" }).click();
  await page.getByText("1 need imported.").waitFor();
}

/**
 * Executive-summary ingestion (issue 14): a broken Word file is refused in words, then a
 * pasted section is split, one need removed, and the rest stored at once.
 */
async function ingestSummary(page: Page, base: string) {
  await go(page, base, "/ingest", "secretariat-ingest");
  await page.getByLabel("State (ISO3)").fill("KEN");
  await page.getByLabel("Or upload a DOCX, PDF or TXT file").setInputFiles({
    name: "summary.docx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("not a zip"),
  });
  await page.getByRole("button", { name: "Find the needs" }).click();
  await page.getByText("The Word file could not be read").waitFor();
  await page.getByLabel("Or upload a DOCX, PDF or TXT file").setInputFiles([]);
  await page
    .getByLabel("Paste the technical assistance section")
    .fill(
      "The State identified the following needs:\n• Guidance on vetting customs recruits (art. 7);\n• A handbook on gift registers;\n• Training for municipal auditors on fraud red flags.",
    );
  await page.getByRole("button", { name: "Find the needs" }).click();
  await page.getByText("3 needs found").waitFor();
  await checkPage(page, "secretariat-ingest-preview");
  await page.getByRole("button", { name: "Remove" }).nth(1).click();
  await page.getByRole("button", { name: "Store 2 needs" }).click();
  await page.getByText("2 needs stored.").waitFor();
}

/**
 * Reviewers' findings against needs (issue 14, part 6): the demo's generated findings are
 * shown per article and flagged as demo; a bad sheet is refused whole, row by row.
 * Returns the article 12 count, unchanged.
 */
async function findingsImportRefused(page: Page, base: string): Promise<number> {
  await go(page, base, "/findings", "secretariat-findings");
  await page.locator("#findings-by-article tbody tr").first().waitFor();
  await page.locator("#findings-demo").waitFor();
  const art12 = page.locator("#findings-by-article tbody tr", { hasText: "Art. 12" });
  const challenges12 = async () =>
    Number((await art12.locator("td").nth(2).textContent())?.replace(/\D/g, ""));
  const before12 = await challenges12();
  await page.locator("#findings-file").setInputFiles({
    name: "findings.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "state,cycle,article,challenges,recommendations\nKEN,2,12,999,4\nXXX,2,33,-1,1\n",
    ),
  });
  await page.getByRole("button", { name: "Import findings" }).click();
  await page.locator("#findings-import-report tbody tr").first().waitFor();
  await checkPage(page, "secretariat-findings-import-report");
  // Read again from the server: the good row of the refused file was not stored either.
  await page.reload();
  await page.locator("#findings-by-article tbody tr").first().waitFor();
  expect((await challenges12()) === before12, "a refused import changed the findings");
  return before12;
}

/** One finding recorded through the form moves the article's count. */
async function recordFinding(page: Page, before12: number) {
  await page.locator("#finding-state").selectOption("TUN");
  await page.locator("#finding-article").selectOption("12");
  await page.locator("#finding-challenges").fill("250");
  await page.locator("#finding-recommendations").fill("4");
  await page.getByRole("button", { name: "Record", exact: true }).click();
  await page.getByText("Recorded for Tunisia, Art. 12").waitFor();
  await page.waitForFunction((b) => {
    const row = [...document.querySelectorAll("#findings-by-article tbody tr")].find((r) =>
      r.textContent?.includes("Art. 12"),
    );
    return Number(row?.querySelectorAll("td")[2]?.textContent?.replace(/\D/g, "")) > b;
  }, before12);
}

export async function secretariatWalk(browser: Browser, server: RunningServer, newPage: NewPage) {
  const base = server.url;
  const page = await newPage(browser);
  await login(page, base, "analyst@tahub.demo");
  await ensureReviewQueue(base);
  await go(page, base, "/analytics", "secretariat-analytics-before");
  await page.locator("#fig-IV table tbody tr").first().waitFor({ state: "attached" });
  const before = await figureIV(page);
  const target = await confirmThenCorrect(page, base);
  await expectFigureMoved(page, before, target);
  await batchImport(page, base);
  await ingestSummary(page, base);
  // The questionnaire's answers, tallied per question (issue 14): the demo States answered.
  await go(page, base, "/questionnaire/answers", "secretariat-questionnaire-answers");
  await page
    .getByRole("status")
    .filter({ hasText: /States have answered/ })
    .waitFor();
  await recordFinding(page, await findingsImportRefused(page, base));
  await go(page, base, "/experts/new", "secretariat-expert-form");
  // Regional programme proposals (issue 13): the demo's open needs make at least one.
  await go(page, base, "/programmes", "secretariat-programmes");
  await page.getByRole("heading", { level: 1, name: "Regional programme proposals" }).waitFor();
  await page.locator("main .card").first().waitFor();
  await page.context().close();
}
