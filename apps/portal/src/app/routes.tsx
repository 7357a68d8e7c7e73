import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router";
import { EmptyState, Spinner } from "../components/ui";
import { useSession } from "../lib/session";
import { Layout } from "./Layout";
import { Link } from "react-router";

// One chunk per page: the first load carries only the shell and the page it lands on.
const Home = lazy(() => import("../pages/home/HomePage"));
const Login = lazy(() => import("../pages/login/LoginPage"));
const Search = lazy(() => import("../pages/search/SearchPage"));
const NeedsExplorer = lazy(() => import("../pages/needs/NeedsExplorerPage"));
const NeedDetail = lazy(() => import("../pages/needs/NeedPage"));
const Partners = lazy(() => import("../pages/needs/PartnersPage"));
const Review = lazy(() => import("../pages/review/ReviewQueuePage"));
const Programmes = lazy(() => import("../pages/review/RegionalProgrammesPage"));
const Import = lazy(() => import("../pages/import/ImportPage"));
const Ingest = lazy(() => import("../pages/ingest/IngestPage"));
const Analytics = lazy(() => import("../pages/analytics/AnalyticsPage"));
const Offers = lazy(() => import("../pages/offers/OffersPage"));
const OfferDetail = lazy(() => import("../pages/offers/OfferPage"));
const MyOffers = lazy(() => import("../pages/donor/MyOffersPage"));
const OfferEdit = lazy(() => import("../pages/donor/OfferEditPage"));
const Matches = lazy(() => import("../pages/donor/MatchesPage"));
const Coverage = lazy(() => import("../pages/donor/CoveragePage"));
const MyNeeds = lazy(() => import("../pages/state/MyNeedsPage"));
const NewNeed = lazy(() => import("../pages/state/NewNeedPage"));
const Questionnaire = lazy(() => import("../pages/state/QuestionnairePage"));
// States (issue 15, deliverable 3)
const Assistance = lazy(() => import("../pages/state/AssistancePage"));
const RecommendExperts = lazy(() => import("../pages/state/RecommendExpertsPage"));
// end States
const QuestionnaireAnswers = lazy(() => import("../pages/review/QuestionnaireAnswersPage"));
const Findings = lazy(() => import("../pages/findings/FindingsPage"));
const Expertise = lazy(() => import("../pages/expertise/ExpertisePage"));
const PublishExpertise = lazy(() => import("../pages/expertise/PublishExpertisePage"));
const Experts = lazy(() => import("../pages/experts/ExpertsPage"));
const ExpertDetail = lazy(() => import("../pages/experts/ExpertPage"));
const ExpertForm = lazy(() => import("../pages/experts/ExpertFormPage"));
const Inbox = lazy(() => import("../pages/engagements/InboxPage"));
// donors (issue 15, deliverables 4-6)
const Messages = lazy(() => import("../pages/messages/MessagesPage"));
const Thread = lazy(() => import("../pages/messages/ThreadPage"));
const ExpertReply = lazy(() => import("../pages/messages/ExpertReplyPage"));
const AdminUsers = lazy(() => import("../pages/admin/UsersPage"));
const AdminAudit = lazy(() => import("../pages/admin/AuditPage"));
// end donors
const Engagements = lazy(() => import("../pages/engagements/EngagementsPage"));
const EngagementDetail = lazy(() => import("../pages/engagements/EngagementPage"));
// notifications & mail (issue 15)
const ForgotPassword = lazy(() => import("../pages/login/ForgotPasswordPage"));
const ResetPassword = lazy(() => import("../pages/login/ResetPasswordPage"));
const Subscriptions = lazy(() => import("../pages/notifications/SubscriptionsPage"));
const Outbox = lazy(() => import("../pages/admin/OutboxPage"));

type Need =
  | "secretariat"
  | "state"
  | "donor"
  | "user"
  | "stateOrDonor"
  | "secretariatOrDonor"
  | "secretariatOrState"
  // notifications & mail: the outbox is the administrator's
  | "admin";

/** Shows the page only to the roles it is for; others get a clear explanation, not a blank. */
function RequireRole({ need, children }: { need: Need; children: ReactNode }) {
  const { t } = useTranslation();
  const s = useSession();
  if (s.loading) return <Spinner />;
  if (!s.user) {
    return (
      <EmptyState title={t("auth.needLogin")}>
        <Link
          className="button button-primary"
          to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}
        >
          {t("nav.login")}
        </Link>
      </EmptyState>
    );
  }
  const ok =
    need === "user" ||
    (need === "secretariat" && s.isSecretariat) ||
    (need === "state" && (s.isState || s.isSecretariat)) ||
    (need === "donor" && (s.isDonor || s.isSecretariat)) ||
    (need === "stateOrDonor" && (s.isState || s.isDonor || s.isSecretariat)) ||
    (need === "secretariatOrDonor" && (s.isDonor || s.isSecretariat)) ||
    (need === "secretariatOrState" && (s.isState || s.isSecretariat)) ||
    (need === "admin" && s.user.role === "admin");
  if (!ok) return <EmptyState title={t("errors.forbidden")} />;
  return <>{children}</>;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t("errors.pageNotFound")}>
      <Link to="/">{t("nav.home")}</Link>
    </EmptyState>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route
          index
          element={
            <Page>
              <Home />
            </Page>
          }
        />
        <Route
          path="login"
          element={
            <Page>
              <Login />
            </Page>
          }
        />
        <Route
          path="search"
          element={
            <Page>
              <Search />
            </Page>
          }
        />
        <Route
          path="needs"
          element={
            <Page>
              <NeedsExplorer />
            </Page>
          }
        />
        <Route
          path="needs/:id"
          element={
            <Page>
              <NeedDetail />
            </Page>
          }
        />
        <Route
          path="needs/:id/partners"
          element={
            <Page>
              <Partners />
            </Page>
          }
        />
        <Route
          path="analytics"
          element={
            <Page>
              <Analytics />
            </Page>
          }
        />
        <Route
          path="offers"
          element={
            <Page>
              <Offers />
            </Page>
          }
        />
        <Route
          path="offers/:id"
          element={
            <Page>
              <OfferDetail />
            </Page>
          }
        />
        <Route
          path="expertise"
          element={
            <Page>
              <Expertise />
            </Page>
          }
        />
        <Route
          path="expertise/new"
          element={
            <Page need="stateOrDonor">
              <PublishExpertise />
            </Page>
          }
        />
        <Route
          path="experts"
          element={
            <Page>
              <Experts />
            </Page>
          }
        />
        <Route
          path="experts/new"
          element={
            <Page need="secretariatOrDonor">
              <ExpertForm />
            </Page>
          }
        />
        {/* donors (issue 15): the provider or the secretariat fixes an entry it keeps */}
        <Route
          path="experts/:id/edit"
          element={
            <Page need="secretariatOrDonor">
              <ExpertForm />
            </Page>
          }
        />
        <Route
          path="experts/:id"
          element={
            <Page>
              <ExpertDetail />
            </Page>
          }
        />
        <Route
          path="review"
          element={
            <Page need="secretariat">
              <Review />
            </Page>
          }
        />
        <Route
          path="programmes"
          element={
            <Page need="secretariat">
              <Programmes />
            </Page>
          }
        />
        <Route
          path="import"
          element={
            <Page need="secretariat">
              <Import />
            </Page>
          }
        />
        <Route
          path="ingest"
          element={
            <Page need="secretariatOrState">
              <Ingest />
            </Page>
          }
        />
        <Route
          path="my/offers"
          element={
            <Page need="donor">
              <MyOffers />
            </Page>
          }
        />
        <Route
          path="my/offers/new"
          element={
            <Page need="donor">
              <OfferEdit />
            </Page>
          }
        />
        <Route
          path="my/offers/:id"
          element={
            <Page need="donor">
              <OfferEdit />
            </Page>
          }
        />
        <Route
          path="matches"
          element={
            <Page need="donor">
              <Matches />
            </Page>
          }
        />
        <Route
          path="coverage"
          element={
            <Page need="donor">
              <Coverage />
            </Page>
          }
        />
        {/* States (issue 15, deliverable 3) */}
        <Route
          path="my/assistance"
          element={
            <Page need="secretariatOrState">
              <Assistance />
            </Page>
          }
        />
        <Route
          path="my/experts"
          element={
            <Page need="secretariatOrState">
              <RecommendExperts />
            </Page>
          }
        />
        {/* end States */}
        <Route
          path="my/needs"
          element={
            <Page need="state">
              <MyNeeds />
            </Page>
          }
        />
        <Route
          path="my/needs/new"
          element={
            <Page need="state">
              <NewNeed />
            </Page>
          }
        />
        <Route
          path="questionnaire"
          element={
            <Page need="state">
              <Questionnaire />
            </Page>
          }
        />
        <Route
          path="questionnaire/answers"
          element={
            <Page need="secretariat">
              <QuestionnaireAnswers />
            </Page>
          }
        />
        <Route
          path="findings"
          element={
            <Page need="secretariat">
              <Findings />
            </Page>
          }
        />
        <Route
          path="inbox"
          element={
            <Page need="user">
              <Inbox />
            </Page>
          }
        />
        <Route
          path="engagements"
          element={
            <Page need="user">
              <Engagements />
            </Page>
          }
        />
        <Route
          path="engagements/:id"
          element={
            <Page>
              <EngagementDetail />
            </Page>
          }
        />
        {/* donors (issue 15, deliverables 4-6) */}
        <Route
          path="messages"
          element={
            <Page need="user">
              <Messages />
            </Page>
          }
        />
        <Route
          path="messages/:id"
          element={
            <Page need="user">
              <Thread />
            </Page>
          }
        />
        <Route
          path="messages/reply/:token"
          element={
            <Page>
              <ExpertReply />
            </Page>
          }
        />
        <Route
          path="admin/users"
          element={
            <Page need="admin">
              <AdminUsers />
            </Page>
          }
        />
        <Route
          path="admin/audit"
          element={
            <Page need="admin">
              <AdminAudit />
            </Page>
          }
        />
        {/* end donors */}
        {/* notifications & mail (issue 15) */}
        <Route
          path="forgot-password"
          element={
            <Page>
              <ForgotPassword />
            </Page>
          }
        />
        <Route
          path="reset-password"
          element={
            <Page>
              <ResetPassword />
            </Page>
          }
        />
        <Route
          path="subscriptions"
          element={
            <Page need="user">
              <Subscriptions />
            </Page>
          }
        />
        <Route
          path="admin/outbox"
          element={
            <Page need="admin">
              <Outbox />
            </Page>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Page({ children, need }: { children: ReactNode; need?: Need }) {
  const body = <Suspense fallback={<Spinner />}>{children}</Suspense>;
  return need ? <RequireRole need={need}>{body}</RequireRole> : body;
}
