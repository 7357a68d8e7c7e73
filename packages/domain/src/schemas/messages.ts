/**
 * Messages between a provider and a State or an expert (issue 15, deliverable 4): what a caller
 * may send. The platform delivers; no e-mail address is ever part of the input or the answer.
 */
import { z } from "zod";
import { ZIdSchema, ZIso3Schema } from "./common.js";
import { MAX_MESSAGE, MAX_TITLE, tooLong } from "./limits.js";

export const ZMessageBodySchema = z
  .string()
  .trim()
  .min(1, "write a message")
  .max(MAX_MESSAGE, tooLong("the message", MAX_MESSAGE));

/** Who a thread goes to: a State (its focal points) or an expert of the directory. */
export const ZMessageRecipientSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("state"), state: ZIso3Schema }),
  z.object({ kind: z.literal("expert"), expertId: ZIdSchema }),
]);
export type TMessageRecipient = z.infer<typeof ZMessageRecipientSchema>;

export const ZMessageStartSchema = z.object({
  to: ZMessageRecipientSchema,
  subject: z
    .string()
    .trim()
    .min(1, "give the message a subject")
    .max(MAX_TITLE, tooLong("the subject", MAX_TITLE)),
  body: ZMessageBodySchema,
  /** What the thread is about (optional): one of the caller's readable records. */
  needId: ZIdSchema.optional(),
  offerId: ZIdSchema.optional(),
  engagementId: ZIdSchema.optional(),
});
export type TMessageStart = z.infer<typeof ZMessageStartSchema>;

export const ZMessageReplySchema = z.object({ threadId: ZIdSchema, body: ZMessageBodySchema });
export type TMessageReply = z.infer<typeof ZMessageReplySchema>;

/** The token of the link mailed to an expert: 43 base64url characters (32 random bytes). */
export const ZExpertTokenSchema = z
  .string()
  .min(20)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "is not a reply link of TA Hub");
