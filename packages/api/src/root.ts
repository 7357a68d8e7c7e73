import { analyticsRouter } from "./routers/analytics.js";
import { authRouter } from "./routers/auth.js";
import { classifyRouter } from "./routers/classify.js";
import { auditRouter } from "./routers/audit.js";
import { questionnaireRouter } from "./routers/questionnaire.js";
import { reportRouter } from "./routers/report.js";
import { engagementsRouter } from "./routers/engagements.js";
import { findingsRouter } from "./routers/findings.js";
import { inboxRouter } from "./routers/inbox.js";
import { ingestRouter } from "./routers/ingest.js";
import { matchRouter } from "./routers/match.js";
import { needsRouter } from "./routers/needs.js";
import { offersRouter } from "./routers/offers.js";
import { conventionRouter } from "./routers/convention.js";
import { statesRouter } from "./routers/states.js";
import { searchRouter } from "./routers/search.js";
import { expertiseRouter } from "./routers/expertise.js";
import { expertsRouter } from "./routers/experts.js";
import { providersRouter } from "./routers/providers.js";
import { exportRouter } from "./routers/export.js";
import { importRouter } from "./routers/import.js";
// notifications & mail (issue 15)
import { outboxRouter } from "./routers/outbox.js";
import { subscriptionsRouter } from "./routers/subscriptions.js";
// donors (issue 15, deliverables 4-6)
import { adminRouter } from "./routers/admin.js";
import { messagesRouter } from "./routers/messages.js";
// States (issue 15, deliverable 3)
import { correctionsRouter } from "./routers/corrections.js";
import { assistanceRouter } from "./routers/assistance.js";
import { recommendationsRouter } from "./routers/recommendations.js";
import { consentsRouter } from "./routers/consents.js";
import { createCallerFactory, router } from "./trpc.js";

export const appRouter = router({
  auth: authRouter,
  convention: conventionRouter,
  states: statesRouter,
  search: searchRouter,
  needs: needsRouter,
  classify: classifyRouter,
  offers: offersRouter,
  expertise: expertiseRouter,
  experts: expertsRouter,
  providers: providersRouter,
  engagements: engagementsRouter,
  inbox: inboxRouter,
  match: matchRouter,
  analytics: analyticsRouter,
  questionnaire: questionnaireRouter,
  report: reportRouter,
  findings: findingsRouter,
  subscriptions: subscriptionsRouter,
  import: importRouter,
  ingest: ingestRouter,
  export: exportRouter,
  audit: auditRouter,
  // notifications & mail (issue 15)
  outbox: outboxRouter,
  // donors (issue 15, deliverables 4-6)
  messages: messagesRouter,
  admin: adminRouter,
  // States (issue 15, deliverable 3)
  corrections: correctionsRouter,
  assistance: assistanceRouter,
  recommendations: recommendationsRouter,
  consents: consentsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
