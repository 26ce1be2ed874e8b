import { type CalendarDate, daysBetween } from "../time/calendar-date";
import type { EnrollmentStatus } from "../enrollment/enrollment-status";

/**
 * How the client's plan reads on "My plan": the length of the program and where they are in it,
 * and what happens next before a program starts. A length is an expectation, never a deadline:
 * people move at their own pace and a longer stay is not a failure.
 */

/** "about 8 weeks", "about 1 week". */
export function formatExpectedLength(weeks: number): string {
  return `about ${weeks} ${weeks === 1 ? "week" : "weeks"}`;
}

/** Week 1 is the first seven days from the start date; null before the program starts. */
export function programWeekOf(startsOn: CalendarDate, today: CalendarDate): number | null {
  const days = daysBetween(startsOn, today);
  return days < 0 ? null : Math.floor(days / 7) + 1;
}

export function describeProgramProgress(input: {
  startsOn: CalendarDate;
  today: CalendarDate;
  expectedLengthWeeks: number;
}): string {
  const week = programWeekOf(input.startsOn, input.today);
  const length = formatExpectedLength(input.expectedLengthWeeks);
  if (week === null) return `Your program is expected to last ${length}.`;
  if (week <= input.expectedLengthWeeks) return `You're in week ${week} of ${length}.`;
  return `You're in week ${week}. Everyone moves at their own pace, and your care team plans the next steps with you.`;
}

export interface NextStepWords {
  heading: string;
  paragraphs: readonly string[];
}

/**
 * Before a program starts (or while it is paused): what happens next, kindly. Null once the
 * plan itself says everything (active or discharged).
 */
export function enrollmentNextStep(status: EnrollmentStatus | null): NextStepWords | null {
  switch (status) {
    case null:
      return {
        heading: "You're not in a program with us right now",
        paragraphs: [
          "When you start a program, your level of care, schedule and care team will appear here.",
          "If you'd like to talk about getting started, or you expected to see a plan here, give us a call. We're glad to help.",
        ],
      };
    case "referred":
      return {
        heading: "We've received your referral",
        paragraphs: [
          "Someone from our team will reach out to set up an intake appointment with you.",
          "At intake you'll talk with a clinician about what's been going on and what you'd like help with. Together you'll choose the program and schedule that fit you best.",
        ],
      };
    case "intake_scheduled":
      return {
        heading: "Your intake appointment is set",
        paragraphs: [
          "At intake you'll talk with a clinician about what's been going on and what you'd like help with. There are no wrong answers.",
          "Together you'll choose the program and schedule that fit you best. Your plan, schedule and care team will appear here after that.",
        ],
      };
    case "on_hold":
      return {
        heading: "Your program is paused for now",
        paragraphs: [
          "Your place is kept while your program is on hold. Your care team will be in touch about picking up again.",
        ],
      };
    case "active":
    case "discharged":
      return null;
  }
}

/**
 * A referral closed before the program started. The person never began, so nothing "ended" and
 * they are not an alumnus: the door stays open, without saying why it closed.
 */
export function closedReferralNextStep(programName: string): NextStepWords {
  return {
    heading: `Your referral to ${programName} is closed`,
    paragraphs: ["If you'd like to talk about starting, call us. We're glad to help whenever you're ready."],
  };
}
