/**
 * The follow-up questionnaire the secretariat sent to States parties in 2021 on how they
 * formulate, address and provide technical assistance for needs identified in the reviews
 * (annex I of the 2021 note). Questions are condensed; ids follow the annex numbering so
 * answers can be compared with the secretariat's analysis.
 */
import { z } from "zod";
import { pick, type Localized } from "../convention/localized.js";

export const QUESTIONNAIRE_VERSION = "2021-annex-I";

export interface Question {
  id: string;
  section: "A" | "B" | "C" | "D";
  /** Whether the question asks yes/no (with an optional explanation) or only for text. */
  kind: "yes-no" | "text";
  /** The question in English (as the API and the exports give it). */
  text: string;
  /** The question in each language the portal offers (`texts.en === text`). */
  texts: Localized;
}

export const QUESTIONNAIRE_SECTIONS = {
  A: "For all States parties",
  B: "Your own technical assistance needs identified in your country review",
  C: "Assistance your Government provides for needs identified in other States' reviews",
  D: "Additional observations",
} as const;
export type QuestionnaireSection = keyof typeof QUESTIONNAIRE_SECTIONS;

/** The section titles in each language the portal offers. */
export const QUESTIONNAIRE_SECTION_TITLES: Readonly<Record<QuestionnaireSection, Localized>> = {
  A: {
    en: QUESTIONNAIRE_SECTIONS.A,
    fr: "Pour tous les États parties",
    es: "Para todos los Estados partes",
  },
  B: {
    en: QUESTIONNAIRE_SECTIONS.B,
    fr: "Vos propres besoins d'assistance technique recensés lors de l'examen de votre pays",
    es: "Sus propias necesidades de asistencia técnica detectadas en el examen de su país",
  },
  C: {
    en: QUESTIONNAIRE_SECTIONS.C,
    fr: "Assistance fournie par votre gouvernement pour répondre aux besoins recensés lors de l'examen d'autres États",
    es: "Asistencia que presta su Gobierno para atender las necesidades detectadas en los exámenes de otros Estados",
  },
  D: {
    en: QUESTIONNAIRE_SECTIONS.D,
    fr: "Observations supplémentaires",
    es: "Observaciones adicionales",
  },
};

/** The answers a yes/no question offers, in the order the form shows them. */
export const ANSWER_OPTIONS = ["yes", "partly", "no"] as const;
export type AnswerOption = (typeof ANSWER_OPTIONS)[number];

/** The answer options' labels in each language the portal offers. */
export const ANSWER_LABELS: Readonly<Record<AnswerOption, Localized>> = {
  yes: { en: "Yes", fr: "Oui", es: "Sí" },
  partly: { en: "Partly", fr: "En partie", es: "En parte" },
  no: { en: "No", fr: "Non", es: "No" },
};

export const QUESTIONS: readonly Question[] = [
  {
    id: "1a",
    section: "A",
    kind: "yes-no",
    text: "Has the open format of the second-cycle checklist helped your Government express the specific needs required to close implementation gaps?",
    texts: {
      en: "Has the open format of the second-cycle checklist helped your Government express the specific needs required to close implementation gaps?",
      fr: "Le format ouvert de la liste de contrôle du deuxième cycle a-t-il aidé votre gouvernement à exprimer les besoins précis nécessaires pour combler les lacunes dans l'application ?",
      es: "¿El formato abierto de la lista de verificación del segundo ciclo ha ayudado a su Gobierno a expresar las necesidades concretas para subsanar las deficiencias en la aplicación?",
    },
  },
  {
    id: "1b",
    section: "A",
    kind: "yes-no",
    text: "Have your Government's reviewing experts helped another country formulate its technical assistance needs?",
    texts: {
      en: "Have your Government's reviewing experts helped another country formulate its technical assistance needs?",
      fr: "Les experts gouvernementaux de votre pays chargés d'examens ont-ils aidé un autre pays à formuler ses besoins d'assistance technique ?",
      es: "¿Los expertos examinadores de su Gobierno han ayudado a otro país a formular sus necesidades de asistencia técnica?",
    },
  },
  {
    id: "2",
    section: "A",
    kind: "yes-no",
    text: "Has your Government engaged in South-South cooperation to address needs identified through the review mechanism?",
    texts: {
      en: "Has your Government engaged in South-South cooperation to address needs identified through the review mechanism?",
      fr: "Votre gouvernement a-t-il pris part à une coopération Sud-Sud pour répondre à des besoins recensés dans le cadre du Mécanisme d'examen ?",
      es: "¿Ha participado su Gobierno en actividades de cooperación Sur-Sur para atender necesidades detectadas mediante el Mecanismo de Examen?",
    },
  },
  {
    id: "3",
    section: "B",
    kind: "yes-no",
    text: "Did your Government address any needs identified in the self-assessment before the review concluded? Which, how were they prioritised, and with what resources?",
    texts: {
      en: "Did your Government address any needs identified in the self-assessment before the review concluded? Which, how were they prioritised, and with what resources?",
      fr: "Votre gouvernement a-t-il répondu à des besoins recensés lors de l'auto-évaluation avant la fin de l'examen ? Lesquels, comment ont-ils été classés par ordre de priorité et avec quelles ressources ?",
      es: "¿Atendió su Gobierno alguna de las necesidades detectadas en la autoevaluación antes de que concluyera el examen? ¿Cuáles, cómo se priorizaron y con qué recursos?",
    },
  },
  {
    id: "4",
    section: "B",
    kind: "yes-no",
    text: "Did your Government address further needs based on the review's findings after it was completed? Which, and with what resources?",
    texts: {
      en: "Did your Government address further needs based on the review's findings after it was completed? Which, and with what resources?",
      fr: "Votre gouvernement a-t-il répondu à d'autres besoins découlant des conclusions de l'examen après son achèvement ? Lesquels, et avec quelles ressources ?",
      es: "¿Atendió su Gobierno otras necesidades derivadas de las conclusiones del examen una vez finalizado este? ¿Cuáles y con qué recursos?",
    },
  },
  {
    id: "5",
    section: "B",
    kind: "yes-no",
    text: "Did the needs identified in the self-assessment remain relevant after the review? If not, why and how did they change?",
    texts: {
      en: "Did the needs identified in the self-assessment remain relevant after the review? If not, why and how did they change?",
      fr: "Les besoins recensés lors de l'auto-évaluation sont-ils restés pertinents après l'examen ? Sinon, pourquoi et comment ont-ils évolué ?",
      es: "¿Siguieron siendo pertinentes después del examen las necesidades detectadas en la autoevaluación? De no ser así, ¿por qué y cómo cambiaron?",
    },
  },
  {
    id: "6",
    section: "B",
    kind: "text",
    text: "How has your Government followed up on the recommendations and needs, for example through an action plan or strategy, and how was it designed and implemented?",
    texts: {
      en: "How has your Government followed up on the recommendations and needs, for example through an action plan or strategy, and how was it designed and implemented?",
      fr: "Comment votre gouvernement a-t-il donné suite aux recommandations et aux besoins, par exemple au moyen d'un plan d'action ou d'une stratégie, et comment celui-ci a-t-il été conçu et mis en œuvre ?",
      es: "¿Cómo ha dado seguimiento su Gobierno a las recomendaciones y necesidades, por ejemplo mediante un plan de acción o una estrategia, y cómo se diseñó y aplicó?",
    },
  },
  {
    id: "7",
    section: "B",
    kind: "yes-no",
    text: "Has your Government received bilateral or multilateral support for the identified needs? If not, what prevented it; if so, what good practices enabled it?",
    texts: {
      en: "Has your Government received bilateral or multilateral support for the identified needs? If not, what prevented it; if so, what good practices enabled it?",
      fr: "Votre gouvernement a-t-il reçu un appui bilatéral ou multilatéral pour répondre aux besoins recensés ? Si ce n'est pas le cas, qu'est-ce qui l'en a empêché ; dans l'affirmative, quelles bonnes pratiques l'ont permis ?",
      es: "¿Ha recibido su Gobierno apoyo bilateral o multilateral para las necesidades detectadas? En caso negativo, ¿qué lo impidió?; en caso afirmativo, ¿qué buenas prácticas lo hicieron posible?",
    },
  },
  {
    id: "8",
    section: "B",
    kind: "yes-no",
    text: "Has your Government referred to the identified needs in discussions with donors?",
    texts: {
      en: "Has your Government referred to the identified needs in discussions with donors?",
      fr: "Votre gouvernement a-t-il fait référence aux besoins recensés dans ses échanges avec les donateurs ?",
      es: "¿Ha hecho referencia su Gobierno a las necesidades detectadas en sus conversaciones con los donantes?",
    },
  },
  {
    id: "9",
    section: "B",
    kind: "yes-no",
    text: "Has your Government received support that did not match the identified needs? Was this known when the programme was designed?",
    texts: {
      en: "Has your Government received support that did not match the identified needs? Was this known when the programme was designed?",
      fr: "Votre gouvernement a-t-il reçu un appui qui ne correspondait pas aux besoins recensés ? Cela était-il connu lors de la conception du programme ?",
      es: "¿Ha recibido su Gobierno apoyo que no correspondía a las necesidades detectadas? ¿Se sabía esto cuando se diseñó el programa?",
    },
  },
  {
    id: "10",
    section: "C",
    kind: "yes-no",
    text: "Does your Government use the needs identified by other States when designing anti-corruption programmes and assistance? Examples or challenges?",
    texts: {
      en: "Does your Government use the needs identified by other States when designing anti-corruption programmes and assistance? Examples or challenges?",
      fr: "Votre gouvernement tient-il compte des besoins recensés par d'autres États lorsqu'il conçoit des programmes et une assistance de lutte contre la corruption ? Exemples ou difficultés ?",
      es: "¿Utiliza su Gobierno las necesidades detectadas por otros Estados al diseñar programas y asistencia de lucha contra la corrupción? ¿Ejemplos o dificultades?",
    },
  },
  {
    id: "11",
    section: "C",
    kind: "yes-no",
    text: "Has your Government designed assistance whose goal did not match the review outcome? Was this known at design time?",
    texts: {
      en: "Has your Government designed assistance whose goal did not match the review outcome? Was this known at design time?",
      fr: "Votre gouvernement a-t-il conçu une assistance dont l'objectif ne correspondait pas aux résultats de l'examen ? Cela était-il connu au moment de la conception ?",
      es: "¿Ha diseñado su Gobierno asistencia cuyo objetivo no correspondía al resultado del examen? ¿Se sabía esto en el momento del diseño?",
    },
  },
  {
    id: "12",
    section: "C",
    kind: "text",
    text: "What other criteria does your Government use to design, prioritise and decide on technical assistance delivery?",
    texts: {
      en: "What other criteria does your Government use to design, prioritise and decide on technical assistance delivery?",
      fr: "Sur quels autres critères votre gouvernement s'appuie-t-il pour concevoir l'assistance technique, en fixer les priorités et décider de sa fourniture ?",
      es: "¿Qué otros criterios utiliza su Gobierno para diseñar y priorizar la prestación de asistencia técnica y decidir al respecto?",
    },
  },
  {
    id: "observations",
    section: "D",
    kind: "text",
    text: "Any further observations on identifying and addressing needs, programming and follow-up.",
    texts: {
      en: "Any further observations on identifying and addressing needs, programming and follow-up.",
      fr: "Toute autre observation sur le recensement des besoins et la réponse à y apporter, la programmation et le suivi.",
      es: "Cualquier otra observación sobre la detección y atención de las necesidades, la programación y el seguimiento.",
    },
  },
];

/** A question's text in a language (English when the language is not offered or the id unknown). */
export function questionText(id: string, lang: string): string | undefined {
  const q = QUESTIONS.find((x) => x.id === id);
  return q ? pick(q.texts, lang) : undefined;
}

/** A section's title in a language (English when the language is not offered). */
export function sectionTitle(section: string, lang: string): string | undefined {
  const titles = QUESTIONNAIRE_SECTION_TITLES[section as QuestionnaireSection] as
    Localized | undefined;
  return titles ? pick(titles, lang) : undefined;
}

export const ZAnswerSchema = z.object({
  answer: z.enum(["yes", "no", "partly"]).nullable().default(null),
  text: z.string().max(10_000).optional(),
});

/** An answer says something: a yes/partly/no, or an explanation that is not blank. */
export const isAnswered = (a: { answer: string | null; text?: string | undefined }): boolean =>
  a.answer !== null || Boolean(a.text?.trim());

/**
 * Answers keyed by question id; unknown ids are refused so a typo does not silently vanish, and
 * a submission that answers nothing is refused (it would only bury the State's last answers).
 */
export const ZQuestionnaireAnswersSchema = z
  .record(z.string(), ZAnswerSchema)
  .refine((a) => Object.keys(a).every((k) => QUESTIONS.some((q) => q.id === k)), {
    message: `answer ids must be among: ${QUESTIONS.map((q) => q.id).join(", ")}`,
  })
  .refine((a) => Object.values(a).some(isAnswered), {
    message: "Answer at least one question before submitting",
  });
export type TQuestionnaireAnswers = z.infer<typeof ZQuestionnaireAnswersSchema>;

/** How the States that answered a question answered it. */
export interface AnswerCounts {
  yes: number;
  partly: number;
  no: number;
  /** States whose latest response leaves the question without yes/partly/no. */
  unanswered: number;
  /** States that wrote an explanation. */
  explained: number;
}

export interface QuestionTally {
  question: string;
  all: AnswerCounts;
  /** The same counts per regional group (only groups with at least one responding State). */
  byRegion: Record<string, AnswerCounts>;
}

/** One State's latest response, as the tally reads it. */
export interface TallyInput {
  region: string;
  answers: Readonly<Record<string, { answer: string | null; text?: string | undefined }>>;
}

const noCounts = (): AnswerCounts => ({ yes: 0, partly: 0, no: 0, unanswered: 0, explained: 0 });

/**
 * Tallies the latest response of each State per question, overall and per regional group, the
 * way the secretariat's note reports the questionnaire: how many States said yes, partly or no,
 * how many left it open, how many explained. Pass one response per State (its latest).
 */
export function tallyAnswers(responses: readonly TallyInput[]): QuestionTally[] {
  return QUESTIONS.map((q) => {
    const all = noCounts();
    const byRegion: Record<string, AnswerCounts> = {};
    for (const r of responses) {
      const region = (byRegion[r.region] ??= noCounts());
      const a = r.answers[q.id];
      for (const c of [all, region]) {
        const v = a?.answer;
        if (v === "yes" || v === "partly" || v === "no") c[v] += 1;
        else c.unanswered += 1;
        if (a?.text?.trim()) c.explained += 1;
      }
    }
    return { question: q.id, all, byRegion };
  });
}
