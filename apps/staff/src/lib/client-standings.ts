import type { ClientStanding } from "@stepwise/domain";
import type { BadgeTone } from "@stepwise/ui/components";
import { staffLabels } from "@stepwise/ui/labels";

/** Where a client stands, in the words of the enrollment statuses plus the two without an open enrollment. */
export const clientStandingLabels: Record<ClientStanding, string> = {
  referred: staffLabels.enrollmentStatus.referred,
  intake_scheduled: staffLabels.enrollmentStatus.intake_scheduled,
  active: staffLabels.enrollmentStatus.active,
  on_hold: staffLabels.enrollmentStatus.on_hold,
  alumni: "Alumni",
  no_enrollment: "No enrollment",
};

export const clientStandingTones: Record<ClientStanding, BadgeTone> = {
  referred: "info",
  intake_scheduled: "info",
  active: "ok",
  on_hold: "warn",
  alumni: "neutral",
  no_enrollment: "neutral",
};
