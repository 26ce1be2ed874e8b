import { z } from "zod";
import { calendarDateSchema } from "../time/calendar-date";
import { type CareLevel, careLevelRank, careLevels } from "./care-level";
import type { DischargeReason } from "../enrollment/enrollment-status";
import { multiLineTextSchema } from "../common/text";

/**
 * Where a client can go from a level run here. Leaving the product is a destination too:
 * referral to inpatient is a step up that ends the enrollment; an outside outpatient provider
 * or continuing care (alumni) is a step down that ends it.
 */
export const careExits = ["inpatient_referral", "outside_outpatient", "continuing_care"] as const;
export type CareExit = (typeof careExits)[number];
export const careDestinations = [...careLevels, ...careExits] as const;
export const careDestinationSchema = z.enum(careDestinations);
export type CareDestination = z.infer<typeof careDestinationSchema>;

// Intensity on one ladder: continuing care < outpatient (here or outside) < IOP < PHP < inpatient.
function intensityOf(destination: CareDestination): number {
  switch (destination) {
    case "continuing_care":
      return 0;
    case "outside_outpatient":
      return careLevelRank("outpatient") + 1;
    case "inpatient_referral":
      return careLevelRank("php") + 2;
    default:
      return careLevelRank(destination) + 1;
  }
}

export type LevelChangeDirection = "step_up" | "step_down" | "lateral" | "unchanged";

export interface LevelChange {
  direction: LevelChangeDirection;
  /** Jumps over at least one level, e.g. PHP → OP; allowed, but staff see it called out. */
  skipsLevels: boolean;
  levelsMoved: number;
  /** The client leaves this product: the enrollment is discharged with `dischargeReason`. */
  endsEnrollment: boolean;
  dischargeReason: DischargeReason | null;
}

export function isCareExit(destination: CareDestination): destination is CareExit {
  return (careExits as readonly string[]).includes(destination);
}

export function classifyLevelChange(from: CareLevel, to: CareDestination): LevelChange {
  const delta = intensityOf(to) - intensityOf(from);
  const endsEnrollment = isCareExit(to);
  let direction: LevelChangeDirection;
  if (delta > 0) direction = "step_up";
  else if (delta < 0) direction = "step_down";
  // Outpatient here → an outside outpatient provider: same intensity, different place.
  else direction = endsEnrollment ? "lateral" : "unchanged";
  return {
    direction,
    skipsLevels: Math.abs(delta) > 1,
    levelsMoved: Math.abs(delta),
    endsEnrollment,
    dischargeReason: endsEnrollment ? dischargeReasonFor(to as CareExit, direction) : null,
  };
}

function dischargeReasonFor(exit: CareExit, direction: LevelChangeDirection): DischargeReason {
  switch (exit) {
    case "inpatient_referral":
      return "referred_to_inpatient";
    case "outside_outpatient":
      return direction === "lateral" ? "transferred" : "stepped_down_to_outside_care";
    case "continuing_care":
      // Stepping down to the alumni group is how a program ends when it goes well.
      return "completed";
  }
}

/** What staff record for a change of level; history is appended, never overwritten. */
export const levelChangeInputSchema = z.object({
  to: careDestinationSchema,
  effectiveOn: calendarDateSchema,
  reason: multiLineTextSchema.min(1).max(2000),
});
export type LevelChangeInput = z.infer<typeof levelChangeInputSchema>;
