/**
 * Assistance a State received (issue 15, deliverable 3; 2021 questionnaire, Q9 and Q11;
 * docs/states.md): tied to one of its needs or not, from a provider of TA Hub or one named in
 * free text, with the period, what it was, the articles, and the State's OECD-DAC evaluation on
 * the engagements' scale (1-4). A State records and reads its own; the secretariat reads all.
 */
import {
  MAX_NAME,
  MAX_SUMMARY,
  ZArticlesSchema,
  ZDacEvaluationSchema,
  ZDateSchema,
  ZIso3Schema,
} from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { assertCanActForState } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { fromDay, toDay } from "../lib/dates.js";
import { AppError, notFound } from "../errors.js";

export const ZId = z.string().min(1).max(64);
export const ZEvaluation = ZDacEvaluationSchema.refine((e) => Object.values(e).some((c) => !!c), {
  message: "score at least one criterion",
});

export const ZAssistanceInputSchema = z
  .object({
    state: ZIso3Schema,
    /** One of the State's needs, or none (assistance not tied to an identified need, Q9). */
    needId: ZId.optional(),
    providerId: ZId.optional(),
    /** A provider that is not in TA Hub. */
    providerName: z.string().trim().min(2).max(MAX_NAME).optional(),
    periodFrom: ZDateSchema.optional(),
    periodTo: ZDateSchema.optional(),
    description: z.string().trim().min(3).max(MAX_SUMMARY),
    articles: ZArticlesSchema.default([]),
    evaluation: ZEvaluation.optional(),
  })
  .refine((a) => !!a.providerId !== !!a.providerName, {
    message: "name the provider: one of TA Hub's, or another by its name",
    path: ["providerName"],
  })
  .refine((a) => !a.periodFrom || !a.periodTo || a.periodTo >= a.periodFrom, {
    message: "the period must end after it starts",
    path: ["periodTo"],
  });

export const ZAssistanceRowSchema = z.object({
  id: z.string(),
  state: z.string(),
  needId: z.string().nullable(),
  needExcerpt: z.string().nullable(),
  providerId: z.string().nullable(),
  provider: z.string(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  description: z.string(),
  articles: z.array(z.number().int()),
  evaluation: z
    .record(z.string(), z.object({ score: z.number(), note: z.string().optional() }))
    .nullable(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});

const assistanceSelect = {
  id: true,
  stateId: true,
  needId: true,
  providerId: true,
  providerName: true,
  periodFrom: true,
  periodTo: true,
  description: true,
  articles: true,
  evaluation: true,
  createdAt: true,
  need: { select: { text: true } },
  provider: { select: { name: true } },
  recordedBy: { select: { name: true } },
} satisfies Prisma.AssistanceReceivedSelect;

function toRow(a: Prisma.AssistanceReceivedGetPayload<{ select: typeof assistanceSelect }>) {
  return {
    id: a.id,
    state: a.stateId,
    needId: a.needId,
    needExcerpt: a.need ? a.need.text.slice(0, 160) : null,
    providerId: a.providerId,
    provider: a.provider?.name ?? a.providerName ?? "",
    periodFrom: toDay(a.periodFrom),
    periodTo: toDay(a.periodTo),
    description: a.description,
    articles: a.articles,
    evaluation: (a.evaluation ?? null) as Record<string, { score: number; note?: string }> | null,
    recordedBy: a.recordedBy?.name ?? null,
    createdAt: a.createdAt.toISOString(),
  };
}

export async function recordAssistance(
  db: DbClient,
  user: SessionUser,
  input: z.infer<typeof ZAssistanceInputSchema>,
) {
  assertCanActForState(user, input.state);
  const row = await db.$transaction(async (tx) => {
    if (input.needId) {
      // The State's own need: another State's (or a missing one) is answered alike.
      const need = await tx.need.findFirst({
        where: { id: input.needId, stateId: input.state },
        select: { id: true },
      });
      if (!need) throw notFound("Need", input.needId);
    }
    if (input.providerId) {
      const p = await tx.provider.findUnique({ where: { id: input.providerId } });
      if (!p) throw new AppError("BAD_INPUT", "Unknown provider", "providerId");
    }
    const a = await tx.assistanceReceived.create({
      data: {
        stateId: input.state,
        needId: input.needId ?? null,
        providerId: input.providerId ?? null,
        providerName: input.providerId ? null : (input.providerName ?? null),
        periodFrom: fromDay(input.periodFrom),
        periodTo: fromDay(input.periodTo),
        description: input.description,
        articles: input.articles,
        evaluation: input.evaluation ?? undefined,
        recordedById: user.id,
      },
      select: assistanceSelect,
    });
    await audit(tx, user, {
      action: "assistance.record",
      entity: "AssistanceReceived",
      entityId: a.id,
      after: input,
    });
    return a;
  });
  return toRow(row);
}

/** The State's evaluation of assistance it recorded (replaces an earlier one). */
export async function evaluateAssistance(
  db: DbClient,
  user: SessionUser,
  input: { id: string; evaluation: z.infer<typeof ZEvaluation> },
) {
  const row = await db.$transaction(async (tx) => {
    const before = await tx.assistanceReceived.findUnique({ where: { id: input.id } });
    if (!before) throw notFound("Assistance", input.id);
    try {
      assertCanActForState(user, before.stateId);
    } catch {
      throw notFound("Assistance", input.id);
    }
    const a = await tx.assistanceReceived.update({
      where: { id: input.id },
      data: { evaluation: input.evaluation },
      select: assistanceSelect,
    });
    await audit(tx, user, {
      action: "assistance.evaluate",
      entity: "AssistanceReceived",
      entityId: a.id,
      before: { evaluation: before.evaluation },
      after: { evaluation: input.evaluation },
    });
    return a;
  });
  return toRow(row);
}

/** A State's own records; the secretariat's view of every State's (optionally one). */
export async function listAssistance(db: DbClient, user: SessionUser, input: { state?: string }) {
  const state = user.role === "state" ? (user.state ?? "") : input.state;
  if (user.role === "state" && input.state) assertCanActForState(user, input.state);
  const rows = await db.assistanceReceived.findMany({
    where: state ? { stateId: state } : {},
    select: assistanceSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 1000,
  });
  return rows.map(toRow);
}
