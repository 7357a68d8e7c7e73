/**
 * The demo's accounts (one per role, two States, two providers) and their saved subscriptions.
 * Data only: seedDemo (index.ts) inserts them.
 */

/** Demo sign-in password of every demo user (documented in docs/storage.md). */
export const DEMO_PASSWORD = "tahub-demo-2023";

export const DEMO_USERS = [
  {
    id: "demo-user-admin",
    email: "admin@tahub.demo",
    name: "Demo administrator",
    role: "admin",
    stateId: null,
    providerId: null,
  },
  {
    id: "demo-user-analyst",
    email: "analyst@tahub.demo",
    name: "Demo analyst",
    role: "analyst",
    stateId: null,
    providerId: null,
  },
  {
    id: "demo-user-state-ken",
    email: "state.ken@tahub.demo",
    name: "Demo focal point, Kenya",
    role: "state",
    stateId: "KEN",
    providerId: null,
  },
  {
    id: "demo-user-state-idn",
    email: "state.idn@tahub.demo",
    name: "Demo focal point, Indonesia",
    role: "state",
    stateId: "IDN",
    providerId: null,
  },
  {
    id: "demo-user-donor",
    email: "donor@tahub.demo",
    name: "Demo donor officer",
    role: "provider",
    stateId: null,
    providerId: "demo-provider-donor-nor",
  },
  {
    id: "demo-user-unodc",
    email: "unodc@tahub.demo",
    name: "Demo UNODC officer",
    role: "provider",
    stateId: null,
    providerId: "demo-provider-unodc",
  },
] as const;

/**
 * Saved criteria (notifications & mail, docs/notifications.md). The watermark is the seeding
 * instant (`now`): only records added after it notify, never the demo data itself.
 */
export function demoSubscriptions(created: Date, now: Date) {
  return [
    {
      id: "demo-sub-1",
      userId: "demo-user-donor",
      target: "needs",
      frequency: "daily",
      regions: ["african"],
      articles: [52],
      createdAt: created,
      checkedAt: now,
    },
    {
      id: "demo-sub-2",
      userId: "demo-user-donor",
      target: "needs",
      frequency: "immediate",
      articles: [52],
      createdAt: created,
      checkedAt: now,
    },
    {
      id: "demo-sub-3",
      userId: "demo-user-state-ken",
      target: "offers",
      frequency: "immediate",
      categories: ["capacity-building"],
      createdAt: created,
      checkedAt: now,
    },
  ];
}
