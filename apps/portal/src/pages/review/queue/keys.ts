import { CATEGORY_IDS, type CategoryId } from "@tahub/domain";

/** What a key press asks of the review queue. */
export type ReviewKeyAction =
  { kind: "submit" } | { kind: "pick"; category: CategoryId } | { kind: "skip" };

/** The element a key press came from, as far as the shortcuts care. */
export interface KeyTarget {
  tagName: string;
  id: string;
  isContentEditable: boolean;
}

/**
 * The queue's shortcuts: Enter confirms or saves, 1-6 pick a category, S skips. They stay out of
 * the way while typing (except Enter in the articles box) and with a modifier held; Enter on a
 * focused button, link or summary activates that control, as the person expects.
 */
export function reviewKey(
  e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  target: KeyTarget | null,
): ReviewKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const tag = target?.tagName ?? "";
  const typing =
    tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || !!target?.isContentEditable;
  if (typing && !(e.key === "Enter" && target?.id === "review-articles")) return null;
  if (e.key === "Enter") {
    if (!typing && (tag === "BUTTON" || tag === "A" || tag === "SUMMARY")) return null;
    return { kind: "submit" };
  }
  if (/^[1-6]$/.test(e.key)) {
    const category = CATEGORY_IDS[Number(e.key) - 1];
    return category ? { kind: "pick", category } : null;
  }
  if (e.key === "s" || e.key === "S") return { kind: "skip" };
  return null;
}
