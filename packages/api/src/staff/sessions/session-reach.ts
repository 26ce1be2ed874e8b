import { type StaffRole, staffMay } from "@stepwise/domain";
import { outOfReach } from "../../out-of-reach";
import { findSession } from "./sessions.queries";
import type { Executor } from "@stepwise/db/client";

/**
 * One dated session as far as this staff member may see it. An individual session names its
 * client, so it needs client.read as well as program.write; without it the session answers like
 * a missing one (administrators keep group schedules, not clients' records).
 */
export async function reachSession(db: Executor, sessionId: string, role: StaffRole, forUpdate = false) {
  const found = await findSession(db, sessionId, forUpdate);
  if (!found) return outOfReach();
  if (found.session.clientId && !staffMay(role, "client.read")) return outOfReach(found.session.clientId);
  return found;
}
