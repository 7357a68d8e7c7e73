/**
 * The follow-up questionnaire the secretariat sent to States parties in 2021 on how they
 * formulate, address and provide technical assistance for needs identified in the reviews
 * (annex I of the 2021 note). Questions are condensed; ids follow the annex numbering so
 * answers can be compared with the secretariat's analysis.
 */
import { z } from "zod";

export const QUESTIONNAIRE_VERSION = "2021-annex-I";

export interface Question {
  id: string;
  section: "A" | "B" | "C" | "D";
  /** Whether the question asks yes/no (with an optional explanation) or only for text. */
  kind: "yes-no" | "text";
  text: string;
}

export const QUESTIONNAIRE_SECTIONS = {
  A: "For all States parties",
  B: "Your own technical assistance needs identified in your country review",
  C: "Assistance your Government provides for needs identified in other States' reviews",
  D: "Additional observations",
} as const;

export const QUESTIONS: readonly Question[] = [
  {
    id: "1a",
    section: "A",
    kind: "yes-no",
    text: "Has the open format of the second-cycle checklist helped your Government express the specific needs required to close implementation gaps?",
  },
  {
    id: "1b",
    section: "A",
    kind: "yes-no",
    text: "Have your Government's reviewing experts helped another country formulate its technical assistance needs?",
  },
  {
    id: "2",
    section: "A",
    kind: "yes-no",
    text: "Has your Government engaged in South-South cooperation to address needs identified through the review mechanism?",
  },
  {
    id: "3",
    section: "B",
    kind: "yes-no",
    text: "Did your Government address any needs identified in the self-assessment before the review concluded? Which, how were they prioritised, and with what resources?",
  },
  {
    id: "4",
    section: "B",
    kind: "yes-no",
    text: "Did your Government address further needs based on the review's findings after it was completed? Which, and with what resources?",
  },
  {
    id: "5",
    section: "B",
    kind: "yes-no",
    text: "Did the needs identified in the self-assessment remain relevant after the review? If not, why and how did they change?",
  },
  {
    id: "6",
    section: "B",
    kind: "text",
    text: "How has your Government followed up on the recommendations and needs, for example through an action plan or strategy, and how was it designed and implemented?",
  },
  {
    id: "7",
    section: "B",
    kind: "yes-no",
    text: "Has your Government received bilateral or multilateral support for the identified needs? If not, what prevented it; if so, what good practices enabled it?",
  },
  {
    id: "8",
    section: "B",
    kind: "yes-no",
    text: "Has your Government referred to the identified needs in discussions with donors?",
  },
  {
    id: "9",
    section: "B",
    kind: "yes-no",
    text: "Has your Government received support that did not match the identified needs? Was this known when the programme was designed?",
  },
  {
    id: "10",
    section: "C",
    kind: "yes-no",
    text: "Does your Government use the needs identified by other States when designing anti-corruption programmes and assistance? Examples or challenges?",
  },
  {
    id: "11",
    section: "C",
    kind: "yes-no",
    text: "Has your Government designed assistance whose goal did not match the review outcome? Was this known at design time?",
  },
  {
    id: "12",
    section: "C",
    kind: "text",
    text: "What other criteria does your Government use to design, prioritise and decide on technical assistance delivery?",
  },
  {
    id: "observations",
    section: "D",
    kind: "text",
    text: "Any further observations on identifying and addressing needs, programming and follow-up.",
  },
];

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
