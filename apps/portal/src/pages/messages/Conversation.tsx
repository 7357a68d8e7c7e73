/** The messages of a thread, each with its side and author's name (never an address). */
import { useTranslation } from "react-i18next";
import { useWhen } from "./when";

export interface ShownMessage {
  id: string;
  side: "provider" | "state" | "expert";
  authorName: string | null;
  mine?: boolean;
  body: string;
  at: string;
}

export function Conversation({
  messages,
  sideName,
}: {
  messages: ShownMessage[];
  sideName: (side: ShownMessage["side"]) => string;
}) {
  const { t } = useTranslation();
  const when = useWhen();
  return (
    <ol className="plain-list conversation" aria-label={t("messages.conversation")}>
      {messages.map((m) => (
        <li key={m.id} className={m.mine ? "message mine" : "message"}>
          <p className="cell-sub">
            <strong>{m.mine ? t("messages.you") : (m.authorName ?? t("messages.someone"))}</strong>
            {" · "}
            {sideName(m.side)} · <time dateTime={m.at}>{when(m.at)}</time>
          </p>
          <p className="message-body">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}
