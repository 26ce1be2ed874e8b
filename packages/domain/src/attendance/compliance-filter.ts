import { z } from "zod";
import type { ComplianceFlagKind } from "./compliance-flags";

/**
 * What the compliance board can be narrowed to: each compliance flag, and a recertification
 * whose due date has passed (not a flag of the week, but just as much something to act on).
 */
export const complianceFilterFlags = ["under_floor_this_week", "level_review_due", "outreach_due", "review_overdue"] as const satisfies readonly (
  | ComplianceFlagKind
  | "review_overdue"
)[];
export const complianceFilterFlagSchema = z.enum(complianceFilterFlags);
export type ComplianceFilterFlag = z.infer<typeof complianceFilterFlagSchema>;

/** The compliance board's filters; both optional, so no filter shows everyone. */
export const complianceBoardFilterSchema = z.object({
  programId: z.uuid().optional(),
  flag: complianceFilterFlagSchema.optional(),
});
export type ComplianceBoardFilter = z.infer<typeof complianceBoardFilterSchema>;

/** True when a client's standing shows the flag (or there is no flag to match). */
export function matchesComplianceFlag(
  standing: { flags: readonly { kind: ComplianceFlagKind }[]; reviewOverdue: boolean },
  flag: ComplianceFilterFlag | undefined,
): boolean {
  if (flag === undefined) return true;
  if (flag === "review_overdue") return standing.reviewOverdue;
  return standing.flags.some((shown) => shown.kind === flag);
}
