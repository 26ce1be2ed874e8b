import type { Executor } from "@stepwise/db/client";
import { findEnrollmentsInCare } from "../../queries/compliance.queries";
import type { PlanEnrollment } from "./plan-overview";

/** The client's enrollment in care, which their plan belongs to; null when they are not in care. */
export async function findPlanEnrollment(db: Executor, clientId: string): Promise<PlanEnrollment | null> {
  const [inCare] = await findEnrollmentsInCare(db, { clientId });
  if (!inCare) return null;
  return {
    clientId,
    enrollmentId: inCare.enrollmentId,
    level: inCare.level,
    levelSince: inCare.levelSince,
    lastRecertifiedOn: inCare.lastRecertifiedOn,
    timeZone: inCare.program.timeZone,
  };
}
