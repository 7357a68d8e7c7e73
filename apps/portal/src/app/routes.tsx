import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/**
 * The portal's route table: every page once, with who may open it and where the navigation
 * lists it. The router (AppRoutes.tsx) and the side navigation (nav.ts, Layout.tsx) both read
 * this array, so a page is added, guarded or listed in one place.
 */

/** Who may open a page; a page without `access` is public. */
export type Access =
  | "user"
  | "secretariat"
  | "state"
  | "donor"
  | "stateOrDonor"
  | "secretariatOrDonor"
  | "secretariatOrState"
  | "admin";

/** The navigation's sections, in the order the side navigation shows them. */
export const NAV_SECTIONS = ["mine", "explore", "secretariat", "donor", "state", "admin"] as const;
export type NavSectionId = (typeof NAV_SECTIONS)[number];

/** A live count a link carries ("Inbox (3 unread)"). */
export type NavCount = "inbox" | "messages";

export interface NavEntry {
  section: NavSectionId;
  /** i18n key of the link's text. */
  label: string;
  /** With a count above zero, this key (with {{count}}) replaces `label`. */
  count?: { of: NavCount; label: string };
}

export interface RouteDef {
  /** The URL path ("/" for the home page), react-router syntax. */
  path: string;
  page: LazyExoticComponent<ComponentType>;
  access?: Access;
  /**
   * Where the side navigation lists the page. Within a section, links come in the order of
   * this table, so the table is ordered as the navigation reads.
   */
  nav?: NavEntry[];
}

// One chunk per page: the first load carries only the shell and the page it lands on.
const page = (load: () => Promise<{ default: ComponentType }>) => lazy(load);

export const routes: RouteDef[] = [
  // Explore: public pages
  {
    path: "/",
    page: page(() => import("../pages/home/HomePage")),
    nav: [{ section: "explore", label: "nav.home" }],
  },
  {
    path: "/needs",
    page: page(() => import("../pages/needs/NeedsExplorerPage")),
    nav: [{ section: "explore", label: "nav.needs" }],
  },
  {
    path: "/offers",
    page: page(() => import("../pages/offers/OffersPage")),
    nav: [{ section: "explore", label: "nav.offers" }],
  },
  {
    path: "/expertise",
    page: page(() => import("../pages/expertise/ExpertisePage")),
    nav: [{ section: "explore", label: "nav.expertise" }],
  },
  {
    path: "/experts",
    page: page(() => import("../pages/experts/ExpertsPage")),
    nav: [{ section: "explore", label: "nav.experts" }],
  },
  {
    path: "/analytics",
    page: page(() => import("../pages/analytics/AnalyticsPage")),
    nav: [{ section: "explore", label: "nav.analytics" }],
  },
  { path: "/login", page: page(() => import("../pages/login/LoginPage")) },
  { path: "/search", page: page(() => import("../pages/search/SearchPage")) },
  { path: "/needs/:id", page: page(() => import("../pages/needs/NeedPage")) },
  { path: "/needs/:id/partners", page: page(() => import("../pages/needs/PartnersPage")) },
  { path: "/offers/:id", page: page(() => import("../pages/offers/OfferPage")) },
  { path: "/experts/:id", page: page(() => import("../pages/experts/ExpertPage")) },
  { path: "/engagements/:id", page: page(() => import("../pages/engagements/EngagementPage")) },
  // donors (issue 15): an expert answers a message from the link in the mail, without an account
  { path: "/messages/reply/:token", page: page(() => import("../pages/messages/ExpertReplyPage")) },
  // notifications & mail (issue 15)
  { path: "/forgot-password", page: page(() => import("../pages/login/ForgotPasswordPage")) },
  { path: "/reset-password", page: page(() => import("../pages/login/ResetPasswordPage")) },

  // Your work: every signed-in user
  {
    path: "/inbox",
    page: page(() => import("../pages/engagements/InboxPage")),
    access: "user",
    nav: [
      { section: "mine", label: "nav.inbox", count: { of: "inbox", label: "nav.inboxUnread" } },
    ],
  },
  {
    path: "/engagements",
    page: page(() => import("../pages/engagements/EngagementsPage")),
    access: "user",
    nav: [{ section: "mine", label: "nav.engagements" }],
  },
  {
    path: "/messages",
    page: page(() => import("../pages/messages/MessagesPage")),
    access: "user",
    nav: [
      {
        section: "mine",
        label: "nav.messages",
        count: { of: "messages", label: "nav.messagesUnread" },
      },
    ],
  },
  {
    path: "/messages/:id",
    page: page(() => import("../pages/messages/ThreadPage")),
    access: "user",
  },
  {
    path: "/subscriptions",
    page: page(() => import("../pages/notifications/SubscriptionsPage")),
    access: "user",
    nav: [{ section: "mine", label: "mail.nav.subscriptions" }],
  },

  // The secretariat's, donors' and States' own pages, in the navigation's order
  {
    path: "/review",
    page: page(() => import("../pages/review/ReviewQueuePage")),
    access: "secretariat",
    nav: [{ section: "secretariat", label: "nav.review" }],
  },
  {
    path: "/programmes",
    page: page(() => import("../pages/review/RegionalProgrammesPage")),
    access: "secretariat",
    nav: [{ section: "secretariat", label: "nav.programmes" }],
  },
  {
    path: "/import",
    page: page(() => import("../pages/import/ImportPage")),
    access: "secretariat",
    nav: [{ section: "secretariat", label: "nav.import" }],
  },
  {
    path: "/my/offers",
    page: page(() => import("../pages/donor/MyOffersPage")),
    access: "donor",
    nav: [{ section: "donor", label: "nav.myOffers" }],
  },
  {
    path: "/my/offers/new",
    page: page(() => import("../pages/donor/OfferEditPage")),
    access: "donor",
  },
  {
    path: "/my/offers/:id",
    page: page(() => import("../pages/donor/OfferEditPage")),
    access: "donor",
  },
  {
    path: "/matches",
    page: page(() => import("../pages/donor/MatchesPage")),
    access: "donor",
    nav: [{ section: "donor", label: "nav.matches" }],
  },
  {
    path: "/coverage",
    page: page(() => import("../pages/donor/CoveragePage")),
    access: "donor",
    nav: [{ section: "donor", label: "nav.coverage" }],
  },
  {
    path: "/my/needs",
    page: page(() => import("../pages/state/MyNeedsPage")),
    access: "state",
    nav: [{ section: "state", label: "nav.myNeeds" }],
  },
  {
    path: "/my/needs/new",
    page: page(() => import("../pages/state/NewNeedPage")),
    access: "state",
    nav: [{ section: "state", label: "nav.addNeed" }],
  },
  {
    path: "/ingest",
    page: page(() => import("../pages/ingest/IngestPage")),
    access: "secretariatOrState",
    nav: [
      { section: "secretariat", label: "nav.ingest" },
      { section: "state", label: "nav.ingest" },
    ],
  },
  {
    path: "/questionnaire/answers",
    page: page(() => import("../pages/review/QuestionnaireAnswersPage")),
    access: "secretariat",
    nav: [{ section: "secretariat", label: "nav.answers" }],
  },
  {
    path: "/findings",
    page: page(() => import("../pages/findings/FindingsPage")),
    access: "secretariat",
    nav: [{ section: "secretariat", label: "nav.findings" }],
  },
  {
    path: "/expertise/new",
    page: page(() => import("../pages/expertise/PublishExpertisePage")),
    access: "stateOrDonor",
    nav: [
      { section: "donor", label: "nav.publishExpertise" },
      { section: "state", label: "nav.publishExpertise" },
    ],
  },
  {
    path: "/questionnaire",
    page: page(() => import("../pages/state/QuestionnairePage")),
    access: "state",
    nav: [{ section: "state", label: "nav.questionnaire" }],
  },
  {
    path: "/experts/new",
    page: page(() => import("../pages/experts/ExpertFormPage")),
    access: "secretariatOrDonor",
    nav: [
      { section: "secretariat", label: "nav.addExpert" },
      { section: "donor", label: "nav.addExpert" },
    ],
  },
  // donors (issue 15): the provider or the secretariat fixes an entry it keeps
  {
    path: "/experts/:id/edit",
    page: page(() => import("../pages/experts/ExpertFormPage")),
    access: "secretariatOrDonor",
  },
  // States (issue 15, deliverable 3)
  {
    path: "/my/assistance",
    page: page(() => import("../pages/state/AssistancePage")),
    access: "secretariatOrState",
    nav: [
      { section: "secretariat", label: "nav.assistance" },
      { section: "state", label: "nav.assistance" },
    ],
  },
  {
    path: "/my/experts",
    page: page(() => import("../pages/state/RecommendExpertsPage")),
    access: "secretariatOrState",
    nav: [
      { section: "secretariat", label: "nav.recommendedExperts" },
      { section: "state", label: "nav.recommendExpert" },
    ],
  },

  // Administration (issue 15, deliverable 6; the outbox with it)
  {
    path: "/admin/users",
    page: page(() => import("../pages/admin/UsersPage")),
    access: "admin",
    nav: [{ section: "admin", label: "nav.adminUsers" }],
  },
  {
    path: "/admin/audit",
    page: page(() => import("../pages/admin/AuditPage")),
    access: "admin",
    nav: [{ section: "admin", label: "nav.adminAudit" }],
  },
  {
    path: "/admin/outbox",
    page: page(() => import("../pages/admin/OutboxPage")),
    access: "admin",
    nav: [{ section: "admin", label: "mail.nav.outbox" }],
  },
];
