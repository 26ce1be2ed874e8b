import type { Executor } from "@stepwise/db/client";
import { careLevelDefinitions, type ClientSearchInput, clientSearchLimit, clientStandingOf, lastDayOfEnrollment, lastNameFirst } from "@stepwise/domain";
import { findClients } from "./list.queries";

/**
 * Clients staff can find by name or standing, the intake queue first. Fetches one more than the
 * limit so the page can say when the search should be narrowed.
 */
export async function getClientList(db: Executor, search: ClientSearchInput, viewer: { staffMemberId: string }) {
  const found = await findClients(db, search, clientSearchLimit + 1, search.caseload === "mine" ? viewer : undefined);
  const rows = found.slice(0, clientSearchLimit).map((row) => {
    const standing = clientStandingOf(row.status === null ? null : { status: row.status, started: row.started === true });
    return {
      clientId: row.clientId,
      name: lastNameFirst(row),
      dateOfBirth: row.dateOfBirth,
      standing,
      enrollment:
        row.enrollmentId !== null && row.level !== null && row.startsOn !== null
          ? {
              id: row.enrollmentId,
              programName: row.programName,
              level: { code: row.level, shortLabel: careLevelDefinitions[row.level].shortLabel },
              intakeOn: row.intakeOn,
              startsOn: row.startsOn,
              lastDayOn: standing === "alumni" && row.endsOn !== null ? lastDayOfEnrollment(row.endsOn) : null,
            }
          : null,
    };
  });
  return { clients: rows, truncated: found.length > clientSearchLimit };
}

export type ClientListRow = Awaited<ReturnType<typeof getClientList>>["clients"][number];
