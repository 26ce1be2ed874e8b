import {
  type DischargePlan,
  type DischargeReason,
  describeAlumniGroup,
  describeNextProvider,
  describeProgramEnded,
  dischargePlanSchema,
  nextLevelWords,
} from "@stepwise/domain";

/**
 * The continuing-care plan in the client's words. The stored plan is parsed again with the
 * domain's schema: a plan that does not parse is left out rather than shown half right.
 */
export function continuingCareOf(enrollment: { dischargeReason: DischargeReason | null; dischargePlan: DischargePlan | null }) {
  const parsed = enrollment.dischargePlan ? dischargePlanSchema.safeParse(enrollment.dischargePlan) : null;
  const plan = parsed?.success ? parsed.data : null;
  return {
    ended: describeProgramEnded(enrollment.dischargeReason),
    plan: plan
      ? {
          nextLevel: nextLevelWords[plan.nextLevel],
          nextProvider: plan.nextProvider
            ? {
                name: plan.nextProvider.name,
                phone: plan.nextProvider.phone ?? null,
                firstAppointmentOn: plan.nextProvider.firstAppointmentOn ?? null,
                sentence: describeNextProvider(plan.nextProvider),
              }
            : null,
          crisisPlan: plan.crisisPlan,
        }
      : null,
    // Every alumnus is welcome at the alumni groups, with or without a written plan.
    alumni: describeAlumniGroup(plan?.joinsAlumniGroup ?? false),
  };
}
