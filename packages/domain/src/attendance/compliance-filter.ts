import { z } from "zod";
import type { ComplianceFlagKind } from "./compliance-flags";

/**
 * What the compliance board can be narrowed to: each compliance flag, and a recertification
 * whose due date has passed (not a flag of the week, but just as much something to act on).
 */
export const complianceFilterFlags = [
  "safety_alert_open",
  "under_floor_this_week",
  "level_review_due",
  "outreach_due",
  "check_in_overdue",
  "level_review_suggested",
  "plan_awaiting_signature",
  "plan_review_due",
  "authorization_ending",
  "review_overdue",
] as const satisfies readonly (
  | ComplianceFlagKind
  | "review_overdue"
)[];
export const complianceFilterFlagSchema = z.enum(complianceFilterFlags);
export type ComplianceFilterFlag = z.infer<typeof complianceFilterFlagSchema>;

/** A client the board counts as needing follow-up: any flag, or a review past its date. */
export function needsFollowUp(standing: { flags: readonly unknown[]; reviewOverdue: boolean }): boolean {
  return standing.flags.length > 0 || standing.reviewOverdue;
}

/** Clients per page of the board: a screen's worth, most urgent first, so a center of thousands stays light. */
export const complianceBoardPageSize = 100;

/**
 * A staff member's caseload: the clients whose care team (of their enrollment in care) includes
 * them. Offered on the board and the client list as "My caseload".
 */
export const caseloadFilterSchema = z.enum(["mine"]);
export type CaseloadFilter = z.infer<typeof caseloadFilterSchema>;

/** The compliance board's filters and page; all optional, so none shows everyone from the first page. */
export const complianceBoardFilterSchema = z.object({
  programId: z.uuid().optional(),
  flag: complianceFilterFlagSchema.optional(),
  /** "mine": only clients whose care team includes the signed-in staff member. */
  caseload: caseloadFilterSchema.optional(),
  /** 1 for the most urgent clients; a page past the last shows the last. */
  page: z.int().min(1).max(10_000).optional(),
});
export type ComplianceBoardFilter = z.infer<typeof complianceBoardFilterSchema>;

/** One page of the board's rows (already in order), with where it sits among all of them. */
export function complianceBoardPage<Row>(rows: readonly Row[], page = 1) {
  const pageCount = Math.max(1, Math.ceil(rows.length / complianceBoardPageSize));
  const shown = Math.min(page, pageCount);
  const start = (shown - 1) * complianceBoardPageSize;
  return { rows: rows.slice(start, start + complianceBoardPageSize), page: shown, pageCount, total: rows.length, firstNumber: start + 1 };
}

/** True when a client's standing shows the flag (or there is no flag to match). */
export function matchesComplianceFlag(
  standing: { flags: readonly { kind: ComplianceFlagKind }[]; reviewOverdue: boolean },
  flag: ComplianceFilterFlag | undefined,
): boolean {
  if (flag === undefined) return true;
  if (flag === "review_overdue") return standing.reviewOverdue;
  return standing.flags.some((shown) => shown.kind === flag);
}
