/** A line on the inbox page pointing to unread messages (they have their own page). */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../../lib/trpc";

export function UnreadMessagesNotice() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const unread = useQuery(trpc.messages.unread.queryOptions());
  const n = unread.data?.unread ?? 0;
  if (!n) return null;
  return (
    <p className="alert alert-info" role="status">
      <Link to="/messages">{t("messages.unreadNotice", { count: n })}</Link>
    </p>
  );
}
