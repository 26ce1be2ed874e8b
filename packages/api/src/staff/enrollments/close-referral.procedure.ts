import { enrollments } from "@stepwise/db/schema";
import {
  checkReferralClosure,
  closeReferralInputSchema,
  referralClosureDischargeReason,
  referralClosureEnd,
  referralClosureRecord,
} from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { releaseSeatsOnDischarge } from "../../family-sessions/ended-consent-seats";
import { staffProcedure } from "../../trpc";
import { changeEnrollment } from "./enrollment-change";
import { refuseIfProblems } from "./enrollment-refusal";

/**
 * Closes a referral (or a booked intake) that never started: the client did not come, chose
 * another provider, or the level of care did not fit. Nothing started, so there is no last day
 * and no continuing-care plan; the reason in words stays on the status change. The closing day
 * frees the enrollment's dates, so the client can be referred again from today on.
 */
export const closeReferral = staffProcedure("enrollment.write")
  .input(closeReferralInputSchema)
  .mutation(({ ctx, input }) =>
    changeEnrollment(ctx, "enrollments.closeReferral", input.enrollmentId, async ({ tx, enrollment, today, audit, recordStatusChange }) => {
      refuseIfProblems("The referral can't be closed.", checkReferralClosure(enrollment.status));
      const endsOn = referralClosureEnd({ startsOn: enrollment.startsOn, today });
      await tx
        .update(enrollments)
        .set({ status: "discharged", endsOn, dischargeReason: referralClosureDischargeReason, dischargePlan: null, referralClosedOn: today })
        .where(eq(enrollments.id, enrollment.id));
      await recordStatusChange({ from: enrollment.status, to: "discharged", effectiveOn: today, reason: referralClosureRecord(input) });
      // Consents "until my treatment here ends" end now: the places they held are given up with it.
      await releaseSeatsOnDischarge(tx, enrollment.clientId, new Date(), { actor: ctx.caller, action: "enrollments.closeReferral" });
      await audit({ resourceType: "enrollment", resourceId: enrollment.id, detail: { from: enrollment.status, reason: input.reason, endsOn } });
      return { enrollmentId: enrollment.id, status: "discharged" as const, endsOn };
    }),
  );
