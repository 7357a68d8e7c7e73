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
] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_TRANSITIONS: Readonly<Record<NeedStatus, readonly NeedStatus[]>> = {
  identified: ["in-progress", "partially-met", "met", "no-longer-relevant"],
  // Support can stop without result: the need goes back to identified.
  "in-progress": ["identified", "partially-met", "met", "no-longer-relevant"],
  "partially-met": ["in-progress", "met", "no-longer-relevant"],
  // A met need is reopened only as partially met: what was delivered still counts.
  met: ["partially-met"],
  // A need set aside can come back when circumstances change.
  "no-longer-relevant": ["identified"],
};

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

export const ENGAGEMENT_STATUSES = [
  "proposed",
  "agreed",
  "ongoing",
  "completed",
  "cancelled",
] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];
