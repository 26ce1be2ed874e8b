import { type ObjectiveState, type PlanVersionState, objectiveStateLabels } from "@stepwise/domain";
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
  met: { words: objectiveStateLabels.met, tone: "ok" },
  on_track: { words: objectiveStateLabels.on_track, tone: "info" },
  not_yet: { words: objectiveStateLabels.not_yet, tone: "neutral" },
};
