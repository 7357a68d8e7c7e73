/** Providers (bilateral and multilateral donors, agencies, hubs, NGOs): reads and writes. */
import type { TProviderInput } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { visibleOffers } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import { AppError, notFound } from "../errors.js";
import type { DbClient } from "../db.js";

export const ZProviderRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  state: z.string().nullable(),
  regions: z.array(z.string()),
  website: z.string().nullable(),
  description: z.string().nullable(),
  offers: z.number().int(),
});

/**
 * A provider's row; its offer count counts only the offers the caller may read, so the count
 * does not reveal restricted offers (issue 12).
 */
const providerSelect = (user: SessionUser | null) =>
  ({
    id: true,
    name: true,
    kind: true,
    stateId: true,
    regions: true,
    website: true,
    description: true,
    _count: { select: { offers: { where: visibleOffers(user) } } },
  }) satisfies Prisma.ProviderSelect;
const toProviderRow = (
  p: Prisma.ProviderGetPayload<{ select: ReturnType<typeof providerSelect> }>,
) => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  state: p.stateId,
  regions: p.regions,
  website: p.website,
  description: p.description,
  offers: p._count.offers,
});

export async function listProviders(
  db: DbClient,
  user: SessionUser | null,
  input: { kind?: string },
) {
  const rows = await db.provider.findMany({
    where: input.kind ? { kind: input.kind } : {},
    select: providerSelect(user),
    orderBy: { name: "asc" },
  });
  return rows.map(toProviderRow);
}

export async function getProvider(db: DbClient, user: SessionUser | null, input: { id: string }) {
  const p = await db.provider.findUnique({
    where: { id: input.id },
    select: providerSelect(user),
  });
  if (!p) throw notFound("Provider", input.id);
  return toProviderRow(p);
}

export async function createProvider(db: DbClient, user: SessionUser, input: TProviderInput) {
  if (
    input.state &&
    !(await db.state.findUnique({ where: { iso3: input.state }, select: { iso3: true } }))
  )
    throw new AppError("BAD_INPUT", `Unknown State ${input.state}`, "state");
  const p = await db.$transaction(async (tx) => {
    const created = await tx.provider.create({
      data: {
        name: input.name,
        kind: input.kind,
        stateId: input.state ?? null,
        regions: input.regions,
        website: input.website ?? null,
        description: input.description ?? null,
      },
      select: providerSelect(user),
    });
    await audit(tx, user, {
      action: "provider.create",
      entity: "Provider",
      entityId: created.id,
      after: input,
    });
    return created;
  });
  return toProviderRow(p);
}
