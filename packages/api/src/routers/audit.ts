/**
 * The audit-log viewer, for the admin (issue 15, deliverable 6; moved here from community.ts):
 * who did what to which record, filtered by actor, entity, action and date range, newest first.
 */
import { ZAuditFiltersSchema } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { pageArgs } from "../lib/paging.js";
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

const day = (d: string, plus = 0) => new Date(Date.parse(`${d}T00:00:00Z`) + plus * 86_400_000);

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
    .query(async ({ ctx, input }) => {
      const f = input.filters ?? {};
      const and: Prisma.AuditLogWhereInput[] = [];
      if (f.actor)
        and.push({
          OR: [
            { actorId: f.actor },
            { actor: { email: { contains: f.actor, mode: "insensitive" } } },
          ],
        });
      if (f.entity) and.push({ entity: f.entity });
      if (f.entityId) and.push({ entityId: f.entityId });
      if (f.action) and.push({ action: { startsWith: f.action } });
      if (f.from) and.push({ at: { gte: day(f.from) } });
      if (f.to) and.push({ at: { lt: day(f.to, 1) } });
      const where: Prisma.AuditLogWhereInput = { AND: and };
      const [rows, total] = await Promise.all([
        ctx.db.auditLog.findMany({
          where,
          include: { actor: { select: { email: true } } },
          orderBy: [{ at: "desc" }, { id: "asc" }],
          ...(await pageArgs(input, (id) =>
            ctx.db.auditLog.count({ where: { AND: [where, { id }] } }),
          )),
        }),
        ctx.db.auditLog.count({ where }),
      ]);
      const items = rows.slice(0, input.limit).map((a) => ({
        id: a.id,
        actorId: a.actorId,
        actor: a.actor?.email ?? null,
        action: a.action,
        entity: a.entity,
        entityId: a.entityId,
        at: a.at.toISOString(),
        before: a.before ?? null,
        after: a.after ?? null,
      }));
      return {
        items,
        nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null,
        total,
      };
    }),
});
