/**
 * Notifications & mail (issue 15): mail reaches a real SMTP server. The engagement walk's moves
 * were mailed to the other party; a donor who forgot the password asks for a link, gets it by
 * mail, sets the password and logs in; the administrator reads the sent mail in the outbox; a
 * user saves a subscription.
 */
import type { Browser, Page } from "playwright-core";
import { checkPage, type RunningServer } from "./harness";
import { PASSWORD, expect, login } from "./steps";
import type { MailSink } from "./mail-smtp";

type NewPage = (b: Browser) => Promise<Page>;

export function mailWalk(sink: () => MailSink | null) {
  return async (browser: Browser, server: RunningServer, newPage: NewPage) => {
    const mail = sink();
    expect(mail, "the mail sink is running");
    const base = server.url;

    // The engagement walk's proposal reached the State's focal points by mail.
    await mail.waitFor((m) => /proposes support for a need of/.test(m.subject), 60_000);

    // Forgot password: the link arrives by mail and sets a new password (the same demo password,
    // so later logins keep working).
    const page = await newPage(browser);
    await page.goto(`${base}/login`);
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await page.locator("main h1", { hasText: "Forgot your password?" }).waitFor();
    await checkPage(page, "forgot-password");
    await page.getByLabel("Email").fill("donor@tahub.demo");
    await page.getByRole("button", { name: "Send the link" }).click();
    await page.getByText("If an account uses this address").waitFor();
    const reset = await mail.waitFor(
      (m) => m.to.includes("donor@tahub.demo") && m.subject === "Reset your TA Hub password",
    );
    const link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(reset.text)?.[0];
    expect(link, `a reset link in the mail:\n${reset.text}`);
    await page.goto(link.replace(/^https?:\/\/[^/]+/, base));
    await page.locator("main h1", { hasText: "Choose a new password" }).waitFor();
    await checkPage(page, "reset-password");
    await page.getByLabel("New password", { exact: true }).fill(PASSWORD);
    await page.getByLabel("New password, again").fill(PASSWORD);
    await page.getByRole("button", { name: "Save the new password" }).click();
    await page.getByText("Your password is changed").waitFor();
    // The link works once.
    await page.goto(link.replace(/^https?:\/\/[^/]+/, base));
    await page.getByLabel("New password", { exact: true }).fill(PASSWORD);
    await page.getByLabel("New password, again").fill(PASSWORD);
    await page.getByRole("button", { name: "Save the new password" }).click();
    await page.getByText("This link is not valid any more").waitFor();
    await login(page, base, "donor@tahub.demo");

    // The administrator reads the mail in the outbox.
    const admin = await newPage(browser);
    await login(admin, base, "admin@tahub.demo");
    await admin.getByRole("link", { name: "Outbox" }).click();
    await admin.locator("main h1", { hasText: "Outbox" }).waitFor();
    await admin.getByLabel("Kind").selectOption("password-reset");
    await admin.getByRole("button", { name: "Filter" }).click();
    const row = admin.locator("#outbox li", { hasText: "Reset your TA Hub password" }).first();
    await row.waitFor();
    expect((await row.textContent())?.includes("Sent"), "the reset mail is marked sent");
    await checkPage(admin, "outbox");

    // My subscriptions: save one, see it, delete it.
    await admin.getByRole("link", { name: "My subscriptions" }).click();
    await admin.locator("main h1", { hasText: "My subscriptions" }).waitFor();
    await admin.getByLabel("Articles of the Convention").fill("9, 15");
    await admin.getByLabel("How often").selectOption("daily");
    await admin.getByRole("button", { name: "Subscribe" }).click();
    await admin.locator("#subscriptions li", { hasText: "In a daily digest e-mail" }).waitFor();
    await checkPage(admin, "subscriptions");
    await admin.getByRole("button", { name: "Delete" }).first().click();
    await admin.getByText("No subscription yet.").waitFor();
  };
}
