import { type DischargePlan, type FollowUpFrequency, dischargePlanSchema } from "./discharge-plan";
import type { DischargeReason } from "../enrollment/enrollment-status";
import type { CareDestination } from "../care-levels/level-change";

/**
 * The continuing-care plan as the client reads it after discharge (DOMAIN.md §9): warm and
 * concrete. However the program ended, the words look forward; how it ended is for the record,
 * not for the client's home screen.
 */

/** Where care goes next, in the client's words. */
export const nextLevelWords: Readonly<Record<CareDestination, string>> = {
  outpatient: "Outpatient therapy with us: regular appointments to keep working on your goals",
  iop: "Our Intensive Outpatient Program (IOP)",
  php: "Our Partial Hospitalization Program (PHP)",
  outside_outpatient: "Outpatient therapy with a provider close to you",
  continuing_care: "Staying connected through our alumni community",
  inpatient_referral: "Inpatient care, with support around the clock",
};

export const followUpFrequencyWords: Readonly<Record<FollowUpFrequency, string>> = {
  weekly: "once a week",
  biweekly: "every other week",
  monthly: "once a month",
};

/** "You'll see Dr. Rivera once a week." */
export function describeNextProvider(provider: NonNullable<DischargePlan["nextProvider"]>): string {
  return `You'll see ${provider.name} ${followUpFrequencyWords[provider.frequency]}.`;
}

/** The first line of the plan once the program is over. */
export function describeProgramEnded(reason: DischargeReason | null): string {
  return reason === "completed"
    ? "You've completed your program with us. That took real commitment, and we're proud of the work you've done."
    : "Your time in this program has ended. Your next steps are below, and we're here if you need us.";
}

/** An alumnus is always welcome back to the alumni groups, whether or not they joined one at discharge. */
export function describeAlumniGroup(joinsAlumniGroup: boolean): string {
  return joinsAlumniGroup
    ? "You're part of our alumni group: a place to stay connected with people who understand, for as long as it helps."
    : "You're part of our alumni community. Our alumni groups are open to you whenever you'd like to stay connected.";
}

/** Headings of the crisis plan's parts, in the client's own voice (Stanley–Brown safety plan). */
export const crisisPlanHeadings = {
  warningSigns: "Signs that things are getting harder",
  copingStrategies: "Things I can do to cope",
  peopleToContact: "People I can reach out to",
  professionalsToContact: "Professionals I can call",
  makingTheEnvironmentSafe: "Keeping my surroundings safe",
} as const satisfies Record<keyof DischargePlan["crisisPlan"], string>;

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
