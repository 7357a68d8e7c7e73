/**
 * The audit-log viewer, for the admin (issue 15, deliverable 6; moved here from community.ts):
 * who did what to which record, filtered by actor, entity, action and date range, newest first.
 */
import { ZAuditFiltersSchema } from "@tahub/domain";
import { z } from "zod";
import { listAuditLog } from "../services/audit-log.js";
import { adminProcedure, router, ZPageSchema } from "../trpc.js";

const ZAuditRowSchema = z.object({
  id: z.string(),
  actorId: z.string().nullable(),
  /** The actor's e-mail address (the admin manages the accounts), or null for the system. */
  actor: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  at: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});

export const auditRouter = router({
  list: adminProcedure
    .input(
      z
        .object({ filters: ZAuditFiltersSchema.optional() })
        .extend(ZPageSchema.shape)
        .default({ limit: 50 }),
    )
    .output(
      z.object({
        items: z.array(ZAuditRowSchema),
        nextCursor: z.string().nullable(),
        total: z.number().int(),
      }),
    )
    .query(({ ctx, input }) => listAuditLog(ctx.db, input)),
});
