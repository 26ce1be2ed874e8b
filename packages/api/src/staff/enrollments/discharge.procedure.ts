import { enrollments } from "@stepwise/db/schema";
import { checkDischarge, dischargeInputSchema, enrollmentEndFromLastDay } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { releaseSeatsOnDischarge } from "../../family-sessions/ended-consent-seats";
import { staffProcedure } from "../../trpc";
import { changeEnrollment } from "./enrollment-change";
import { findLatestStatusChange } from "./enrollment.queries";
import { refuseIfProblems } from "./enrollment-refusal";

/** Ends the enrollment with its continuing-care plan; with no enrollment open, the client is an alumnus. */
export const discharge = staffProcedure("enrollment.write")
  .input(dischargeInputSchema)
  .mutation(({ ctx, input }) =>
    changeEnrollment(ctx, "enrollments.discharge", input.enrollmentId, async ({ tx, enrollment, audit, recordStatusChange }) => {
      const latestChange = await findLatestStatusChange(tx, enrollment.id);
      refuseIfProblems(
        "The client can't be discharged.",
        checkDischarge({ from: enrollment.status, startsOn: enrollment.startsOn, lastDayOn: input.lastDayOn, latestChange }),
      );
      const endsOn = enrollmentEndFromLastDay(input.lastDayOn);
      await tx
        .update(enrollments)
        .set({ status: "discharged", endsOn, dischargeReason: input.reason, dischargePlan: input.plan })
        .where(eq(enrollments.id, enrollment.id));
      await recordStatusChange({ from: enrollment.status, to: "discharged", effectiveOn: endsOn });
      // Consents "until my treatment here ends" end now: the places they held are given up with it.
      await releaseSeatsOnDischarge(tx, enrollment.clientId, new Date(), { actor: ctx.caller, action: "enrollments.discharge" });
      await audit({
        resourceType: "enrollment",
        resourceId: enrollment.id,
        detail: { reason: input.reason, lastDayOn: input.lastDayOn, nextLevel: input.plan.nextLevel },
      });
      return { enrollmentId: enrollment.id, status: "discharged" as const, endsOn };
    }),
  );
