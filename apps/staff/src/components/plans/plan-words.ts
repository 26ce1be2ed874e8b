import type { ObjectiveState, PlanVersionState } from "@stepwise/domain";
import type { BadgeTone } from "@stepwise/ui/components";

/** Where a version stands, in words (the tone only supports them). */
export const planStateWords: Record<PlanVersionState, { words: string; tone: BadgeTone }> = {
  awaiting_staff_signature: { words: "Waiting for the care team's signature", tone: "warn" },
  awaiting_client_signature: { words: "Waiting for the client's signature", tone: "info" },
  signed: { words: "Signed by both", tone: "ok" },
  superseded: { words: "Replaced by a later version", tone: "neutral" },
};

/** An objective's progress as a short badge; the domain's sentence sits beside it. */
export const objectiveStateWords: Record<ObjectiveState, { words: string; tone: BadgeTone }> = {
  met: { words: "Met", tone: "ok" },
  on_track: { words: "On track", tone: "info" },
  not_yet: { words: "Not yet", tone: "neutral" },
};

/** The domain's progress words start with the state ("Met. …"); the badge already says it. */
export function progressDetail(words: string): string {
  return words.replace(/^(Met|On track|Not yet)\.\s*/, "");
}
