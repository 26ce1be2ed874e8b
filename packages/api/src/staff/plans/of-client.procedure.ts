import { findCareTeamOptions } from "../../queries/care-team.queries";
import { getPlanOverview } from "../../services/treatment-plans/plan-overview";
import { clientRecordProcedure } from "../scopes";
import { findPlanEnrollment } from "../../services/treatment-plans/plan-enrollment";

/**
 * A client's treatment plan for staff: the enrollment in care it belongs to, the current version
 * with each objective's progress and its signatures, the history, the review due, and the staff
 * an intervention may name. `enrollment` is null when the client is not in care.
 */
export const planOfClient = clientRecordProcedure("plans.read").query(async ({ ctx }) => {
  const enrollment = await findPlanEnrollment(ctx.db, ctx.client.id);
  ctx.audit({ resource: { type: "treatment_plan" } });
  if (!enrollment) return { enrollment: null, plan: null, staffOptions: [] };
  const [plan, staffOptions] = await Promise.all([getPlanOverview(ctx.db, enrollment, new Date()), findCareTeamOptions(ctx.db)]);
  return { enrollment: { id: enrollment.enrollmentId, level: enrollment.level, timeZone: enrollment.timeZone }, plan, staffOptions };
});
