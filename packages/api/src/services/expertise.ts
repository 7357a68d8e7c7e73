/** The knowledge bank: expertise a State or a provider is willing to share; its reads and writes. */
import { isSecretariat, type TExpertiseInput } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { assertCanActForProvider, assertCanActForState, visibleExpertise } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import { notFound } from "../errors.js";
import type { Context } from "../context.js";
import type { DbClient } from "../db.js";
import type { PageInput } from "../lib/paging.js";
import { searchablePage } from "./listing.js";
import { documentOf, textWhere } from "./search.js";

export const ZExpertiseRowSchema = z.object({
  id: z.string(),
  state: z.string().nullable(),
  stateName: z.string().nullable(),
  providerId: z.string().nullable(),
  providerName: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  articles: z.array(z.number()),
  categories: z.array(z.string()),
  languages: z.array(z.string()),
  contact: z.string().nullable(),
  confidentiality: z.string(),
});

const expertiseSelect = {
  id: true,
  stateId: true,
  state: { select: { name: true } },
  providerId: true,
  provider: { select: { name: true } },
  title: true,
  description: true,
  articles: true,
  categories: true,
  languages: true,
  contact: true,
  confidentiality: true,
} satisfies Prisma.ExpertiseSelect;

const toExpertiseRow = (e: Prisma.ExpertiseGetPayload<{ select: typeof expertiseSelect }>) => ({
  id: e.id,
  state: e.stateId,
  stateName: e.state?.name ?? null,
  providerId: e.providerId,
  providerName: e.provider?.name ?? null,
  title: e.title,
  description: e.description,
  articles: e.articles,
  categories: e.categories,
  languages: e.languages,
  contact: e.contact,
  confidentiality: e.confidentiality,
});

/**
 * Contact details are for the people who act on them: signed-in providers, the secretariat and
 * whoever published the entry (issue 12: 46 knowledge-bank e-mails went to anonymous callers).
 */
function mayContact(
  user: SessionUser | null,
  owner: { stateId?: string | null; providerId?: string | null },
): boolean {
  if (!user) return false;
  if (user.role === "provider" || isSecretariat(user.role)) return true;
  return user.role === "state" && !!user.state && user.state === owner.stateId;
}

const withContact = (
  row: ReturnType<typeof toExpertiseRow>,
  user: SessionUser | null,
): ReturnType<typeof toExpertiseRow> =>
  mayContact(user, { stateId: row.state, providerId: row.providerId })
    ? row
    : { ...row, contact: null };

export interface ExpertiseFilters extends PageInput {
  article?: number;
  state?: string;
  q?: string;
}

/** One page of the entries the caller may read, newest first. */
export function listExpertise(
  ctx: Pick<Context, "db" | "services" | "user">,
  input: ExpertiseFilters,
) {
  const and: Prisma.ExpertiseWhereInput[] = [visibleExpertise(ctx.user)];
  if (input.article) and.push({ articles: { has: input.article } });
  if (input.state) and.push({ stateId: input.state.toUpperCase() });
  return searchablePage(ctx, input, {
    filters: and,
    text: textWhere("Expertise", input.q),
    findMany: (where, page) =>
      ctx.db.expertise.findMany({
        where,
        select: expertiseSelect,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...page,
      }),
    count: (where) => ctx.db.expertise.count({ where }),
    idIs: (id) => ({ id }),
    map: (e) => withContact(toExpertiseRow(e), ctx.user),
  });
}

export async function getExpertise(db: DbClient, user: SessionUser | null, id: string) {
  const e = await db.expertise.findFirst({
    where: { AND: [{ id }, visibleExpertise(user)] },
    select: expertiseSelect,
  });
  if (!e) throw notFound("Knowledge-bank entry", id);
  return withContact(toExpertiseRow(e), user);
}

/** A State or a provider publishes expertise it is willing to share. */
export async function createExpertise(db: DbClient, user: SessionUser, input: TExpertiseInput) {
  if (input.state) assertCanActForState(user, input.state);
  if (input.providerId) assertCanActForProvider(user, input.providerId);
  const e = await db.$transaction(async (tx) => {
    const created = await tx.expertise.create({
      data: {
        stateId: input.state ?? null,
        providerId: input.providerId ?? null,
        title: input.title,
        description: input.description,
        articles: input.articles,
        categories: input.categories,
        languages: input.languages,
        contact: input.contact ?? null,
        confidentiality: input.confidentiality,
        search: documentOf("Expertise", input),
      },
      select: expertiseSelect,
    });
    await audit(tx, user, {
      action: "expertise.create",
      entity: "Expertise",
      entityId: created.id,
      after: input,
    });
    return created;
  });
  return toExpertiseRow(e);
}
