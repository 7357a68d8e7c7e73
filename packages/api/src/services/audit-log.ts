/**
 * The audit log as the admin reads it (audit.list): who did what to which record, filtered by
 * actor, entity, action and date range, newest first. Entries are written by ../audit.ts.
 */
import type { TAuditFilters } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import type { DbClient } from "../db.js";
import { pageArgs, type PageInput } from "../lib/paging.js";

const day = (d: string, plus = 0) => new Date(Date.parse(`${d}T00:00:00Z`) + plus * 86_400_000);

function auditWhere(f: TAuditFilters): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (f.actor)
    and.push({
      OR: [{ actorId: f.actor }, { actor: { email: { contains: f.actor, mode: "insensitive" } } }],
    });
  if (f.entity) and.push({ entity: f.entity });
  if (f.entityId) and.push({ entityId: f.entityId });
  if (f.action) and.push({ action: { startsWith: f.action } });
  if (f.from) and.push({ at: { gte: day(f.from) } });
  if (f.to) and.push({ at: { lt: day(f.to, 1) } });
  return { AND: and };
}

export async function listAuditLog(db: DbClient, input: PageInput & { filters?: TAuditFilters }) {
  const where = auditWhere(input.filters ?? {});
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      include: { actor: { select: { email: true } } },
      orderBy: [{ at: "desc" }, { id: "asc" }],
      ...(await pageArgs(input, (id) => db.auditLog.count({ where: { AND: [where, { id }] } }))),
    }),
    db.auditLog.count({ where }),
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
}
