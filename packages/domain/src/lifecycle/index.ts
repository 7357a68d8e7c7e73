/**
 * A need lives from identification in a country review until it is met or no longer relevant.
 * Transitions are explicit so that a typo in a status update cannot, say, reopen a met need
 * without saying so.
 */
export const NEED_STATUSES = [
  "identified",
  "in-progress",
  "partially-met",
  "met",
  "no-longer-relevant",
  // The State took the need back (issue 15, States; docs/states.md): it leaves matching and
  // every list but the State's and the secretariat's, and counts in the analytics as at the
  // days before its withdrawal only.
  "withdrawn",
] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_TRANSITIONS: Readonly<Record<NeedStatus, readonly NeedStatus[]>> = {
  identified: ["in-progress", "partially-met", "met", "no-longer-relevant", "withdrawn"],
  // Support can stop without result: the need goes back to identified.
  "in-progress": ["identified", "partially-met", "met", "no-longer-relevant", "withdrawn"],
  "partially-met": ["in-progress", "met", "no-longer-relevant", "withdrawn"],
  // A met need is reopened only as partially met: what was delivered still counts. It is never
  // withdrawn: the assistance delivered on it stays on record.
  met: ["partially-met"],
  // A need set aside can come back when circumstances change.
  "no-longer-relevant": ["identified", "withdrawn"],
  // Final: the analytics as at earlier days keep counting it, so it is never reopened (the State
  // records a new need instead).
  withdrawn: [],
};

/** The statuses a need may be withdrawn from (every one that leads to "withdrawn"). */
export function canWithdraw(from: NeedStatus): boolean {
  return canTransition(from, "withdrawn");
}

export function canTransition(from: NeedStatus, to: NeedStatus): boolean {
  return NEED_TRANSITIONS[from].includes(to);
}

export function assertTransition(from: NeedStatus, to: NeedStatus): void {
  if (!canTransition(from, to)) {
    const allowed = NEED_TRANSITIONS[from].join(", ");
    throw new Error(
      `A need cannot go from "${from}" to "${to}"; from "${from}" it may go to: ${allowed}`,
    );
  }
}

/** Open needs are the ones that still want support. */
export function isOpen(status: NeedStatus): boolean {
  return status === "identified" || status === "in-progress" || status === "partially-met";
}

/** Who may read a record. Ordered from most to least visible. */
export const CONFIDENTIALITY_TIERS = ["public", "donors-secretariat", "secretariat-only"] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_TIERS)[number];

/**
 * An engagement: a provider's support for one need (issue 15). The provider proposes; the
 * State accepts or declines; the provider starts and delivers, proposing the need's new status;
 * each party then evaluates. Declined, withdrawn and evaluated are final: nothing goes back to
 * proposed. See docs/engagements.md.
 */
export const ENGAGEMENT_STATUSES = [
  "proposed",
  "accepted",
  "declined",
  "in-progress",
  "delivered",
  "evaluated",
  "withdrawn",
] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

/** Not finished: a second proposal by the same provider for the same need and offer returns it. */
export const OPEN_ENGAGEMENT_STATUSES = [
  "proposed",
  "accepted",
  "in-progress",
] as const satisfies readonly EngagementStatus[];
/** Support agreed and under way: a new proposal on the need overlaps it. */
export const ACTIVE_ENGAGEMENT_STATUSES = [
  "accepted",
  "in-progress",
] as const satisfies readonly EngagementStatus[];
/** Support that was given: evidence that the provider delivered on the need's topic. */
export const DELIVERED_ENGAGEMENT_STATUSES = [
  "in-progress",
  "delivered",
  "evaluated",
] as const satisfies readonly EngagementStatus[];
/** No support (anymore): the need waits as if the engagement had never been proposed. */
export const ENDED_WITHOUT_SUPPORT = [
  "declined",
  "withdrawn",
] as const satisfies readonly EngagementStatus[];

/** The two parties of an engagement. The secretariat may act for the provider, never for the State. */
export type EngagementParty = "state" | "provider";

/**
 * Every move of the lifecycle: the statuses it starts from, where it leads and whose move it is.
 * `evaluate` is each party's once, so it starts from delivered or (the other party's) evaluated.
 */
export const ENGAGEMENT_MOVES = {
  accept: { from: ["proposed"], to: "accepted", by: ["state"] },
  decline: { from: ["proposed"], to: "declined", by: ["state"] },
  start: { from: ["accepted"], to: "in-progress", by: ["provider"] },
  deliver: { from: ["in-progress"], to: "delivered", by: ["provider"] },
  withdraw: { from: ["proposed", "accepted", "in-progress"], to: "withdrawn", by: ["provider"] },
  evaluate: { from: ["delivered", "evaluated"], to: "evaluated", by: ["state", "provider"] },
} as const satisfies Record<
  string,
  { from: readonly EngagementStatus[]; to: EngagementStatus; by: readonly EngagementParty[] }
>;
export type EngagementMove = keyof typeof ENGAGEMENT_MOVES;
export const ENGAGEMENT_MOVE_IDS = Object.keys(ENGAGEMENT_MOVES) as EngagementMove[];

/** Where `move` takes an engagement in `status`, or null when the move is not allowed there. */
export function engagementMoveTarget(
  status: EngagementStatus,
  move: EngagementMove,
): EngagementStatus | null {
  const m = ENGAGEMENT_MOVES[move];
  return (m.from as readonly EngagementStatus[]).includes(status) ? m.to : null;
}

/** Whether `party` makes `move`. */
export function isMoveOf(move: EngagementMove, party: EngagementParty): boolean {
  return (ENGAGEMENT_MOVES[move].by as readonly EngagementParty[]).includes(party);
}

/** The need statuses a delivery may propose to the State. */
export const DELIVERY_NEED_STATUSES = [
  "met",
  "partially-met",
] as const satisfies readonly NeedStatus[];

/**
 * What the history of an engagement records: the propose step, every move, and the State's
 * answer to a proposed need status. `record` marks engagements recorded before the lifecycle.
 */
export const ENGAGEMENT_ACTIONS = [
  "propose",
  ...ENGAGEMENT_MOVE_IDS,
  "confirm-status",
  "reject-status",
  "record",
] as const;
export type EngagementAction = (typeof ENGAGEMENT_ACTIONS)[number];

/**
 * Kinds of in-app notification: one per action the other party hears of, and the overlap
 * warning. A notification carries ids and these kinds, never a sentence: the portal words it
 * in the reader's language.
 */
export const NOTIFICATION_KINDS = [
  "engagement.propose",
  "engagement.accept",
  "engagement.decline",
  "engagement.start",
  "engagement.deliver",
  "engagement.withdraw",
  "engagement.evaluate",
  "engagement.confirm-status",
  "engagement.reject-status",
  "engagement.overlap",
  // notifications & mail (issue 15, issue 14 part 5): subscriptions and questionnaire reminders
  "subscription.need",
  "subscription.offer",
  "questionnaire.reminder",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
