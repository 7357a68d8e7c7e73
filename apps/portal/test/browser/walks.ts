import { readFileSync } from "node:fs";
/** The walks of the issue for the public, a donor and a State; each visit is checked by `checkPage`. */
import type { Browser, Page } from "playwright-core";
import { checkPage, trpc, type RunningServer } from "./harness";
import { PASSWORD, expect, go, login, must, type NewPage } from "./steps";

/** A restricted need, found as the secretariat through the API; the public sees fewer needs. */
async function restrictedNeed(base: string): Promise<{ id: string; text: string }> {
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
  return must(restricted.data.items[0], "a restricted need");
}

/** The public cannot open the restricted need, nor find it in the explorer or global search. */
async function expectRestrictedHidden(
  page: Page,
  base: string,
  secret: { id: string; text: string },
) {
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
}

/** The list downloads as IATI activity XML too (issue 15), holding what the public sees. */
async function expectIatiDownload(page: Page, base: string, secretId: string) {
  await page.goto(`${base}/needs`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "IATI XML" }).click(),
  ]);
  const iati = readFileSync(await download.path(), "utf8");
  expect(iati.includes("<iati-activities"), "the IATI download is not an IATI activity file");
  expect(iati.includes("<participating-org"), "the IATI download lacks participating-org");
  expect(!iati.includes(`-NEED-${secretId}<`), "the public IATI download holds a restricted need");
}

/** The public pages: a need with its categorisation, analytics, offers, expertise, experts. */
async function browsePublicPages(page: Page, base: string) {
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
}

/** The typo-tolerant suggestions of the global search box. */
async function searchSuggestions(page: Page, base: string) {
  await page.goto(`${base}/`);
  await page.getByRole("combobox", { name: "Search TA Hub" }).fill("Kenia");
  await page.locator(".search-list [role=option]").first().waitFor();
  expect(
    (await page.locator(".search-list [role=option]").allTextContents()).some((t) =>
      /Kenya/i.test(t),
    ),
    "search suggestions did not find Kenya for “Kenia”",
  );
}

/** The language switch, kept in localStorage for the public; domain text in that language. */
async function switchLanguage(page: Page, base: string) {
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
}

export async function publicWalk(browser: Browser, server: RunningServer, newPage: NewPage) {
  const base = server.url;
  const page = await newPage(browser);
  await go(page, base, "/", "public-home");
  await go(page, base, "/needs", "public-needs");
  await page.locator("table.table tbody tr").first().waitFor();
  const secret = await restrictedNeed(base);
  await expectRestrictedHidden(page, base, secret);
  await expectIatiDownload(page, base, secret.id);
  await browsePublicPages(page, base);
  await searchSuggestions(page, base);
  await switchLanguage(page, base);
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
