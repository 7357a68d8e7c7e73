/** Steps and checks every walk shares: assertions that name what failed, and logging in. */
import type { Browser, Locator, Page } from "playwright-core";
import { checkPage } from "./harness";

export type NewPage = (b: Browser) => Promise<Page>;

export const PASSWORD = process.env.TAHUB_DEMO_PASSWORD ?? "tahub-demo-2023";

export function expect(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** The value, or a failure naming what was missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

/** Logs in through the portal's form as a demo user and waits for the header to name them. */
export async function login(page: Page, base: string, email: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).last().click();
  await page.locator(".user-name").waitFor();
}

/** Opens a portal path, waits for its heading and checks the page (axe and the keyboard). */
export async function go(page: Page, base: string, path: string, name: string) {
  await page.goto(`${base}${path}`);
  await page.locator("main h1").first().waitFor();
  await checkPage(page, name);
}

/**
 * Waits for what a submitted form leads to, or fails with the error the form shows instead (a
 * walk that only waits for the success would time out without saying why the action failed).
 */
export async function outcome(done: Locator, form: Locator, timeout = 45_000) {
  const error = form.getByRole("alert");
  await done.or(error).first().waitFor({ timeout });
  if (await error.count()) throw new Error(`the form said: ${await error.first().innerText()}`);
}
