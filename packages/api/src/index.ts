export { appRouter, createCaller, type AppRouter } from "./root.js";
export {
  createRequestContext,
  type Context,
  type RequestContextOptions,
  type SessionUser,
} from "./context.js";
export { readSessionCookie, SESSION_COOKIE } from "./auth/cookies.js";
export { createServices, SERVER_MATCH_STALE_AFTER_MS, type Services } from "./runtime.js";
export { retrain } from "./services/review.js";
export { AppError, type AppErrorCode } from "./errors.js";
export { classifyPending } from "./services/pending.js";
export { indexPending, searchReady } from "./services/search.js";
export {
  commitSummary,
  previewSummary,
  previewText,
  type PreviewNeed,
  type SummaryPreview,
} from "./services/ingest.js";
export { summaryFileText } from "./lib/summary-files.js";
export {
  buildNote,
  noteToDocx,
  noteToMarkdown,
  type Note,
  type NoteOptions,
} from "./report/index.js";
// notifications & mail (issue 15): the outbox, its sender and the job queue
export { configureMail, type MailSettings } from "./mail/settings.js";
export {
  deliverDue,
  releaseHeld,
  smtpTransport,
  type DeliverOptions,
  type MailTransport,
} from "./mail/sender.js";
export { startJobs, JOB_NAMES, type JobName, type Jobs, type JobsOptions } from "./jobs/queue.js";
// donors (issue 15, deliverable 5): the evaluations' aggregate, for `tahub analytics --evaluations`
export { evaluationsFor, type Evaluations } from "./services/evaluations.js";
