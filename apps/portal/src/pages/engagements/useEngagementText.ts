import { useTranslation } from "react-i18next";
import { useLabels } from "../../lib/labels";
import type { RouterOutputs } from "../../lib/trpc";

export type Notification = RouterOutputs["inbox"]["list"]["items"][number];

/** A notification worded in the reader's language from its typed data (never a server sentence). */
export function useNotificationText() {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const day = (d: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${d}T00:00:00Z`),
    );
  return (n: Notification) => {
    // notifications & mail (issue 15): subscription matches and questionnaire reminders
    if (n.kind === "subscription.need")
      return t("mail.notification.subscriptionNeed", { state: l.state(n.state) });
    if (n.kind === "subscription.offer")
      return t("mail.notification.subscriptionOffer", { provider: n.providerName ?? "" });
    if (n.kind === "questionnaire.reminder")
      return t("mail.notification.questionnaireReminder", {
        deadline: n.deadline ? day(n.deadline) : "",
      });
    const action = n.kind.slice("engagement.".length);
    const who = n.party === "state" ? l.state(n.state) : n.providerName;
    return t(`notification.${action}`, {
      provider: n.providerName,
      state: l.state(n.state),
      who,
      needStatus: n.needStatus ? l.status(n.needStatus) : "",
      others: n.otherProviders.join(", "),
    });
  };
}

/** An instant (ISO) as a date and time in the reader's language. */
export function useInstant() {
  const { i18n } = useTranslation();
  return (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(
      new Date(iso),
    );
}
