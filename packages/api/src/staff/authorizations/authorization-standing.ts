import type { Executor } from "@stepwise/db/client";
import { type CareLevel, authorizationStanding, authorizationUnitRule, currentAuthorization, deliveredMinutes, instantToZonedDate, unitsUsed, zonedWallClockToInstant } from "@stepwise/domain";
import { findClientAttendanceSince } from "../../queries/compliance.queries";
import { type AuthorizationRow, findAuthorizations } from "./authorizations.queries";

/**
 * A client's authorizations in their enrollment in care, each with the units its period has used
 * (a unit per attended day at IOP and PHP), where it stands today, and which one is current.
 */
export async function findAuthorizationStandings(
  db: Executor,
  enrollment: { clientId: string; enrollmentId: string; level: CareLevel; timeZone: string },
  now: Date,
) {
  const rows = await findAuthorizations(db, enrollment.clientId, enrollment.enrollmentId);
  const today = instantToZonedDate(now, enrollment.timeZone);
  const earliest = rows.map((row) => row.startsOn).sort()[0];
  const attended = earliest ? await findClientAttendanceSince(db, enrollment.clientId, zonedWallClockToInstant(earliest, "00:00", enrollment.timeZone)) : [];
  const days = deliveredMinutes(attended, enrollment.timeZone).byDay.map((day) => ({ on: day.date, sessions: day.sessionsAttended }));
  const current = currentAuthorization(rows, today);
  const standingOf = (row: AuthorizationRow) => authorizationStanding(row, { unitsUsed: unitsUsed(enrollment.level, days, row), today });
  return {
    today,
    unit: authorizationUnitRule[enrollment.level],
    current: current ? { ...current, standing: standingOf(current) } : null,
    all: rows.map((row) => ({ ...row, standing: standingOf(row) })),
  };
}
