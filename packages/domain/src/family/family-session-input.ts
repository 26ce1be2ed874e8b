import { z } from "zod";
import { calendarDateSchema } from "../time/calendar-date";
import { endsAfterStart } from "../programs/schedule-option-input";
import { videoLinkSchema } from "../schedule/session-template-input";
import { defaultSignUpCutoffMinutes, familySessionFormats } from "./family-session";
import { wallClockTimeSchema } from "../time/wall-clock-time";
import { singleLineTextSchema } from "../common/text";

/** What a scheduling form without a format is told. */
export const chooseFamilySessionFormat = "Choose one family or a multi-family group.";

/** A family therapy session as staff schedule it (DOMAIN.md §8). */
export const familySessionInputSchema = z
  .object({
    programId: z.uuid({ message: "Choose a program." }),
    format: z.enum(familySessionFormats, { message: chooseFamilySessionFormat }),
    /** The family's client, for a one-family session. */
    clientId: z.uuid({ message: "Choose the client whose family this session is for." }).optional(),
    title: singleLineTextSchema.min(1, { message: "Give the session a title." }).max(120, { message: "A title is at most 120 characters." }),
    date: calendarDateSchema,
    startTime: wallClockTimeSchema,
    endTime: wallClockTimeSchema,
    capacity: z
      .number({ message: "Give the number of seats as a whole number." })
      .int({ message: "Give the number of seats as a whole number." })
      .min(1, { message: "A session has at least 1 seat." })
      .max(60, { message: "A family session has at most 60 seats." }),
    signUpCutoffMinutes: z
      .number({ message: "Give the cutoff in whole minutes." })
      .int({ message: "Give the cutoff in whole minutes." })
      .min(0, { message: "The cutoff can't be negative." })
      .max(14 * 24 * 60, { message: "Sign-ups close at most two weeks before." })
      .default(defaultSignUpCutoffMinutes),
    facilitatorStaffId: z.uuid({ message: "Choose a facilitator from the list." }),
    location: singleLineTextSchema
      .min(1, { message: "Give a place, or leave it out for a session by video only." })
      .max(200, { message: "A location is at most 200 characters." })
      .optional(),
    videoUrl: videoLinkSchema.optional(),
  })
  .refine(endsAfterStart, { message: "The end time must be after the start time.", path: ["endTime"] })
  .refine((s) => Boolean(s.location) || Boolean(s.videoUrl), { message: "Give a place or a video link (or both).", path: ["location"] })
  .refine((s) => s.format === "multi_family" || s.clientId !== undefined, {
    message: "Choose the client whose family this session is for.",
    path: ["clientId"],
  })
  .refine((s) => s.format === "single_family" || s.clientId === undefined, {
    message: "A multi-family group is open to every family in the program; don't choose a client.",
    path: ["clientId"],
  });
export type FamilySessionInput = z.input<typeof familySessionInputSchema>;

export const familySignUpSchema = z.object({ sessionId: z.uuid(), clientId: z.uuid() });
export const familySignUpCancellationSchema = z.object({ signUpId: z.uuid() });
