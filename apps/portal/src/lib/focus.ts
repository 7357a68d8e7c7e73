/**
 * Whether the person has navigated inside the app. On the first page load focus stays at the
 * top of the document (so the first Tab reaches the skip link); after a client-side navigation
 * it moves to the new page's heading, as a full page load would have announced the new page.
 */
let navigated = false;

export function markNavigated(): void {
  navigated = true;
}

export function hasNavigated(): boolean {
  return navigated;
}
