/**
 * The one place messages reach the mail outbox (packages/api/src/mail): each recipient gets a
 * mail in the same transaction as the message. The mail says who wrote and links to the thread;
 * it carries neither the message nor its subject (the correspondence stays on the platform, out
 * of the outbox the admin reads and of the mail servers on the way), and never another party's
 * address (From is the platform's). An expert without an account gets a link with a token.
 */
import type { Prisma } from "@tahub/db";
import { queueMails } from "./outbox.js";
import { mailSettings } from "./settings.js";

export interface MessageMail {
  to: string;
  userId: string | null;
  locale: string;
  threadId: string;
  /** For an expert: the token of the reply link (its hash is on the thread). */
  token?: string;
}

const WORDS = {
  en: {
    subject: "New message on TA Hub from {author}",
    wrote: "{author} wrote to you through TA Hub.",
    open: "Read the message and reply:",
    why: "You receive this because you take part in this conversation on TA Hub. Replies stay on the platform; your address is not shown to anyone.",
  },
  fr: {
    subject: "Nouveau message de {author} sur TA Hub",
    wrote: "{author} vous a écrit par TA Hub.",
    open: "Lire le message et répondre :",
    why: "Vous recevez ce message parce que vous participez à cette conversation sur TA Hub. Les réponses restent sur la plateforme ; votre adresse n'est montrée à personne.",
  },
  es: {
    subject: "Nuevo mensaje de {author} en TA Hub",
    wrote: "{author} le escribió a través de TA Hub.",
    open: "Lea el mensaje y responda:",
    why: "Recibe este mensaje porque participa en esta conversación en TA Hub. Las respuestas quedan en la plataforma; su dirección no se muestra a nadie.",
  },
} as const;

const fill = (s: string, v: Record<string, string>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? "");

/** Queues one mail per recipient of a message (the caller's transaction). */
export async function queueMessageMails(
  tx: Prisma.TransactionClient,
  mails: MessageMail[],
  m: { author: string },
): Promise<void> {
  if (!mails.length) return;
  const base = mailSettings().baseUrl.replace(/\/$/, "");
  await queueMails(
    tx,
    mails.map((r) => {
      const w = WORDS[(r.locale in WORDS ? r.locale : "en") as keyof typeof WORDS];
      const url = r.token
        ? `${base}/messages/reply/${encodeURIComponent(r.token)}`
        : `${base}/messages`;
      return {
        to: r.to,
        userId: r.userId,
        kind: "notification" as const,
        subject: fill(w.subject, { author: m.author }),
        text: [fill(w.wrote, { author: m.author }), "", w.open, url, "", w.why].join("\n"),
      };
    }),
  );
}
