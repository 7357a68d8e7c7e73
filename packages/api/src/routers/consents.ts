/** A State's consent to share a restricted need: procedures over services/consents.ts. */
import { ZDateSchema } from "@tahub/domain";
import { z } from "zod";
import {
  grantConsents,
  listConsents,
  revokeConsent,
  ZConsentRowSchema,
  ZId,
} from "../services/consents.js";
import { router, stateProcedure } from "../trpc.js";

export const consentsRouter = router({
  /**
   * Consents to share the need with each named provider. A provider that already has a consent
   * that holds gets a new one and the old one is revoked, so every scope stays on record.
   */
  grant: stateProcedure
    .input(
      z.object({
        needId: ZId,
        providerIds: z
          .array(ZId)
          .min(1)
          .max(50)
          .refine((p) => new Set(p).size === p.length, "name each provider once"),
        /** The last day the consent holds; none: until revoked. */
        expiresOn: ZDateSchema.optional(),
      }),
    )
    .output(z.array(ZConsentRowSchema))
    .mutation(({ ctx, input }) => grantConsents(ctx.db, ctx.user, input)),

  /** Ends a consent: the provider no longer reads the need (unless another tier lets it). */
  revoke: stateProcedure
    .input(z.object({ id: ZId }))
    .output(z.array(ZConsentRowSchema))
    .mutation(({ ctx, input }) => revokeConsent(ctx.db, ctx.user, input)),

  /** Every consent on the need, revoked and expired ones included: its State and the secretariat. */
  list: stateProcedure
    .input(z.object({ needId: ZId }))
    .output(z.array(ZConsentRowSchema))
    .query(({ ctx, input }) => listConsents(ctx.db, ctx.user, input)),
});
