import { checkDischarge, dischargeInputSchema, enrollmentEndFromLastDay } from "@stepwise/domain";
import { releaseSeatsOnDischarge } from "../../services/seats/release-seats";
import { enrollmentProcedure } from "../scopes";
import { refuseIfProblems } from "./enrollment-refusal";
import { findLatestStatusChange, insertStatusChange, updateEnrollment } from "./enrollments.queries";

/** Ends the enrollment with its continuing-care plan; with no enrollment open, the client is an alumnus. */
export const discharge = enrollmentProcedure("enrollment.write")
  .input(dischargeInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { enrollment } = ctx;
    const latestChange = await findLatestStatusChange(ctx.db, enrollment.id);
    refuseIfProblems(
      "The client can't be discharged.",
      checkDischarge({ from: enrollment.status, startsOn: enrollment.startsOn, lastDayOn: input.lastDayOn, latestChange }),
    );
    const endsOn = enrollmentEndFromLastDay(input.lastDayOn);
    await updateEnrollment(ctx.db, enrollment.id, { status: "discharged", endsOn, dischargeReason: input.reason, dischargePlan: input.plan });
    await insertStatusChange(ctx.db, {
      enrollmentId: enrollment.id,
      from: enrollment.status,
      to: "discharged",
      effectiveOn: endsOn,
      recordedByStaffId: ctx.staff.staffMemberId,
    });
    // Consents "until my treatment here ends" end now: the places they held are given up with it.
    await releaseSeatsOnDischarge(ctx.db, enrollment.clientId, new Date(), ctx.audit);
    ctx.audit({ detail: { reason: input.reason, lastDayOn: input.lastDayOn, nextLevel: input.plan.nextLevel } });
    return { enrollmentId: enrollment.id, status: "discharged" as const, endsOn };
  });
