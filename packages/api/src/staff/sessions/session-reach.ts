import type { Executor } from "@stepwise/db/client";
import { type StaffRole, staffMay, takesSignUps } from "@stepwise/domain";
import { notFound } from "../../core/errors";
import { findDatedSession } from "./sessions.queries";

/**
 * One dated session as far as this staff member may see it. An individual session names its
 * client, so it needs client.read as well as program.write; without it the session answers like
 * a missing one (administrators keep group schedules, not clients' records). A family session
 * that takes sign-ups is never reached here: it changes only through familySessions.*, which
 * tells the people signed up and keeps its seats and waitlist whole.
 */
export async function reachSession(db: Executor, sessionId: string, role: StaffRole, forUpdate = false) {
  const found = (await findDatedSession(db, sessionId, forUpdate)) ?? notFound();
  if (takesSignUps(found.session)) return notFound({ clients: [found.session.clientId] });
  if (found.session.clientId && !staffMay(role, "client.read")) return notFound({ clients: [found.session.clientId] });
  return found;
}
