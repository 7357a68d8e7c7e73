/**
 * What the mail module needs to know about its deployment, passed in by the composing app
 * (apps/server reads PUBLIC_URL and MAIL_FROM in its env module): the portal's public address
 * for the links in mails, and the sender address. One setting per process, like the environment
 * it comes from; the default suits a local `pnpm start`.
 */
export interface MailSettings {
  /** The portal's public base URL, e.g. https://tahub.example.org (links in mails). */
  baseUrl: string;
  /** The From address of every mail. */
  from: string;
}

let settings: MailSettings = {
  baseUrl: "http://127.0.0.1:3000",
  from: "TA Hub <no-reply@tahub.invalid>",
};

export function configureMail(s: Partial<MailSettings>): void {
  settings = { ...settings, ...Object.fromEntries(Object.entries(s).filter(([, v]) => v)) };
}

export function mailSettings(): MailSettings {
  return settings;
}
