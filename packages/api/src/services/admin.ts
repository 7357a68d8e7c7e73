/**
 * User and role management for the admin (issue 15, deliverable 6). Every change is written to
 * the audit log in its transaction; the last active admin can be neither demoted nor disabled
 * (and no procedure deletes a user: disabling keeps the history that names them). See
 * docs/admin.md.
 */
import { randomBytes } from "node:crypto";
import { getState, type TMembershipInput, type TUserCreate } from "@tahub/domain";
import { hashPassword, type Prisma } from "@tahub/db";
import { z } from "zod";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { AppError, notFound } from "../errors.js";
import { pageArgs, type PageInput } from "../lib/paging.js";

type Tx = Prisma.TransactionClient;

export const ZUserRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.string(),
  role: z.string().nullable(),
  state: z.string().nullable(),
  providerId: z.string().nullable(),
  providerName: z.string().nullable(),
  disabled: z.boolean(),
  demo: z.boolean(),
  createdAt: z.string(),
});
export type UserRow = z.infer<typeof ZUserRowSchema>;

const userSelect = {
  id: true,
  email: true,
  name: true,
  locale: true,
  disabled: true,
  demo: true,
  createdAt: true,
  memberships: {
    take: 1,
    orderBy: { createdAt: "asc" },
    select: { role: true, stateId: true, providerId: true, provider: { select: { name: true } } },
  },
} satisfies Prisma.UserSelect;

function toUserRow(u: Prisma.UserGetPayload<{ select: typeof userSelect }>): UserRow {
  const m = u.memberships[0];
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    locale: u.locale,
    role: m?.role ?? null,
    state: m?.stateId ?? null,
    providerId: m?.providerId ?? null,
    providerName: m?.provider?.name ?? null,
    disabled: u.disabled,
    demo: u.demo,
    createdAt: u.createdAt.toISOString(),
  };
}

export async function listUsers(
  db: DbClient,
  input: PageInput & {
    q?: string;
    role?: string;
    state?: string;
    providerId?: string;
    disabled?: boolean;
  },
) {
  const and: Prisma.UserWhereInput[] = [];
  if (input.q)
    and.push({
      OR: [
        { email: { contains: input.q, mode: "insensitive" } },
        { name: { contains: input.q, mode: "insensitive" } },
      ],
    });
  const m: Prisma.MembershipWhereInput = {};
  if (input.role) m.role = input.role;
  if (input.state) m.stateId = input.state;
  if (input.providerId) m.providerId = input.providerId;
  if (Object.keys(m).length) and.push({ memberships: { some: m } });
  if (input.disabled !== undefined) and.push({ disabled: input.disabled });
  const where: Prisma.UserWhereInput = { AND: and };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: userSelect,
      orderBy: [{ email: "asc" }, { id: "asc" }],
      ...(await pageArgs(input, (id) => db.user.count({ where: { AND: [where, { id }] } }))),
    }),
    db.user.count({ where }),
  ]);
  const items = rows.slice(0, input.limit).map(toUserRow);
  return {
    items,
    nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null,
    total,
  };
}

/** The membership row a role names, checked against the records it points to. */
async function membershipData(tx: Tx, m: TMembershipInput) {
  if (m.state && !getState(m.state))
    throw new AppError("BAD_INPUT", "is not a State party to UNCAC", "membership.state");
  if (m.providerId && !(await tx.provider.findUnique({ where: { id: m.providerId } })))
    throw new AppError("BAD_INPUT", "there is no such provider", "membership.providerId");
  return { role: m.role, stateId: m.state ?? null, providerId: m.providerId ?? null };
}

/**
 * Serialises every change that could remove an admin, then refuses one that leaves none active.
 * The advisory lock makes two admins demoting each other at once queue (on PGlite the single
 * connection already does).
 */
async function assertAdminsRemain(tx: Tx) {
  const active = await tx.user.count({
    where: { disabled: false, memberships: { some: { role: "admin" } } },
  });
  if (active === 0)
    throw new AppError(
      "CONFLICT",
      "This would leave no active administrator: give another user the admin role first",
      undefined,
      { admin: "last-admin" },
    );
}
const lockAdmins = (tx: Tx) =>
  tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('tahub.admins'))`);

export async function createUser(db: DbClient, actor: SessionUser, input: TUserCreate) {
  const email = input.email.toLowerCase();
  if (await db.user.findUnique({ where: { email } }))
    throw new AppError("CONFLICT", "A user with this e-mail address exists", "email", {
      admin: "email-taken",
    });
  // Without a password given, an unusable random one: the user sets theirs by e-mail reset.
  const passwordHash = await hashPassword(input.password ?? randomBytes(32).toString("base64url"));
  const id = await db.$transaction(async (tx) => {
    const membership = await membershipData(tx, input.membership);
    const u = await tx.user.create({
      data: {
        email,
        name: input.name,
        locale: input.locale,
        passwordHash,
        memberships: { create: membership },
      },
    });
    await audit(tx, actor, {
      action: "user.create",
      entity: "User",
      entityId: u.id,
      after: { email, name: input.name, locale: input.locale, ...membership },
    });
    return u.id;
  });
  return getUser(db, id);
}

async function getUser(db: DbClient, id: string) {
  const u = await db.user.findUnique({ where: { id }, select: userSelect });
  if (!u) throw notFound("User", id);
  return toUserRow(u);
}

/** Gives a user another role (and State or provider); their sessions follow at the next request. */
export async function setMembership(
  db: DbClient,
  actor: SessionUser,
  userId: string,
  m: TMembershipInput,
) {
  await db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
    if (!before) throw notFound("User", userId);
    const data = await membershipData(tx, m);
    await tx.membership.deleteMany({ where: { userId } });
    await tx.membership.create({ data: { ...data, userId } });
    await assertAdminsRemain(tx);
    const b = toUserRow(before);
    await audit(tx, actor, {
      action: "user.role",
      entity: "User",
      entityId: userId,
      before: { role: b.role, stateId: b.state, providerId: b.providerId },
      after: data,
    });
  });
  return getUser(db, userId);
}

/** Disables (signing the user out everywhere) or enables an account. */
export async function setDisabled(
  db: DbClient,
  actor: SessionUser,
  userId: string,
  disabled: boolean,
) {
  await db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const before = await tx.user.findUnique({ where: { id: userId }, select: { disabled: true } });
    if (!before) throw notFound("User", userId);
    await tx.user.update({ where: { id: userId }, data: { disabled } });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await assertAdminsRemain(tx);
    await audit(tx, actor, {
      action: disabled ? "user.disable" : "user.enable",
      entity: "User",
      entityId: userId,
      before: { disabled: before.disabled },
      after: { disabled },
    });
  });
  return getUser(db, userId);
}

/** The portal language a user chose (auth.setLocale): mails are worded in it too. */
export async function setUserLocale(db: DbClient, user: SessionUser, locale: "en" | "fr" | "es") {
  await db.user.update({ where: { id: user.id }, data: { locale } });
}
