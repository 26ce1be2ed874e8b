import { z } from "zod";
import { calendarDateSchema } from "../time/calendar-date";
import { careDestinationSchema } from "../care-levels/level-change";
import { singleLineTextSchema } from "../common/text";

/** How often the client sees the next provider: the article's "weekly or biweekly". */
export const followUpFrequencies = ["weekly", "biweekly", "monthly"] as const;
export const followUpFrequencySchema = z.enum(followUpFrequencies);
export type FollowUpFrequency = z.infer<typeof followUpFrequencySchema>;

const contactSchema = z.object({
  name: singleLineTextSchema.min(1).max(200),
  phone: singleLineTextSchema.min(3).max(30),
});

/**
 * A crisis plan in the shape of the Stanley–Brown Safety Planning Intervention: the client's
 * own warning signs and steps, written with a clinician before discharge.
 */
export const crisisPlanSchema = z.object({
  warningSigns: z.array(singleLineTextSchema.min(1)).min(1),
  copingStrategies: z.array(singleLineTextSchema.min(1)).min(1),
  peopleToContact: z.array(contactSchema),
  professionalsToContact: z.array(contactSchema),
  makingTheEnvironmentSafe: z.array(singleLineTextSchema.min(1)),
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
      name: singleLineTextSchema.min(1).max(200),
      phone: singleLineTextSchema.min(3).max(30).optional(),
      frequency: followUpFrequencySchema,
      firstAppointmentOn: calendarDateSchema.optional(),
    })
    .nullable(),
  joinsAlumniGroup: z.boolean(),
  crisisPlan: crisisPlanSchema,
});
export type DischargePlan = z.infer<typeof dischargePlanSchema>;
