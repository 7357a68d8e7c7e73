import type { Browser, Page } from "playwright-core";
import { checkPage, trpc, type RunningServer } from "./harness";
import { PASSWORD, expect, go, login, must, type NewPage } from "./steps";

/** Kenya's need the walk engages on, created through the API as the State's user. */
async function createKenyaNeed(base: string): Promise<string> {
  const { cookie } = await trpc<unknown>(
    base,
    "auth.login",
    { email: "state.ken@tahub.demo", password: PASSWORD },
    { mutation: true },
  );
  const need = await trpc<{ id: string }>(
    base,
    "needs.create",
    {
      state: "KEN",
      text: "Mentoring for the ethics commission on verifying asset declarations of senior officials",
      articles: [8],
    },
    { cookie, mutation: true },
  );
  return need.data.id;
}

/** The donor proposes support; a second click keeps the open engagement. Returns its link. */
async function donorProposes(donor: Page, base: string, needId: string): Promise<string> {
  await login(donor, base, "donor@tahub.demo");
  await go(donor, base, `/needs/${needId}`, "loop-donor-need");
  await donor.getByText("Offer support").click();
  await donor
    .getByLabel("What you propose")
    .fill("Two mentors for six months on risk-based verification of declarations.");
  await donor.getByRole("button", { name: "Record engagement" }).click();
  await donor.getByText("Engagement recorded.").waitFor();
  await donor.getByRole("button", { name: "Record engagement" }).click();
  await donor.getByText("You had already proposed support for this need").waitFor();
  await checkPage(donor, "loop-donor-proposed");
  const href = await donor.getByRole("link", { name: "Open the engagement" }).getAttribute("href");
  expect(href?.startsWith("/engagements/"), "no link to the engagement");
  return must(href, "the engagement link");
}

/** The State finds the proposal in its inbox and accepts it with a message. */
async function stateAccepts(state: Page, base: string, href: string) {
  await login(state, base, "state.ken@tahub.demo");
  await state.getByRole("link", { name: /^Inbox \(\d+ unread\)$/ }).waitFor();
  await go(state, base, "/inbox", "loop-state-inbox");
  await state.locator(`#inbox a[href="${href}"]`).first().click();
  await state.getByRole("button", { name: "Accept" }).waitFor();
  await checkPage(state, "loop-state-proposal");
  await state
    .getByLabel("Message (required to decline)")
    .fill("Welcome: the commission's verification unit will host the mentors.");
  await state.getByRole("button", { name: "Accept" }).click();
  await state.locator(".page-header .badge", { hasText: "Accepted" }).waitFor();
}

/** The donor reads the acceptance, starts the work and delivers it proposing "met". */
async function donorDelivers(donor: Page, base: string, href: string) {
  await go(donor, base, "/inbox", "loop-donor-inbox");
  await donor.getByText("Kenya accepted the support of").first().waitFor();
  await donor.locator(`#inbox a[href="${href}"]`).first().click();
  await donor.getByText("Welcome: the commission's verification unit").first().waitFor();
  await donor.getByRole("button", { name: "Start the work" }).click();
  await donor.locator(".page-header .badge", { hasText: "In progress" }).waitFor();
  await donor.getByLabel("The need is now").selectOption("met");
  await donor.getByRole("button", { name: "Mark as delivered" }).click();
  await donor.locator(".page-header .badge", { hasText: "Delivered" }).waitFor();
  await checkPage(donor, "loop-donor-delivered");
}

/** The State confirms the need's status and evaluates the engagement. */
async function stateConfirmsAndEvaluates(state: Page, base: string, href: string) {
  await go(state, base, href, "loop-state-delivered");
  await state.getByRole("button", { name: "Confirm the need's status" }).click();
  await state.getByText("confirmed by the State").waitFor();
  await state.getByLabel("Relevance").selectOption("4");
  await state.getByLabel("Effectiveness").selectOption("3");
  await state.getByRole("button", { name: "Submit the evaluation" }).click();
  await state.locator(".page-header .badge", { hasText: "Evaluated" }).waitFor();
  await state.getByRole("heading", { name: "The State's evaluation" }).waitFor();
  await checkPage(state, "loop-state-evaluated");
}

/** The donor evaluates too; the history then shows the seven steps. */
async function donorEvaluates(donor: Page, base: string, href: string) {
  await go(donor, base, href, "loop-donor-evaluate");
  await donor.getByLabel("Impact").selectOption("3");
  await donor.getByRole("button", { name: "Submit the evaluation" }).click();
  await donor.getByRole("heading", { name: "The provider's evaluation" }).waitFor();
  const steps = await donor.locator("#engagement-history li").count();
  expect(steps === 7, `the history shows ${steps} steps, expected 7`);
  await checkPage(donor, "loop-donor-evaluated");
}

/** The need is met in its history and the engagement is in the State's list. */
async function stateSeesOutcome(state: Page, base: string, needId: string, href: string) {
  await go(state, base, `/needs/${needId}`, "loop-state-need-met");
  await state.locator("#need-history").getByText("Met").first().waitFor();
  await go(state, base, "/engagements", "loop-state-engagements");
  await state.locator(`#engagements a[href="${href}"]`).waitFor();
}

/**
 * The engagement loop (issue 15) across two accounts, all through the portal: the donor
 * proposes (a second click keeps the open engagement), the State reads it in its inbox and
 * accepts with a message, the donor starts and delivers proposing "met", the State confirms
 * (the need becomes met) and both evaluate; each sees the history.
 */
export async function engagementWalk(browser: Browser, server: RunningServer, newPage: NewPage) {
  const base = server.url;
  const needId = await createKenyaNeed(base);
  const donor = await newPage(browser);
  const href = await donorProposes(donor, base, needId);
  const state = await newPage(browser);
  await stateAccepts(state, base, href);
  await donorDelivers(donor, base, href);
  await stateConfirmsAndEvaluates(state, base, href);
  await donorEvaluates(donor, base, href);
  await stateSeesOutcome(state, base, needId, href);
  await donor.context().close();
  await state.context().close();
}
