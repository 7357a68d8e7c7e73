/**
 * The two taxonomies of technical assistance needs.
 *
 * Cycle 2 (chapters II and V) suggests six groupings and lets States write needs freely; a need
 * may span several. Cycle 1 (chapters III and IV) made States tick nine predetermined categories.
 * The mapping between them is many-to-many and deliberately loose: it says which cycle-2
 * grouping a cycle-1 category would most plausibly be analysed under, so the two cycles can be
 * compared in one chart. The reasoning for each edge is kept next to it.
 */
import { GUIDELINE_MODALITIES } from "./guideline.js";

export * from "./guideline.js";

export const CATEGORY_IDS = [
  "capacity-building",
  "legislative-assistance",
  "institution-building",
  "policymaking",
  "research-data",
  "international-cooperation",
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface Category {
  id: CategoryId;
  name: string;
  description: string;
}

export const CATEGORIES: readonly Category[] = [
  {
    id: "capacity-building",
    name: "Capacity-building",
    description:
      "Training, mentoring, peer learning and skills for officials and non-State actors.",
  },
  {
    id: "legislative-assistance",
    name: "Legislative assistance",
    description: "Drafting, reviewing or amending laws, regulations and by-laws.",
  },
  {
    id: "institution-building",
    name: "Institution-building",
    description: "Creating or strengthening bodies, systems, procedures and their resources.",
  },
  {
    id: "policymaking",
    name: "Policymaking",
    description: "Strategies, action plans, policies and guidelines.",
  },
  {
    id: "research-data",
    name: "Research/data-gathering and analysis",
    description: "Studies, assessments, statistics, data collection and analysis.",
  },
  {
    id: "international-cooperation",
    name: "Facilitation of international cooperation with other countries",
    description: "Working with foreign counterparts, networks, agreements and requests.",
  },
];

export const CYCLE1_CATEGORY_IDS = [
  "legislative-drafting",
  "model-legislation",
  "action-plan",
  "good-practices",
  "model-treaties",
  "capacity-building-programmes",
  "on-site-expert",
  "technological-assistance",
  "other",
] as const;
export type Cycle1CategoryId = (typeof CYCLE1_CATEGORY_IDS)[number];

export interface Cycle1Category {
  id: Cycle1CategoryId;
  name: string;
}

export const CYCLE1_CATEGORIES: readonly Cycle1Category[] = [
  { id: "legislative-drafting", name: "Legislative drafting/advice" },
  { id: "model-legislation", name: "Model legislation" },
  { id: "action-plan", name: "Development of an action plan" },
  { id: "good-practices", name: "Summary of good practices/lessons learned" },
  { id: "model-treaties", name: "Model treaties/agreements" },
  { id: "capacity-building-programmes", name: "Capacity-building programmes" },
  { id: "on-site-expert", name: "On-site expert" },
  { id: "technological-assistance", name: "Technological assistance" },
  { id: "other", name: "Other assistance" },
];

export interface TaxonomyEdge {
  from: Cycle1CategoryId;
  to: CategoryId;
  why: string;
}

export const CYCLE1_TO_CYCLE2: readonly TaxonomyEdge[] = [
  { from: "legislative-drafting", to: "legislative-assistance", why: "same form of assistance" },
  { from: "model-legislation", to: "legislative-assistance", why: "a model law serves drafting" },
  { from: "action-plan", to: "policymaking", why: "an action plan is a policy instrument" },
  {
    from: "action-plan",
    to: "institution-building",
    why: "plans often assign and build institutional roles",
  },
  {
    from: "good-practices",
    to: "capacity-building",
    why: "good practices are shared through peer learning",
  },
  {
    from: "good-practices",
    to: "research-data",
    why: "compiling lessons learned is analytical work",
  },
  {
    from: "model-treaties",
    to: "international-cooperation",
    why: "treaties frame cooperation with other countries",
  },
  {
    from: "model-treaties",
    to: "legislative-assistance",
    why: "a treaty is a legal instrument to draft",
  },
  { from: "capacity-building-programmes", to: "capacity-building", why: "same form of assistance" },
  { from: "on-site-expert", to: "capacity-building", why: "an expert on site transfers skills" },
  {
    from: "on-site-expert",
    to: "institution-building",
    why: "embedded experts help set up bodies and procedures",
  },
  {
    from: "technological-assistance",
    to: "institution-building",
    why: "systems and tools are institutional infrastructure",
  },
  {
    from: "technological-assistance",
    to: "research-data",
    why: "databases and case management serve data-gathering",
  },
  // "other" has no counterpart: the cycle-1 forms did not say what it held.
];

export function cycle2For(c1: Cycle1CategoryId): CategoryId[] {
  return CYCLE1_TO_CYCLE2.filter((e) => e.from === c1).map((e) => e.to);
}

export function cycle1For(c2: CategoryId): Cycle1CategoryId[] {
  return CYCLE1_TO_CYCLE2.filter((e) => e.to === c2).map((e) => e.from);
}

/**
 * Cycle-2 needs per grouping as the secretariat published them (CAC/COSP/2023 note on TA needs, figure IV and para 16:
 * 527 needs from 54 States as at 15 September 2023). The demo data reproduces them; the
 * classifier takes their shares as the mix of the needs it will be given.
 */
export const CYCLE2_CATEGORY_NEEDS: Readonly<Record<CategoryId, number>> = {
  "capacity-building": 259,
  "legislative-assistance": 87,
  "institution-building": 66,
  "research-data": 49,
  policymaking: 40,
  "international-cooperation": 26,
};

export function isCategoryId(s: unknown): s is CategoryId {
  return typeof s === "string" && (CATEGORY_IDS as readonly string[]).includes(s);
}

/**
 * Forms of assistance a provider offers. Each serves one or more cycle-2 groupings; matching
 * uses this to judge whether an offer fits the kind of help a need asks for.
 */
export const MODALITY_IDS = [
  "training",
  "peer-learning",
  "mentoring",
  "legislative-advice",
  "expert-deployment",
  "institutional-support",
  "technology",
  "policy-advice",
  "research",
  "assessment",
  "networking",
  "funding",
] as const;
export type ModalityId = (typeof MODALITY_IDS)[number];

/** Derived from the labelling guideline (`./guideline.ts`): offers are filed as needs are. */
export const MODALITY_CATEGORIES: Readonly<Record<ModalityId, readonly CategoryId[]>> = {
  ...GUIDELINE_MODALITIES,
  funding: [...CATEGORY_IDS],
};
