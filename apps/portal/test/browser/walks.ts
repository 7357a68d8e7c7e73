import { readFileSync } from "node:fs";
/** The four walks of the issue, one per kind of user. Each visit is checked by `checkPage`. */
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

export async function publicWalk(browser: Browser, server: RunningServer, newPage: NewPage) {
  const base = server.url;
  const page = await newPage(browser);
  await go(page, base, "/", "public-home");
  await go(page, base, "/needs", "public-needs");
  await page.locator("table.table tbody tr").first().waitFor();

  // A restricted need, found as the secretariat through the API, must be invisible to the public.
  const { cookie } = await trpc<unknown>(
    base,
    "auth.login",
    { email: "analyst@tahub.demo", password: PASSWORD },
    { mutation: true },
  );
  const restricted = await trpc<{ items: { id: string; text: string }[]; total: number }>(
    base,
    "needs.list",
    { confidentiality: "secretariat-only", limit: 5 },
    { cookie },
  );
  const all = await trpc<{ total: number }>(base, "needs.list", { limit: 1 }, { cookie });
  const pub = await trpc<{ total: number }>(base, "needs.list", { limit: 1 });
  expect(
    restricted.data.items.length > 0,
    "the demo data has no secretariat-only need to test with",
  );
  expect(
    pub.data.total < all.data.total,
    `the public sees ${pub.data.total} needs, as many as the secretariat (${all.data.total})`,
  );
  const secret = must(restricted.data.items[0], "a restricted need");
  await page.goto(`${base}/needs/${secret.id}`);
  await page.getByRole("alert").waitFor();
  expect(
    await page.getByText("does not exist or is not visible").isVisible(),
    "the public could open a secretariat-only need",
  );
  await checkPage(page, "public-restricted-need");
  // Neither the explorer's text search nor the global search shows it.
  const fragment = secret.text.split(/\s+/).slice(0, 6).join(" ");
  await page.goto(`${base}/needs?q=${encodeURIComponent(fragment)}`);
  await page
    .locator(".result-count")
    .filter({ hasText: /\d/ })
    .or(page.locator(".empty"))
    .first()
    .waitFor();
  expect(
    (await page.locator(`a[href="/needs/${secret.id}"]`).count()) === 0,
    "the restricted need appears in the public explorer",
  );
  const hits = await trpc<{ id: string }[]>(base, "search.global", {
    q: fragment.slice(0, 60),
    limit: 50,
  });
  expect(
    !hits.data.some((h) => h.id === secret.id),
    "the restricted need appears in the public search",
  );

  // The list downloads as IATI activity XML too (issue 15), holding what the public sees.
  await page.goto(`${base}/needs`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "IATI XML" }).click(),
  ]);
  const iati = readFileSync(await download.path(), "utf8");
  expect(iati.includes("<iati-activities"), "the IATI download is not an IATI activity file");
  expect(iati.includes("<participating-org"), "the IATI download lacks participating-org");
  expect(!iati.includes(`-NEED-${secret.id}<`), "the public IATI download holds a restricted need");

  // A public need opens with its categorisation and matches.
  await page.goto(`${base}/needs`);
  await page.locator("table.table tbody tr a").first().click();
  await page.locator("#need-cat").waitFor();
  await checkPage(page, "public-need");
  await go(page, base, "/analytics", "public-analytics");
  await page.locator("#fig-IV svg.recharts-surface").waitFor();
  await go(page, base, "/offers", "public-offers");
  await go(page, base, "/expertise", "public-expertise");
  await page.goto(`${base}/experts`);
  // The directory's geographic balance and the region filter (issue 15).
  await page.locator("#experts-balance li").first().waitFor();
  await page.getByLabel("Regional group of nationality").selectOption("african");
  await page.waitForURL(/region=african/);
  await go(page, base, "/experts", "public-experts");
  await go(page, base, "/search?q=kenia", "public-search");
  await go(page, base, "/login", "public-login");
  // A wrong password is said in words, not as "Please log in to continue" (issue 15).
  await page.getByLabel("Email").fill("nobody@tahub.demo");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByText("This e-mail and password do not match an account").waitFor();

  // The typo-tolerant suggestions of the global search box.
  await page.goto(`${base}/`);
  await page.getByRole("combobox", { name: "Search TA Hub" }).fill("Kenia");
  await page.locator(".search-list [role=option]").first().waitFor();
  expect(
    (await page.locator(".search-list [role=option]").allTextContents()).some((t) =>
      /Kenya/i.test(t),
    ),
    "search suggestions did not find Kenya for “Kenia”",
  );

  // The language switch, kept in localStorage for the public.
  await page.getByLabel("Language").selectOption("fr");
  await page.getByRole("heading", { level: 1, name: /Assistance technique/ }).waitFor();
  await checkPage(page, "public-home-fr");
  await page.getByLabel("Langue").selectOption("es");
  await page.getByRole("heading", { level: 1, name: /Asistencia técnica/ }).waitFor();
  await page.reload();
  await page.getByRole("heading", { level: 1, name: /Asistencia técnica/ }).waitFor();
  // language (issue 15): domain text in the chosen language, not the records' English: the
  // State's name from ICU ("Kenia") and the article titles of the Convention's Spanish text.
  await page.goto(`${base}/needs?state=KEN`);
  await page.locator("table.table tbody tr").first().waitFor();
  expect(
    (await page.locator("table.table tbody .cell-strong").first().textContent())?.trim() ===
      "Kenia",
    "the Spanish needs list does not name Kenya “Kenia”",
  );
  expect(
    (await page
      .locator("#f-article option", {
        hasText: "5. Políticas y prácticas de prevención de la corrupción",
      })
      .count()) === 1,
    "the Spanish article filter does not give article 5 its title in the Spanish text",
  );
  await page.getByLabel("Idioma").selectOption("en");
  await page.context().close();
}

export async function secretariatWalk(browser: Browser, server: RunningServer, newPage: NewPage) {
  const base = server.url;
  const page = await newPage(browser);
  await login(page, base, "analyst@tahub.demo");
  // The queue holds auto-categorised needs the classifier was unsure about; make sure there are
  // some by submitting vague needs, as States do (they are classified on the way in).
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
  await go(page, base, "/analytics", "secretariat-analytics-before");
  await page.locator("#fig-IV table tbody tr").first().waitFor({ state: "attached" });
  const before = await figureIV(page);

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

  await page.getByRole("link", { name: "Analytics" }).first().click();
  await page.locator("#fig-IV table tbody tr").first().waitFor({ state: "attached" });
  await page.waitForFunction(() => !document.querySelector(".skeleton"));
  const after = await figureIV(page);
  expect(
    (after[target] ?? 0) >= (before[target] ?? 0) + 1,
    `figure IV did not change after correcting to ${target}: ${before[target]} → ${after[target]}`,
  );
  await checkPage(page, "secretariat-analytics-after");

  // Batch import: a file with a bad row is refused whole, with the row-level report.
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
  // Executive-summary ingestion (issue 14): a broken Word file is refused in words, then a
  // pasted section is split, one need removed, and the rest stored at once.
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
  // The questionnaire's answers, tallied per question (issue 14): the demo States answered.
  await go(page, base, "/questionnaire/answers", "secretariat-questionnaire-answers");
  await page
    .getByRole("status")
    .filter({ hasText: /States have answered/ })
    .waitFor();
  // Reviewers' findings against needs (issue 14, part 6): the demo's generated findings are
  // shown per article and flagged as demo; a bad sheet is refused whole, row by row; then one
  // finding is recorded through the form and moves the article's count.
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
  await go(page, base, "/experts/new", "secretariat-expert-form");
  // Regional programme proposals (issue 13): the demo's open needs make at least one.
  await go(page, base, "/programmes", "secretariat-programmes");
  await page.getByRole("heading", { level: 1, name: "Regional programme proposals" }).waitFor();
  await page.locator("main .card").first().waitFor();
  await page.context().close();
}

export async function donorWalk(browser: Browser, server: RunningServer, newPage: NewPage) {
  const base = server.url;
  const page = await newPage(browser);
  await login(page, base, "donor@tahub.demo");
  await go(page, base, "/matches", "donor-matches");
  await page.locator("#matching-needs .match").first().waitFor();
  // Needs waiting longest for support (issue 13), with their waiting time.
  await page.locator("#waiting-longest .match").first().waitFor();
  expect(
    (await page.locator("#matching-states .match").count()) > 0,
    "no matching States for the donor",
  );
  const first = page.locator("#matching-needs .match").first();
  await first.getByRole("button", { name: /Offer support/ }).click();
  await first
    .getByLabel("What you propose")
    .fill("Peer-learning visit and mentoring for the unit concerned.");
  await first.getByRole("button", { name: "Record engagement" }).click();
  await first.getByText("Engagement recorded.").waitFor();
  await checkPage(page, "donor-engagement-recorded");
  await go(page, base, "/coverage", "donor-coverage");
  await go(page, base, "/my/offers", "donor-offers");
  await go(page, base, "/my/offers/new", "donor-offer-new");
  await page.getByLabel("Title").fill("Asset declaration systems: peer exchange");
  await page
    .getByLabel("Description")
    .fill("Study visits and mentoring on designing and verifying asset and interest declarations.");
  await page.getByLabel("Peer learning").check();
  await page.getByLabel("Articles of the Convention").fill("8, 52");
  await page.getByRole("button", { name: "Create offer" }).click();
  await page.getByRole("heading", { level: 1, name: "My offers" }).waitFor();
  await page.getByText("Asset declaration systems: peer exchange").first().waitFor();
  await page.context().close();
}

export async function stateWalk(browser: Browser, server: RunningServer, newPage: NewPage) {
  const base = server.url;
  const page = await newPage(browser);
  await login(page, base, "state.ken@tahub.demo");
  await go(page, base, "/my/needs", "state-my-needs");
  await go(page, base, "/my/needs/new", "state-new-need");
  await page
    .getByLabel("Need", { exact: true })
    .pressSequentially(
      "Training for the financial intelligence unit on analysing suspicious transaction reports and money-laundering typologies",
      { delay: 5 },
    );
  await page.getByTestId("suggested-category").waitFor();
  const category =
    (await page.getByTestId("suggested-category").locator("strong").textContent()) ?? "";
  expect(category.length > 0, "no suggested category");
  const useArticle = page.getByRole("button", { name: /Use article/ }).first();
  await useArticle.waitFor();
  await useArticle.click();
  expect(
    (await page.getByLabel("Articles", { exact: true }).inputValue()).length > 0,
    "choosing a suggested article did not fill the articles",
  );
  await checkPage(page, "state-new-need-suggestions");
  await page.getByRole("button", { name: "Add need" }).click();
  await page.getByText("Need added").waitFor();
  await page.getByRole("link", { name: "Find partners" }).click();
  await page.getByRole("heading", { level: 1, name: "Partners for this need" }).waitFor();
  await page.locator("#partners-states .match, #partners-states .empty").first().waitFor();
  expect(
    (await page.locator("#partners-states .match").count()) > 0,
    "no South-South partner found for the new need",
  );
  await checkPage(page, "state-partners");
  await page.getByRole("link", { name: "Back to the need" }).click();
  await page.locator("#need-status-update").waitFor();
  await page.getByLabel("New status").selectOption("in-progress");
  await page.getByRole("button", { name: "Update status" }).click();
  await page.getByText("Status updated.").waitFor();
  await checkPage(page, "state-need");
  await go(page, base, "/expertise/new", "state-publish-expertise");
  await go(page, base, "/questionnaire", "state-questionnaire");
  await page.context().close();
}
