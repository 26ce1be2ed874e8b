import type { CheckInOccasion, CheckInState } from "@stepwise/domain";
import type { BadgeTone } from "@stepwise/ui/components";

/** Which check-in it is, in staff words. */
export const occasionWords: Record<CheckInOccasion, string> = {
  intake: "Intake",
  scheduled: "Scheduled",
  discharge: "Discharge",
};

/** A check-in's state, in staff words, with the tone that supports them. */
export const checkInStateWords: Record<CheckInState, { words: string; tone: BadgeTone }> = {
  due: { words: "Due", tone: "warn" },
  expired: { words: "Expired unanswered", tone: "neutral" },
  answered: { words: "Answered", tone: "ok" },
  upcoming: { words: "Upcoming", tone: "info" },
};
