import { isInCare, planVersionInputSchema } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { findCareTeamOptions } from "../../queries/care-team.queries";
import { findPlanVersions, insertPlanVersion } from "../../queries/treatment-plans.queries";
import { enrollmentProcedure } from "../scopes";

/**
 * A new version of the plan of an enrollment in care: the first, a change, or a review. It
 * supersedes the current version (the enrollment is locked, so two writers take turns) and needs
 * new signatures; the signed versions before it stay as they were.
 */
export const writePlan = enrollmentProcedure("plans.write")
  .input(planVersionInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { enrollment } = ctx;
    if (!isInCare(enrollment.status)) {
      return fail({ kind: "conflict", message: "A plan is written for a client in care. This enrollment isn't in care." });
    }
    const [versions, staffOptions] = await Promise.all([findPlanVersions(ctx.db, enrollment.clientId, [enrollment.id]), findCareTeamOptions(ctx.db)]);
    const current = versions[0] ?? null;
    if ((current === null) !== (input.reason === "initial")) {
      return fail({
        kind: "conflict",
        message: current ? "This client already has a plan: write a change or a review of it." : "This client has no plan yet: write the first one.",
      });
    }
    const mayBeResponsible = new Set(staffOptions.map((option) => option.staffMemberId));
    const unknown = input.content.interventions.findIndex((intervention) => !mayBeResponsible.has(intervention.responsibleStaffId));
    if (unknown >= 0) {
      return fail({
        kind: "invalid",
        message: "Choose who is responsible for each intervention from the clinical staff.",
        fieldErrors: { [`content.interventions.${unknown}.responsibleStaffId`]: ["Choose a member of the clinical staff."] },
      });
    }
    const [written] = await insertPlanVersion(ctx.db, {
      clientId: enrollment.clientId,
      enrollmentId: enrollment.id,
      version: (current?.version ?? 0) + 1,
      reason: input.reason,
      content: input.content,
      changeSummary: input.changeSummary ?? null,
      writtenByStaffId: ctx.staff.staffMemberId,
      supersedesId: current?.id ?? null,
    });
    ctx.audit({ resource: { type: "treatment_plan_version", id: written!.id }, detail: { version: written!.version, reason: input.reason } });
    return { versionId: written!.id, version: written!.version };
  });
