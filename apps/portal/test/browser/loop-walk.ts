/**
 * The collaboration loop of issue 15 ("Done when"), across three accounts and all through the
 * portal: the donor finds an open Kenyan need in the needs explorer and proposes support; the
 * Kenyan focal point, who works in French, reads it in the inbox and accepts with a message; the
 * donor starts and delivers, proposing that the need is met; the State confirms; the State and the
 * donor each rate the engagement on the six OECD-DAC criteria; the analyst sees the evaluations
 * card count this engagement and move its means. Every move mails the other party at the test
 * SMTP server, in the recipient's language, and no mail carries another party's address.
 *
 * The only thing read outside the browser is what the SMTP server received.
 */
import type { Browser, Page } from "playwright-core";
import { checkPage, type RunningServer } from "./harness";
import { expect, login, must } from "./steps";
import type { MailSink, SinkMail } from "./mail-smtp";
import {
  CRITERIA,
  DONOR_SCORES,
  LABEL_EN,
  LABEL_FR,
  STATE_SCORES,
  evaluationsRow,
  expectCounted,
} from "./loop-evaluations";

type NewPage = (b: Browser) => Promise<Page>;
const DONOR = "donor@tahub.demo";
const STATE = "state.ken@tahub.demo";
const ANALYST = "analyst@tahub.demo";
/** The mail worker is nudged after each move and polls every minute at worst. */
const MAIL_WAIT = 45_000;

interface Engagement {
  href: string;
  provider: string;
  /** A mail about this engagement (it carries the engagement's link). */
  mine: (m: SinkMail) => boolean;
}

/** Picks the UI language from the header's switch; for a signed-in user it is kept on the account. */
async function chooseLanguage(page: Page, current: string, locale: "en" | "fr") {
  const saved = page.waitForResponse(
    (r) => r.url().includes("auth.setLocale") && r.request().method() === "POST",
  );
  await page.locator(".lang select").selectOption(locale);
  const res = await saved;
  expect(res.ok(), `the language switch did not save ${locale} on the account (${current})`);
}

/** The donor finds an open Kenyan need nobody supports yet, in the needs explorer. */
async function findUnsupportedNeed(donor: Page, base: string) {
  await donor.goto(`${base}/needs?state=KEN`);
  await donor.getByLabel("Status", { exact: true }).selectOption("identified");
  await donor.waitForURL(/status=identified/);
  await donor.locator("table.table tbody tr").first().waitFor();
  await donor.waitForFunction(
    () =>
      [...document.querySelectorAll("table.table tbody tr")].every((tr) =>
        /Kenya/.test(tr.textContent ?? ""),
      ),
    undefined,
  );
  await checkPage(donor, "loop3-donor-needs-kenya");
  const hrefs = (
    await donor
      .locator('table.table tbody tr a[href^="/needs/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))
  ).slice(0, 20);
  expect(hrefs.length > 0, "the explorer lists no identified Kenyan need");
  let needHref: string | null = null;
  for (const h of hrefs) {
    await donor.goto(`${base}${h}`);
    const card = donor.locator("#need-engagements");
    await card.waitFor();
    if (await card.getByText("No support recorded yet.").isVisible()) {
      needHref = h;
      break;
    }
  }
  expect(needHref, "every listed Kenyan need already has support recorded");
  const needText = ((await donor.locator("main h1").first().textContent()) ?? "").trim();
  await checkPage(donor, "loop3-donor-need");
  return { needHref, needText };
}

/** The donor proposes, with what it offers; the engagement page names the provider. */
async function donorProposes(donor: Page, base: string, proposal: string): Promise<Engagement> {
  await donor.locator("#need-engagements summary", { hasText: "Offer support" }).click();
  await donor.getByLabel("What you propose").fill(proposal);
  await donor.getByRole("button", { name: "Record engagement" }).click();
  await donor.getByText("Engagement recorded.").waitFor();
  const href = await donor.getByRole("link", { name: "Open the engagement" }).getAttribute("href");
  expect(href?.startsWith("/engagements/"), "no link to the new engagement");
  await checkPage(donor, "loop3-donor-proposed");
  await donor.goto(`${base}${href}`);
  await donor.locator(".page-header .badge", { hasText: "Proposed" }).waitFor();
  const provider = (
    (await donor.locator("#engagement-about dd").first().textContent()) ?? ""
  ).trim();
  expect(provider.length > 0, "the engagement page does not name the provider");
  const link = must(href, "the engagement link");
  return { href: link, provider, mine: (m: SinkMail) => m.text.includes(link) };
}

/** The State reads it in its inbox (in French) and accepts with a message, returned. */
async function stateAccepts(
  state: Page,
  base: string,
  mail: MailSink,
  { href, provider, mine }: Engagement,
  proposal: string,
): Promise<string> {
  const proposed = await mail.waitFor(
    (m) => mine(m) && m.to.includes(STATE) && /propose un soutien/.test(m.subject),
    MAIL_WAIT,
  );
  expect(
    proposed.subject === `${provider} propose un soutien pour un besoin de Kenya`,
    `the State's proposal mail is not in French: “${proposed.subject}”`,
  );
  await state.goto(`${base}/inbox`);
  await state.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
  const item = state.locator("#inbox li", { has: state.locator(`a[href="${href}"]`) }).first();
  await item.waitFor();
  expect(
    /propose un soutien pour un besoin de Kenya/.test((await item.textContent()) ?? ""),
    "the State's inbox does not word the proposal in French",
  );
  await checkPage(state, "loop3-state-inbox-fr");
  await item.locator(`a[href="${href}"]`).click();
  await state.getByText(proposal).waitFor();
  await state.getByRole("button", { name: "Accepter" }).waitFor();
  await checkPage(state, "loop3-state-proposal-fr");
  const welcome = "Bienvenue : l'unité concernée accueillera les pairs dès le mois prochain.";
  await state.getByLabel("Message (obligatoire pour refuser)").fill(welcome);
  await state.getByRole("button", { name: "Accepter" }).click();
  await state.locator(".page-header .badge", { hasText: "Accepté" }).waitFor();
  return welcome;
}

/** The donor hears of it (inbox and mail in English), starts and delivers. */
async function donorDelivers(
  donor: Page,
  base: string,
  mail: MailSink,
  { href, provider, mine }: Engagement,
  welcome: string,
) {
  const accepted = await mail.waitFor(
    (m) => mine(m) && m.to.includes(DONOR) && /accepted the support/.test(m.subject),
    MAIL_WAIT,
  );
  expect(
    accepted.subject === `Kenya accepted the support of ${provider}`,
    `the donor's acceptance mail: “${accepted.subject}”`,
  );
  expect(accepted.text.includes(welcome), "the acceptance mail lacks the State's message");
  await donor.goto(`${base}/inbox`);
  await donor.locator(`#inbox a[href="${href}"]`).first().waitFor();
  await donor.getByText(`Kenya accepted the support of ${provider}`).first().waitFor();
  await donor.locator(`#inbox a[href="${href}"]`).first().click();
  await donor.getByText(welcome).first().waitFor();
  await donor.getByRole("button", { name: "Start the work" }).click();
  await donor.locator(".page-header .badge", { hasText: "In progress" }).waitFor();
  await donor.getByLabel("The need is now").selectOption("met");
  await donor
    .getByLabel("Message to the other party (optional)")
    .fill("Both reviews are done and the workshop was held; the report is with the unit.");
  await donor.getByRole("button", { name: "Mark as delivered" }).click();
  await donor.locator(".page-header .badge", { hasText: "Delivered" }).waitFor();
  await checkPage(donor, "loop3-donor-delivered");
}

/** The State confirms the need's status (in French), after the delivery mail. */
async function stateConfirms(
  state: Page,
  base: string,
  mail: MailSink,
  { href, provider, mine }: Engagement,
) {
  const delivered = await mail.waitFor(
    (m) => mine(m) && m.to.includes(STATE) && /a réalisé le travail/.test(m.subject),
    MAIL_WAIT,
  );
  expect(
    delivered.subject ===
      `${provider} a réalisé le travail et propose que le besoin de Kenya soit désormais : satisfait`,
    `the State's delivery mail: “${delivered.subject}”`,
  );
  await state.goto(`${base}${href}`);
  await state.locator(".page-header .badge", { hasText: "Réalisé" }).waitFor();
  await state
    .getByText("Le fournisseur propose que le besoin soit désormais : Satisfait")
    .waitFor();
  await state.getByRole("button", { name: "Confirmer le statut du besoin" }).click();
  await state.getByText("confirmé par l'État").waitFor();
}

/** The analyst's evaluations card rows this walk watches: the provider's both ways, and all. */
async function watchedRows(analyst: Page, provider: string) {
  return {
    state: await evaluationsRow(analyst, "state", provider),
    donor: await evaluationsRow(analyst, "provider", provider),
    all: await evaluationsRow(analyst, "state", "All"),
  };
}

/** Both rate it on the six criteria: the State (in French), then the donor. */
async function bothEvaluate(state: Page, donor: Page, base: string, href: string) {
  for (const c of CRITERIA)
    await state.getByLabel(LABEL_FR[c], { exact: true }).selectOption(String(STATE_SCORES[c]));
  await checkPage(state, "loop3-state-evaluating-fr");
  await state.getByRole("button", { name: "Envoyer l'évaluation" }).click();
  await state.getByRole("heading", { name: "L'évaluation de l'État" }).waitFor();
  await state.locator(".page-header .badge", { hasText: "Évalué" }).waitFor();

  await donor.goto(`${base}${href}`);
  await donor.locator(".page-header .badge", { hasText: "Evaluated" }).waitFor();
  for (const c of CRITERIA)
    await donor.getByLabel(LABEL_EN[c], { exact: true }).selectOption(String(DONOR_SCORES[c]));
  await donor.getByRole("button", { name: "Submit the evaluation" }).click();
  await donor.getByRole("heading", { name: "The provider's evaluation" }).waitFor();
  const scores = donor.locator("#engagement-evaluations");
  for (const c of CRITERIA)
    expect(
      (await scores.locator("dt", { hasText: LABEL_EN[c] }).count()) === 2,
      `the engagement does not show both parties' ${c} scores`,
    );
  await checkPage(donor, "loop3-donor-evaluated");
}

/** Analytics shows it: one more engagement each way, the means moved toward the scores. */
async function expectAnalyticsCounted(
  analyst: Page,
  provider: string,
  before: Awaited<ReturnType<typeof watchedRows>>,
) {
  await analyst.reload();
  await analyst.locator("main h1").first().waitFor();
  const after = await watchedRows(analyst, provider);
  expectCounted(`rated by the State, ${provider}`, before.state, after.state, STATE_SCORES);
  expectCounted(`rated by the provider, ${provider}`, before.donor, after.donor, DONOR_SCORES);
  expect(
    after.all.engagements === before.all.engagements + 1,
    `all State-rated engagements: ${before.all.engagements} → ${after.all.engagements}`,
  );
  await checkPage(analyst, "loop3-analyst-evaluations");
}

/** Every move reached the other party's mailbox, in the recipient's language. */
async function expectMails(mail: MailSink, mine: Engagement["mine"]) {
  const expected: [string, RegExp][] = [
    [STATE, /^.+ propose un soutien pour un besoin de Kenya$/],
    [DONOR, /^Kenya accepted the support of .+$/],
    [STATE, /^.+ a commencé le travail pour Kenya$/],
    [
      STATE,
      /^.+ a réalisé le travail et propose que le besoin de Kenya soit désormais : satisfait$/,
    ],
    [DONOR, /^Kenya confirmed that the need is now met$/],
    [DONOR, /^The engagement of .+ with Kenya was evaluated$/],
    [STATE, /^L'engagement de .+ avec Kenya a été évalué$/],
  ];
  for (const [to, subject] of expected)
    await mail.waitFor((m) => mine(m) && m.to.includes(to) && subject.test(m.subject), MAIL_WAIT);
  const ours = mail.received.filter(mine);
  expect(
    ours.length === expected.length,
    `expected ${expected.length} mails about this engagement, got ${ours.length}: ${ours.map((m) => `${m.to.join(",")}: ${m.subject}`).join(" | ")}`,
  );
  for (const m of ours) expectMailToParty(m);
}

const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** One mail: to the State or the donor alone, greeting them, carrying no other address. */
function expectMailToParty(m: SinkMail) {
  expect(
    m.to.length === 1 && (m.to[0] === STATE || m.to[0] === DONOR),
    `a mail about this engagement went to ${m.to.join(", ")}`,
  );
  const greeting =
    m.to[0] === STATE ? "Bonjour Demo focal point, Kenya," : "Hello Demo donor officer,";
  expect(m.text.startsWith(greeting), `the mail to ${m.to[0]} does not open “${greeting}”`);
  const leaked = (m.text.match(ADDRESS) ?? []).filter((a) => a !== m.to[0]);
  expect(!leaked.length, `the mail “${m.subject}” to ${m.to[0]} carries ${leaked.join(", ")}`);
}

/** Logs in as the analyst and opens analytics, for the evaluations card. */
async function openAnalytics(analyst: Page, base: string) {
  await login(analyst, base, ANALYST);
  await analyst.goto(`${base}/analytics`);
  await analyst.locator("main h1").first().waitFor();
}

export function loopWalk(sink: () => MailSink | null) {
  return async (browser: Browser, server: RunningServer, newPage: NewPage) => {
    const mail = sink();
    expect(mail, "the test SMTP server is running");
    const base = server.url;

    // The Kenyan focal point works in French: the account keeps the language, and mails follow it.
    const state = await newPage(browser);
    await login(state, base, STATE);
    await chooseLanguage(state, "the State", "fr");
    await state.getByLabel("Langue").waitFor();

    try {
      const donor = await newPage(browser);
      await login(donor, base, DONOR);
      const { needHref, needText } = await findUnsupportedNeed(donor, base);
      const proposal =
        "Two peer reviewers for three months, with a workshop for the staff concerned.";
      const engagement = await donorProposes(donor, base, proposal);
      const welcome = await stateAccepts(state, base, mail, engagement, proposal);
      await donorDelivers(donor, base, mail, engagement, welcome);
      await stateConfirms(state, base, mail, engagement);

      // The analyst's evaluations card before anyone rates this engagement.
      const analyst = await newPage(browser);
      await openAnalytics(analyst, base);
      const before = await watchedRows(analyst, engagement.provider);
      await bothEvaluate(state, donor, base, engagement.href);
      await expectAnalyticsCounted(analyst, engagement.provider, before);

      // The need is met, on its page, with the history.
      await state.goto(`${base}${needHref}`);
      await state.locator("#need-history").getByText("Satisfait").first().waitFor();
      expect(needText.length > 0, "the need page had no title");
      await expectMails(mail, engagement.mine);
      await donor.context().close();
      await analyst.context().close();
    } finally {
      // Later walks log in as this State in English: give the account its language back.
      await chooseLanguage(state, "the State", "en").catch(() => undefined);
      await state.context().close();
    }
  };
}
