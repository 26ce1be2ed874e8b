import { checkReferralClosure, closeReferralInputSchema, referralClosureDischargeReason, referralClosureEnd, referralClosureRecord } from "@stepwise/domain";
import { releaseSeatsOnDischarge } from "../../services/seats/release-seats";
import { enrollmentProcedure } from "../scopes";
import { refuseIfProblems } from "./enrollment-refusal";
import { insertStatusChange, updateEnrollment } from "./enrollments.queries";

/**
 * Closes a referral (or a booked intake) that never started: the client did not come, chose
 * another provider, or the level of care did not fit. Nothing started, so there is no last day
 * and no continuing-care plan; the reason in words stays on the status change. The closing day
 * frees the enrollment's dates, so the client can be referred again from today on.
 */
export const closeReferral = enrollmentProcedure("enrollment.write")
  .input(closeReferralInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { enrollment, today } = ctx;
    refuseIfProblems("The referral can't be closed.", checkReferralClosure(enrollment.status));
    const endsOn = referralClosureEnd({ startsOn: enrollment.startsOn, today });
    await updateEnrollment(ctx.db, enrollment.id, {
      status: "discharged",
      endsOn,
      dischargeReason: referralClosureDischargeReason,
      dischargePlan: null,
      referralClosedOn: today,
    });
    await insertStatusChange(ctx.db, {
      enrollmentId: enrollment.id,
      from: enrollment.status,
      to: "discharged",
      effectiveOn: today,
      reason: referralClosureRecord(input),
      recordedByStaffId: ctx.staff.staffMemberId,
    });
    // Consents "until my treatment here ends" end now: the places they held are given up with it.
    await releaseSeatsOnDischarge(ctx.db, enrollment.clientId, new Date(), ctx.audit);
    ctx.audit({ detail: { from: enrollment.status, reason: input.reason, endsOn } });
    return { enrollmentId: enrollment.id, status: "discharged" as const, endsOn };
  });
