import type { CareDestination, FollowUpFrequency } from "@stepwise/domain";
import { staffLabels } from "@stepwise/ui/labels";

/** Where a client can go, as staff choose it; levels run here read as the level names. */
export const careDestinationLabels = {
  outpatient: `${staffLabels.careLevelShort.outpatient} here`,
  iop: `${staffLabels.careLevelShort.iop} here`,
  php: `${staffLabels.careLevelShort.php} here`,
  inpatient_referral: "Referral to inpatient care",
  outside_outpatient: "An outside outpatient provider",
  continuing_care: "Continuing care (alumni)",
} satisfies Record<CareDestination, string>;

export const followUpFrequencyLabels = {
  weekly: "Weekly",
  biweekly: "Every other week",
  monthly: "Monthly",
} satisfies Record<FollowUpFrequency, string>;
