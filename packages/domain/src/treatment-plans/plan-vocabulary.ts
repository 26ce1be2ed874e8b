import { z } from "zod";
import { multiLineTextSchema } from "../common/text";
import { planContentSchema } from "./plan-content";

/** Why a plan version was written: the first plan, a change between reviews, or a scheduled review. */
export const planVersionReasons = ["initial", "revision", "review"] as const;
export type PlanVersionReason = (typeof planVersionReasons)[number];

export const planVersionReasonLabels: Record<PlanVersionReason, string> = {
  initial: "First plan",
  revision: "Changed",
  review: "Reviewed",
};

/** Who signs a plan version: the client, and the member of staff responsible for it. */
export const planSigners = ["client", "staff"] as const;
export type PlanSigner = (typeof planSigners)[number];

/**
 * A new version of a client's plan, as staff write it. The first version is the plan itself; each
 * later one says what changed, so the history reads as a story and not as a diff.
 */
export const planVersionInputSchema = z
  .object({
    enrollmentId: z.uuid(),
    reason: z.enum(planVersionReasons, { error: "Choose a change or a scheduled review." }),
    content: planContentSchema,
    changeSummary: multiLineTextSchema.max(1000, { message: "Keep what changed under 1000 characters." }).optional(),
  })
  .superRefine((input, issues) => {
    if (input.reason !== "initial" && !input.changeSummary) {
      issues.addIssue({ code: "custom", path: ["changeSummary"], message: "Say what changed in this version." });
    }
  });
export type PlanVersionInput = z.infer<typeof planVersionInputSchema>;
