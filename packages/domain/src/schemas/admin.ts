/**
 * User and role management and the audit-log viewer (issue 15, deliverable 6): what the admin
 * may send. A user acts as the secretariat (admin, analyst), for one State or for one provider.
 */
import { z } from "zod";
import { ZIdSchema, ZIso3Schema, ZRoleSchema } from "./common.js";
import { MAX_EMAIL, MAX_NAME, tooLong } from "./limits.js";

/** A role with the State or provider it acts for: each role names exactly what it needs. */
export const ZMembershipInputSchema = z
  .object({
    role: ZRoleSchema.exclude(["public"]),
    state: ZIso3Schema.optional(),
    providerId: ZIdSchema.optional(),
  })
  .refine((m) => m.role !== "state" || !!m.state, {
    message: "a State focal point acts for one State: choose it",
    path: ["state"],
  })
  .refine((m) => m.role !== "provider" || !!m.providerId, {
    message: "a provider's user acts for one provider: choose it",
    path: ["providerId"],
  })
  .refine((m) => m.role === "state" || !m.state, {
    message: "only a State focal point acts for a State",
    path: ["state"],
  })
  .refine((m) => m.role === "provider" || !m.providerId, {
    message: "only a provider's user acts for a provider",
    path: ["providerId"],
  });
export type TMembershipInput = z.infer<typeof ZMembershipInputSchema>;

/** A new account; without a password it can only be entered after a reset by e-mail. */
export const ZUserCreateSchema = z.object({
  email: z.email().max(MAX_EMAIL, tooLong("the e-mail address", MAX_EMAIL)),
  name: z.string().trim().min(1).max(MAX_NAME, tooLong("the name", MAX_NAME)),
  locale: z.enum(["en", "fr", "es"]).default("en"),
  membership: ZMembershipInputSchema,
  /** An initial password the admin hands over; at least 12 characters. */
  password: z.string().min(12).max(200).optional(),
});
export type TUserCreate = z.infer<typeof ZUserCreateSchema>;

export const ZUserFiltersSchema = z.object({
  /** Part of the name or e-mail address. */
  q: z.string().trim().max(200).optional(),
  role: ZRoleSchema.exclude(["public"]).optional(),
  state: ZIso3Schema.optional(),
  providerId: ZIdSchema.optional(),
  disabled: z.boolean().optional(),
});

export const ZAuditFiltersSchema = z
  .object({
    /** The actor's user id, or part of the actor's e-mail address. */
    actor: z.string().trim().max(254).optional(),
    entity: z.string().max(40).optional(),
    entityId: z.string().max(64).optional(),
    /** An action ("offer.update") or its prefix ("offer."). */
    action: z.string().max(60).optional(),
    /** First and last day, inclusive (yyyy-mm-dd, UTC). */
    from: z.iso.date().max(10).optional(),
    to: z.iso.date().max(10).optional(),
  })
  .refine((f) => !f.from || !f.to || f.to >= f.from, {
    message: "the range must end on or after its first day",
    path: ["to"],
  });
export type TAuditFilters = z.infer<typeof ZAuditFiltersSchema>;
