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

type NewPage = (b: Browser) => Promise<Page>;
const DONOR = "donor@tahub.demo";
const STATE = "state.ken@tahub.demo";
const ANALYST = "analyst@tahub.demo";
/** The mail worker is nudged after each move and polls every minute at worst. */
const MAIL_WAIT = 45_000;

/** The six OECD-DAC criteria (CAC/COSP/2021 note on TA needs, para 33) as each party rates them. */
const CRITERIA = [
  "relevance",
  "coherence",
  "effectiveness",
  "efficiency",
  "impact",
  "sustainability",
] as const;
type Criterion = (typeof CRITERIA)[number];
const LABEL_EN: Record<Criterion, string> = {
  relevance: "Relevance",
  coherence: "Coherence",
  effectiveness: "Effectiveness",
  efficiency: "Efficiency",
  impact: "Impact",
  sustainability: "Sustainability",
};
const LABEL_FR: Record<Criterion, string> = {
  relevance: "Pertinence",
  coherence: "Cohérence",
  effectiveness: "Efficacité",
  efficiency: "Efficience",
  impact: "Impact",
  sustainability: "Viabilité",
};
const STATE_SCORES: Record<Criterion, number> = {
  relevance: 4,
  coherence: 3,
  effectiveness: 4,
  efficiency: 3,
  impact: 3,
  sustainability: 2,
};
const DONOR_SCORES: Record<Criterion, number> = {
  relevance: 4,
  coherence: 4,
  effectiveness: 3,
  efficiency: 2,
  impact: 3,
  sustainability: 3,
};

/** Picks the UI language from the header's switch; for a signed-in user it is kept on the account. */
async function chooseLanguage(page: Page, current: string, locale: "en" | "fr") {
  const saved = page.waitForResponse(
    (r) => r.url().includes("auth.setLocale") && r.request().method() === "POST",
  );
  await page.locator(".lang select").selectOption(locale);
  const res = await saved;
  expect(res.ok(), `the language switch did not save ${locale} on the account (${current})`);
}

/** The evaluations card's row for one provider, as text: engagements, six criteria, all. */
interface CardRow {
  engagements: number;
  criteria: Record<Criterion, number | null>;
  mean: number | null;
}

const num = (s: string): number | null => {
  const t = s.trim();
  return t === "–" || t === "" ? null : Number(t.replace(",", "."));
};

async function evaluationsRow(
  page: Page,
  rater: "state" | "provider",
  provider: string,
): Promise<CardRow> {
  const card = page.locator("#evaluations");
  await card.waitFor();
  await card.getByLabel("Rated by").selectOption(rater);
  await card.getByLabel("Grouped by").selectOption("byProvider");
  // The table, or the sentence saying nothing is evaluated yet.
  await card
    .locator("#evaluations-table tbody tr")
    .first()
    .or(card.getByText("No engagement has been evaluated yet"))
    .waitFor();
  if (await card.locator("#evaluations-table").count()) {
    const caption = (await card.locator("#evaluations-table caption").textContent()) ?? "";
    expect(
      caption.includes(rater === "state" ? "Beneficiary States" : "Providers"),
      `the evaluations card did not switch to the ${rater}s' ratings: “${caption}”`,
    );
  }
  const row = card.locator("#evaluations-table tbody tr").filter({
    has: page.locator("th", {
      hasText: new RegExp(`^${provider.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
    }),
  });
  if (!(await row.count()))
    return {
      engagements: 0,
      criteria: Object.fromEntries(CRITERIA.map((c) => [c, null])) as CardRow["criteria"],
      mean: null,
    };
  const cells = (await row.first().locator("td").allTextContents()).map((t) => t.trim());
  expect(cells.length === 8, `the evaluations row has ${cells.length} cells, expected 8`);
  const count = Number(cells[0]);
  expect(
    Number.isInteger(count),
    `the analyst sees the count of ${provider}'s evaluations as “${cells[0]}”, not a number`,
  );
  return {
    engagements: count,
    criteria: Object.fromEntries(
      CRITERIA.map((c, i) => [c, num(must(cells[i + 1], `${c} cell`))]),
    ) as CardRow["criteria"],
    mean: num(must(cells[7], "mean cell")),
  };
}

/**
 * After one more evaluation with `scores`: one more engagement, and each criterion's mean is the
 * score when it had none, else between the mean before and the score (the card rounds to 0.1).
 */
function expectCounted(
  who: string,
  before: CardRow,
  after: CardRow,
  scores: Record<Criterion, number>,
) {
  expect(
    after.engagements === before.engagements + 1,
    `${who}: the card counts ${after.engagements} engagements evaluated, expected ${before.engagements + 1}`,
  );
  for (const c of CRITERIA) {
    const [b, a, s] = [before.criteria[c], after.criteria[c], scores[c]];
    expect(a !== null, `${who}: no mean for ${c} after the evaluation`);
    if (b === null)
      expect(a === s, `${who}: ${c} had no score before; its mean is ${a}, expected ${s}`);
    else
      expect(
        a >= Math.min(b, s) - 0.05 && a <= Math.max(b, s) + 0.05,
        `${who}: ${c}'s mean went from ${b} to ${a} after a score of ${s}`,
      );
  }
  const all = CRITERIA.reduce((sum, c) => sum + scores[c], 0) / CRITERIA.length;
  expect(after.mean !== null, `${who}: no mean over all criteria after the evaluation`);
  if (before.mean === null)
    expect(
      Math.abs(after.mean - all) <= 0.05,
      `${who}: mean over all criteria ${after.mean}, expected ${all.toFixed(1)}`,
    );
}

const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

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
      // --- The donor finds an open Kenyan need nobody supports yet, in the needs explorer. ---
      const donor = await newPage(browser);
      await login(donor, base, DONOR);
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

      // --- The donor proposes, with what it offers. ---
      const proposal =
        "Two peer reviewers for three months, with a workshop for the staff concerned.";
      await donor.locator("#need-engagements summary", { hasText: "Offer support" }).click();
      await donor.getByLabel("What you propose").fill(proposal);
      await donor.getByRole("button", { name: "Record engagement" }).click();
      await donor.getByText("Engagement recorded.").waitFor();
      const href = await donor
        .getByRole("link", { name: "Open the engagement" })
        .getAttribute("href");
      expect(href?.startsWith("/engagements/"), "no link to the new engagement");
      await checkPage(donor, "loop3-donor-proposed");
      await donor.goto(`${base}${href}`);
      await donor.locator(".page-header .badge", { hasText: "Proposed" }).waitFor();
      const provider = (
        (await donor.locator("#engagement-about dd").first().textContent()) ?? ""
      ).trim();
      expect(provider.length > 0, "the engagement page does not name the provider");
      const link = must(href, "the engagement link");
      const mine = (m: SinkMail) => m.text.includes(link);

      // --- The State reads it in its inbox (in French) and accepts with a message. ---
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

      // --- The donor hears of it (inbox and mail in English), starts and delivers. ---
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

      // --- The State confirms the need's status. ---
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

      // --- The analyst's evaluations card before anyone rates this engagement. ---
      const analyst = await newPage(browser);
      await login(analyst, base, ANALYST);
      await analyst.goto(`${base}/analytics`);
      await analyst.locator("main h1").first().waitFor();
      const stateBefore = await evaluationsRow(analyst, "state", provider);
      const donorBefore = await evaluationsRow(analyst, "provider", provider);
      const allBefore = await evaluationsRow(analyst, "state", "All");

      // --- Both rate it on the six criteria: the State (in French), then the donor. ---
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

      // --- Analytics shows it. ---
      await analyst.reload();
      await analyst.locator("main h1").first().waitFor();
      const stateAfter = await evaluationsRow(analyst, "state", provider);
      const donorAfter = await evaluationsRow(analyst, "provider", provider);
      const allAfter = await evaluationsRow(analyst, "state", "All");
      expectCounted(`rated by the State, ${provider}`, stateBefore, stateAfter, STATE_SCORES);
      expectCounted(`rated by the provider, ${provider}`, donorBefore, donorAfter, DONOR_SCORES);
      expect(
        allAfter.engagements === allBefore.engagements + 1,
        `all State-rated engagements: ${allBefore.engagements} → ${allAfter.engagements}`,
      );
      await checkPage(analyst, "loop3-analyst-evaluations");

      // The need is met, on its page, with the history.
      await state.goto(`${base}${needHref}`);
      await state.locator("#need-history").getByText("Satisfait").first().waitFor();
      expect(needText.length > 0, "the need page had no title");

      // --- Every move reached the other party's mailbox, in the recipient's language. ---
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
        await mail.waitFor(
          (m) => mine(m) && m.to.includes(to) && subject.test(m.subject),
          MAIL_WAIT,
        );
      const ours = mail.received.filter(mine);
      expect(
        ours.length === expected.length,
        `expected ${expected.length} mails about this engagement, got ${ours.length}: ${ours.map((m) => `${m.to.join(",")}: ${m.subject}`).join(" | ")}`,
      );
      for (const m of ours) {
        expect(
          m.to.length === 1 && (m.to[0] === STATE || m.to[0] === DONOR),
          `a mail about this engagement went to ${m.to.join(", ")}`,
        );
        const greeting =
          m.to[0] === STATE ? "Bonjour Demo focal point, Kenya," : "Hello Demo donor officer,";
        expect(m.text.startsWith(greeting), `the mail to ${m.to[0]} does not open “${greeting}”`);
        const leaked = (m.text.match(ADDRESS) ?? []).filter((a) => a !== m.to[0]);
        expect(
          !leaked.length,
          `the mail “${m.subject}” to ${m.to[0]} carries ${leaked.join(", ")}`,
        );
      }
      await donor.context().close();
      await analyst.context().close();
    } finally {
      // Later walks log in as this State in English: give the account its language back.
      await chooseLanguage(state, "the State", "en").catch(() => undefined);
      await state.context().close();
    }
  };
}
