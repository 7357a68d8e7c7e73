import { describe, expect, it } from "vitest";
import {
  ACTIVE_ENGAGEMENT_STATUSES,
  ENGAGEMENT_MOVE_IDS,
  ENGAGEMENT_STATUSES,
  NEED_STATUSES,
  OPEN_ENGAGEMENT_STATUSES,
  assertTransition,
  canTransition,
  engagementMoveTarget,
  isMoveOf,
  isOpen,
} from "./index.js";

describe("the life of a need", () => {
  it("starts identified and can move to any later stage", () => {
    for (const to of ["in-progress", "partially-met", "met", "no-longer-relevant"] as const) {
      expect(canTransition("identified", to)).toBe(true);
    }
  });

  it("reopens a met need only as partially met", () => {
    expect(canTransition("met", "partially-met")).toBe(true);
    expect(canTransition("met", "identified")).toBe(false);
    expect(() => assertTransition("met", "identified")).toThrow(/may go to: partially-met/);
  });

  it("never transitions a status to itself", () => {
    for (const s of NEED_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it("lets a State withdraw an open or set-aside need, never a met one, and never reopens a withdrawn one (issue 15, States)", () => {
    expect(NEED_STATUSES.filter((s) => canTransition(s, "withdrawn"))).toEqual([
      "identified",
      "in-progress",
      "partially-met",
      "no-longer-relevant",
    ]);
    for (const s of NEED_STATUSES) expect(canTransition("withdrawn", s)).toBe(false);
  });

  it("counts identified, in progress and partially met needs as open", () => {
    expect(NEED_STATUSES.filter(isOpen)).toEqual(["identified", "in-progress", "partially-met"]);
  });
});

describe("the life of an engagement", () => {
  it("lets only the State accept or decline a proposal", () => {
    expect(engagementMoveTarget("proposed", "accept")).toBe("accepted");
    expect(engagementMoveTarget("proposed", "decline")).toBe("declined");
    expect(isMoveOf("accept", "state")).toBe(true);
    expect(isMoveOf("accept", "provider")).toBe(false);
    expect(isMoveOf("decline", "provider")).toBe(false);
  });

  it("lets only the provider start, deliver and withdraw; both evaluate", () => {
    for (const m of ["start", "deliver", "withdraw"] as const) {
      expect(isMoveOf(m, "provider")).toBe(true);
      expect(isMoveOf(m, "state")).toBe(false);
    }
    expect(isMoveOf("evaluate", "state") && isMoveOf("evaluate", "provider")).toBe(true);
  });

  it("never leads back to proposed, and nothing moves a declined or withdrawn engagement", () => {
    for (const s of ENGAGEMENT_STATUSES)
      for (const m of ENGAGEMENT_MOVE_IDS) expect(engagementMoveTarget(s, m)).not.toBe("proposed");
    for (const s of ["declined", "withdrawn"] as const)
      for (const m of ENGAGEMENT_MOVE_IDS) expect(engagementMoveTarget(s, m)).toBeNull();
  });

  it("evaluates only what was delivered, and a delivered engagement cannot be withdrawn", () => {
    expect(engagementMoveTarget("in-progress", "evaluate")).toBeNull();
    expect(engagementMoveTarget("delivered", "evaluate")).toBe("evaluated");
    expect(engagementMoveTarget("delivered", "withdraw")).toBeNull();
    expect(engagementMoveTarget("evaluated", "start")).toBeNull();
  });

  it("counts proposed, accepted and in-progress engagements as open, accepted and in-progress as active", () => {
    expect(
      ENGAGEMENT_STATUSES.filter((s) =>
        (OPEN_ENGAGEMENT_STATUSES as readonly string[]).includes(s),
      ),
    ).toEqual(["proposed", "accepted", "in-progress"]);
    expect([...ACTIVE_ENGAGEMENT_STATUSES]).toEqual(["accepted", "in-progress"]);
  });
});
