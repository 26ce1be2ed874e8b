import { z } from "zod";
import { calendarDateSchema } from "../time/calendar-date";
import type { DischargeReason, EnrollmentStatus } from "../enrollment/enrollment-status";
import { careDestinationSchema } from "../care-levels/level-change";

/** How often the client sees the next provider: the article's "weekly or biweekly". */
export const followUpFrequencies = ["weekly", "biweekly", "monthly"] as const;
export const followUpFrequencySchema = z.enum(followUpFrequencies);
export type FollowUpFrequency = z.infer<typeof followUpFrequencySchema>;

const contactSchema = z.object({
  name: z.string().trim().min(1).max(200),
  phone: z.string().trim().min(3).max(30),
});

/**
 * A crisis plan in the shape of the Stanley–Brown Safety Planning Intervention: the client's
 * own warning signs and steps, written with a clinician before discharge.
 */
export const crisisPlanSchema = z.object({
  warningSigns: z.array(z.string().trim().min(1)).min(1),
  copingStrategies: z.array(z.string().trim().min(1)).min(1),
  peopleToContact: z.array(contactSchema),
  professionalsToContact: z.array(contactSchema),
  makingTheEnvironmentSafe: z.array(z.string().trim().min(1)),
});
export type CrisisPlan = z.infer<typeof crisisPlanSchema>;

/**
 * Where care continues after discharge (DOMAIN.md §9): the next level of care, the next provider
 * and how often, the alumni group, and the crisis plan.
 */
export const dischargePlanSchema = z.object({
  nextLevel: careDestinationSchema,
  nextProvider: z
    .object({
      name: z.string().trim().min(1).max(200),
      phone: z.string().trim().min(3).max(30).optional(),
      frequency: followUpFrequencySchema,
      firstAppointmentOn: calendarDateSchema.optional(),
    })
    .nullable(),
  joinsAlumniGroup: z.boolean(),
  crisisPlan: crisisPlanSchema,
});
export type DischargePlan = z.infer<typeof dischargePlanSchema>;

export interface EnrollmentOutcome {
  status: EnrollmentStatus;
  dischargeReason: DischargeReason | null;
  /**
   * Whether the program ever started: activation writes the admission into the level-of-care
   * history, so an enrollment with no level-of-care change never started.
   */
  started: boolean;
}

/**
 * A referral (or booked intake) that was closed before the program started. Read from whether it
 * started, not from the closing day the database stores with it (which only frees its dates):
 * only a never-started enrollment can be closed, so the two agree.
 */
export function closedBeforeStart<Enrollment extends Pick<EnrollmentOutcome, "status" | "started">>(enrollment: Enrollment): boolean {
  return enrollment.status === "discharged" && !enrollment.started;
}

/**
 * How one enrollment stands: its status, except that a discharge before the program started is
 * a closed referral, not the end of care.
 */
export type EnrollmentStanding = EnrollmentStatus | "referral_closed";

export function enrollmentStandingOf(enrollment: Pick<EnrollmentOutcome, "status" | "started">): EnrollmentStanding {
  return closedBeforeStart(enrollment) ? "referral_closed" : enrollment.status;
}

/**
 * An alumnus has finished at least one enrollment here and has none open, so they see alumni
 * groups rather than program groups. How the enrollment ended does not matter: alumni groups
 * are open to anyone who went through the program. A referral closed before it started does
 * not count: that person never went through the program.
 */
export function isAlumnus(enrollments: readonly EnrollmentOutcome[]): boolean {
  const anyFinished = enrollments.some((e) => e.status === "discharged" && e.started);
  const anyOpen = enrollments.some((e) => e.status !== "discharged");
  return anyFinished && !anyOpen;
}
