/**
 * The words of every mail, in the recipient's locale (User.locale: en, fr, es). A mail is
 * rendered when it is queued, from typed data (a notification's kind and statuses, a token, a
 * deadline); the sentences live here, never in the Notification table. Names of States come from
 * Intl.DisplayNames, dates from Intl.DateTimeFormat, so they follow the locale too.
 */
import { getState, type NeedStatus, type NotificationKind } from "@tahub/domain";

const MAIL_LOCALES = ["en", "fr", "es"] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

export function mailLocale(locale: string | null | undefined): MailLocale {
  return (MAIL_LOCALES as readonly string[]).includes(locale ?? "") ? (locale as MailLocale) : "en";
}

export interface RenderedMail {
  subject: string;
  text: string;
}

type Vars = Record<string, string>;
const fill = (s: string, v: Vars) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? "");

const ENGAGEMENT_STATUS: Record<MailLocale, Record<string, string>> = {
  en: {
    proposed: "proposed",
    accepted: "accepted",
    declined: "declined",
    "in-progress": "in progress",
    delivered: "delivered",
    evaluated: "evaluated",
    withdrawn: "withdrawn",
  },
  fr: {
    proposed: "proposé",
    accepted: "accepté",
    declined: "refusé",
    "in-progress": "en cours",
    delivered: "réalisé",
    evaluated: "évalué",
    withdrawn: "retiré",
  },
  es: {
    proposed: "propuesto",
    accepted: "aceptado",
    declined: "rechazado",
    "in-progress": "en curso",
    delivered: "entregado",
    evaluated: "evaluado",
    withdrawn: "retirado",
  },
};

const NEED_STATUS: Record<MailLocale, Record<NeedStatus, string>> = {
  en: {
    identified: "identified",
    "in-progress": "in progress",
    "partially-met": "partially met",
    met: "met",
    "no-longer-relevant": "no longer relevant",
    withdrawn: "withdrawn",
  },
  fr: {
    identified: "identifié",
    "in-progress": "en cours",
    "partially-met": "partiellement satisfait",
    met: "satisfait",
    "no-longer-relevant": "plus d'actualité",
    withdrawn: "retiré",
  },
  es: {
    identified: "identificada",
    "in-progress": "en curso",
    "partially-met": "parcialmente atendida",
    met: "atendida",
    "no-longer-relevant": "ya no pertinente",
    withdrawn: "retirada",
  },
};

type Action = NotificationKind extends `engagement.${infer A}` ? A : never;

/** Subjects and first lines of engagement mails: the portal's inbox sentences, as mail. */
const ENGAGEMENT: Record<MailLocale, Record<Action, string>> = {
  en: {
    propose: "{provider} proposes support for a need of {state}",
    accept: "{state} accepted the support of {provider}",
    decline: "{state} declined the support of {provider}",
    start: "{provider} started the work for {state}",
    deliver: "{provider} delivered and proposes that the need of {state} is now {needStatus}",
    withdraw: "{provider} withdrew its support for a need of {state}",
    evaluate: "The engagement of {provider} with {state} was evaluated",
    "confirm-status": "{state} confirmed that the need is now {needStatus}",
    "reject-status": "{state} did not confirm that the need is now {needStatus}",
    overlap:
      "Overlap: {provider} proposed support for a need of {state} that {others} already support",
  },
  fr: {
    propose: "{provider} propose un soutien pour un besoin de {state}",
    accept: "{state} a accepté le soutien de {provider}",
    decline: "{state} a refusé le soutien de {provider}",
    start: "{provider} a commencé le travail pour {state}",
    deliver:
      "{provider} a réalisé le travail et propose que le besoin de {state} soit désormais : {needStatus}",
    withdraw: "{provider} a retiré son soutien à un besoin de {state}",
    evaluate: "L'engagement de {provider} avec {state} a été évalué",
    "confirm-status": "{state} a confirmé que le besoin est désormais : {needStatus}",
    "reject-status": "{state} n'a pas confirmé que le besoin est désormais : {needStatus}",
    overlap:
      "Chevauchement : {provider} a proposé un soutien pour un besoin de {state} que {others} soutiennent déjà",
  },
  es: {
    propose: "{provider} propone apoyo para una necesidad de {state}",
    accept: "{state} aceptó el apoyo de {provider}",
    decline: "{state} rechazó el apoyo de {provider}",
    start: "{provider} inició el trabajo para {state}",
    deliver:
      "{provider} entregó el trabajo y propone que la necesidad de {state} esté ahora: {needStatus}",
    withdraw: "{provider} retiró su apoyo a una necesidad de {state}",
    evaluate: "Se evaluó el compromiso de {provider} con {state}",
    "confirm-status": "{state} confirmó que la necesidad está ahora: {needStatus}",
    "reject-status": "{state} no confirmó que la necesidad esté ahora: {needStatus}",
    overlap:
      "Superposición: {provider} propuso apoyo para una necesidad de {state} que {others} ya apoyan",
  },
};

const WORDS: Record<MailLocale, Record<string, string>> = {
  en: {
    greeting: "Hello {name},",
    need: "The need:",
    message: "Message:",
    status: "The engagement is now: {status}.",
    open: "Open it in TA Hub:",
    footer: "TA Hub, technical assistance under the United Nations Convention against Corruption.",
    why: "You receive this mail because you take part in this engagement in TA Hub.",
    resetSubject: "Reset your TA Hub password",
    resetBody:
      "Someone (we hope you) asked to reset the password of your TA Hub account. Open this link within one hour to choose a new password. It works once.",
    resetIgnore: "If you did not ask for it, ignore this mail: your password stays as it is.",
    subNeedSubject: "A new need matches your subscription: {state}",
    subOfferSubject: "A new offer matches your subscription: {provider}",
    subWhy: "You receive this mail because of your subscription in TA Hub (My subscriptions).",
    digestSubject_one: "TA Hub: {count} new record matches your subscriptions",
    digestSubject_other: "TA Hub: {count} new records match your subscriptions",
    digestNeeds: "New needs:",
    digestOffers: "New offers:",
    reminderSubject: "Reminder: the follow-up questionnaire is due on {deadline}",
    reminderSubjectToday: "The follow-up questionnaire is due today ({deadline})",
    reminderBody:
      "The secretariat asks each State party to answer the follow-up questionnaire on technical assistance by {deadline}. {state} has not submitted its answers since the round opened on {opened}.",
    answer: "Answer it in TA Hub:",
  },
  fr: {
    greeting: "Bonjour {name},",
    need: "Le besoin :",
    message: "Message :",
    status: "L'engagement est maintenant : {status}.",
    open: "Ouvrez-le dans TA Hub :",
    footer:
      "TA Hub, assistance technique au titre de la Convention des Nations Unies contre la corruption.",
    why: "Vous recevez ce message parce que vous participez à cet engagement dans TA Hub.",
    resetSubject: "Réinitialisez votre mot de passe TA Hub",
    resetBody:
      "Quelqu'un (vous, nous l'espérons) a demandé à réinitialiser le mot de passe de votre compte TA Hub. Ouvrez ce lien dans l'heure pour choisir un nouveau mot de passe. Il ne sert qu'une fois.",
    resetIgnore:
      "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.",
    subNeedSubject: "Un nouveau besoin correspond à votre abonnement : {state}",
    subOfferSubject: "Une nouvelle offre correspond à votre abonnement : {provider}",
    subWhy: "Vous recevez ce message en raison de votre abonnement dans TA Hub (Mes abonnements).",
    digestSubject_one: "TA Hub : {count} nouvel enregistrement correspond à vos abonnements",
    digestSubject_other:
      "TA Hub : {count} nouveaux enregistrements correspondent à vos abonnements",
    digestNeeds: "Nouveaux besoins :",
    digestOffers: "Nouvelles offres :",
    reminderSubject: "Rappel : le questionnaire de suivi est attendu le {deadline}",
    reminderSubjectToday: "Le questionnaire de suivi est attendu aujourd'hui ({deadline})",
    reminderBody:
      "Le secrétariat demande à chaque État partie de répondre au questionnaire de suivi sur l'assistance technique d'ici le {deadline}. {state} n'a pas soumis ses réponses depuis l'ouverture de la campagne le {opened}.",
    answer: "Répondez dans TA Hub :",
  },
  es: {
    greeting: "Hola, {name}:",
    need: "La necesidad:",
    message: "Mensaje:",
    status: "El compromiso está ahora: {status}.",
    open: "Ábralo en TA Hub:",
    footer:
      "TA Hub, asistencia técnica en el marco de la Convención de las Naciones Unidas contra la Corrupción.",
    why: "Recibe este correo porque participa en este compromiso en TA Hub.",
    resetSubject: "Restablezca su contraseña de TA Hub",
    resetBody:
      "Alguien (esperamos que usted) pidió restablecer la contraseña de su cuenta de TA Hub. Abra este enlace en el plazo de una hora para elegir una contraseña nueva. Solo sirve una vez.",
    resetIgnore: "Si no lo pidió, ignore este correo: su contraseña no cambia.",
    subNeedSubject: "Una nueva necesidad coincide con su suscripción: {state}",
    subOfferSubject: "Una nueva oferta coincide con su suscripción: {provider}",
    subWhy: "Recibe este correo por su suscripción en TA Hub (Mis suscripciones).",
    digestSubject_one: "TA Hub: {count} registro nuevo coincide con sus suscripciones",
    digestSubject_other: "TA Hub: {count} registros nuevos coinciden con sus suscripciones",
    digestNeeds: "Nuevas necesidades:",
    digestOffers: "Nuevas ofertas:",
    reminderSubject: "Recordatorio: el cuestionario de seguimiento vence el {deadline}",
    reminderSubjectToday: "El cuestionario de seguimiento vence hoy ({deadline})",
    reminderBody:
      "La secretaría pide a cada Estado parte que responda al cuestionario de seguimiento sobre asistencia técnica a más tardar el {deadline}. {state} no ha enviado sus respuestas desde la apertura de la ronda el {opened}.",
    answer: "Responda en TA Hub:",
  },
};

const w = (l: MailLocale, key: string, v: Vars = {}) => fill(WORDS[l][key] ?? key, v);

/** The State's name in the locale (Intl.DisplayNames on its ISO 3166 alpha-2 code). */
function stateName(iso3: string, locale: MailLocale): string {
  const s = getState(iso3);
  if (!s) return iso3;
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(s.iso2) ?? s.name;
  } catch {
    return s.name;
  }
}

/** A calendar day in the locale, e.g. "15 March 2027" / "15 mars 2027". */
function formatDay(d: Date, locale: MailLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(d);
}

const link = (baseUrl: string, path: string) => `${baseUrl.replace(/\/$/, "")}${path}`;

function body(locale: MailLocale, name: string, lines: (string | null)[], why: string): string {
  return [
    w(locale, "greeting", { name }),
    "",
    ...lines.filter((l) => l !== null),
    "",
    "--",
    why,
    w(locale, "footer"),
  ].join("\n");
}

export interface EngagementMailInput {
  kind: NotificationKind;
  recipientName: string;
  engagementId: string;
  engagementStatus: string;
  provider: string;
  stateId: string;
  needExcerpt: string;
  needStatus?: string | null;
  others?: string[];
  message?: string | null;
}

/** The mail telling a party of an engagement move (or an overlap warning). */
export function engagementMail(
  locale: MailLocale,
  baseUrl: string,
  m: EngagementMailInput,
): RenderedMail {
  const action = m.kind.slice("engagement.".length) as Action;
  const subject = fill(ENGAGEMENT[locale][action], {
    provider: m.provider,
    state: stateName(m.stateId, locale),
    needStatus: m.needStatus
      ? (NEED_STATUS[locale][m.needStatus as NeedStatus] ?? m.needStatus)
      : "",
    others: (m.others ?? []).join(", "),
  });
  const text = body(
    locale,
    m.recipientName,
    [
      `${subject}.`,
      "",
      w(locale, "need"),
      m.needExcerpt,
      ...(m.message ? ["", w(locale, "message"), m.message] : []),
      "",
      w(locale, "status", {
        status: ENGAGEMENT_STATUS[locale][m.engagementStatus] ?? m.engagementStatus,
      }),
      w(locale, "open"),
      link(baseUrl, `/engagements/${m.engagementId}`),
    ],
    w(locale, "why"),
  );
  return { subject, text };
}

export function passwordResetMail(
  locale: MailLocale,
  baseUrl: string,
  name: string,
  token: string,
): RenderedMail {
  return {
    subject: w(locale, "resetSubject"),
    text: body(
      locale,
      name,
      [
        w(locale, "resetBody"),
        "",
        link(baseUrl, `/reset-password?token=${encodeURIComponent(token)}`),
      ],
      w(locale, "resetIgnore"),
    ),
  };
}

export interface MatchItem {
  target: "needs" | "offers";
  id: string;
  /** The need's State, or the offer's provider. */
  who: string;
  stateId?: string;
  excerpt: string;
}

const itemLine = (l: MailLocale, baseUrl: string, i: MatchItem) =>
  `- ${i.target === "needs" ? stateName(i.stateId ?? i.who, l) : i.who}: ${i.excerpt}\n  ${link(baseUrl, `/${i.target}/${i.id}`)}`;

/** The mail of one new record matching an immediate subscription. */
export function subscriptionMail(
  locale: MailLocale,
  baseUrl: string,
  name: string,
  item: MatchItem,
): RenderedMail {
  const subject =
    item.target === "needs"
      ? w(locale, "subNeedSubject", { state: stateName(item.stateId ?? item.who, locale) })
      : w(locale, "subOfferSubject", { provider: item.who });
  return {
    subject,
    text: body(locale, name, [itemLine(locale, baseUrl, item)], w(locale, "subWhy")),
  };
}

/** The daily digest: every new record matching the user's daily subscriptions. */
export function digestMail(
  locale: MailLocale,
  baseUrl: string,
  name: string,
  items: MatchItem[],
): RenderedMail {
  const count = items.length;
  const plural = new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other";
  const needs = items.filter((i) => i.target === "needs");
  const offers = items.filter((i) => i.target === "offers");
  const lines: string[] = [];
  if (needs.length)
    lines.push(w(locale, "digestNeeds"), ...needs.map((i) => itemLine(locale, baseUrl, i)));
  if (needs.length && offers.length) lines.push("");
  if (offers.length)
    lines.push(w(locale, "digestOffers"), ...offers.map((i) => itemLine(locale, baseUrl, i)));
  return {
    subject: w(locale, `digestSubject_${plural}`, {
      count: new Intl.NumberFormat(locale).format(count),
    }),
    text: body(locale, name, lines, w(locale, "subWhy")),
  };
}

/** A reminder to a State's focal point that the questionnaire is due. */
export function reminderMail(
  locale: MailLocale,
  baseUrl: string,
  name: string,
  r: { stateId: string; deadline: Date; opensAt: Date; daysBefore: number },
): RenderedMail {
  const deadline = formatDay(r.deadline, locale);
  return {
    subject: w(locale, r.daysBefore === 0 ? "reminderSubjectToday" : "reminderSubject", {
      deadline,
    }),
    text: body(
      locale,
      name,
      [
        w(locale, "reminderBody", {
          deadline,
          state: stateName(r.stateId, locale),
          opened: formatDay(r.opensAt, locale),
        }),
        "",
        w(locale, "answer"),
        link(baseUrl, "/questionnaire"),
      ],
      w(locale, "footer"),
    ).replace(/\n--\n(.*)\n\1$/, "\n--\n$1"),
  };
}
