import type { ClientStanding, EnrollmentStanding } from "@stepwise/domain";
import type { BadgeTone } from "@stepwise/ui/components";
import { staffLabels } from "@stepwise/ui/labels";

/** Where a client stands, in the words of the enrollment statuses plus the three without an open enrollment. */
export const clientStandingLabels: Record<ClientStanding, string> = {
  referred: staffLabels.enrollmentStatus.referred,
  intake_scheduled: staffLabels.enrollmentStatus.intake_scheduled,
  active: staffLabels.enrollmentStatus.active,
  on_hold: staffLabels.enrollmentStatus.on_hold,
  alumni: "Alumni",
  referral_closed: "Referral closed",
  no_enrollment: "No enrollment",
};

export const clientStandingTones: Record<ClientStanding, BadgeTone> = {
  referred: "info",
  intake_scheduled: "info",
  active: "ok",
  on_hold: "warn",
  alumni: "neutral",
  referral_closed: "neutral",
  no_enrollment: "neutral",
};

/** What the Last day column says when there is no last day: still open, never started, or nothing to end. */
export const clientStandingNoLastDay: Record<ClientStanding, string> = {
  referred: "Still enrolled",
  intake_scheduled: "Still enrolled",
  active: "Still enrolled",
  on_hold: "Still enrolled",
  alumni: "None",
  referral_closed: "Never started",
  no_enrollment: "None",
};

/** One enrollment on the client's timeline: its status, or a referral closed before the program started. */
export const enrollmentStandingLabels: Record<EnrollmentStanding, string> = {
  ...staffLabels.enrollmentStatus,
  referral_closed: clientStandingLabels.referral_closed,
};
