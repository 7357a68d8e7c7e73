/**
 * The labelling guideline's decision list (see `./guideline.ts`): one record per rule, with its
 * head phrases in English, French and Spanish and the paragraphs of the Secretariat's note it
 * rests on. A data table: the logic that reads it lives in `./guideline.ts` and the classifier.
 */
import type { CategoryId } from "./index.js";

export const NOTE_2023 =
  "CAC/COSP/2023, note by the Secretariat on the analysis of technical assistance needs emerging from the country reviews";

export interface GuidelineSource {
  document: string;
  paras: number[];
}

export interface GuidelineRule {
  /** Stable id, used by tests and in annotators' notes. */
  id: string;
  /** What the head of the request asks for, in a sentence. */
  when: string;
  /** The grouping the need is filed under. */
  category: CategoryId;
  /**
   * Groupings careful annotators also choose for needs under this rule: the rule's contested
   * edge. A need decided by such a rule is given the first of them as its secondary grouping
   * when the text supports it, and is never filed with high confidence on the rule alone.
   */
  contestedWith: CategoryId[];
  /**
   * Head phrases: the words a request of this kind starts with (after generic openers such as
   * "support in" or "the need for", see `GENERIC_HEADS`). Stems are matched, so one form each.
   */
  heads: { en: string[]; fr: string[]; es: string[] };
  /** Where the secretariat says so; empty for rules that only make the six descriptions operational. */
  sources: GuidelineSource[];
}

const note = (...paras: number[]): GuidelineSource[] => [{ document: NOTE_2023, paras }];

/**
 * The decision list, in order: the first rule whose head phrase opens the request decides.
 * Exceptions come before the general rule they carve out of (drafting of mutual legal
 * assistance requests before cooperation with other States; data systems before tools).
 */
export const GUIDELINE_RULES: readonly GuidelineRule[] = [
  {
    id: "mla-requests-skill",
    when: "Preparing, drafting or executing mutual legal assistance requests (a practitioner's skill).",
    category: "capacity-building",
    contestedWith: ["international-cooperation"],
    heads: {
      en: ["drafting of mutual legal assistance requests", "preparation of MLA requests"],
      fr: ["rédaction des demandes d'entraide judiciaire"],
      es: ["redacción de solicitudes de asistencia judicial recíproca"],
    },
    sources: note(34, 44),
  },
  {
    id: "data-and-tracking",
    when: "Collecting, storing or analysing data, statistics, or tracking cases (including a case-management or tracking system built for that purpose).",
    category: "research-data",
    contestedWith: ["capacity-building"],
    heads: {
      en: [
        "collection of data",
        "data collection",
        "statistics",
        "case tracking",
        "tracking of cases",
        "tracking system",
        "system for tracking",
        "tracking the status",
        "to track",
        "database to collect statistics",
      ],
      fr: [
        "collecte de données",
        "statistiques",
        "suivi des affaires",
        "suivi des dossiers",
        "base de données de suivi",
        "système de suivi",
      ],
      es: [
        "recopilación de datos",
        "estadísticas",
        "seguimiento de casos",
        "seguimiento de las solicitudes",
        "sistema de seguimiento",
        "base de datos de seguimiento",
      ],
    },
    sources: note(44),
  },
  {
    id: "peer-learning",
    when: "Peer learning: study visits, exchanges of experience, sharing of good practices and lessons learned, including with other States.",
    category: "capacity-building",
    contestedWith: ["international-cooperation"],
    heads: {
      en: [
        "study visit",
        "study tour",
        "exchange of experiences",
        "sharing of experiences",
        "peer exchange",
        "peer-to-peer exchange",
        "sharing of good practices",
        "peer learning",
        "lessons learned",
        "exchange programme",
        "secondment",
        "twinning",
        "exchanges with other",
        "exchanges with peer",
      ],
      fr: [
        "voyage d'étude",
        "visite d'étude",
        "échange d'expériences",
        "partage d'expériences",
        "partage de bonnes pratiques",
        "échange entre pairs",
        "stage",
        "jumelage",
      ],
      es: [
        "visita de estudio",
        "intercambio de experiencias",
        "intercambio de buenas prácticas",
        "pasantía",
        "aprendizaje entre pares",
        "hermanamiento",
      ],
    },
    sources: note(16, 43),
  },
  {
    id: "training-and-skills",
    when: "Training, workshops, courses, mentoring, skills development, awareness-raising and public education, for officials or people outside the public sector.",
    category: "capacity-building",
    contestedWith: [],
    heads: {
      en: [
        "training",
        "capacity-building",
        "workshop",
        "mentoring",
        "mentorship",
        "awareness-raising",
        "skills development",
        "public education",
        "civic education",
      ],
      fr: [
        "formation",
        "renforcement des capacités",
        "atelier",
        "sensibilisation",
        "encadrement",
        "mentorat",
        "accompagnement",
        "éducation civique",
      ],
      es: [
        "capacitación",
        "formación",
        "creación de capacidad",
        "taller",
        "sensibilización",
        "mentoría",
        "acompañamiento",
        "educación cívica",
      ],
    },
    sources: note(16, 19, 30, 41),
  },
  {
    id: "audit-and-monitoring-practice",
    when: "Conducting audits, monitoring and evaluating a system in operation, preparing investigation reports, detecting fraud: doing the work better.",
    category: "capacity-building",
    contestedWith: ["research-data"],
    heads: {
      en: [
        "conduct of audits",
        "risk-based audits",
        "monitoring and evaluation of",
        "preparation of investigation reports",
        "investigation reports",
      ],
      fr: ["conduite d'audits", "suivi et évaluation", "rapports d'enquête"],
      es: ["realización de auditorías", "seguimiento y evaluación", "informes de investigación"],
    },
    sources: note(26),
  },
  {
    id: "technological-tools",
    when: "Developing and using technological tools: electronic procurement, declaration, reporting or case-management systems, databases, portals, digitisation of records.",
    category: "capacity-building",
    contestedWith: ["institution-building"],
    heads: {
      en: [
        "electronic system",
        "information system",
        "database",
        "digitization",
        "online platform",
        "software",
        "register of beneficial owners",
        "beneficial ownership register",
        "central register",
        "electronic register",
      ],
      fr: [
        "système informatique",
        "base de données",
        "numérisation",
        "plateforme en ligne",
        "registre des bénéficiaires effectifs",
        "registre central",
      ],
      es: [
        "sistema informático",
        "base de datos",
        "digitalización",
        "plataforma en línea",
        "registro de beneficiarios finales",
        "registro central",
      ],
    },
    sources: note(16, 26, 42),
  },
  {
    id: "operational-guidance",
    when: "Manuals, handbooks, guidelines, templates and practice guidance for practitioners (including policies or guidelines on confiscation and asset recovery).",
    category: "capacity-building",
    contestedWith: ["policymaking"],
    heads: {
      en: ["manual", "handbook", "guidelines", "guidance", "toolkit", "template", "model forms"],
      fr: ["manuel", "guide pratique", "lignes directrices", "modèles de demandes", "guide"],
      es: ["manual", "guía", "directrices", "modelos de solicitud", "protocolo"],
    },
    sources: note(22, 44),
  },
  {
    id: "legislation",
    when: "Drafting, reviewing or amending laws, bills, regulations and legal provisions, or reviewing the legal framework (a legislative gap analysis included); model laws; and needs that name only the legal measure wanted: a restriction, prohibition, obligation, requirement or sanction to be introduced.",
    category: "legislative-assistance",
    contestedWith: [],
    heads: {
      en: [
        "legislative assistance",
        "drafting of a law",
        "review of the legislation",
        "amendment of the law",
        "regulations",
        "bill",
        "legal framework",
        "model law",
        "gap analysis of the legislation",
        "legislative gap analysis",
        "restrictions on",
        "prohibition of",
        "legal obligations",
        "legal requirements",
        "legal measures",
      ],
      fr: [
        "assistance législative",
        "projet de loi",
        "révision de la loi",
        "cadre juridique",
        "textes d'application",
        "interdiction de",
        "obligations légales",
        "restrictions",
      ],
      es: [
        "asistencia legislativa",
        "proyecto de ley",
        "reforma de la ley",
        "marco jurídico",
        "reglamento",
        "prohibición de",
        "obligaciones legales",
        "restricciones",
      ],
    },
    sources: note(26, 29, 40, 45),
  },
  {
    id: "policy-instruments",
    when: "Strategies, action plans, national policies, codes of conduct or ethics, and the policy and governance instruments that coordinate institutions (a coordination mechanism among institutions; a standing committee is a body, next rule).",
    category: "policymaking",
    contestedWith: ["legislative-assistance"],
    heads: {
      en: [
        "strategy",
        "action plan",
        "policy",
        "code of conduct",
        "code of ethics",
        "code of corporate governance",
        "roadmap",
        "coordination mechanism",
        "codes of conduct",
      ],
      fr: [
        "stratégie",
        "plan d'action",
        "politique",
        "code de conduite",
        "code de déontologie",
        "code d'éthique",
        "feuille de route",
        "mécanisme de coordination",
      ],
      es: [
        "estrategia",
        "plan de acción",
        "política",
        "código de conducta",
        "código de ética",
        "hoja de ruta",
        "mecanismo de coordinación",
      ],
    },
    sources: note(19, 36),
  },
  {
    id: "bodies-and-procedures",
    when: "Creating or strengthening a body or unit: its mandate, independence, structure, staffing, recruitment, budget, equipment and premises, and the internal procedures and mechanisms through which it works (complaint handling, verification regimes, asset management entities).",
    category: "institution-building",
    contestedWith: ["capacity-building"],
    heads: {
      en: [
        "establishment of a unit",
        "institutional strengthening",
        "independence of",
        "staffing",
        "equipment",
        "procedures",
        "mechanism",
        "budget",
        "premises",
        "organizational structure",
      ],
      fr: [
        "création d'une unité",
        "renforcement institutionnel",
        "indépendance",
        "équipement",
        "procédures",
        "mécanisme",
        "budget",
        "personnel permanent",
        "locaux",
      ],
      es: [
        "creación de una unidad",
        "fortalecimiento institucional",
        "independencia",
        "equipamiento",
        "procedimientos",
        "mecanismo",
        "presupuesto",
        "personal permanente",
      ],
    },
    sources: note(20, 36),
  },
  {
    id: "studies-and-assessments",
    when: "Studies, research, surveys, risk and needs assessments, typologies and indicators: finding out.",
    category: "research-data",
    contestedWith: ["policymaking"],
    heads: {
      en: [
        "study",
        "research",
        "survey",
        "risk assessment",
        "typologies",
        "indicators",
        "analysis",
      ],
      fr: ["étude", "enquête", "évaluation des risques", "typologies", "indicateurs"],
      es: [
        "estudio",
        "investigación",
        "encuesta",
        "evaluación de riesgos",
        "tipologías",
        "indicadores",
      ],
    },
    sources: note(19, 29, 31),
  },
  {
    id: "cooperation-with-states",
    when: "Working with other States and networks: negotiating agreements and memorandums, joining networks, establishing communication with requested States, regional and international cooperation.",
    category: "international-cooperation",
    contestedWith: ["capacity-building"],
    heads: {
      en: [
        "international cooperation",
        "bilateral agreements",
        "memorandum of understanding",
        "networks",
        "communication with requested States",
        "regional cooperation",
        "asset-sharing arrangements",
        "agreements with other States",
        "contacts with the authorities of",
      ],
      fr: [
        "coopération internationale",
        "accords bilatéraux",
        "mémorandum d'accord",
        "réseaux",
        "canaux de communication",
        "coopération avec les pays",
        "contacts avec les autorités",
      ],
      es: [
        "cooperación internacional",
        "acuerdos bilaterales",
        "memorando de entendimiento",
        "redes",
        "canales de cooperación",
        "canales de comunicación",
        "contactos directos con las autoridades",
      ],
    },
    sources: note(36, 38, 47),
  },
];
