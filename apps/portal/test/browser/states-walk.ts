/**
 * States (issue 15, deliverable 3; docs/states.md), through the portal: Kenya's focal point
 * edits its restricted need (a revision appears), proposes a correction and shares the need with
 * a named provider; the analyst rejects the proposal with a reason in the review queue; Kenya
 * reads the outcome, records assistance received with an evaluation, recommends an expert and
 * withdraws the need. Every page is checked with axe and the keyboard.
 */
import type { Browser, Page } from "playwright-core";
import { checkPage, trpc, type RunningServer } from "./harness";
import { PASSWORD, expect, login, must, outcome } from "./steps";

type NewPage = (b: Browser) => Promise<Page>;

/** Kenya's restricted need the walk works on, created through the API. */
async function createRestrictedNeed(base: string, stamp: string): Promise<string> {
  const { cookie } = await trpc<unknown>(
    base,
    "auth.login",
    { email: "state.ken@tahub.demo", password: PASSWORD },
    { mutation: true },
  );
  const { data: need } = await trpc<{ id: string }>(
    base,
    "needs.create",
    {
      state: "KEN",
      text: `Training of investigators of the anti-corruption commission on financial investigations (walk ${stamp})`,
      confidentiality: "secretariat-only",
    },
    { cookie, mutation: true },
  );
  return need.id;
}

/** Edit: the revision lists the change, and is still there after a reload (stored, not shown). */
async function editNeed(kenya: Page, stamp: string) {
  await kenya.locator("#need-edit summary").click();
  await kenya
    .locator("#need-edit")
    .getByLabel("Text", { exact: true })
    .fill(
      `Training of prosecutors and investigators on financial investigations and asset tracing (walk ${stamp})`,
    );
  await kenya.getByRole("button", { name: "Save changes" }).click();
  await kenya.getByText("Saved. The change is in the need's history.").waitFor();
  await kenya.reload();
  await kenya.locator("#need-revisions strong").filter({ hasText: "Edited" }).waitFor();
}

/** A correction proposal to the secretariat, then pending. */
async function proposeCorrection(kenya: Page, stamp: string) {
  const correction = kenya.locator("#need-correction");
  await correction.getByLabel("Institution-building").check();
  await correction.getByLabel("Comment").fill(`Part of setting up the new commission ${stamp}`);
  await correction.getByRole("button", { name: "Send to the secretariat" }).click();
  await correction.getByText("Pending").waitFor();
}

/** Consent to share with a named provider (the first listed), then revocable. */
async function shareWithProvider(kenya: Page) {
  const share = kenya.locator("#need-share");
  const options = await share
    .getByLabel("Provider", { exact: true })
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(options.length > 0, "no provider to share the need with");
  await share.getByLabel("Provider", { exact: true }).selectOption(must(options[0], "a provider"));
  await share.getByRole("button", { name: "Give consent" }).click();
  await share.getByRole("button", { name: "Revoke" }).waitFor();
  await checkPage(kenya, "state-need-actions");
}

/** The analyst rejects the proposal with a reason in the review queue. */
async function analystRejects(browser: Browser, newPage: NewPage, base: string, stamp: string) {
  const analyst = await newPage(browser);
  await login(analyst, base, "analyst@tahub.demo");
  await analyst.goto(`${base}/review`);
  const proposal = analyst.locator("#correction-proposals li").filter({ hasText: `walk ${stamp}` });
  await proposal.waitFor();
  await checkPage(analyst, "secretariat-review-proposals");
  await proposal.getByLabel("Reason").fill("The text is about training");
  await proposal.getByRole("button", { name: "Reject" }).click();
  await proposal.waitFor({ state: "detached" });
  await analyst.context().close();
}

/** Kenya reads the outcome: rejected, with the secretariat's reason. */
async function readRejection(kenya: Page) {
  await kenya.reload();
  await kenya.locator("#need-correction").getByText("Rejected").waitFor();
  await kenya
    .locator("#need-correction")
    .getByText("Secretariat's reason: The text is about training")
    .waitFor();
}

/** Assistance received, with an evaluation. */
async function recordAssistance(kenya: Page, base: string, stamp: string) {
  await kenya.goto(`${base}/my/assistance`);
  await kenya.locator("main h1").first().waitFor();
  const form = kenya.locator("#assistance-add");
  await form.getByLabel("Provider's name").fill(`Regional academy ${stamp}`);
  await form.getByLabel("Description").fill("A week's course for asset declaration verifiers");
  await form.getByLabel("Relevance").selectOption("4");
  await form.getByRole("button", { name: "Record", exact: true }).click();
  await form.getByText("Recorded.").waitFor();
  await kenya.getByRole("heading", { name: `Regional academy ${stamp}` }).waitFor();
  await checkPage(kenya, "state-assistance");
}

/** An expert recommendation. */
async function recommendExpert(kenya: Page, base: string, stamp: string) {
  await kenya.goto(`${base}/my/experts`);
  await kenya.locator("main h1").first().waitFor();
  const rec = kenya.locator("#recommend-add");
  await rec.getByLabel("Name").fill(`Wanjiru Mwangi ${stamp}`);
  await rec.getByLabel("Contact").fill("w.mwangi@example.org");
  await rec.getByLabel("Reason").fill("Led our asset tracing unit for ten years");
  await rec.getByRole("button", { name: "Recommend" }).click();
  await rec.getByText("Sent to the secretariat.").waitFor();
  await kenya.getByRole("heading", { name: `Wanjiru Mwangi ${stamp}` }).waitFor();
  await checkPage(kenya, "state-recommend-expert");
}

/**
 * Withdrawal, with a reason (the page asks to confirm). The page is read as settled once its
 * revisions are listed; the reason typed is checked before the form is sent, and the walk fails
 * with the form's own error if the withdrawal is refused.
 */
async function withdrawNeed(kenya: Page, base: string, needId: string) {
  await kenya.goto(`${base}/needs/${needId}`);
  await kenya.locator("#need-revisions strong").filter({ hasText: "Edited" }).first().waitFor();
  const form = kenya.locator("#need-withdraw");
  const reason = form.getByLabel("Reason");
  await reason.fill("Funded by the national budget");
  expect(
    (await reason.inputValue()) === "Funded by the national budget",
    "the withdrawal's reason is typed",
  );
  kenya.once("dialog", (d) => void d.accept());
  await form.getByRole("button", { name: "Withdraw", exact: true }).click();
  await outcome(kenya.locator("#need-revisions strong").filter({ hasText: "Withdrawn" }), form);
  await checkPage(kenya, "state-need-withdrawn");
}

export async function statesWalk(browser: Browser, server: RunningServer, newPage: NewPage) {
  const base = server.url;
  const stamp = Date.now().toString(36);
  const needId = await createRestrictedNeed(base, stamp);

  const kenya = await newPage(browser);
  await login(kenya, base, "state.ken@tahub.demo");
  await kenya.goto(`${base}/needs/${needId}`);
  await kenya.locator("#need-edit").waitFor();
  await editNeed(kenya, stamp);
  await proposeCorrection(kenya, stamp);
  await shareWithProvider(kenya);
  await analystRejects(browser, newPage, base, stamp);
  await readRejection(kenya);
  await recordAssistance(kenya, base, stamp);
  await recommendExpert(kenya, base, stamp);
  await withdrawNeed(kenya, base, needId);
  await kenya.context().close();

  // The public no longer reaches it.
  const res = await fetch(
    `${base}/trpc/needs.byId?input=${encodeURIComponent(JSON.stringify({ id: needId }))}`,
  );
  expect(res.status === 404, `a withdrawn need answered ${res.status} to the public`);
}
