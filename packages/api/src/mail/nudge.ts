import { middleware } from "../trpc.js";

/**
 * After a procedure that may have queued mail commits, ask the job queue to deliver it now
 * rather than at the next minute's sweep (a no-op without a running queue).
 */
export const nudgeMail = middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) ctx.services.jobs.send("mail.send");
  return result;
});
